import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { CurrentArticle } from './currentArticle';
import type { Analysis, Person, Quote } from '../extractor/types';
import { groupBySpeaker, namedNotQuoted, sortSpeakers, unattributed, SpeakerGroup, SpeakerSort } from '../presentation/speakers/groups';
import { personAt, quoteAt } from '../presentation/navigation/lookup';
import { Commands, ContextKeys, SPEAKERS_VIEW_ID, UNATTRIBUTED_ID } from '../presentation/ids';
import { organisationCard, personCard } from '../presentation/hoverCards/cards';
import { partyColour, partyKey } from '../presentation/highlights/highlightPlan';
import { personBadge, speakerDescription, speakerSummary } from '../presentation/speakers/labels';
import { plural, quoteLabel } from '../presentation/text/words';
import { readSettings } from './config';
import { trustedMarkdown } from './hoverProvider';
import { safely } from './log';

/**
 * Tree nodes carry `uri` and `speakerId`, so a node is itself the argument of Show Quotes by Speaker.
 * Nodes are made once per analysis and order (see `tree()`), so that `reveal` (following the cursor)
 * finds the very objects the view was given, and each knows its parent.
 */
export type SpeakerNode =
  | { kind: 'speaker'; uri: string; speakerId: string; group: SpeakerGroup; children: SpeakerNode[] }
  | { kind: 'unattributed'; uri: string; speakerId: string; quotes: Quote[]; children: SpeakerNode[] }
  | { kind: 'named'; uri: string; speakerId: string; people: Person[]; children: SpeakerNode[] }
  | { kind: 'person'; uri: string; speakerId: string; person: Person; parent: SpeakerNode; children: SpeakerNode[] }
  | { kind: 'quote'; uri: string; speakerId: string; quote: Quote; parent: SpeakerNode; children: SpeakerNode[] };

/** Groups with more quotes than this start collapsed: a speech reported at length would fill the view. */
export const COLLAPSE_ABOVE = 50;
const NAMED_ID = '(named)';
const FOLLOW_STATE_KEY = 'pressGallery.speakersFollowCursor';

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
  /** The group starts collapsed. */
  collapsed: boolean;
  children: ShownItem[];
}

/**
 * The Speakers view: the current article's speakers with quote counts and MP badges, their quotes
 * below them (a click selects the quote in the editor), the unattributed quotes, then the people the
 * article names without quoting them. Follows the active editor; for anything but an article it is
 * empty and its welcome text (package.json `viewsWelcome`) says what to do. Sorted by first
 * appearance, number of quotes or party; the choice is remembered per workspace. With Follow Cursor
 * on (the eye in its title bar), it selects the quote, or the person, under the editor's cursor.
 */
