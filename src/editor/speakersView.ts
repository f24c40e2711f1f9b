import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { CurrentArticle } from './currentArticle';
import type { Analysis, Quote } from '../extractor/types';
import { groupBySpeaker, sortSpeakers, unattributed, SpeakerGroup, SpeakerSort } from '../presentation/speakers/groups';
import { Commands, ContextKeys, SPEAKERS_VIEW_ID, UNATTRIBUTED_ID } from '../presentation/ids';
import { organisationCard, personCard } from '../presentation/hoverCards/cards';
import { partyColour, partyKey } from '../presentation/highlights/highlightPlan';
import { speakerDescription, speakerSummary } from '../presentation/speakers/labels';
import { plural, quoteLabel } from '../presentation/text/words';
import { readSettings } from './config';
import { trustedMarkdown } from './hoverProvider';
import { safely } from './log';

/** Tree nodes carry `uri` and `speakerId`, so a node is itself the argument of Show Quotes by Speaker. */
export type SpeakerNode =
  | { kind: 'speaker'; uri: string; speakerId: string; group: SpeakerGroup }
  | { kind: 'unattributed'; uri: string; speakerId: string; quotes: Quote[] }
  | { kind: 'quote'; uri: string; speakerId: string; quote: Quote };

const SORT_STATE_KEY = 'pressGallery.speakersSort';
export const SORTS: ReadonlyArray<{ sort: SpeakerSort; label: string; detail: string }> = [
  { sort: 'appearance', label: 'First appearance', detail: 'In the order speakers are first quoted' },
  { sort: 'quotes', label: 'Number of quotes', detail: 'Most quoted first' },
  { sort: 'party', label: 'Party', detail: 'MPs by party name, then everyone else' },
];

/** A view item as shown: label, description and children (for the test API). */
export interface ShownItem {
  label: string;
  description: string;
  children: ShownItem[];
}

/**
 * The Speakers view: the current article's speakers with quote counts and MP badges, their quotes
 * below them (a click selects the quote in the editor), then the unattributed quotes. Follows the
 * active editor; for anything but an article it is empty and its welcome text (package.json
 * `viewsWelcome`) says what to do. Sorted by first appearance, number of quotes or party; the
 * choice is remembered per workspace.
 */
