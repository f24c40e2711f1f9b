/**
 * Corpus statistics: who is quoted how often across many articles, by party on each article's date.
 * The JSON of `press-gallery stats --json` is `CorpusStats`. Every number is a sum over articles
 * (or, for a party's speakers, a count over the summed speakers), so the statistics of disjoint
 * parts of a corpus merge into exactly those of the whole: one accumulator serves both a run over
 * articles and `stats --merge`. Pure (no VS Code or Node API).
 */
import type { ArticleSummary, SpeakerKind } from './summary';

export interface SpeakerStats {
  name: string;
  /** `mp` when the speaker sat in the Commons on the date of at least one article quoting them. */
  kind: SpeakerKind;
  /** Speech quotations, summed over articles. */
  quotes: number;
  /** Words inside those quotations. */
  words: number;
  /** Articles that quote the speaker. */
  articles: number;
  /** Quotes by the MP's party on each article's date (empty for speakers who were never MPs). */
  parties: Record<string, number>;
}

export interface PartyStats {
  party: string;
  /** MPs' quotes while in this party, on each article's date. */
  quotes: number;
  words: number;
  /** Distinct speakers quoted as MPs of this party. */
  speakers: number;
}

export interface DateStats {
  /** The articles' date; null for articles without one. */
  date: string | null;
  articles: number;
  quotes: number;
}

export interface CorpusStats {
  articles: number;
  /** Speech quotations, attributed or not. */
  quotes: number;
  /** Speech quotations with no speaker found. */
  unattributed: number;
  /** Most quoted first. */
  speakers: SpeakerStats[];
  /** Most quoted first. */
  parties: PartyStats[];
  /** Oldest first; undated articles last. */
  dates: DateStats[];
}

interface SpeakerSum {
  name: string;
  organisation: boolean;
  /** How many of the sums that made this one had the speaker as an MP (kind is `mp` while > 0). */
  mp: number;
  quotes: number;
  words: number;
  articles: number;
  parties: Map<string, number>;
}

/** Sums articles (addArticle) and earlier results (addStats) into one CorpusStats. */
export class StatsAccumulator {
  private articles = 0;
  private quotes = 0;
  private unattributed = 0;
  private readonly speakers = new Map<string, SpeakerSum>();
  private readonly parties = new Map<string, { quotes: number; words: number }>();
  private readonly dates = new Map<string | null, { articles: number; quotes: number }>();

  addArticle(a: ArticleSummary): this {
    return this.sumArticle(a, 1);
  }

  /** Takes out an article added before (the workspace index, when a file changes or goes). */
  removeArticle(a: ArticleSummary): this {
    return this.sumArticle(a, -1);
  }

  private sumArticle(a: ArticleSummary, sign: 1 | -1): this {
    this.articles += sign;
    this.quotes += sign * a.quotes;
    this.unattributed += sign * a.unattributed;
    this.addDate(a.date, sign, sign * a.quotes);
    const seen = new Set<SpeakerSum>();
    for (const t of a.speakers) {
      const s = this.speaker(t.name, t.kind, sign);
      s.quotes += sign * t.quotes;
      s.words += sign * t.words;
      if (!seen.has(s)) { seen.add(s); s.articles += sign; }
      if (t.party !== null) {
        addTo(s.parties, t.party, sign * t.quotes);
        this.addParty(t.party, sign * t.quotes, sign * t.words);
      }
    }
    if (sign < 0) this.dropEmpty(a, seen);
    return this;
  }

  /** After a removal: what no article holds any more leaves the result (only what the article touched). */
  private dropEmpty(a: ArticleSummary, touched: Set<SpeakerSum>): void {
    for (const s of touched) {
      if (s.articles <= 0) this.speakers.delete(`${s.organisation ? 'o' : 'p'}:${s.name}`);
      else for (const [party, n] of s.parties) if (n <= 0) s.parties.delete(party);
    }
    for (const t of a.speakers) {
      const p = t.party === null ? undefined : this.parties.get(t.party);
      if (p && p.quotes <= 0 && p.words <= 0) this.parties.delete(t.party!);
    }
    if ((this.dates.get(a.date)?.articles ?? 1) <= 0) this.dates.delete(a.date);
  }

  addStats(c: CorpusStats): this {
    this.articles += c.articles;
    this.quotes += c.quotes;
    this.unattributed += c.unattributed;
    for (const d of c.dates) this.addDate(d.date, d.articles, d.quotes);
    for (const t of c.speakers) {
      const s = this.speaker(t.name, t.kind);
      s.quotes += t.quotes;
      s.words += t.words;
      s.articles += t.articles;
      for (const [party, n] of Object.entries(t.parties)) addTo(s.parties, party, n);
    }
    for (const p of c.parties) this.addParty(p.party, p.quotes, p.words);
    return this;
  }

