import { afterDeterminer, TERM } from '../input';
import { type Sieve, LABEL_AFTER } from '../sieve';
import { wordsUpTo } from './statement';
import { lowerWordAfterSpace } from '../../charClass';

/** Nouns a quoted word labels rather than reports: "a “no” vote", "his “Nazi” comment", "the “yes” campaign". */
const LABELLED_NOUNS = /^(?:vote|votes|campaign|campaigns|camp|side|comment|comments|remark|remarks|jibe|jibes|slur|slurs|label|tag|taunt|taunts|row|option|button|slogan|brand|policy|strategy|deal|result|verdict|box|column|lobby)$/;

/**
 * A word or two in quotation marks between a determiner and the noun it labels ("a “no” vote", "his
 * “Nazi” comment") is a term, even in a sentence with a reporting verb: nobody is reported saying it there.
 */
export const labelledTerm: Sieve = {
  name: 'labelled term',
  needs: LABEL_AFTER,
  apply({ input }, q) {
    const quote = input.quotes[q];
    if (!quote.close) return null;
    const trimmed = quote.text.trim();
    if (wordsUpTo(trimmed, 3) > 2 || /[.!?,;:]$/.test(trimmed)) return null;
    if (!afterDeterminer(input, q)) return null;
    const next = lowerWordAfterSpace(input.text.slice(quote.close.end, quote.close.end + 20));
    return next !== null && LABELLED_NOUNS.test(next) ? TERM : null;
  },
};
