import { TERM, UNATTRIBUTED } from '../input';
import type { Sieve } from '../sieve';
import { isStatement } from './statement';

/** Nothing found: a whole sentence is someone's speech, speaker unknown, and so is a question or a cry (“Marco! Marco!”); a phrase is a term. */
export const fallback: Sieve = {
  name: 'fallback',
  apply({ input }, q) {
    const text = input.quotes[q].text;
    return isStatement(text) || /[?!]\s*$/.test(text) ? UNATTRIBUTED : TERM;
  },
};
