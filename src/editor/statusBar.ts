import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { CurrentArticle } from './currentArticle';
import { Commands } from '../presentation/ids';
import { needsWarning, statusText, statusTooltip, TOO_LARGE_TEXT, tooLargeTooltip } from '../presentation/status/statusBar';
import { readSettings } from './config';
import { safely } from './log';

/**
 * "$(quote) 13 quotes · 3 speakers · 6 MPs" while an article is current, with the date and the
 * notices in the tooltip; a click shows the Speakers view. Above the size limit it says so and a
 * click analyses the file anyway. Hidden for other files.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pressGallery.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly cache: AnalysisCache, private readonly article: CurrentArticle) {
    this.item.name = 'Press Gallery';
    this.subscriptions.push(this.item, article.onDidChange(() => this.update()));
    this.update();
  }

  /** The text shown, or undefined when the item is hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  update(): void {
    safely('status bar', undefined, () => {
      const doc = this.article.document;
      const entry = doc ? this.cache.entry(doc) : undefined;
      if (!doc || !entry) {
        this.item.hide();
        this.visible = false;
        return;
      }
      if (entry.state === 'too-large') {
        this.item.text = TOO_LARGE_TEXT;
        this.item.tooltip = tooLargeTooltip(entry.sizeMB, readSettings(doc).maxFileSizeMB);
        this.item.command = { title: 'Analyse Anyway', command: Commands.analyseAnyway, arguments: [doc.uri] };
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      } else if (entry.state === 'failed' || !entry.analysis) {
        this.item.text = '$(error) Press Gallery: analysis failed';
        this.item.tooltip = 'The analysis of this article failed: the Press Gallery log has the details. Click to try again.';
        this.item.command = { title: 'Re-analyse Document', command: Commands.reanalyse, arguments: [doc.uri] };
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      } else {
        const a = entry.analysis;
        this.item.text = statusText(a);
        const tooltip = new vscode.MarkdownString(statusTooltip(a, (offset) => doc.positionAt(offset).line), true);
        this.item.tooltip = tooltip;
        // Cut short: a click analyses it in full; otherwise it shows the speakers.
        this.item.command = a.stats.truncated
          ? { title: 'Analyse Large File Anyway', command: Commands.analyseAnyway, arguments: [doc.uri] }
          : { title: 'Show Speakers', command: Commands.showSpeakers };
        this.item.backgroundColor = needsWarning(a) ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      }
      this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([\w-]+\)\s*/g, '') };
      this.item.show();
      this.visible = true;
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
