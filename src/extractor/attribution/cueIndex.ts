import { type RawQuote, quoteEnd } from '../quotes';
import { lastAtOrBefore, pushTo } from '../search';
import type { AttributionInput, ResolvedCue } from './input';
import { hasClauseBreak } from './clauseBreaks';

/** The cues of one sentence, sorted for the nearest-cue search (by start, and by end). */
interface SentenceCues {
  /** In document (verb) order. */
  list: ResolvedCue[];
  byStart: Array<{ cue: ResolvedCue; order: number; start: number; end: number }>;
  /** Running maximum of `end` over `byStart`, to tell in O(log n) whether a cue spans a quote. */
  maxEnd: number[];
  byEnd: Array<{ cue: ResolvedCue; order: number; start: number; end: number }>;
}

/** Cues and quotes by sentence and paragraph, so each quote looks only at its neighbourhood. */
export interface CueIndex {
  all: ResolvedCue[];
  bySentence: Map<number, ResolvedCue[]>;
  byParagraph: Map<number, ResolvedCue[]>;
  /** Number of quotes opening in each sentence. */
  quotesIn: Int32Array;
  /** Offset of the last opening mark in each paragraph. */
  lastQuoteIn: Map<number, number>;
  sorted: Map<number, SentenceCues>;
  /** `nearestCue` of each quote, once asked (undefined until then). */
  nearest: Array<ResolvedCue | null | undefined>;
}

export function indexCues(input: AttributionInput, cues: ResolvedCue[]): CueIndex {
  const bySentence = new Map<number, ResolvedCue[]>(), byParagraph = new Map<number, ResolvedCue[]>();
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i];
    pushTo(bySentence, c.sentence, c);
    pushTo(byParagraph, input.sentences[c.sentence]?.paragraph ?? -1, c);
  }
  const quotesIn = new Int32Array(input.sentences.length);
  const lastQuoteIn = new Map<number, number>();
  input.quotes.forEach((q, i) => {
    quotesIn[input.quoteSentence[i]]++;
    lastQuoteIn.set(q.paragraph, q.open.start);
  });
  const sorted = new Map<number, SentenceCues>();
  bySentence.forEach((list, s) => { // forEach makes no [key, value] pair per entry
    const items = list.map((cue, order) => ({ cue, order, start: input.tokens[cue.from].start, end: input.tokens[cue.to - 1].end }));
    // Most sentences have one cue: its one list is both orders (nothing changes them once made).
    const byStart = items.length > 1 ? [...items].sort((a, b) => a.start - b.start || a.order - b.order) : items;
    const maxEnd: number[] = [];
    byStart.forEach((it, k) => maxEnd.push(Math.max(it.end, k ? maxEnd[k - 1] : -Infinity)));
    const byEnd = items.length > 1 ? [...items].sort((a, b) => a.end - b.end || b.order - a.order) : items;
    sorted.set(s, { list, byStart, maxEnd, byEnd });
  });
  return { all: cues, bySentence, byParagraph, quotesIn, lastQuoteIn, sorted, nearest: new Array(input.quotes.length) };
}

/**
 * The nearest cue of quote q (`nearestCue` of its sentence), worked out once: three sieves ask it of
 * every quote they see, and the index and the input do not change while the quotes are sifted.
 */
export function nearestCueOf(input: AttributionInput, index: CueIndex, q: number): ResolvedCue | null {
  let cue = index.nearest[q];
  if (cue === undefined) index.nearest[q] = cue = nearestCue(input, index, input.quoteSentence[q], input.quotes[q]);
  return cue;
}

/**
 * The cue of the sentence closest to the quote (before its opening or after its closing mark); one
 * across the quote counts as nearest. A cue beyond another clause (a semicolon, dash or bracket between)
 * is a weaker claim than any in the quote's own clause. O(log n) in the cues of the sentence. Asked only
 * through nearestCueOf, which keeps the answer per quote.
 */
function nearestCue(input: AttributionInput, index: CueIndex, sentence: number, quote: RawQuote): ResolvedCue | null {
  const cues = index.sorted.get(sentence);
  if (!cues) return null;
  const open = quote.open.start;
  const qEnd = quoteEnd(quote);
  // The best so far, kept in two variables rather than a list of candidates: this runs for every quote.
  let best: SentenceCues['byStart'][number] | null = null, bestDist = 0;
  // A cue across the quote (it starts before the quote ends and ends after it opens): distance 0.
  const startsBefore = lastAtOrBefore(cues.byStart, 'start', qEnd - 1); // offsets: starts before qEnd
  for (let k = startsBefore; k >= 0 && cues.maxEnd[k] > open; k--) {
    const it = cues.byStart[k];
    if (it.end > open && (!best || it.order < best.order)) best = it;
  }
  if (!best) {
    // The nearest cue ending before the quote, and the nearest starting after it.
    const b = lastAtOrBefore(cues.byEnd, 'end', open);
    if (b >= 0) { best = cues.byEnd[b]; bestDist = open - best.end + penalty(input, best.end, open); }
    const a = startsBefore + 1;
    if (a < cues.byStart.length) {
      const it = cues.byStart[a];
      const dist = it.start - qEnd + penalty(input, qEnd, it.start) + laterClause(input, it.cue);
      if (!best || dist < bestDist || (dist === bestDist && it.order < best.order)) best = it;
    }
  }
  return best ? best.cue : null;
}

/**
 * "Mr Trump said Mr Putin had “let me down” as Sir Keir insisted…": a cue after the quote that opens a
 * clause of its own (after "as", "while", "but"…) reports other words; the cue before the quote is the
 * stronger claim. An inverted cue ("…,” said X") or "X said" right after the quote stays the nearest.
 */
function laterClause(input: AttributionInput, cue: ResolvedCue): number {
  const before = input.tokens[cue.from - 1];
  return before && input.sentenceOf[cue.from - 1] === cue.sentence && !input.inQuote[cue.from - 1] && /^(?:as|while|whilst|whereas|but|although|though|because|after|before|when|since|until)$/.test(before.norm) ? 1000 : 0;
}

/** Another clause between: a cue there is a weaker claim. */
function penalty(input: AttributionInput, from: number, to: number): number {
  return hasClauseBreak(input, from, to, 'brackets') ? 1000 : 0;
}
