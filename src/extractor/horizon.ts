import type { Paragraph } from './paragraphs';
import type { Sentence } from './sentences';
import { lastIndexWhere } from './search';

/**
 * What the costly passes cost per character of text, relative to passes already timed on the same
 * text (measured with `npm run bench` and one run over each corpus, first pass and warm): people and
 * attribution together take 3× to 6× the cheap passes (paragraphs, quote marks, sentences, tokens).
 * Attribution's setup (its cues found, resolved and indexed) reads no budget, so it is planned: it
 * took at most 3.0× the cheap passes (dev-bbc; 0.1–2.2× on the bench's hostile shapes, 0.9× on its
 * generated articles) and at most 2× the people pass everywhere but American copy of office cues, where
 * the people pass is short (3×) and the first bound holds (1.3×), so the smaller of the two is planned.
 * Its sieves read the budget as they go. (Planned as twice the people pass, the whole of attribution
 * was cut short at half a 3 s budget where people are many and quotes few.)
 * Against the first names pass's main loop alone (analyze.ts peopleInTime, which judges that pass's
 * pace): the people finder took about twice as long (its other passes about as long again as that
 * loop), and people and speakers together 1.7–4.2× on the bench's hostile shapes of many names (one
 * sentence of names 2.1×, thousands of people 2.5×, a first name thousands share 4.2×) and 7–10× on
 * generated articles and shapes of few names, whose cost the cheap passes foretell. The pass is
 * stopped when the people alone would not fit; the shorter top is planned for 3× that loop.
 */
export const COST = { costlyPerCheap: 3.5, setupPerCheap: 3, setupPerPeople: 2, peoplePerNames: 2, costlyPerNames: 3 } as const;
/** Of the time left, the share an estimate may plan to use. */
const SAFETY = 0.9;

/**
 * How far into the text (from its start, up to `upTo`) a pass estimated at `estimatedMs` for all of
 * it can go in the time left: `upTo` when the estimate fits, else the end of the last paragraph (or,
 * in one huge paragraph, the last sentence) that fits, so that a cut leaves the top of the article
 * with its speakers. Estimates scale time measured on the same text; the passes still check the
 * budget as they go, in document order, for inputs on which an estimate is wrong.
 */
export function horizon(
  upTo: number, estimatedMs: number, remainingMs: number, paragraphs: readonly Paragraph[], sentences: readonly Sentence[],
): number {
  if (remainingMs === Infinity || estimatedMs <= remainingMs * SAFETY) return upTo;
  const reach = Math.floor(upTo * Math.max(0, (remainingMs * SAFETY) / estimatedMs));
  const p = lastIndexWhere(paragraphs.length, (k) => paragraphs[k].end <= reach);
  const s = lastIndexWhere(sentences.length, (k) => sentences[k].end <= reach);
  const byParagraph = p >= 0 ? paragraphs[p].end : 0;
  const bySentence = s >= 0 ? sentences[s].end : 0;
  // A paragraph end when one lies in the second half of the reach; else the sentence end (one huge paragraph).
  return byParagraph >= reach / 2 ? byParagraph : bySentence;
}

/** Number of leading entries that start before `offset` (the entries are sorted by position). */
export function countBefore<T>(list: readonly T[], offset: number, startOf: (t: T) => number): number {
  return lastIndexWhere(list.length, (k) => startOf(list[k]) < offset) + 1;
}
