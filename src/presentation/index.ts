/** The pure view layer (no VS Code API): what the editor's providers compute from an analysis. */
// The hover cards are the editor's own (pure) Markdown module.
export { personCard, quoteCard } from '../editor/markdown';
export { quoteLabel } from '../editor/words';
export * from './speakers';
export * from './lookup';
export { quotesAsCsv } from './exports';
export { quotesAsMarkdown, analysisAsJson } from '../editor/exportFormat';
export * from './dates';
