/**
 * The workspace index's pure part: per article, its summary and where each person is mentioned and
 * quoted, as line/character ranges packed in one typed array, never the whole analysis, so that
 * thousands of articles fit in little memory. Across articles it answers the workspace symbols (one
 * per person, at their first quote), references (every mention and quotation of a person) and the
 * statistics of any folder. Pure (no VS Code or Node API): the editor feeds it and the bench drives it.
 */
import type { Analysis, Person, Quote } from '../extractor/types';
import { quoteEnd } from '../extractor/quotes';
import { summariseArticle, partyLabel, ArticleSummary, SpeakerKind } from './summary';
import { statsOf, CorpusStats, StatsAccumulator } from './stats';
import { lineStarts, positionAt } from './lines';

/** [startLine, startCharacter, endLine, endCharacter], 0-based. */
export type Range4 = [number, number, number, number];

/** A person or organisation of one article. */
export interface IndexedName {
  /** The same for one person in every article (see personKey). */
  key: string;
  name: string;
  kind: SpeakerKind;
  /** The MP's party on the article's date. */
  party: string | null;
  quotes: number;
  /** Where in the article's `ranges` this person's ranges start: mentions first, then quotations. */
  at: number;
  mentions: number;
  quoted: number;
}

export interface IndexedArticle {
  uri: string;
  headline: string | null;
  summary: ArticleSummary;
  names: IndexedName[];
  /** Four numbers per range (see Range4). */
  ranges: Uint32Array;
}

/**
 * The key that joins one person across articles: the canonical name, as the statistics count
 * speakers. Not the MP record's id: a former MP named after losing their seat is the same person,
 * and the extractor gives them the record's name but no sitting MP's id.
 */
export function personKey(p: Person): string {
  return `person:${p.name.toLowerCase()}`;
}

export function organisationKey(name: string): string {
  return `org:${name.toLowerCase()}`;
}

/** Reduces an article's analysis to what the index keeps. */
export function indexArticle(uri: string, text: string, a: Analysis): IndexedArticle {
  const starts = lineStarts(text);
  const quotesBy = new Map<string, Quote[]>();
  for (const q of a.quotes) {
    if (q.kind !== 'speech' || !q.speaker) continue;
    const list = quotesBy.get(q.speaker.id);
    if (list) list.push(q); else quotesBy.set(q.speaker.id, [q]);
  }
  const flat: number[] = [];
  const push = (start: number, end: number) => {
    const s = positionAt(starts, start), e = positionAt(starts, end);
    flat.push(s.line, s.character, e.line, e.character);
  };
  const names: IndexedName[] = [];
  const add = (id: string, key: string, name: string, kind: SpeakerKind, party: string | null, mentions: Array<{ start: number; end: number }>) => {
    const quotes = quotesBy.get(id) ?? [];
    const at = flat.length / 4;
    for (const m of mentions) push(m.start, m.end);
    for (const q of quotes) push(q.open.start, quoteEnd(q));
    names.push({ key, name, kind, party, quotes: quotes.length, at, mentions: mentions.length, quoted: quotes.length });
  };
  // Everyone named, so that references work on any person's name; symbols keep speakers and MPs.
  for (const p of a.people) {
    add(p.id, personKey(p), p.name, p.mp ? 'mp' : 'person', p.mp ? partyLabel(p.mp.party) : null, p.mentions);
  }
  for (const o of a.organisations) add(o.id, organisationKey(o.name), o.name, 'organisation', null, o.mentions);
  return { uri, headline: a.header.headline?.text ?? null, summary: summariseArticle(a), names, ranges: Uint32Array.from(flat) };
}

/** The ranges of one name in an article: its mentions and its quotations. */
export function rangesOf(article: IndexedArticle, n: IndexedName): { mentions: Range4[]; quotes: Range4[] } {
  const get = (i: number) => rangeAt(article, i);
  const mentions: Range4[] = [], quotes: Range4[] = [];
  for (let i = 0; i < n.mentions; i++) mentions.push(get(n.at + i));
  for (let i = 0; i < n.quoted; i++) quotes.push(get(n.at + n.mentions + i));
  return { mentions, quotes };
}

/** One person across the workspace, for Go to Symbol in Workspace. */
export interface WorkspacePerson {
  key: string;
  name: string;
  kind: SpeakerKind;
  /** Parties on the articles' dates, most quoted first. */
  parties: string[];
  quotes: number;
  /** Articles that name them, and (of those) that quote them. */
  articles: number;
  quotedIn: number;
  /** Their first quote (or, for an MP never quoted, first mention): in the oldest article. */
  first: { uri: string; range: Range4 };
}

