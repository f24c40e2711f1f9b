import { TERM, UNATTRIBUTED } from '../input';
import type { Sieve } from '../sieve';
import { isStatement } from './statement';

/** Nothing found: a whole sentence is someone's speech, speaker unknown; a phrase is a term. */
export const fallback: Sieve = {
  name: 'fallback',
  apply({ input }, q) {
    return isStatement(input.quotes[q].text) ? UNATTRIBUTED : TERM;
  },
};
