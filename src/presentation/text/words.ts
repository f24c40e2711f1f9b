/** Short labels and counted words from article text, for every list and card. Pure (no VS Code API). */
import { isSpaceCode } from '../../extractor/charClass';

/** "1 quote", "3 quotes"; `many` for plurals that are not the word and an s ("2 matches"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The text on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  // Most quotes are on one line already: the replace ran on every label of an outline (11,000 on a
  // 1 MB article, a third of the outline's time) to give back the same text.
  return isOneLine(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** No white space but single spaces between other characters: what `oneLine` would give back unchanged. */
function isOneLine(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === n - 1 || text.charCodeAt(i - 1) === 32 : isSpaceCode(c)) return false;
  }
  return true;
}

/**
 * A quote named by its first words for lists (Outline, Speakers view, quick picks): a short quote
 * whole, else about `words` words and "…", never ending on a dash or a comma.
 */
export function quoteLabel(text: string, words = 8): string {
  const whole = text.length <= words * 40; // never split a long quote whole
  const clean = oneLine(whole ? text : text.slice(0, words * 40));
  // Words are counted by the spaces between them, not split out: a label needs only the first few.
  const cut = nthSpace(clean, words); // where the first `words` words end, -1 if there are no more
  if (whole && (cut < 0 || (clean.length <= 60 && nthSpace(clean, words + 2, cut, words) < 0))) return clean;
  let head = cut < 0 ? clean : clean.slice(0, cut);
  for (let last = head.lastIndexOf(' '); last >= 0 && /^[\p{P}\p{S}]+$/u.test(head.slice(last + 1)); last = head.lastIndexOf(' ')) {
    head = head.slice(0, last);
  }
  return `${head.replace(/[,;:–—-]+$/u, '')}…`;
}

/** The offset of the `k`-th space of `text` (k ≥ 1), or -1 if it has fewer; `seen` spaces are counted up to `from`. */
function nthSpace(text: string, k: number, from = -1, seen = 0): number {
  let at = from;
  for (; seen < k; seen++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return -1;
  }
  return at;
}
