import type { Paragraph } from './paragraphs';
import type { Sentence } from './sentences';
import { lastIndexWhere } from './search';

/**
 * What the costly passes cost per character of text, relative to a pass already timed on it
 * (measured with `npm run bench` on the dev corpora and generated articles, first pass and warm):
 * people and attribution together take 3× to 6× the cheap passes (paragraphs, quote marks, sentences,
 * tokens); attribution alone about twice the people pass.
 */
export const COST = { costlyPerCheap: 3.5, attributionPerPeople: 2 } as const;
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
