import * as vscode from 'vscode';
import { AnalysisCache, isArticle } from './analysisCache';
import { ContextKeys } from '../presentation/ids';
import { safely } from './log';

/**
 * The article the Speakers view and the status bar follow: the active editor's document when it is
 * a news article; nothing when another kind of file is active. While focus is on something that is
 * not a text editor (settings, a webview) the last article stays current as long as it is visible.
 * Keeps the context keys pressGallery.isArticle and pressGallery.tooLarge up to date.
 */
export class CurrentArticle implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private keys = { isArticle: false, tooLarge: false, cutShort: false, set: false };

  /** Fires when the current article changes, or its analysis does. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions.push(
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow(vscode.window.activeTextEditor)),
      cache.onDidChangeAnalysis((e) => {
        // The active document may have become an article (language mode changed) or stopped being one.
        const active = vscode.window.activeTextEditor?.document;
        if (e.document === this.current || (active && e.document.uri.toString() === active.uri.toString())) this.follow(vscode.window.activeTextEditor, true);
      }),
    );
    this.follow(vscode.window.activeTextEditor, true);
  }

  get document(): vscode.TextDocument | undefined {
    return this.current && !this.current.isClosed ? this.current : undefined;
  }

  private follow(editor: vscode.TextEditor | undefined, analysisChanged = false): void {
    safely('following the active editor', undefined, () => {
      let next: vscode.TextDocument | undefined;
      // The Output panel's editors (this extension's log among them) are not documents the user reads.
      if (editor?.document.uri.scheme === 'output') editor = undefined;
      if (editor) next = isArticle(editor.document) ? editor.document : undefined;
      else next = this.current && isArticle(this.current) && vscode.window.visibleTextEditors.some((e) => e.document === this.current) ? this.current : undefined;
      const changed = next !== this.current;
      this.current = next;
      this.updateKeys();
      if (changed || analysisChanged) this.emitter.fire(next);
    });
  }

  private updateKeys(): void {
    const doc = this.document;
    const isArticleNow = !!doc;
    const entry = doc ? this.cache.entry(doc) : undefined;
    const tooLarge = entry?.state === 'too-large';
    const cutShort = !!entry?.analysis?.stats.truncated;
    if (this.keys.set && this.keys.isArticle === isArticleNow && this.keys.tooLarge === tooLarge && this.keys.cutShort === cutShort) return;
    this.keys = { isArticle: isArticleNow, tooLarge, cutShort, set: true };
    void vscode.commands.executeCommand('setContext', ContextKeys.isArticle, isArticleNow);
    void vscode.commands.executeCommand('setContext', ContextKeys.tooLarge, tooLarge);
    void vscode.commands.executeCommand('setContext', ContextKeys.cutShort, cutShort);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
