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
import { copyQuotesAsMarkdown, exportAnalysisAsJson, exportQuotesAsCsv, exportQuotesAsMarkdown } from './commands/exportCommands';
import { toggleHighlights } from './commands/highlights';
import { applyFix } from './commands/applyFix';
import { openSample } from './commands/openSample';
import { checkAllArticles, checkSavedFile } from './commands/checkAllArticles';
import { analyseAnyway, analyseInFull, reanalyse } from './commands/analysisCommands';
import { Commands, LANGUAGE_ID, MARKDOWN_ID, SPEAKERS_VIEW_ID } from '../presentation/ids';
import { ArticleFiles } from './articleFiles';
import { setArticleDate, stopTreatingAsArticle, treatAsArticle } from './commands/articleFiles';
import { createLog, safelyRun } from './log';
import { MpData } from './mpData';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceSymbols } from './workspaceSymbols';
import { References } from './references';
import { SourcesPanel } from './sourcesPanel';
import { pickSourcesFolder } from './commands/sources';
import type { PressGalleryApi } from './api';
import { migrateRenamedSettings } from './renamedSettings';
import { analyze } from '../extractor/analyze';
import { backgroundAnalyzer } from '../worker/host';
import { readSettings } from './config';
import { cpuNowMs, cpuSince } from './cpuClock';

/** Set by the bundle's first line (scripts/build.mjs) when the extension host starts evaluating it: wall and CPU clocks. */
declare const PRESS_GALLERY_BUNDLE_STARTED: number | undefined;
declare const PRESS_GALLERY_BUNDLE_CPU_STARTED: number | undefined;
/** How long evaluating the bundle took, up to this module (the last one): the load's share of the start. */
const loadMs = typeof PRESS_GALLERY_BUNDLE_STARTED === 'number' ? performance.now() - PRESS_GALLERY_BUNDLE_STARTED : undefined;
const loadCpuMs = cpuSince(typeof PRESS_GALLERY_BUNDLE_CPU_STARTED === 'number' ? PRESS_GALLERY_BUNDLE_CPU_STARTED : undefined);

/**
 * Press Gallery in the editor: a thin layer of providers over one cached analysis per document
 * version (analysisCache.ts). Runs in the Node and the web extension hosts alike: nothing here or
 * below uses a Node API but the worker thread of long analyses (src/worker/host.ts, which the web
 * build swaps for an in-thread stand-in). Activated by the news-article language, its commands and its view
 * (implicit activation events), and by plain-text and Markdown files, which may be articles
 * (articleFiles.ts: one first-line test for a file that is not); everything it makes is disposed
 * with the extension.
 */
