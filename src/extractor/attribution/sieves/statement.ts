/** A quote that reads as someone's whole sentence rather than a phrase. */
export function isStatement(text: string): boolean {
  const trimmed = text.trim();
  const words = wordsUpTo(trimmed, 5);
  return (words >= 5 && /^\p{Lu}/u.test(trimmed)) || (words >= 4 && CLOSING.includes(trimmed[trimmed.length - 1]));
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
