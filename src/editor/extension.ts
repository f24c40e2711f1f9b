import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { CurrentArticle } from './currentArticle';
import { HoverProvider } from './hoverProvider';
import { SymbolProvider } from './symbolProvider';
import { SpeakersView } from './speakersView';
import { Decorations } from './decorations';
import { QUOTATION_LEGEND, QuotationTokens } from './quotationTokens';
import { StatusBar } from './statusBar';
import { Diagnostics } from './diagnostics';
import { CodeActions } from './codeActions';
import { moveToQuote, revealRange } from './commands/navigation';
import { showQuotesBySpeaker } from './commands/showQuotesBySpeaker';
import { copyQuotesAsMarkdown, exportAnalysisAsJson, exportQuotesAsCsv } from './commands/exportCommands';
import { toggleHighlights } from './commands/highlights';
import { analyseAnyway, reanalyse } from './commands/analysisCommands';
import { Commands, LANGUAGE_ID, SPEAKERS_VIEW_ID } from '../presentation/ids';
import { createLog, safelyRun } from './log';
import { MpData } from './mpData';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceSymbols } from './workspaceSymbols';
import { References } from './references';
import { SourcesPanel } from './sourcesPanel';
import { pickSourcesFolder } from './commands/sources';
import type { PressGalleryApi } from './api';

/**
 * Press Gallery in the editor: a thin layer of providers over one cached analysis per document
 * version (analysisCache.ts). Runs in the Node and the web extension hosts alike: nothing here or
 * below uses a Node API. Activated by the news-article language, its commands and its view
 * (implicit activation events); everything it makes is disposed with the extension.
 */
export function activate(context: vscode.ExtensionContext): PressGalleryApi {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const log = createLog();
  const cache = new AnalysisCache();
  const article = new CurrentArticle(cache);
  const speakers = new SpeakersView(cache, article, context.workspaceState);
  const decorations = new Decorations(cache);
  const quotations = new QuotationTokens(cache);
  const status = new StatusBar(cache, article);
  const diagnostics = new Diagnostics(cache);
  const mpData = new MpData(context, cache);
  const workspaceIndex = new WorkspaceIndex();
  const sources = new SourcesPanel(context.extensionUri, workspaceIndex);

  /** Commands never throw into the workbench: errors are logged and shown once. */
  const command = (id: string, run: (...args: unknown[]) => unknown) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => safelyRun(id.replace('pressGallery.', ''), () => run(...args)));

  context.subscriptions.push(
    log, cache, article, speakers, decorations, quotations, status, mpData,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, quotations, QUOTATION_LEGEND),
    vscode.languages.registerHoverProvider(selector, new HoverProvider(cache)),
    vscode.languages.registerDocumentSymbolProvider(selector, new SymbolProvider(cache), { label: 'Press Gallery' }),
    diagnostics,
    vscode.languages.registerCodeActionsProvider(selector, new CodeActions(diagnostics), { providedCodeActionKinds: CodeActions.kinds }),
    command(Commands.showSpeakers, () => vscode.commands.executeCommand(`${SPEAKERS_VIEW_ID}.focus`)),
    command(Commands.nextQuote, () => moveToQuote(cache, 'next')),
    command(Commands.previousQuote, () => moveToQuote(cache, 'previous')),
    command(Commands.showQuotesBySpeaker, (args) => showQuotesBySpeaker(cache, args)),
    command(Commands.copyQuotesAsMarkdown, (arg) => copyQuotesAsMarkdown(cache, arg)),
    command(Commands.exportAnalysisAsJson, (target) => exportAnalysisAsJson(cache, target)),
    command(Commands.exportQuotesAsCsv, (target) => exportQuotesAsCsv(cache, target)),
    command(Commands.toggleHighlights, () => toggleHighlights()),
    command(Commands.reanalyse, (arg) => reanalyse(cache, arg)),
    command(Commands.analyseAnyway, (arg) => analyseAnyway(cache, arg)),
    command(Commands.revealQuote, (uri, start, end, preserveFocus) => revealRange(uri, start as number, end as number, preserveFocus === true)),
    command(Commands.sortSpeakers, () => speakers.pickSort()),
    command(Commands.sortSpeakersByAppearance, () => speakers.setSort('appearance')),
    command(Commands.sortSpeakersByQuotes, () => speakers.setSort('quotes')),
    command(Commands.sortSpeakersByParty, () => speakers.setSort('party')),
    command(Commands.updateMpData, () => mpData.update()),
    command(Commands.resetMpData, () => mpData.reset()),
    command(Commands.followCursorOn, () => speakers.setFollowCursor(true)),
    command(Commands.followCursorOff, () => speakers.setFollowCursor(false)),
    workspaceIndex, sources,
    // Parties and seats in the index are as of the MP data: a data update or reset indexes again.
    mpData.onDidChange(() => workspaceIndex.rebuild()),
    vscode.languages.registerWorkspaceSymbolProvider(new WorkspaceSymbols(workspaceIndex)),
    vscode.languages.registerReferenceProvider(selector, new References(cache, workspaceIndex)),
    command(Commands.showSources, () => sources.show({})),
    command(Commands.showSourcesForFolder, async (uri) => {
      const folder = uri instanceof vscode.Uri ? uri : await pickSourcesFolder();
      if (folder) sources.show({ folder });
    }),
    command(Commands.stopIndexing, () => workspaceIndex.stop()),
    command(Commands.rebuildIndex, () => workspaceIndex.rebuild()),
  );
  log.info('Press Gallery activated');
  // After activation, in the background: the article being opened comes first.
  const startIndex = setTimeout(() => workspaceIndex.rebuild(), 1000);
  context.subscriptions.push({ dispose: () => clearTimeout(startIndex) });

  const documentOf = (target: vscode.Uri | vscode.TextDocument): vscode.TextDocument | undefined =>
    target instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString()) : target;

  return {
    getAnalysis: (target) => {
      const doc = documentOf(target);
      return doc ? cache.inspect(doc) : undefined;
    },
    getSpeakersViewItems: () => {
      const lines: string[] = [];
      const walk = (items: ReturnType<SpeakersView['shownItems']>, depth: number) => {
        for (const item of items) {
          lines.push(`${'  '.repeat(depth)}${item.label}${item.description ? ` (${item.description})` : ''}${item.collapsed ? ' [collapsed]' : ''}`);
          walk(item.children, depth + 1);
        }
      };
      walk(speakers.shownItems(), 0);
      return lines;
    },
    getSpeakersViewSelection: () => speakers.selectedLabels(),
    getDecorations: (editor) => decorations.rangesOf(editor),
    getStatusBarText: () => status.text,
    mpDataReady: () => mpData.ready,
    whenIndexed: async () => {
      await workspaceIndex.whenIdle();
      return { state: workspaceIndex.state, articles: workspaceIndex.index.size };
    },
    getSourcesShown: () => sources.shown,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
