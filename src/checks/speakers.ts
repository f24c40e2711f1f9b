import type { Analysis } from '../extractor/types';
import type { Problem } from './types';

/** Speech quotes the extractor found no speaker for (off by default: anonymous sources are common). */
export function unattributedQuotes(a: Analysis): Omit<Problem, 'severity'>[] {
  return a.quotes
    .filter((q) => q.kind === 'speech' && !q.speaker)
    .map((q) => ({ check: 'unattributedQuotes' as const, message: 'No speaker found for this quotation.', start: q.start, end: q.end }));
}

/** The same words attributed to different people in one article: a warning on each. */
export function conflictingSpeakers(a: Analysis): Omit<Problem, 'severity'>[] {
  const byWords = new Map<string, typeof a.quotes>();
  for (const q of a.quotes) {
    if (q.kind !== 'speech' || !q.speaker) continue;
    const key = q.text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    if (key.split(' ').length < 3) continue; // two-word phrases recur innocently
    byWords.set(key, [...(byWords.get(key) ?? []), q]);
  }
  const out: Omit<Problem, 'severity'>[] = [];
  for (const quotes of byWords.values()) {
    const names = new Set(quotes.map((q) => q.speaker!.name));
    if (names.size < 2) continue;
    for (const q of quotes) {
      const others = quotes.filter((o) => o.speaker!.name !== q.speaker!.name);
      out.push({
        check: 'conflictingSpeakers',
        message: `These words are attributed to ${q.speaker!.name} here and to ${[...new Set(others.map((o) => o.speaker!.name))].join(', ')} elsewhere in the article.`,
        start: q.start, end: q.end,
        related: others.map((o) => ({ start: o.start, end: o.end, message: `attributed to ${o.speaker!.name}` })),
      });
    }
  }
  return out;
}