export class SpeakersView implements vscode.TreeDataProvider<SpeakerNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly view: vscode.TreeView<SpeakerNode>;
  private hasSpeakers: boolean | undefined;
  /** The nodes of one analysis in one order, and where to find a quote's and a person's node. */
  private built: { analysis: Analysis; sort: SpeakerSort; roots: SpeakerNode[]; byQuote: Map<number, SpeakerNode>; byPerson: Map<string, SpeakerNode> } | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cache: AnalysisCache, private readonly article: CurrentArticle, private readonly state: vscode.Memento) {
    this.view = vscode.window.createTreeView(SPEAKERS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.emitter,
      this.view,
      article.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('pressGallery.partyColors')) this.refresh(); }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.cursorMoved(e.textEditor)),
      this.view.onDidChangeVisibility((e) => { if (e.visible && vscode.window.activeTextEditor) this.cursorMoved(vscode.window.activeTextEditor); }),
      { dispose: () => clearTimeout(this.followTimer) },
    );
    void vscode.commands.executeCommand('setContext', ContextKeys.speakersSort, this.sort);
    void vscode.commands.executeCommand('setContext', ContextKeys.followCursor, this.followCursor);
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

  /** Whether the view selects what is under the editor's cursor (on unless switched off). */
  get followCursor(): boolean {
    return this.state.get<boolean>(FOLLOW_STATE_KEY, true);
  }

  async setFollowCursor(on: boolean): Promise<void> {
    await this.state.update(FOLLOW_STATE_KEY, on);
    await vscode.commands.executeCommand('setContext', ContextKeys.followCursor, on);
    if (on && vscode.window.activeTextEditor) this.cursorMoved(vscode.window.activeTextEditor, 0);
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

  /** The view's nodes for the current analysis and order, made once. */
  private tree(): NonNullable<SpeakersView['built']> | undefined {
    const current = this.analysis();
    if (!current) return undefined;
    if (this.built?.analysis === current.a && this.built.sort === this.sort) return this.built;
    const uri = current.doc.uri.toString();
    const byQuote = new Map<number, SpeakerNode>();
    const byPerson = new Map<string, SpeakerNode>();
    const quotesOf = (parent: SpeakerNode, quotes: readonly Quote[]) => {
      for (const quote of quotes) {
        const node: SpeakerNode = { kind: 'quote', uri, speakerId: parent.speakerId, quote, parent, children: [] };
        byQuote.set(quote.index, node);
        parent.children.push(node);
      }
    };
    const roots: SpeakerNode[] = [];
    for (const group of sortSpeakers(groupBySpeaker(current.a), this.sort)) {
      const node: SpeakerNode = { kind: 'speaker', uri, speakerId: group.id, group, children: [] };
      quotesOf(node, group.quotes);
      byPerson.set(group.id, node);
      roots.push(node);
    }
    const none = unattributed(current.a);
    if (none.length) {
      const node: SpeakerNode = { kind: 'unattributed', uri, speakerId: UNATTRIBUTED_ID, quotes: none, children: [] };
      quotesOf(node, none);
      roots.push(node);
    }
    const named = namedNotQuoted(current.a);
    if (named.length) {
      const node: SpeakerNode = { kind: 'named', uri, speakerId: NAMED_ID, people: named, children: [] };
      for (const person of named) {
        const child: SpeakerNode = { kind: 'person', uri, speakerId: person.id, person, parent: node, children: [] };
        byPerson.set(person.id, child);
        node.children.push(child);
      }
      roots.push(node);
    }
    this.built = { analysis: current.a, sort: this.sort, roots, byQuote, byPerson };
    return this.built;
  }

  getChildren(node?: SpeakerNode): SpeakerNode[] {
    return safely('Speakers view', [], () => (node ? node.children : this.tree()?.roots ?? []));
  }

  getParent(node: SpeakerNode): SpeakerNode | undefined {
    return node.kind === 'quote' || node.kind === 'person' ? node.parent : undefined;
  }

  /** After the cursor rests (a short pause, so that a drag or held arrow key does not redraw each step). */
  private cursorMoved(editor: vscode.TextEditor, delayMs = 150): void {
    if (!this.followCursor || !this.view.visible || editor.document !== this.article.document) return;
    clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => safely('Speakers view: following the cursor', undefined, () => {
      if (editor.document !== this.article.document) return;
      const built = this.tree();
      if (!built) return;
      const offset = editor.document.offsetAt(editor.selection.active);
      const person = personAt(built.analysis, offset);
      const quote = quoteAt(built.analysis, offset);
      // A name inside a quote is the name's; the quote's otherwise.
      const node = (person && built.byPerson.get(person.person.id)) ?? (quote && built.byQuote.get(quote.index));
      if (node && this.view.selection[0] !== node) void this.view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    }), delayMs);
  }

  /** The labels of the view's selection (for the test API). */
  selectedLabels(): string[] {
    return this.view.selection.map((n) => {
      const label = this.getTreeItem(n).label;
      return typeof label === 'string' ? label : label?.label ?? '';
    });
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'speaker':
        return this.speakerItem(node);
      case 'unattributed': {
        const item = new vscode.TreeItem('Unattributed', collapsedAbove(node.quotes.length));
        item.id = `${node.uri}#${UNATTRIBUTED_ID}`;
        item.description = plural(node.quotes.length, 'quote');
        item.tooltip = 'Speech quotes for which no speaker could be found';
        item.iconPath = new vscode.ThemeIcon('question');
        item.contextValue = 'unattributed';
        return item;
      }
      case 'named': {
        const item = new vscode.TreeItem('Named, not quoted', vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${node.uri}#${NAMED_ID}`;
        item.description = plural(node.people.length, 'person', 'people');
        item.tooltip = 'People the article names without quoting them';
        item.iconPath = new vscode.ThemeIcon('mention');
        item.contextValue = 'named';
        return item;
      }
      case 'person':
        return this.personItem(node);
      case 'quote':
        return this.quoteItem(node);
    }
  }

  private speakerItem(node: Extract<SpeakerNode, { kind: 'speaker' }>): vscode.TreeItem {
    const g = node.group;
    const item = new vscode.TreeItem(g.name, collapsedAbove(g.quotes.length));
    item.id = `${node.uri}#${g.id}`;
    item.description = speakerDescription(g);
    item.accessibilityInformation = { label: `${speakerSummary(g)}, ${item.description}` };
    const a = this.analysis()?.a;
    const organisation = g.type === 'organisation' ? a?.organisations.find((o) => o.id === g.id) : undefined;
    const card = a && (g.person ? personCard(a, g.person, { uri: node.uri }) : organisation ? organisationCard(a, organisation, { uri: node.uri }) : undefined);
    item.tooltip = card ? trustedMarkdown(card) : speakerSummary(g);
    if (g.type === 'organisation') item.iconPath = new vscode.ThemeIcon('organization', new vscode.ThemeColor('pressGallery.speaker'));
    else item.iconPath = this.personIcon(g.person);
    item.contextValue = g.person?.mpStatus === 'mp' ? 'speaker.mp' : 'speaker';
    return item;
  }

  /** An MP in their party's colour; anyone else in the speakers' colour. */
  private personIcon(p: Person | null): vscode.ThemeIcon {
    const mp = p?.mpStatus === 'mp' ? p.mp : null;
    if (!mp) return new vscode.ThemeIcon('person', new vscode.ThemeColor('pressGallery.speaker'));
    const colour = partyColour(partyKey(mp.party), readSettings().partyColors);
    return new vscode.ThemeIcon('account', colour.kind === 'theme' ? new vscode.ThemeColor(colour.id) : undefined);
  }

  private personItem(node: Extract<SpeakerNode, { kind: 'person' }>): vscode.TreeItem {
    const p = node.person;
    const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri}#${NAMED_ID}#${p.id}`;
    item.description = [personBadge(p), plural(p.mentions.length, 'mention')].filter(Boolean).join(' · ');
    const a = this.analysis()?.a;
    item.tooltip = a ? trustedMarkdown(personCard(a, p, { uri: node.uri })) : p.name;
    item.iconPath = this.personIcon(p);
    item.contextValue = p.mpStatus === 'mp' ? 'named.mp' : 'named';
    const m = p.mentions[0];
    item.command = { title: 'Reveal Mention', command: Commands.revealQuote, arguments: [node.uri, m.start, m.end, true] };
    item.accessibilityInformation = { label: `${p.name}, named, not quoted, ${item.description}` };
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

  /** The items as the view shows them (labels and descriptions), in its order; `collapsed` marks groups that start closed. */
  shownItems(): ShownItem[] {
    const walk = (nodes: SpeakerNode[]): ShownItem[] => nodes.map((n) => {
      const item = this.getTreeItem(n);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { label, description: typeof item.description === 'string' ? item.description : '', collapsed: item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed, children: walk(this.getChildren(n)) };
    });
    return walk(this.getChildren());
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}

function collapsedAbove(quotes: number): vscode.TreeItemCollapsibleState {
  return quotes > COLLAPSE_ABOVE ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
}
