/** The extractor's public surface: pure, with no VS Code or Node API. */
export { analyze } from './analyze';
export { KnowledgeBase } from './kb/knowledgeBase';
export type * from './types';
