/** The extractor's public surface: pure, with no VS Code or Node API. */
export { analyze } from './analyze';
export { traceSieves } from './attribution';
export { KnowledgeBase } from './kb/knowledgeBase';
export { scanQuotes } from './quotes';
export { splitParagraphs } from './paragraphs';
export type * from './types';
