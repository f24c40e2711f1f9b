import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';
import { sourcesModel, SourcesModel } from '../corpus/sourcesModel';
import { statsAsCsv } from '../corpus/statsFormat';
import type { CorpusStats } from '../corpus/stats';
import { readSettings } from './config';
import { logError } from './log';

const VIEW_TYPE = 'pressGallery.sources';

/** Where the Sources view looks: the whole workspace, or one folder. */
export interface SourcesScope {
  folder?: vscode.Uri;
}

/**
 * "Press Gallery: Show Sources": a webview of the workspace index's statistics (or one folder's),
 * redrawn as the index changes. The page (media/sources.css, dist/webview/sources.js with the
 * bundled Chart.js) loads nothing remote: its Content Security Policy allows only the extension's
 * own script and style, with a nonce, and no inline code.
 */
export class SourcesPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scope: SourcesScope = {};
  private stats: CorpusStats | undefined;
  private model: SourcesModel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly workspace: WorkspaceIndex) {
    this.subscriptions.push(
      workspace.onDidChange(() => this.scheduleUpdate()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('pressGallery.partyColors')) this.scheduleUpdate(); }),
    );
  }

  /** What the panel shows now (for tests), or undefined when it is closed. */
  get shown(): SourcesModel | undefined {
    return this.panel ? this.model : undefined;
  }

  show(scope: SourcesScope): void {
    this.scope = scope;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Sources', vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'speakers.svg');
      this.panel.webview.html = this.html(this.panel.webview);
      this.panel.onDidDispose(() => { this.panel = undefined; }, undefined, this.subscriptions);
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m), undefined, this.subscriptions);
    } else {
      this.panel.reveal();
    }
    this.update();
  }

  private scheduleUpdate(): void {
    if (!this.panel || this.timer) return;
    this.timer = setTimeout(() => { this.timer = undefined; this.update(); }, 300);
  }

  private update(): void {
    if (!this.panel) return;
    try {
      const folder = this.scope.folder?.toString().replace(/\/?$/, '/');
      this.stats = this.workspace.index.stats(folder ? (uri) => uri.startsWith(folder) : undefined);
      const name = this.scope.folder ? this.scope.folder.path.split('/').filter(Boolean).pop() ?? 'folder' : 'the workspace';
      this.model = sourcesModel(this.stats, name, readSettings().partyColors);
      this.panel.title = this.scope.folder ? `Sources: ${name}` : 'Sources';
      const { state, progress } = this.workspace;
      void this.panel.webview.postMessage({ type: 'model', model: this.model, indexing: state === 'indexing' ? progress : null });
    } catch (e) {
      logError('the Sources view', e);
    }
  }

  private async onMessage(m: unknown): Promise<void> {
    const type = (m as { type?: unknown })?.type;
    if (type === 'ready') return this.update();
    if (!this.stats) return;
    // Exports open as new untitled documents: nothing is written until the user saves.
    if (type === 'export-csv') await this.open(statsAsCsv(this.stats), 'plaintext');
    else if (type === 'export-json') await this.open(`${JSON.stringify(this.stats, null, 2)}\n`, 'json');
  }

  private async open(content: string, language: string): Promise<void> {
    const doc = await vscode.workspace.openTextDocument({ content, language });
    await vscode.window.showTextDocument(doc, { preview: false });
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'sources.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'sources.css'));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource}`,
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Sources</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="muted">Loading the workspace’s sources…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}
