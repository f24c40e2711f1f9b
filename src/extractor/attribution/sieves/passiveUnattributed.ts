import { UNATTRIBUTED } from '../input';
import { type Sieve, PASSIVE_WORD } from '../sieve';
import { propertyPattern } from '../../propertyPattern';

/** "was branded", "has been described as", "were called": a reporting verb in the passive just before the quote. */
const PASSIVE_BEFORE = propertyPattern(String.raw`\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:branded|described\s+as|called|labelled|labeled|denounced\s+as|condemned\s+as|hailed\s+as|criticised\s+as|criticized\s+as|dismissed\s+as|derided\s+as|attacked\s+as|slammed\s+as|mocked\s+as)\s*$`, 'u');

/** The last word of every verb PASSIVE_BEFORE ends with ("described as"). */
const LAST_WORDS = ['as', 'branded', 'called', 'labelled', 'labeled'];

/**
 * Whether the text, its trailing white space aside, ends with one of LAST_WORDS: the pattern cannot
 * match otherwise, so most quotes skip it (and its compiling, with its Unicode class).
 */
function endsWithPassiveVerb(before: string): boolean {
  const trimmed = before.trimEnd();
  return LAST_WORDS.some((w) => trimmed.endsWith(w));
}

/**
 * “…” after a passive reporting verb with no agent ("a tweet which was branded “snobby”"): someone's
 * words, but the text does not say whose, so not those of the sentence's subject or of a cue beside it.
 * With an agent ("was branded “…” by X") the passive-agent sieve has decided already.
 */
export const passiveUnattributed: Sieve = {
  name: 'passive, no agent',
  needs: PASSIVE_WORD,
  apply({ input }, q) {
    const quote = input.quotes[q];
    const before = input.text.slice(Math.max(0, quote.open.start - 40), quote.open.start);
    if (!endsWithPassiveVerb(before) || !PASSIVE_BEFORE.test(before)) return null;
    const after = quote.close ? input.text.slice(quote.close.end, quote.close.end + 5) : '';
    return /^[,]?\s+by\s/.test(after) ? null : UNATTRIBUTED;
  },
};
