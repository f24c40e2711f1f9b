/** Across articles, as a library (the benchmark drives the workspace index's core through it). */
export { summariseArticle } from './summary';
export { statsOf, mergeStats, StatsAccumulator } from './stats';
export { ArticleIndex, indexArticle } from './articleIndex';
export { analyze } from '../extractor/analyze';
