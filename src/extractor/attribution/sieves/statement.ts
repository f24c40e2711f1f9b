import type { AttributionInput } from '../input';
import { startsUpper } from '../../charClass';

/** A quote that reads as someone's whole sentence rather than a phrase. */
export function isStatement(text: string): boolean {
  const trimmed = text.trim();
  const words = wordsUpTo(trimmed, 5);
  return (words >= 5 && startsUpper(trimmed)) || (words >= 4 && CLOSING.includes(trimmed[trimmed.length - 1]));
}

const CLOSING = '.!?,';

/**
 * `Math.min(trimmed.split(/\s+/).length, most)` for a trimmed text, counting gaps up to `most` only:
 * the sieves ask whether a quote has a few words, and a long quote is not split whole for that.
 */
export function wordsUpTo(trimmed: string, most: number): number {
  const gap = /\s+/g;
  let n = 1;
  while (n < most && gap.exec(trimmed)) n++;
  return n;
}

/**
 * “But, come on.” “Blacklisted?”: a short quote that is a sentence on its own, right after the
 * earlier quote's paragraph or in it, is speech too, however few its words.
 */
export function standsAlone(input: AttributionInput, q: number): boolean {
  const quote = input.quotes[q];
  const sentence = input.sentences[input.quoteSentence[q]];
  if (!quote.close || !sentence || sentence.start !== quote.open.start) return false;
  const text = quote.text.trim();
  return startsUpper(text) && /[.!?…]$/.test(text) && input.text.slice(quote.close.end, sentence.end).trim() === '';
}
