import { UNATTRIBUTED } from '../input';
import { type Sieve, CLAIM_AFTER } from '../sieve';

/** Nouns for someone's words that a quote may stand before: "'charade' claims", "'racist' jibe". */
const CLAIM_NOUNS = 'claims?|allegations?|accusations?|charges?|jibes?|slurs?|remarks?|comments?|suggestions?|reports?|warnings?';
/** Verbs of rejecting those words. */
const DENIALS = /\b(?:rebut|rebuts|rebutted|reject|rejects|rejected|deny|denies|denied|dismiss|dismisses|dismissed|refute|refutes|refuted|dispute|disputes|disputed|counter|counters|countered|laughs off|laughed off|brushes off|brushed off|hits back at|hit back at)\s+(?:the\s+|their\s+|his\s+|her\s+|fresh\s+|new\s+)?$/i;
const AFTER = new RegExp(`^\\s+(?:${CLAIM_NOUNS})\\b`, 'i');

/**
 * "Falconer rebuts ‘charade’ claims": the quoted words are the claim that is rejected, so they are
 * not the words of the one who rejects it (the reporting verb's subject). Whose claim it was the
 * sentence does not say: speech by nobody named here (a body quote of the same words may still give
 * a headline's quote its speaker).
 */
export const deniedClaim: Sieve = {
  name: 'denied claim',
  needs: CLAIM_AFTER,
  apply({ input }, q) {
    const quote = input.quotes[q];
    if (!quote.close) return null;
    // The noun after the quote first: an anchored test of a few characters, where the verb before it is
    // a pattern tried at every position of its window, and few quotes have either.
    const after = input.text.slice(quote.close.end, quote.close.end + 16);
    if (!AFTER.test(after)) return null;
    const before = input.text.slice(Math.max(0, quote.open.start - 40), quote.open.start);
    return DENIALS.test(before) ? UNATTRIBUTED : null;
  },
};
