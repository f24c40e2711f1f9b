import { speechVerbStem } from '../../speechVerbs';
import { TERM } from '../input';
import type { Sieve } from '../sieve';

const TERM_MARKERS = /(?:so-called|so called|dubbed|nicknamed|slogan|entitled|titled|headlined|known as|reading:?|the word|the phrase|the term|branded as|marked|(?:the|a|an|his|her|their|its|new) (?:study|book|report|film|programme|play|song|album|campaign|slogan|headline|article|poster|motto|column|series|show|documentary|novel|memoir|pamphlet|manifesto))\s*$/i;

/** “Get Brexit Done”, the so-called ‘Winter of Discontent’: a name, title or term, said by nobody. */
export const terms: Sieve = {
  name: 'terms',
  apply({ input }, q) {
    const quote = input.quotes[q];
    const before = input.text.slice(Math.max(0, quote.open.start - 30), quote.open.start);
    if (TERM_MARKERS.test(before)) return TERM;
    // "she wrote: “Image from Rochester.”": words a reporting verb introduces are speech, capitals or not.
    const introduced = /(\p{L}+):\s*$/u.exec(before);
    return isNameLike(quote.text) && !(introduced && speechVerbStem(introduced[1])) ? TERM : null;
  },
};

/** Every long word capitalised reads as a name or title. */
function isNameLike(text: string): boolean {
  const words = text.trim().replace(/[.,:;!?]+$/, '').split(/\s+/);
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return words.length >= 2 && content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'de', 'is', 'are']);