  result(): CorpusStats {
    const speakers: SpeakerStats[] = [...this.speakers.values()]
      .sort((x, y) => y.quotes - x.quotes || compare(x.name, y.name) || Number(x.organisation) - Number(y.organisation))
      .map((s) => ({
        name: s.name,
        kind: s.organisation ? 'organisation' : s.mp > 0 ? 'mp' : 'person',
        quotes: s.quotes,
        words: s.words,
        articles: s.articles,
        parties: Object.fromEntries([...s.parties].sort((x, y) => y[1] - x[1] || compare(x[0], y[0]))),
      }));
    const speakersOf = new Map<string, number>();
    for (const s of speakers) for (const party of Object.keys(s.parties)) speakersOf.set(party, (speakersOf.get(party) ?? 0) + 1);
    const parties = [...this.parties]
      .map(([party, p]) => ({ party, quotes: p.quotes, words: p.words, speakers: speakersOf.get(party) ?? 0 }))
      .sort((x, y) => y.quotes - x.quotes || compare(x.party, y.party));
    const dates = [...this.dates]
      .map(([date, d]) => ({ date, articles: d.articles, quotes: d.quotes }))
      .sort((x, y) => (x.date === null ? 1 : y.date === null ? -1 : compare(x.date, y.date)));
    return { articles: this.articles, quotes: this.quotes, unattributed: this.unattributed, speakers, parties, dates };
  }

  /** A person and an organisation of the same name are two speakers; a person is one whether an MP on a date or not. */
  private speaker(name: string, kind: SpeakerKind, sign: 1 | -1 = 1): SpeakerSum {
    const organisation = kind === 'organisation';
    const key = `${organisation ? 'o' : 'p'}:${name}`;
    let s = this.speakers.get(key);
    if (!s) {
      s = { name, organisation, mp: 0, quotes: 0, words: 0, articles: 0, parties: new Map() };
      this.speakers.set(key, s);
    }
    if (kind === 'mp') s.mp += sign;
    return s;
  }

  private addParty(party: string, quotes: number, words: number): void {
    const p = this.parties.get(party) ?? { quotes: 0, words: 0 };
    p.quotes += quotes;
    p.words += words;
    this.parties.set(party, p);
  }

  private addDate(date: string | null, articles: number, quotes: number): void {
    const d = this.dates.get(date) ?? { articles: 0, quotes: 0 };
    d.articles += articles;
    d.quotes += quotes;
    this.dates.set(date, d);
  }
}

function addTo(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** The statistics of a list of article summaries. */
export function statsOf(articles: Iterable<ArticleSummary>): CorpusStats {
  const acc = new StatsAccumulator();
  for (const a of articles) acc.addArticle(a);
  return acc.result();
}

/** The statistics of the union of disjoint parts, from each part's statistics. */
export function mergeStats(parts: Iterable<CorpusStats>): CorpusStats {
  const acc = new StatsAccumulator();
  for (const p of parts) acc.addStats(p);
  return acc.result();
}

/** Code-unit order: the same in every locale, so merged output is byte for byte that of one run. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KINDS: readonly string[] = ['mp', 'person', 'organisation'];

/** Checks that a parsed JSON value is CorpusStats as `stats --json` writes it; else says what is wrong. */
export function validateStats(v: unknown): CorpusStats | { error: string } {
  const fail = (what: string) => ({ error: `not the output of stats --json (${what})` });
  if (!isObject(v)) return fail('not an object');
  for (const k of ['articles', 'quotes'] as const) if (!isCount(v[k])) return fail(`"${k}" is not a count`);
  if (v.unattributed !== undefined && !isCount(v.unattributed)) return fail('"unattributed" is not a count');
  if (!Array.isArray(v.speakers)) return fail('"speakers" is not a list');
  if (!Array.isArray(v.parties)) return fail('"parties" is not a list');
  if (v.dates !== undefined && !Array.isArray(v.dates)) return fail('"dates" is not a list');
  for (const s of v.speakers) {
    if (!isObject(s) || typeof s.name !== 'string' || !KINDS.includes(s.kind as string)) return fail('a speaker without a name or kind');
    if (![s.quotes, s.words, s.articles].every(isCount)) return fail(`speaker ${s.name}: counts`);
    if (!isObject(s.parties) || !Object.values(s.parties).every(isCount)) return fail(`speaker ${s.name}: parties`);
  }
  for (const p of v.parties) {
    if (!isObject(p) || typeof p.party !== 'string' || ![p.quotes, p.words, p.speakers].every(isCount)) return fail('a party');
  }
  for (const d of (v.dates ?? []) as unknown[]) {
    if (!isObject(d) || !(d.date === null || typeof d.date === 'string') || ![d.articles, d.quotes].every(isCount)) return fail('a date');
  }
  return { unattributed: 0, dates: [], ...v } as unknown as CorpusStats;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 0;
}
