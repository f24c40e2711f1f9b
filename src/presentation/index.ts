/**
 * The pure view layer (no VS Code API): what the editor's adapters and the command-line tool show of
 * an analysis. Bundled on its own as dist/presentation.js for the providers' bench.
 */
export * from './hoverCards/cards';
export * from './hoverCards/membership';
export * from './highlights/highlightPlan';
export * from './highlights/quotations';
export * from './speakers/groups';
export * from './speakers/labels';
export * from './status/statusBar';
export * from './counts';
export * from './exports/quotesMarkdown';
export * from './exports/quotesCsv';
export * from './exports/analysisJson';
export * from './navigation/lookup';
export * from './navigation/quoteNavigation';
export * from './text/markdown';
export * from './text/words';
export * from './ids';
export * from './speakers/passages';
