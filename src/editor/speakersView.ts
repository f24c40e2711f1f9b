import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import type { Quote } from '../extractor/types';
import { firstWords, groupBySpeaker, sortSpeakers, unattributed, SpeakerGroup, SpeakerSort } from '../presentation/speakers';
import { plural } from '../presentation/dates';
import { safely } from './log';

export const VIEW_ID = 'pressGallery.speakers';
export const REVEAL_QUOTE = 'pressGallery.revealQuote';
const SORT_KEY = 'pressGallery.speakersSort';

type Node =
  | { kind: 'speaker'; group: SpeakerGroup; uri: vscode.Uri }
  | { kind: 'unknown'; quotes: Quote[]; uri: vscode.Uri }
  | { kind: 'quote'; quote: Quote; uri: vscode.Uri };

/**
 * The Speakers view: the active article's speakers with quote counts and MP badges, their quotes
 * below them; a click reveals the quote. It follows the active editor and is empty (with a welcome
 * message) for anything that is not an article.
 */
export class SpeakersView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private document: vscode.TextDocument | undefined;

  constructor(private readonly store: AnalysisStore, private readonly state: vscode.Memento) {
    this.subscriptions.push(
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      store.onDidChange((d) => { if (d === this.document) this.refresh(); }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  get sort(): SpeakerSort {
    return this.state.get<SpeakerSort>(SORT_KEY, 'appearance');
  }

  async setSort(sort: SpeakerSort): Promise<void> {
    await this.state.update(SORT_KEY, sort);
    void vscode.commands.executeCommand('setContext', SORT_KEY, sort);
    this.refresh();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    // Keep showing the last article while another kind of editor (output, settings) has focus.
    if (editor && !AnalysisStore.isArticle(editor.document)) this.document = undefined;
    else if (editor) this.document = editor.document;
    void vscode.commands.executeCommand('setContext', 'pressGallery.hasSpeakers', !!this.document);
    this.refresh();
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    return safely('speakers view', [], () => {
      const doc = this.document;
      if (!doc || doc.isClosed) return [];
      const uri = doc.uri;
      if (!node) {
        const a = this.store.get(doc);
        const speakers: Node[] = sortSpeakers(groupBySpeaker(a), this.sort).map((group) => ({ kind: 'speaker', group, uri }));
        const none = unattributed(a);
        return none.length ? [...speakers, { kind: 'unknown', quotes: none, uri }] : speakers;
      }
      if (node.kind === 'speaker') return node.group.quotes.map((quote) => ({ kind: 'quote', quote, uri }));
      if (node.kind === 'unknown') return node.quotes.map((quote) => ({ kind: 'quote', quote, uri }));
      return [];
    });
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'speaker': {
        const g = node.group;
        const item = new vscode.TreeItem(g.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${node.uri}#${g.id}`;
        const mp = g.person?.mp;
        item.description = [plural(g.quotes.length, 'quote'), mp ? `MP · ${mp.party}` : g.type === 'organisation' ? 'organisation' : ''].filter(Boolean).join(' · ');
        item.tooltip = mp ? `${g.name} — ${mp.party}, ${mp.constituency}` : g.name;
        item.iconPath = new vscode.ThemeIcon(g.type === 'organisation' ? 'organization' : mp ? 'account' : 'person');
        item.contextValue = 'speaker';
        return item;
      }
      case 'unknown': {
        const item = new vscode.TreeItem('Speaker unknown', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(node.quotes.length, 'quote');
        item.iconPath = new vscode.ThemeIcon('question');
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(`“${firstWords(q.text)}”`, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.uri}#q${q.index}`;
        item.description = q.cue?.text ?? '';
        item.tooltip = new vscode.MarkdownString().appendText(`“${q.text}”`);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = { title: 'Reveal quote', command: REVEAL_QUOTE, arguments: [node.uri, q.start, q.end] };
        return item;
      }
    }
  }

  /** The items as shown, for tests: labels with descriptions, children indented. */
  async describe(): Promise<string[]> {
    const out: string[] = [];
    const walk = (nodes: Node[], depth: number) => {
      for (const n of nodes) {
        const item = this.getTreeItem(n);
        const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
        out.push(`${'  '.repeat(depth)}${label}${item.description ? ` (${item.description})` : ''}`);
        walk(this.getChildren(n), depth + 1);
      }
    };
    walk(this.getChildren(), 0);
    return out;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
