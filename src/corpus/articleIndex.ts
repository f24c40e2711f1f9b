/**
 * The workspace index's pure part: per article, its summary and where each person is mentioned and
 * quoted, as line/character ranges packed in one typed array, never the whole analysis, so that
 * thousands of articles fit in little memory. Across articles it answers the workspace symbols (one
 * per person, at their first quote), references (every mention and quotation of a person) and the
 * statistics of any folder. Pure (no VS Code or Node API): the editor feeds it and the bench drives it.
 */
import type { Analysis, Person, Quote } from '../extractor/types';
import { summariseArticle, partyLabel, ArticleSummary, SpeakerKind } from './summary';
import { statsOf, CorpusStats } from './stats';
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
    for (const q of quotes) push(q.open.start, q.close?.end ?? q.end);
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
  const get = (i: number): Range4 => {
    const r = article.ranges;
    return [r[i * 4], r[i * 4 + 1], r[i * 4 + 2], r[i * 4 + 3]];
  };
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

/** Articles by URI, with the people across them worked out when first asked after a change. */
export class ArticleIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private people: WorkspacePerson[] | undefined;

  get size(): number {
    return this.articles.size;
  }

  set(article: IndexedArticle): void {
    this.articles.set(article.uri, article);
    this.people = undefined;
  }

  delete(uri: string): boolean {
    const had = this.articles.delete(uri);
    if (had) this.people = undefined;
    return had;
  }

  clear(): void {
    this.articles.clear();
    this.people = undefined;
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
    if (!this.people) this.people = [...this.collectPeople().values()].sort((x, y) => y.quotes - x.quotes || y.articles - x.articles);
    return this.people;
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
    for (const uri of [...this.articles.keys()].sort()) {
      const a = this.articles.get(uri)!;
      for (const n of a.names) if (n.key === key) out.push({ uri, ...rangesOf(a, n) });
    }
    return out;
  }

  /** The statistics of the articles `within` accepts (all of them by default). */
  stats(within: (uri: string) => boolean = () => true): CorpusStats {
    const summaries: ArticleSummary[] = [];
    for (const a of this.articles.values()) if (within(a.uri)) summaries.push(a.summary);
    return statsOf(summaries);
  }

  private collectPeople(): Map<string, WorkspacePerson> {
    const byDate = [...this.articles.values()].sort((x, y) => compareArticles(x, y));
    const people = new Map<string, WorkspacePerson>();
    const partyQuotes = new Map<string, Map<string, number>>();
    for (const a of byDate) {
      for (const n of a.names) {
        let p = people.get(n.key);
        const firstRange = (): Range4 => rangesOf(a, n)[n.quoted ? 'quotes' : 'mentions'][0];
        if (!p) {
          p = { key: n.key, name: n.name, kind: n.kind, parties: [], quotes: 0, articles: 0, quotedIn: 0, first: { uri: a.uri, range: firstRange() } };
          people.set(n.key, p);
        } else if (n.quoted && p.quotes === 0) {
          p.first = { uri: a.uri, range: firstRange() }; // the first quote beats an earlier mention
        }
        if (n.kind === 'mp') p.kind = 'mp';
        p.quotes += n.quotes;
        p.articles++;
        if (n.quotes) p.quotedIn++;
        if (n.party) {
          const m = partyQuotes.get(n.key) ?? new Map<string, number>();
          m.set(n.party, (m.get(n.party) ?? 0) + n.quotes + 1); // a mention counts for an MP never quoted
          partyQuotes.set(n.key, m);
        }
      }
    }
    for (const [key, m] of partyQuotes) people.get(key)!.parties = [...m].sort((x, y) => y[1] - x[1]).map(([party]) => party);
    return people;
  }
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
