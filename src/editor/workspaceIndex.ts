import * as vscode from 'vscode';
import { analyze } from '../extractor/analyze';
import { ArticleIndex, indexArticle } from '../corpus/articleIndex';
import { excludeGlob } from '../corpus/excludes';
import { readFileSettings, readSettings } from './config';
import { articleTextOf, ARTICLE_CANDIDATES } from './articleFiles';
import { Commands, ContextKeys } from '../presentation/ids';
import { indexingText } from '../presentation/status/indexing';
import { log, logError } from './log';

/** The globs of pressGallery.files.include (files that are articles whatever their first line). */
function includeGlobs(): string[] {
  return readFileSettings().include;
}

export type IndexState = 'idle' | 'indexing' | 'stopped';

/** A slice of work between two yields to the extension host: other providers run in between. */
const SLICE_MS = 25;

/**
 * The workspace index: every article of the workspace folders (the editor's recognition rules;
 * files.exclude and search.exclude honoured), reduced to summaries and name ranges
 * (src/corpus/articleIndex.ts). Built in the background after activation, in slices that leave the
 * extension host free; progress in the status bar, where a click stops it. A file-system watcher
 * keeps it current. Files are read through workspace.fs, so it works in the web extension host.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly index = new ArticleIndex();
  private readonly item = vscode.window.createStatusBarItem('pressGallery.indexing', vscode.StatusBarAlignment.Left, 0);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the index changed (a build step, a watched file). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.item, this.changed];
  private run: vscode.CancellationTokenSource | undefined;
  private pending = new Set<string>();
  private pumping: Promise<void> | undefined;
  /** The files the last search found (and the watcher confirmed since): only these enter the index. */
  private known = new Set<string>();
  /** Files of pressGallery.files.include: articles whatever their first line. */
  private included = new Set<string>();
  private includeWatchers: vscode.Disposable[] = [];
  /** Searches for candidates under way: the index is not idle before they end. */
  private finding = 0;
  /** The last full build, to log its time once it ends. */
  private built: { started: number; run: vscode.CancellationTokenSource } | undefined;
  private total = 0;
  private done = 0;
  private stateValue: IndexState = 'idle';
  private idleWaiters: Array<() => void> = [];

  constructor() {
    this.item.name = 'Press Gallery Indexing';
    this.item.command = Commands.stopIndexing;
    this.subscriptions.push(
      this.watch(ARTICLE_CANDIDATES, false),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['files.exclude', 'search.exclude', 'pressGallery.files', 'pressGallery.maxFileSizeMB'].some((s) => e.affectsConfiguration(s))) this.rebuild();
      }),
    );
  }

  get state(): IndexState {
    return this.stateValue;
  }

  /** "Indexing 120 of 950 articles" while it runs. */
  get progress(): { done: number; total: number } {
    return { done: this.done, total: this.total };
  }

  /** Resolves once nothing is left to index (at once when idle). */
  whenIdle(): Promise<void> {
    if (this.stateValue !== 'indexing' && !this.pending.size && !this.finding) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Finds every article of the workspace and indexes it, replacing what was there. */
  rebuild(): void {
    this.run?.cancel();
    const run = (this.run = new vscode.CancellationTokenSource());
    this.pending.clear();
    this.finding++;
    this.setState('indexing');
    const started = Date.now();
    void this.find(run.token).finally(() => this.finding--).then(
      (found) => {
        if (run.token.isCancellationRequested) return;
        log()?.info(`Workspace index: ${found.all.size} candidate files found in ${Date.now() - started} ms`);
        this.built = { started, run };
        this.included = found.included;
        this.known = new Set(found.all);
        for (const w of this.includeWatchers.splice(0)) w.dispose();
        this.includeWatchers = includeGlobs().map((glob) => this.watch(glob, true));
        for (const uri of this.index.uris()) if (!found.all.has(uri)) this.index.delete(uri);
        this.pending = found.all;
        this.total = found.all.size;
        this.done = 0;
        this.setState('indexing');
        this.pump();
      },
      (e) => {
        if (!run.token.isCancellationRequested) logError('finding the workspace’s articles', e);
        if (!run.token.isCancellationRequested && !this.pumping) this.setState('idle');
      },
    );
  }

  /** Stops the build where it is: what was indexed stays, the watcher goes on. */
  stop(): void {
    if (this.stateValue !== 'indexing') return;
    this.run?.cancel();
    this.pending.clear();
    this.setState('stopped');
    log()?.info(`Workspace index stopped at ${this.done} of ${this.total} articles`);
  }

  private cancelled(): boolean {
    return !this.run || this.run.token.isCancellationRequested;
  }

  /** A watcher on a glob; `included` for the globs of pressGallery.files.include. */
  private watch(glob: string, included: boolean): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    const changed = (uri: vscode.Uri) => void this.changedOnDisk(uri, included);
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete((uri) => this.remove(uri)),
    );
  }

  /** Watchers see excluded folders too: a file is queued only if the index's own search finds it. */
  private async changedOnDisk(uri: vscode.Uri, included: boolean): Promise<void> {
    try {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return;
      const relative = vscode.workspace.asRelativePath(uri, false).replace(/[[\]{}*?]/g, (c) => `[${c}]`);
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, relative), this.exclude() ?? null, 1);
      if (!found.length) { this.known.delete(uri.toString()); this.remove(uri); return; }
      if (included) this.included.add(uri.toString());
      this.known.add(uri.toString());
      this.enqueue(uri);
    } catch (e) {
      logError(`watching ${uri.toString()}`, e);
    }
  }

  private exclude(): string | undefined {
    return excludeGlob(
      vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude'),
      vscode.workspace.getConfiguration('search').get<Record<string, unknown>>('exclude'),
    );
  }

  private enqueue(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.pending.has(key)) return;
    if (this.cancelled()) this.run = new vscode.CancellationTokenSource();
    if (this.stateValue !== 'indexing') { this.total = 0; this.done = 0; this.setState('indexing'); }
    this.pending.add(key);
    this.total++;
    this.pump();
  }

  private remove(uri: vscode.Uri): void {
    this.pending.delete(uri.toString());
    if (this.index.delete(uri.toString())) this.changed.fire();
  }

  /** The candidates (see ARTICLE_CANDIDATES) and the files of pressGallery.files.include, less the excluded. */
  private async find(token: vscode.CancellationToken): Promise<{ all: Set<string>; included: Set<string> }> {
    const exclude = this.exclude();
    // undefined would apply files.exclude alone; null applies nothing: the glob holds both settings.
    const candidates = await vscode.workspace.findFiles(ARTICLE_CANDIDATES, exclude ?? null, undefined, token);
    const included = new Set<string>();
    for (const glob of includeGlobs()) {
      for (const uri of await vscode.workspace.findFiles(glob, exclude ?? null, undefined, token)) included.add(uri.toString());
    }
    return { all: new Set([...candidates.map((u) => u.toString()), ...included]), included };
  }

  /** Works through `pending` in slices that leave the extension host free in between; one pump at a time. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = (async () => {
      let sliceStart = Date.now();
      let sinceFire = 0;
      while (this.pending.size && !this.cancelled()) {
        const key = this.pending.values().next().value as string;
        this.pending.delete(key);
        await this.indexOne(vscode.Uri.parse(key));
        this.done++;
        sinceFire++;
        if (Date.now() - sliceStart > SLICE_MS) {
          this.showProgress();
          if (sinceFire >= 200) { this.changed.fire(); sinceFire = 0; }
          await new Promise((r) => setTimeout(r, 0));
          sliceStart = Date.now();
        }
      }
    })().finally(() => {
      this.pumping = undefined;
      if (this.pending.size && !this.cancelled()) return this.pump();
      if (this.finding) return; // a search is still to hand its files over
      if (this.built && this.built.run === this.run && !this.cancelled()) {
        log()?.info(`Workspace index: ${this.index.size} articles indexed in ${Date.now() - this.built.started} ms`);
        this.built = undefined;
      }
      if (this.stateValue === 'indexing') this.setState('idle');
      this.changed.fire();
    });
  }

  private async indexOne(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    try {
      const settings = readSettings(uri);
      const stat = await vscode.workspace.fs.stat(uri);
      if (settings.maxFileSizeMB > 0 && stat.size > settings.maxFileSizeMB * 1024 * 1024) {
        log()?.debug(`Workspace index: ${key} left out, above pressGallery.maxFileSizeMB`);
        this.index.delete(key);
        return;
      }
      const text = articleTextOf(uri, await vscode.workspace.fs.readFile(uri), this.included.has(key));
      if (text === undefined) { this.index.delete(key); return; }
      const indexed = indexArticle(key, text.original, analyze(text.analysed, { timeBudgetMs: settings.timeBudgetMs }));
      // A search under new settings (files.exclude…) may have ruled the file out while it was read.
      if (this.known.has(key)) this.index.set(indexed);
    } catch (e) {
      // A file deleted or unreadable between finding and reading is simply not an article now.
      this.index.delete(key);
      if (!(e instanceof vscode.FileSystemError)) logError(`indexing ${key}`, e);
      else log()?.debug(`Workspace index: ${key} could not be read (${e.code})`);
    }
  }

  private setState(state: IndexState): void {
    if (state !== this.stateValue) void vscode.commands.executeCommand('setContext', ContextKeys.indexing, state === 'indexing');
    this.stateValue = state;
    if (state === 'indexing') this.showProgress();
    else {
      this.item.hide();
      this.total = this.pending.size;
      this.done = 0;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private showProgress(): void {
    this.item.text = indexingText(this.done, this.total);
    this.item.tooltip = 'Press Gallery is indexing the workspace’s articles for Go to Symbol in Workspace, references and the Sources view. Click to stop.';
    this.item.show();
  }

  dispose(): void {
    this.run?.cancel();
    this.pending.clear();
    for (const d of [...this.subscriptions, ...this.includeWatchers]) d.dispose();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
