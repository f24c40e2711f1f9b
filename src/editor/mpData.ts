import * as vscode from 'vscode';
import { bundledForUpdate, bundledInfo, useOverlay } from '../data-update/apply';
import { UpdateError } from '../data-update/http';
import type { Overlay } from '../data-update/overlay';
import { statusLines } from '../data-update/status';
import { loadOverlay, OVERLAY_FILE, OverlayStore } from '../data-update/store';
import { DEFAULT_API_BASE_URL, updateStore } from '../data-update/update';
import { formatDate } from '../extractor/dates';
import { KnowledgeBase } from '../extractor/kb/knowledgeBase';
import type { AnalysisCache } from './analysisCache';
import { isArticle } from './analysisCache';
import { Commands, CONFIG_SECTION } from '../presentation/ids';
import { log } from './log';

/** The overlay in the extension's global storage, replaced by writing beside it and renaming over it. */
export function globalStore(dir: vscode.Uri): OverlayStore {
  const file = vscode.Uri.joinPath(dir, OVERLAY_FILE);
  const missing = (e: unknown) => e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
  return {
    location: file.scheme === 'file' ? file.fsPath : file.toString(true),
    async read() {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async replace(text) {
      await vscode.workspace.fs.createDirectory(dir);
      const tmp = vscode.Uri.joinPath(dir, `${OVERLAY_FILE}.${Date.now()}.tmp`);
      await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
      try {
        await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
      } catch (e) {
        await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
        throw e;
      }
    },
    async remove() {
      try {
        await vscode.workspace.fs.delete(file);
        return true;
      } catch (e) {
        if (missing(e)) return false;
        throw e;
      }
    },
  };
}

function dataSettings(): { apiBaseUrl: string; checkForUpdates: boolean } {
  const c = vscode.workspace.getConfiguration(`${CONFIG_SECTION}.data`);
  const url = c.get<unknown>('apiBaseUrl');
  return { apiBaseUrl: typeof url === 'string' && url.trim() ? url.trim() : DEFAULT_API_BASE_URL, checkForUpdates: c.get<boolean>('checkForUpdates', false) };
}

/**
 * The MP data in the editor: the stored update applied at start, Update MP Data and Reset MP Data to
 * Bundled, and (setting pressGallery.data.checkForUpdates, off by default) the offer of an update
 * when an article is dated after the data's verified day. Nothing is fetched without a click.
 */
export class MpData implements vscode.Disposable {
  private readonly store: OverlayStore;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** The MP data in use changed (an update applied, or a reset): whatever holds lookups should redo them. */
  readonly onDidChange = this.changed.event;
  private offered = false;
  private running: Promise<void> | undefined;
  /** Done once the stored update (if any) is in use. */
  readonly ready: Promise<void>;

  constructor(context: vscode.ExtensionContext, private readonly cache: AnalysisCache) {
    this.store = globalStore(context.globalStorageUri);
    // An article opened (its analysis is made on first use, not announced) or changed.
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.maybeOffer(e?.document)),
      cache.onDidChangeAnalysis((c) => { if (c.document === vscode.window.activeTextEditor?.document) this.maybeOffer(c.document); }),
    );
    this.ready = this.load().then(() => this.maybeOffer(vscode.window.activeTextEditor?.document));
  }

  private async load(): Promise<void> {
    const loaded = await loadOverlay(this.store);
    if ('error' in loaded && loaded.error) log()?.warn(loaded.error);
    if (loaded.overlay && useOverlay(loaded.overlay) === 'applied') this.refreshArticles();
    this.logStatus(loaded.overlay);
  }

  /** Press Gallery: Update MP Data. */
  update(): Promise<void> {
    this.running ??= this.runUpdate().finally(() => { this.running = undefined; });
    return this.running;
  }

  private async runUpdate(): Promise<void> {
    const { apiBaseUrl } = dataSettings();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Press Gallery: updating MP data from UK Parliament', cancellable: true },
      async (progress, token) => {
        const stop = new AbortController();
        const onCancel = token.onCancellationRequested(() => stop.abort());
        let shown = 0;
        try {
          const { overlay } = await updateStore(this.store, {
            baseUrl: apiBaseUrl,
            bundled: bundledForUpdate(),
            signal: stop.signal,
            onProgress: (done, total) => {
              const percent = Math.min(100, Math.round((done / total) * 100));
              progress.report({ increment: percent - shown, message: `${done} of ${total} requests` });
              shown = percent;
            },
          });
          const state = useOverlay(overlay);
          this.refreshArticles();
          this.logStatus(overlay);
          const added = overlay.people.filter((p) => p.added).length;
          void vscode.window.showInformationMessage(state === 'applied'
            ? `Press Gallery: MP data updated — party verified to ${formatDate(overlay.verifiedTo)} by UK Parliament (${overlay.people.length} members${added ? `, ${added} new` : ''}).`
            : 'Press Gallery: MP data fetched, but the bundled data is as new: the bundled data stays in use.');
        } catch (e) {
          if (!(e instanceof UpdateError)) throw e;
          log()?.warn(`MP data update: ${e.message}`);
          const say = `Press Gallery: MP data not updated: ${e.message}`;
          void (e.kind === 'cancelled' ? vscode.window.showInformationMessage(say) : vscode.window.showErrorMessage(say));
        } finally {
          onCancel.dispose();
        }
      },
    );
  }

  /** Press Gallery: Reset MP Data to Bundled. */
  async reset(): Promise<void> {
    const removed = await this.store.remove();
    useOverlay(null);
    this.refreshArticles();
    this.logStatus(null);
    void vscode.window.showInformationMessage(removed
      ? `Press Gallery: MP data reset to the bundled data (party verified to ${formatDate(bundledInfo().partyVerifiedTo)}).`
      : 'Press Gallery: MP data is already the bundled data.');
  }

  /** Open articles are analysed again, so every card and check reads the data now in use. */
  private refreshArticles(): void {
    for (const d of vscode.workspace.textDocuments) if (isArticle(d)) this.cache.reanalyse(d);
    this.changed.fire();
  }

  private logStatus(overlay: Overlay | null): void {
    for (const line of statusLines({ bundled: bundledInfo(), overlay, location: this.store.location })) log()?.info(line);
  }

  /** Once a session, when asked to: an article dated after the data's verified day. */
  private maybeOffer(document: vscode.TextDocument | undefined): void {
    if (this.offered || this.running || !isArticle(document) || !dataSettings().checkForUpdates) return;
    const date = this.cache.get(document)?.header.date;
    if (!date) return;
    const verified = KnowledgeBase.bundled().coverage.partyVerifiedTo;
    if (date <= verified) return;
    this.offered = true;
    const update = 'Update MP Data';
    void vscode.window.showInformationMessage(
      `Press Gallery: this article is dated ${formatDate(date)}; parties are verified to ${formatDate(verified)}. Fetch newer MP data from UK Parliament?`,
      update, 'Not Now',
    ).then((choice) => {
      if (choice === update) void vscode.commands.executeCommand(Commands.updateMpData);
    });
  }

  dispose(): void {
    this.changed.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