/**
 * Articles by URI. What spans them is kept up to date as articles come and go, so that after a
 * one-file change only that file's people are worked out again: the workspace's statistics in a
 * running sum (StatsAccumulator can take an article out), each person's aggregate from the articles
 * that name them.
 */
export class ArticleIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly total = new StatsAccumulator();
  private totalStats: CorpusStats | undefined;
  /** The articles naming each person (by key), with the person's entry in each. */
  private readonly naming = new Map<string, Map<string, IndexedName>>();
  /** Each person's running sums over the articles naming them. */
  private readonly sums = new Map<string, PersonSum>();
  private readonly people = new Map<string, WorkspacePerson>();
  /** Keys whose WorkspacePerson must be made again from their sums before the next answer. */
  private readonly dirty = new Set<string>();
  private ranked: WorkspacePerson[] | undefined;

  get size(): number {
    return this.articles.size;
  }

  set(article: IndexedArticle): void {
    this.delete(article.uri);
    this.articles.set(article.uri, article);
    this.total.addArticle(article.summary);
    for (const n of article.names) {
      let uris = this.naming.get(n.key);
      if (!uris) this.naming.set(n.key, (uris = new Map()));
      // An article names a person once (see indexArticle); a second entry under one key adds up.
      uris.set(article.uri, uris.has(article.uri) ? mergeNames(uris.get(article.uri)!, n) : n);
    }
    for (const key of new Set(article.names.map((n) => n.key))) this.add(key, article, this.naming.get(key)!.get(article.uri)!);
    this.changed();
  }

  delete(uri: string): boolean {
    const old = this.articles.get(uri);
    if (!old) return false;
    this.articles.delete(uri);
    this.total.removeArticle(old.summary);
    for (const key of new Set(old.names.map((n) => n.key))) {
      const entry = this.naming.get(key)?.get(uri);
      if (!entry) continue;
      this.naming.get(key)!.delete(uri);
      this.subtract(key, uri, entry);
    }
    this.changed();
    return true;
  }

  clear(): void {
    for (const uri of [...this.articles.keys()]) this.delete(uri);
  }

  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(uri);
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  uris(): string[] {
    return [...this.articles.keys()];
  }

  /** Everyone named in the articles, most quoted first. */
  allPeople(): readonly WorkspacePerson[] {
    if (this.dirty.size) {
      for (const key of this.dirty) {
        const sum = this.sums.get(key);
        if (sum) this.people.set(key, this.personOf(key, sum)); else this.people.delete(key);
      }
      this.dirty.clear();
      this.ranked = undefined;
    }
    if (!this.ranked) this.ranked = [...this.people.values()].sort((x, y) => y.quotes - x.quotes || y.articles - x.articles || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return this.ranked;
  }

  /**
   * Speakers and MPs whose names contain the query's letters in order (VS Code's own fuzzy match
   * ranks them), most quoted first.
   */
  peopleMatching(query: string, limit = 1000): WorkspacePerson[] {
    const q = query.toLowerCase().replace(/\s+/g, '');
    const out: WorkspacePerson[] = [];
    for (const p of this.allPeople()) {
      if (p.quotes === 0 && p.kind !== 'mp') continue;
      if (q && !subsequence(q, p.name.toLowerCase())) continue;
      out.push(p);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Every mention and quotation of a person, article by article (sorted by URI). */
  references(key: string): Array<{ uri: string; mentions: Range4[]; quotes: Range4[] }> {
    const out: Array<{ uri: string; mentions: Range4[]; quotes: Range4[] }> = [];
    for (const uri of [...(this.naming.get(key)?.keys() ?? [])].sort()) {
      const a = this.articles.get(uri)!;
      for (const n of a.names) if (n.key === key) out.push({ uri, ...rangesOf(a, n) });
    }
    return out;
  }

  /** The statistics of the articles `within` accepts (all of them by default, from the running sum). */
  stats(within?: (uri: string) => boolean): CorpusStats {
    if (!within) return (this.totalStats ??= this.total.result());
    const summaries: ArticleSummary[] = [];
    for (const a of this.articles.values()) if (within(a.uri)) summaries.push(a.summary);
    return statsOf(summaries);
  }

  private changed(): void {
    this.totalStats = undefined;
    this.ranked = undefined;
  }

  private add(key: string, a: IndexedArticle, n: IndexedName): void {
    let sum = this.sums.get(key);
    if (!sum) this.sums.set(key, (sum = { mp: 0, quotes: 0, articles: 0, quotedIn: 0, parties: new Map(), first: undefined, firstStale: false }));
    sum.quotes += n.quotes;
    sum.articles++;
    if (n.quotes) sum.quotedIn++;
    if (n.kind === 'mp') sum.mp++;
    if (n.party) sum.parties.set(n.party, (sum.parties.get(n.party) ?? 0) + n.quotes + 1); // a mention counts for an MP never quoted
    if (!sum.firstStale && beats(a, n, sum.first)) sum.first = { article: a, name: n };
    this.dirty.add(key);
  }

  private subtract(key: string, uri: string, n: IndexedName): void {
    const sum = this.sums.get(key)!;
    this.dirty.add(key);
    sum.articles--;
    if (sum.articles <= 0) { this.sums.delete(key); this.naming.delete(key); return; }
    sum.quotes -= n.quotes;
    if (n.quotes) sum.quotedIn--;
    if (n.kind === 'mp') sum.mp--;
    if (n.party) {
      const left = (sum.parties.get(n.party) ?? 0) - n.quotes - 1;
      if (left > 0) sum.parties.set(n.party, left); else sum.parties.delete(n.party);
    }
    // Only losing the first place makes it worth looking through the person's articles again.
    if (sum.first?.article.uri === uri) sum.firstStale = true;
  }

  private personOf(key: string, sum: PersonSum): WorkspacePerson {
    if (sum.firstStale || !sum.first) {
      sum.first = undefined;
      for (const [uri, n] of this.naming.get(key) ?? []) {
        const a = this.articles.get(uri);
        if (a && beats(a, n, sum.first)) sum.first = { article: a, name: n };
      }
      sum.firstStale = false;
    }
    const { article, name } = sum.first!;
    return {
      key,
      name: name.name,
      kind: name.kind === 'organisation' ? 'organisation' : sum.mp > 0 ? 'mp' : name.kind,
      parties: [...sum.parties].sort((x, y) => y[1] - x[1]).map(([party]) => party),
      quotes: sum.quotes,
      articles: sum.articles,
      quotedIn: sum.quotedIn,
      first: { uri: article.uri, range: rangeAt(article, name.at + (name.quoted ? name.mentions : 0)) },
    };
  }
}

interface PersonSum {
  /** Entries that were an MP on their article's date. */
  mp: number;
  quotes: number;
  articles: number;
  quotedIn: number;
  /** Quotes (plus one per article) by party on the articles' dates. */
  parties: Map<string, number>;
  /** Where Go to Symbol takes the reader; stale once that article changed or went. */
  first: { article: IndexedArticle; name: IndexedName } | undefined;
  firstStale: boolean;
}

/** The first quote (in the oldest article quoting them) beats any mention; else the oldest mention. */
function beats(a: IndexedArticle, n: IndexedName, current: { article: IndexedArticle; name: IndexedName } | undefined): boolean {
  if (!current) return true;
  const quoted = n.quoted > 0, currentQuoted = current.name.quoted > 0;
  if (quoted !== currentQuoted) return quoted;
  return compareArticles(a, current.article) < 0;
}

/** Two names of one article under one key (two people the text tells apart, of one name): their sums, the first's ranges. */
function mergeNames(a: IndexedName, b: IndexedName): IndexedName {
  return { ...a, kind: a.kind === 'mp' || b.kind === 'mp' ? 'mp' : a.kind, party: a.party ?? b.party, quotes: a.quotes + b.quotes };
}

function rangeAt(a: IndexedArticle, i: number): Range4 {
  const r = a.ranges;
  return [r[i * 4], r[i * 4 + 1], r[i * 4 + 2], r[i * 4 + 3]];
}

/** Oldest first; undated articles after dated ones; then by URI. */
function compareArticles(x: IndexedArticle, y: IndexedArticle): number {
  const dx = x.summary.date, dy = y.summary.date;
  if (dx !== dy) return dx === null ? 1 : dy === null ? -1 : dx < dy ? -1 : 1;
  return x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0;
}

function subsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let k = 0; k < hay.length && i < needle.length; k++) if (hay[k] === needle[i]) i++;
  return i === needle.length;
}
