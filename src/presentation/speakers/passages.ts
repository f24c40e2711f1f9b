/**
 * The Outline's plan: the article's speech in text order, as passages. A passage is a run of
 * consecutive quotes by one speaker (or with no speaker found), from the first quote (or its cue, when
 * the cue comes first) to the last. Passages never overlap, so the symbol under the cursor is the
 * quote, and the speaker, actually there, and a problem is badged on the passage that holds it; a
 * speaker quoted in three places has three passages. Pure (no VS Code API).
 */
import type { Analysis, Quote } from '../../extractor/types';
import { quoteEnd } from '../../extractor/quotes';
import { groupBySpeaker, SpeakerGroup } from './groups';
import { speakerDetail } from './labels';

export interface Passage {
  /** The speaker's group (all their quotes in the article); null for quotes with no speaker. */
  group: SpeakerGroup | null;
  quotes: Quote[];
  /** Offsets of the passage: its quotes, with their cues where these do not reach into a neighbour. */
  start: number;
  end: number;
  /** Positions (1-based) of the passage's first and last quote among the speaker's quotes. */
  from: number;
  to: number;
}

const quoteStart = (q: Quote) => q.open.start;
const CLOSERS = '”’"\')]»';

/** Back from `at` to the start of its sentence (or paragraph), not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = text[i - 1];
    if (c === '\n') break;
    if (/\s/.test(c)) {
      let k = i - 2;
      while (k >= floor && CLOSERS.includes(text[k])) k--;
      if (k >= floor && /[.?!]/.test(text[k])) break;
    }
    i--;
  }
  while (i < at && /\s/.test(text[i])) i++;
  return i;
}

/** On from `at` to the end of its sentence (its full stop and closing marks), not past `ceiling`. */
function sentenceEnd(text: string, at: number, ceiling: number): number {
  let back = at - 1;
  while (back > 0 && CLOSERS.includes(text[back])) back--;
  if (/[.?!]/.test(text[back] ?? '')) return at; // “… yes.” ends its sentence
  let i = at;
  while (i < ceiling && text[i] !== '\n') {
    if (/[.?!]/.test(text[i])) {
      let k = i + 1;
      while (k < ceiling && CLOSERS.includes(text[k])) k++;
      if (k >= ceiling || /\s/.test(text[k])) return k;
    }
    i++;
  }
  // A sentence with no full stop before the next passage or the paragraph's end: keep to the quote or cue.
  return i >= ceiling || text[i] === '\n' ? Math.max(at, trimEnd(text, at, i)) : at;
}

function trimEnd(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && /\s/.test(text[k - 1])) k--;
  return k;
}

/** The passages of speech, in text order; terms in quotation marks are not speech and stay out. */
export function passages(a: Analysis, text: string): Passage[] {
  const cached = passageCache.get(a);
  if (cached) return cached;
  const groups = new Map(groupBySpeaker(a).map((g) => [g.id, g]));
  const speech = a.quotes.filter((q) => q.kind === 'speech').sort((x, y) => x.start - y.start);
  const runs: Quote[][] = [];
  for (const q of speech) {
    const last = runs[runs.length - 1];
    if (last && last[0].speaker?.id === q.speaker?.id) last.push(q);
    else runs.push([q]);
  }
  const out: Passage[] = runs.map((quotes) => {
    const group = quotes[0].speaker ? groups.get(quotes[0].speaker.id) ?? null : null;
    const first = group ? group.quotes.indexOf(quotes[0]) + 1 : 0;
    return { group, quotes, start: quoteStart(quotes[0]), end: quoteEnd(quotes[quotes.length - 1]), from: first, to: first + quotes.length - 1 };
  });
  // Reach out to the cues ("…,” Jeremy Corbyn has said.) and to the ends of the sentences they
  // stand in ("Labour MP Dominic Grieve said: “…”"), never past a neighbour's quotes or passage.
  // The date line is the article's, not a speaker's: a passage in the headline starts at the headline.
  const header = a.header.line ? (a.header.headline ?? a.header.line).start : 0;
  out.forEach((p, i) => {
    const floor = i > 0 ? out[i - 1].end : Math.min(header, p.start);
    const ceiling = i + 1 < out.length ? quoteStart(out[i + 1].quotes[0]) : text.length;
    for (const q of p.quotes) {
      if (!q.cue) continue;
      if (q.cue.start < p.start && q.cue.start >= floor) p.start = q.cue.start;
      if (q.cue.end > p.end && q.cue.end <= ceiling) p.end = q.cue.end;
    }
    p.start = sentenceStart(text, p.start, floor);
    p.end = sentenceEnd(text, p.end, ceiling);
  });
  passageCache.set(a, out);
  return out;
}

const passageCache = new WeakMap<Analysis, Passage[]>(); // one text per analysis

/**
 * The Outline's detail of a passage: party and seat for an MP (or a role, or "organisation"), and,
 * when the speaker is quoted in more than one passage, which of their quotes this one holds.
 */
export function passageDetail(p: Passage): string {
  if (!p.group) return 'speaker unknown';
  const base = speakerDetail(p.group);
  const total = p.group.quotes.length;
  if (p.quotes.length === total) return base;
  const which = p.from === p.to ? `quote ${p.from} of ${total}` : `quotes ${p.from}–${p.to} of ${total}`;
  return [base, which].filter(Boolean).join(' · ');
}
