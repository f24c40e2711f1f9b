/** The extractor's public surface: pure, with no VS Code or Node API. */
export { analyze } from './analyze';
export { traceSieves } from './attribution';
export { KnowledgeBase } from './kb/knowledgeBase';
/** The people's rows as the Node bundles read them from dist/mps.people.txt (for tools that load the data files). */
export { PackedRows } from './kb/packedRows';
export { scanQuotes } from './quotes';
export { splitParagraphs } from './paragraphs';
export type * from './types';
