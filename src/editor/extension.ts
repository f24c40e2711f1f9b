import * as vscode from 'vscode';
import { AnalysisStore, LANGUAGE_ID } from './analysisStore';
import { HoverProvider, SHOW_QUOTES_BY_SPEAKER } from './hoverProvider';
import { SymbolProvider } from './symbolProvider';
import { SpeakersView, VIEW_ID, REVEAL_QUOTE } from './speakersView';
import { Decorations } from './decorations';
import { StatusBar } from './statusBar';
import { moveToQuote, reveal } from './commands/navigation';
import { showQuotesBySpeaker, ShowQuotesArgs } from './commands/showQuotes';
import { copyQuotesAsMarkdown, exportAnalysisAsJson } from './commands/export';
import { toggleHighlights } from './commands/highlights';
import { log, safelyRun } from './log';
import { Diagnostics } from './diagnostics';
import { CodeActions } from './codeActions';
import type { PressGalleryApi } from './api';
import type { SpeakerSort } from '../presentation/speakers';

/**
 * Press Gallery in the editor: a thin layer over one cached analysis per document version. Runs in
 * the Node and the web extension hosts alike (no Node API here or below).
 */
export function activate(context: vscode.ExtensionContext): PressGalleryApi {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const store = new AnalysisStore();
  const speakers = new SpeakersView(store, context.workspaceState);
  const decorations = new Decorations(store);
  const status = new StatusBar(store);
  const diagnostics = new Diagnostics(store);
  const tree = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: speakers, showCollapseAll: true });

  const command = (id: string, run: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, (...args: never[]) => safelyRun(id.replace('pressGallery.', ''), () => run(...args)));
  const article = () => {
    const doc = vscode.window.activeTextEditor?.document;
    return AnalysisStore.isArticle(doc) ? doc : undefined;
  };

  context.subscriptions.push(
    log(), store, speakers, decorations, status, tree,
    vscode.languages.registerHoverProvider(selector, new HoverProvider(store)),
    vscode.languages.registerDocumentSymbolProvider(selector, new SymbolProvider(store), { label: 'Press Gallery' }),
    diagnostics,
    vscode.languages.registerCodeActionsProvider(selector, new CodeActions(diagnostics), { providedCodeActionKinds: CodeActions.kinds }),
    command('pressGallery.showSpeakers', () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
    command('pressGallery.nextQuote', () => moveToQuote(store, 'next')),
    command('pressGallery.previousQuote', () => moveToQuote(store, 'previous')),
    command(SHOW_QUOTES_BY_SPEAKER, (args?: ShowQuotesArgs) => showQuotesBySpeaker(store, args)),
    command('pressGallery.copyQuotesAsMarkdown', () => copyQuotesAsMarkdown(store)),
    command('pressGallery.exportAnalysisAsJson', (target?: 'untitled' | vscode.Uri) => exportAnalysisAsJson(store, target)),
    command('pressGallery.toggleHighlights', () => toggleHighlights()),
    command('pressGallery.reanalyse', () => { const d = article(); if (d) store.reanalyse(d); }),
    command('pressGallery.analyseAnyway', () => { const d = article(); if (d) store.analyseFully(d); }),
    command(REVEAL_QUOTE, (uri: vscode.Uri | string, start: number, end: number) => reveal(uri, start, end)),
    command('pressGallery.sortSpeakersByAppearance', () => speakers.setSort('appearance' satisfies SpeakerSort)),
    command('pressGallery.sortSpeakersByQuotes', () => speakers.setSort('quotes')),
    command('pressGallery.sortSpeakersByParty', () => speakers.setSort('party')),
  );
  void vscode.commands.executeCommand('setContext', 'pressGallery.speakersSort', speakers.sort);

  return {
    getAnalysis: (document) => store.get(document),
    getSpeakersViewItems: () => speakers.describe(),
    getDecorations: (editor) => decorations.rangesOf(editor),
    getStatusBarText: () => status.text,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
