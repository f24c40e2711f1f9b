import type { Analysis } from '../extractor/types';
import type { Problem } from './types';
import { pushTo } from '../extractor/search';

/** Speech quotes the extractor found no speaker for (off by default: anonymous sources are common). */
export function unattributedQuotes(a: Analysis): Omit<Problem, 'severity'>[] {
  return a.quotes
    .filter((q) => q.kind === 'speech' && !q.speaker)
    .map((q) => ({ check: 'unattributedQuotes' as const, message: 'No speaker found for this quotation.', start: q.start, end: q.end }));
}

type Quote = Analysis['quotes'][number];

/**
 * Each warning lists at most this many of the other places and names the first few other speakers:
 * enough to follow up, and a refrain repeated by hundreds of speakers stays as many warnings, not
 * hundreds of places on each (that was quadratic, and ran a long article out of memory).
 */
const MAX_RELATED = 10;
const MAX_NAMES = 3;

/** The same words attributed to different people in one article: a warning on each. */
export function conflictingSpeakers(a: Analysis): Omit<Problem, 'severity'>[] {
  const byWords = new Map<string, Quote[]>();
  for (const q of a.quotes) {
    if (q.kind !== 'speech' || !q.speaker) continue;
    const key = q.text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    if (key.split(' ').length < 3) continue; // two-word phrases recur innocently
    pushTo(byWords, key, q);
  }
  const out: Omit<Problem, 'severity'>[] = [];
  for (const quotes of byWords.values()) {
    const byName = new Map<string, Quote[]>(); // in the order each speaker first says the words
    for (const q of quotes) pushTo(byName, q.speaker!.name, q);
    if (byName.size < 2) continue;
    for (const q of quotes) {
      const others = othersSaying(byName, q.speaker!.name);
      out.push({
        check: 'conflictingSpeakers',
        message: `These words are attributed to ${q.speaker!.name} here and to ${otherNames(byName, q.speaker!.name)} elsewhere in the article.`,
        start: q.start, end: q.end,
        related: others.map((o) => ({ start: o.start, end: o.end, message: `attributed to ${o.speaker!.name}` })),
      });
    }
  }
  return out;
}

/** The first MAX_RELATED places, in text order, where someone other than `name` says the words. */
function othersSaying(byName: Map<string, Quote[]>, name: string): Quote[] {
  const found: Quote[] = [];
  let speakers = 0;
  for (const [other, said] of byName) {
    if (other === name) continue;
    for (let i = 0; i < said.length && i < MAX_RELATED; i++) found.push(said[i]);
    if (++speakers === MAX_RELATED) break; // the first places are among the first speakers' first places
  }
  return found.sort((x, y) => x.start - y.start).slice(0, MAX_RELATED);
}

/** The other speakers of the words: the first MAX_NAMES by name, then how many more. */
function otherNames(byName: Map<string, Quote[]>, name: string): string {
  const names: string[] = [];
  for (const other of byName.keys()) {
    if (other === name) continue;
    if (names.length === MAX_NAMES) {
      const more = byName.size - 1 - MAX_NAMES;
      return `${names.join(', ')} and ${more} ${more === 1 ? 'other' : 'others'}`;
    }
    names.push(other);
  }
  return names.join(', ');
}