export function activate(context: vscode.ExtensionContext): PressGalleryApi {
  const activateStarted = performance.now(), activateCpuStarted = cpuNowMs();
  // Markdown articles keep their language: the providers answer for Markdown files that are articles.
  const selector: vscode.DocumentSelector = [{ language: LANGUAGE_ID }, { language: MARKDOWN_ID }];
  const log = createLog();
  const files = new ArticleFiles(context.globalState);
  // Full analyses of long articles in a worker thread (the web build runs them in this thread).
  const cache = new AnalysisCache(analyze, backgroundAnalyzer(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath));
  const quotations = new QuotationTokens(cache);
  // What follows the editors (the current article, the Speakers view, decorations, status bar and
  // diagnostics) analyses the articles it shows, so it is made just after activation rather than
  // during it: activation only registers. A command or the test API that comes first makes it at once.
  let followers: Followers | undefined;
  const follow = (): Followers => {
    if (!followers) {
      followers = createFollowers(cache, context.workspaceState);
      context.subscriptions.push(followers.article, followers.speakers, followers.decorations, followers.status, followers.diagnostics);
    }
    return followers;
  };
  const start = setTimeout(() => safelyRun('start', follow), 0);
  const speakers = () => follow().speakers;
  const mpData = new MpData(context, cache);
  const workspaceIndex = new WorkspaceIndex();
  const sources = new SourcesPanel(context.extensionUri, workspaceIndex);

  const outline = new Registration(() => vscode.languages.registerDocumentSymbolProvider(selector, new SymbolProvider(cache), { label: 'Press Gallery' }));

  /** Commands never throw into the workbench: errors are logged and shown once. */
  const command = (id: string, run: (...args: unknown[]) => unknown) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => safelyRun(id.replace('pressGallery.', ''), () => run(...args)));

  context.subscriptions.push(
    log, files, cache, quotations, mpData, { dispose: () => clearTimeout(start) },
    vscode.languages.registerDocumentSemanticTokensProvider(selector, quotations, QUOTATION_LEGEND),
    outline,
    files.onDidChangeMarkdownArticle((d) => {
      cache.refresh(d);
      outline.renew();
    }),
    vscode.languages.registerHoverProvider(selector, new HoverProvider(cache, { problemsOf: (doc, a) => follow().diagnostics.problemsOf(doc, a) })),
    vscode.languages.registerCodeActionsProvider(selector, new CodeActions({ problemFor: (uri, d) => follow().diagnostics.problemFor(uri, d) }), { providedCodeActionKinds: CodeActions.kinds }),
    command(Commands.showSpeakers, () => vscode.commands.executeCommand(`${SPEAKERS_VIEW_ID}.focus`)),
    command(Commands.nextQuote, () => moveToQuote(cache, 'next')),
    command(Commands.previousQuote, () => moveToQuote(cache, 'previous')),
    command(Commands.showQuotesBySpeaker, (args) => showQuotesBySpeaker(cache, args)),
    command(Commands.copyQuotesAsMarkdown, (arg) => copyQuotesAsMarkdown(cache, arg)),
    command(Commands.exportAnalysisAsJson, (target) => exportAnalysisAsJson(cache, target)),
    command(Commands.exportQuotesAsCsv, (target) => exportQuotesAsCsv(cache, target)),
    command(Commands.exportQuotesAsMarkdown, (target) => exportQuotesAsMarkdown(cache, target)),
    command(Commands.toggleHighlights, () => toggleHighlights()),
    command(Commands.reanalyse, (arg) => reanalyse(cache, arg)),
    command(Commands.analyseAnyway, (arg) => analyseAnyway(cache, arg)),
    command(Commands.revealQuote, (uri, start, end, preserveFocus) => revealRange(uri, start as number, end as number, preserveFocus === true)),
    command(Commands.sortSpeakers, () => speakers().pickSort()),
    command(Commands.sortSpeakersByAppearance, () => speakers().setSort('appearance')),
    command(Commands.sortSpeakersByQuotes, () => speakers().setSort('quotes')),
    command(Commands.sortSpeakersByParty, () => speakers().setSort('party')),
    command(Commands.updateMpData, () => mpData.update()),
    command(Commands.resetMpData, () => mpData.reset()),
    command(Commands.applyFix, (args) => applyFix(args)),
    command(Commands.openSample, () => openSample(context.extensionUri)),
    command(Commands.checkAllArticles, () => checkAllArticles(follow().diagnostics, workspaceIndex, undefined, cache.background)),
    command(Commands.followCursorOn, () => speakers().setFollowCursor(true)),
    command(Commands.followCursorOff, () => speakers().setFollowCursor(false)),
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
    command(Commands.treatAsArticle, (arg) => treatAsArticle(files, arg)),
    command(Commands.stopTreatingAsArticle, (arg) => stopTreatingAsArticle(files, arg)),
    command(Commands.setArticleDate, (arg, date) => setArticleDate(cache, arg, date)),
  );
  const activateMs = performance.now() - activateStarted, activateCpuMs = cpuSince(activateCpuStarted);
  log.info(`Press Gallery activated in ${activateMs.toFixed(1)} ms`);
  // After activation, in the background: the article being opened comes first.
  const startIndex = setTimeout(() => workspaceIndex.rebuild(), 1000);
  // Values under the old keys of renamed settings move to the new keys (they are read meanwhile).
  const migrated = new Promise<unknown>((resolve) => {
    // Off the start's path: after the first analysis and the index's start.
    const t = setTimeout(() => void migrateRenamedSettings().then(resolve, resolve), 1500);
    context.subscriptions.push({ dispose: () => { clearTimeout(t); resolve(undefined); } });
  });
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
      walk(speakers().shownItems(), 0);
      return lines;
    },
    getSpeakersViewSelection: () => speakers().selectedLabels(),
    checkAllArticles: (token) => checkAllArticles(follow().diagnostics, workspaceIndex, token, cache.background),
    getDecorations: (editor) => follow().decorations.rangesOf(editor),
    getStatusBarText: () => follow().status.text,
    mpDataReady: () => mpData.ready,
    getStartupTimings: () => ({ loadMs, loadCpuMs, activateMs, activateCpuMs, firstAnalysis: cache.firstAnalysis }),
    whenIndexed: async () => {
      await workspaceIndex.whenIdle();
      return { state: workspaceIndex.state, articles: workspaceIndex.index.size };
    },
    getSourcesShown: () => sources.shown,
    getFileHintText: () => files.hintText,
    migrateRenamedSettings: async () => {
      await migrated;
      return migrateRenamedSettings();
    },
    getSettings: (scope) => readSettings(scope),
    analyseInFull: (doc, token) => analyseInFull(cache, doc, token),
    analyseInHost: (doc) => analyze(cache.analysedText(doc), { timeBudgetMs: Infinity }),
    analysedInWorker: (doc) => cache.peek(doc)?.inWorker === true,
  };
}

/** The parts of the extension that follow the visible editors and show their articles' analyses. */
interface Followers {
  article: CurrentArticle;
  speakers: SpeakersView;
  decorations: Decorations;
  status: StatusBar;
  diagnostics: Diagnostics;
}

function createFollowers(cache: AnalysisCache, state: vscode.Memento): Followers {
  const article = new CurrentArticle(cache);
  // A file Check All Articles listed gets its problems as saved back once it closes.
  const diagnostics: Diagnostics = new Diagnostics(cache, (uri) => checkSavedFile(diagnostics, uri, cache.background, new AbortController().signal));
  return {
    article,
    speakers: new SpeakersView(cache, article, state),
    decorations: new Decorations(cache),
    status: new StatusBar(cache, article),
    diagnostics,
  };
}

/**
 * A provider registration that can be made again. The Outline keeps a document's symbols until its
 * version or its set of providers changes; a Markdown file that becomes an article (or stops being
 * one) keeps its version, so registering the symbol provider anew is what makes the Outline ask.
 */
class Registration implements vscode.Disposable {
  private current: vscode.Disposable;

  constructor(private readonly register: () => vscode.Disposable) {
    this.current = register();
  }

  renew(): void {
    this.current.dispose();
    this.current = this.register();
  }

  dispose(): void {
    this.current.dispose();
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
