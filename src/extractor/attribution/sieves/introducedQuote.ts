import { fromMention } from '../input';
import { introducingSubject } from '../quoteIntroduction';
import type { Sieve } from '../sieve';
import { isStatement } from './statement';

/**
 * "Former candidate Jeb Bush set out what was wrong to a Dutch paper: “…”", "Mr. Trump was prompted to
 * say, “…”": a whole-sentence quote introduced by a clause of its own sentence that names one person
 * (not as the one spoken to or of) is that person's, whatever the verb. Two names, or none: decline.
 * Tried after the ranker, which already names most of these quotes rightly; before it, the sieve took
 * quotes from the ranker's training and tipped its threshold choice to one that names more wrong.
 */
export const introducedQuote: Sieve = {
  name: 'introduced quote',
  apply({ input }, q) {
    if (!isStatement(input.quotes[q].text)) return null;
    const t = introducingSubject(input, q);
    return t < 0 ? null : fromMention(input, t);
  },
};
