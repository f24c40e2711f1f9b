/** The pure view layer (no VS Code API): what the editor's providers compute from an analysis. */
export * from './cards';
export * from './speakers';
export * from './lookup';
export * from './exports';
export * from './dates';