export class SpeakersView implements vscode.TreeDataProvider<SpeakerNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly view: vscode.TreeView<SpeakerNode>;
  private hasSpeakers: boolean | undefined;

  constructor(private readonly cache: AnalysisCache, private readonly article: CurrentArticle, private readonly state: vscode.Memento) {
    this.view = vscode.window.createTreeView(SPEAKERS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.emitter,
      this.view,
      article.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('pressGallery.partyColors')) this.refresh(); }),
    );
    void vscode.commands.executeCommand('setContext', ContextKeys.speakersSort, this.sort);
    this.refresh();
  }

  get sort(): SpeakerSort {
    const s = this.state.get<string>(SORT_STATE_KEY);
    return SORTS.some((x) => x.sort === s) ? (s as SpeakerSort) : 'appearance';
  }

  async setSort(sort: SpeakerSort): Promise<void> {
    await this.state.update(SORT_STATE_KEY, sort);
    await vscode.commands.executeCommand('setContext', ContextKeys.speakersSort, sort);
    this.refresh();
  }

  /** A quick pick of the orders, the current one marked. */
  async pickSort(): Promise<void> {
    const current = this.sort;
    const picked = await vscode.window.showQuickPick(
      SORTS.map((s) => ({ label: s.label, description: s.sort === current ? '(current)' : undefined, detail: s.detail, picked: s.sort === current, sort: s.sort })),
      { title: 'Sort Speakers By', placeHolder: `Sorted by ${SORTS.find((s) => s.sort === current)!.label.toLowerCase()}` },
    );
    if (picked) await this.setSort(picked.sort);
  }

  refresh(): void {
    safely('Speakers view', undefined, () => {
      const doc = this.article.document;
      const a = doc ? this.cache.get(doc) : undefined;
      const has = !!a && (groupBySpeaker(a).length > 0 || unattributed(a).length > 0);
      if (has !== this.hasSpeakers) {
        this.hasSpeakers = has;
        void vscode.commands.executeCommand('setContext', ContextKeys.hasSpeakers, has);
      }
      const name = doc ? doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1) : undefined;
      const sortLabel = SORTS.find((s) => s.sort === this.sort)!.label.toLowerCase();
      this.view.description = name ? `${name}${this.sort === 'appearance' ? '' : ` · by ${sortLabel}`}` : undefined;
    });
    this.emitter.fire(undefined);
  }

  private analysis(): { doc: vscode.TextDocument; a: Analysis } | undefined {
    const doc = this.article.document;
    const a = doc ? this.cache.get(doc) : undefined;
    return doc && a ? { doc, a } : undefined;
  }

  getChildren(node?: SpeakerNode): SpeakerNode[] {
    return safely('Speakers view', [], () => {
      const current = this.analysis();
      if (!current) return [];
      const uri = current.doc.uri.toString();
      if (!node) {
        const speakers: SpeakerNode[] = sortSpeakers(groupBySpeaker(current.a), this.sort).map((group) => ({ kind: 'speaker', uri, speakerId: group.id, group }));
        const none = unattributed(current.a);
        if (none.length) speakers.push({ kind: 'unattributed', uri, speakerId: UNATTRIBUTED_ID, quotes: none });
        return speakers;
      }
      if (node.kind === 'speaker') return node.group.quotes.map((quote) => ({ kind: 'quote', uri, speakerId: node.speakerId, quote }));
      if (node.kind === 'unattributed') return node.quotes.map((quote) => ({ kind: 'quote', uri, speakerId: node.speakerId, quote }));
      return [];
    });
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'speaker':
        return this.speakerItem(node);
      case 'unattributed': {
        const item = new vscode.TreeItem('Unattributed', vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${node.uri}#${UNATTRIBUTED_ID}`;
        item.description = plural(node.quotes.length, 'quote');
        item.tooltip = 'Speech quotes for which no speaker could be found';
        item.iconPath = new vscode.ThemeIcon('question');
        item.contextValue = 'unattributed';
        return item;
      }
      case 'quote':
        return this.quoteItem(node);
    }
  }

  private speakerItem(node: Extract<SpeakerNode, { kind: 'speaker' }>): vscode.TreeItem {
    const g = node.group;
    const item = new vscode.TreeItem(g.name, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${node.uri}#${g.id}`;
    item.description = speakerDescription(g);
    item.accessibilityInformation = { label: `${speakerSummary(g)}, ${item.description}` };
    const a = this.analysis()?.a;
    const organisation = g.type === 'organisation' ? a?.organisations.find((o) => o.id === g.id) : undefined;
    const card = a && (g.person ? personCard(a, g.person, { uri: node.uri }) : organisation ? organisationCard(a, organisation, { uri: node.uri }) : undefined);
    item.tooltip = card ? trustedMarkdown(card) : speakerSummary(g);
    const mp = g.person?.mpStatus === 'mp' ? g.person.mp : null;
    if (g.type === 'organisation') item.iconPath = new vscode.ThemeIcon('organization', new vscode.ThemeColor('pressGallery.speaker'));
    else if (mp) {
      const colour = partyColour(partyKey(mp.party), readSettings().partyColors);
      item.iconPath = new vscode.ThemeIcon('account', colour.kind === 'theme' ? new vscode.ThemeColor(colour.id) : undefined);
    } else item.iconPath = new vscode.ThemeIcon('person', new vscode.ThemeColor('pressGallery.speaker'));
    item.contextValue = mp ? 'speaker.mp' : 'speaker';
    return item;
  }

  private quoteItem(node: Extract<SpeakerNode, { kind: 'quote' }>): vscode.TreeItem {
    const q = node.quote;
    const item = new vscode.TreeItem(`“${quoteLabel(q.text)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri}#${node.speakerId}#${q.index}`;
    item.description = q.cue ? q.cue.text.replace(/\s+/g, ' ') : q.method === 'continuation' ? 'continued' : '';
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`“${q.text.replace(/\s+/g, ' ')}”`);
    if (q.cue) tooltip.appendMarkdown('\n\n').appendText(`Cue: ${q.cue.text}`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = 'quote';
    item.command = { title: 'Reveal Quote', command: Commands.revealQuote, arguments: [node.uri, q.start, q.end, true] };
    item.accessibilityInformation = { label: `Quote: ${q.text}` };
    return item;
  }

  /** The items as the view shows them (labels and descriptions), in its order. */
  shownItems(): ShownItem[] {
    const walk = (nodes: SpeakerNode[]): ShownItem[] => nodes.map((n) => {
      const item = this.getTreeItem(n);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { label, description: typeof item.description === 'string' ? item.description : '', children: walk(this.getChildren(n)) };
    });
    return walk(this.getChildren());
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
