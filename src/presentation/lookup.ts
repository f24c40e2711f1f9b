import type { Analysis, Mention, Person, Quote } from '../extractor/types';
import { lastIndexWhere } from '../extractor/search';

/** Where things are in an analysis, for lookups by offset (hovers, navigation) in O(log n). */
export interface AnalysisIndex {
  /** Person mentions sorted by start. */
  mentions: Array<{ mention: Mention; person: Person }>;
}

const cache = new WeakMap<Analysis, AnalysisIndex>();

export function indexOf(a: Analysis): AnalysisIndex {
  let index = cache.get(a);
  if (!index) {
    const mentions = a.people.flatMap((person) => person.mentions.map((mention) => ({ mention, person })));
    mentions.sort((x, y) => x.mention.start - y.mention.start);
    index = { mentions };
    cache.set(a, index);
  }
  return index;
}

/** The person mentioned at an offset (the mention's end included, as the cursor sits after a word). */
export function personAt(a: Analysis, offset: number): { mention: Mention; person: Person } | undefined {
  const list = indexOf(a).mentions;
  const i = lastStartingAtOrBefore(list.length, (k) => list[k].mention.start, offset);
  const hit = i >= 0 ? list[i] : undefined;
  return hit && offset <= hit.mention.end ? hit : undefined;
}

/** The quotation whose marks enclose an offset. */
export function quoteAt(a: Analysis, offset: number): Quote | undefined {
  const i = lastStartingAtOrBefore(a.quotes.length, (k) => a.quotes[k].open.start, offset);
  const q = i >= 0 ? a.quotes[i] : undefined;
  return q && offset <= (q.close ? q.close.end : q.end) ? q : undefined;
}

/** The first quote starting after the offset, or the first of all (wrapping); undefined when none. */
export function nextQuote(a: Analysis, offset: number): Quote | undefined {
  const i = lastStartingAtOrBefore(a.quotes.length, (k) => a.quotes[k].start, offset);
  return a.quotes[i + 1] ?? a.quotes[0];
}

/** The last quote starting before the offset, or the last of all (wrapping). */
export function previousQuote(a: Analysis, offset: number): Quote | undefined {
  const i = lastStartingAtOrBefore(a.quotes.length, (k) => a.quotes[k].start, offset - 1);
  return i >= 0 ? a.quotes[i] : a.quotes[a.quotes.length - 1];
}

function lastStartingAtOrBefore(n: number, startOf: (k: number) => number, offset: number): number {
  return lastIndexWhere(n, (k) => startOf(k) <= offset);
}
