/**
 * What the Sources view shows, worked out from corpus statistics: quotations by group (each party on
 * each article's date, then people who were not MPs, organisations and unattributed quotes), the
 * most-quoted speakers and quotes per article over time, each as the rows of a table and the series
 * of a chart, with the colour of each bar as a theme colour or a hex value. Pure (no VS Code API):
 * the webview draws it, the tests read it.
 */
import type { CorpusStats } from './stats';
import { partyColour, partyKey, Colour } from '../presentation/highlights/highlightPlan';
import { partiesText } from './statsFormat';

export interface GroupRow {
  group: string;
  /** `party` for an MP's party, else who the group is. */
  kind: 'party' | 'not-mp' | 'organisation' | 'unattributed';
  quotes: number;
  colour: Colour;
}

export interface SpeakerRow {
  name: string;
  kind: string;
  party: string;
  quotes: number;
  words: number;
  articles: number;
  colour: Colour;
}

export interface TimeRow {
  /** "2019-02-21", or "2019-02" when the articles span more than three months; "undated". */
  period: string;
  articles: number;
  quotes: number;
  /** Quotes per article, to two decimals. */
  perArticle: number;
}

export interface SourcesModel {
  /** "the workspace" or the folder's name. */
  scope: string;
  totals: { articles: number; quotes: number; unattributed: number; speakers: number };
  groups: GroupRow[];
  speakers: SpeakerRow[];
  /** How many speakers there are in all (the chart shows the first TOP_SPEAKERS). */
  speakerCount: number;
  time: TimeRow[];
  timeUnit: 'day' | 'month';
}

export const TOP_SPEAKERS = 15;
const NOT_MP_COLOUR: Colour = { kind: 'theme', id: 'pressGallery.speaker' };
const ORGANISATION_COLOUR: Colour = { kind: 'theme', id: 'charts.purple' };
const UNATTRIBUTED_COLOUR: Colour = { kind: 'theme', id: 'disabledForeground' };

export function sourcesModel(stats: CorpusStats, scope: string, partyColours: Readonly<Record<string, unknown>>): SourcesModel {
  const colourOf = (party: string) => partyColour(partyKey(party), partyColours);
  let notMp = 0, organisations = 0;
  for (const s of stats.speakers) {
    const asMp = Object.values(s.parties).reduce((n, q) => n + q, 0);
    if (s.kind === 'organisation') organisations += s.quotes;
    else notMp += s.quotes - asMp; // a former MP quoted after leaving the Commons
  }
  const groups: GroupRow[] = stats.parties.map((p) => ({ group: p.party, kind: 'party' as const, quotes: p.quotes, colour: colourOf(p.party) }));
  if (notMp) groups.push({ group: 'Not MPs', kind: 'not-mp', quotes: notMp, colour: NOT_MP_COLOUR });
  if (organisations) groups.push({ group: 'Organisations', kind: 'organisation', quotes: organisations, colour: ORGANISATION_COLOUR });
  if (stats.unattributed) groups.push({ group: 'Speaker unknown', kind: 'unattributed', quotes: stats.unattributed, colour: UNATTRIBUTED_COLOUR });

  const speakers = stats.speakers.slice(0, TOP_SPEAKERS).map((s) => {
    const main = Object.keys(s.parties)[0];
    return {
      name: s.name,
      kind: s.kind === 'mp' ? 'MP' : s.kind,
      party: Object.keys(s.parties).length > 1 ? partiesText(s.parties) : main ?? '',
      quotes: s.quotes,
      words: s.words,
      articles: s.articles,
      colour: main ? colourOf(main) : s.kind === 'organisation' ? ORGANISATION_COLOUR : NOT_MP_COLOUR,
    };
  });

  const { rows: time, unit: timeUnit } = overTime(stats);
  return {
    scope,
    totals: { articles: stats.articles, quotes: stats.quotes, unattributed: stats.unattributed, speakers: stats.speakers.length },
    groups, speakers, speakerCount: stats.speakers.length, time, timeUnit,
  };
}

/** By day while the dated articles span at most about three months, else by month; undated last. */
function overTime(stats: CorpusStats): { rows: TimeRow[]; unit: 'day' | 'month' } {
  const dated = stats.dates.filter((d) => d.date !== null) as Array<{ date: string; articles: number; quotes: number }>;
  const first = dated[0]?.date, last = dated[dated.length - 1]?.date;
  const unit = first && last && Date.parse(last) - Date.parse(first) > 92 * 86_400_000 ? 'month' : 'day';
  const buckets = new Map<string, { articles: number; quotes: number }>();
  for (const d of stats.dates) {
    const period = d.date === null ? 'undated' : unit === 'month' ? d.date.slice(0, 7) : d.date;
    const b = buckets.get(period) ?? { articles: 0, quotes: 0 };
    b.articles += d.articles;
    b.quotes += d.quotes;
    buckets.set(period, b);
  }
  // Periods without articles are shown as such, so that the axis keeps time.
  if (first && last) for (const p of periods(first, last, unit)) if (!buckets.has(p)) buckets.set(p, { articles: 0, quotes: 0 });
  const rows = [...buckets]
    .sort(([x], [y]) => (x === 'undated' ? 1 : y === 'undated' ? -1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([period, b]) => ({ period, ...b, perArticle: b.articles ? Math.round((b.quotes / b.articles) * 100) / 100 : 0 }));
  return { rows, unit };
}

/** Every day or month from the first date's to the last's. */
function periods(first: string, last: string, unit: 'day' | 'month'): string[] {
  const out: string[] = [];
  if (unit === 'day') {
    for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  }
  let [y, m] = first.split('-').map(Number);
  const end = last.slice(0, 7);
  for (;;) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p >= end) return out;
    if (++m > 12) { m = 1; y++; }
  }
}
