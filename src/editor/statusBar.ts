import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { groupBySpeaker } from '../presentation/speakers';
import { formatDate, plural } from '../presentation/dates';
import { safely } from './log';

/**
 * "13 quotes · 3 speakers · 6 MPs" for the active article; a click opens the Speakers view. Above the
 * size limit it says the file was only partly analysed, once, with a click to analyse it anyway.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pressGallery.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore) {
    this.item.name = 'Press Gallery';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((d) => { if (d === vscode.window.activeTextEditor?.document) this.update(); }),
    );
    this.update();
  }

  get text(): string | undefined {
    return this.item.text || undefined;
  }

  update(): void {
    safely('status bar', undefined, () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!AnalysisStore.isArticle(doc)) {
        this.item.hide();
        this.item.text = '';
        return;
      }
      const a = this.store.get(doc);
      if (this.store.isLimited(doc)) {
        this.item.text = `$(warning) Press Gallery: large file, quotes only`;
        this.item.tooltip = 'This article is larger than pressGallery.maxFileSizeMB: only its quotation marks were read. Click to analyse it fully.';
        this.item.command = { title: 'Analyse anyway', command: 'pressGallery.analyseAnyway' };
      } else {
        const mps = a.people.filter((p) => p.mp).length;
        this.item.text = `$(quote) ${plural(a.quotes.length, 'quote')} · ${plural(groupBySpeaker(a).length, 'speaker')} · ${plural(mps, 'MP')}`;
        const tip = [a.date ? `Article date: ${formatDate(a.date)}` : 'No date line', ...a.notices.map((n) => n.message), 'Click to show the speakers.'];
        this.item.tooltip = tip.join('\n');
        this.item.command = { title: 'Show Speakers', command: 'pressGallery.showSpeakers' };
      }
      this.item.show();
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
