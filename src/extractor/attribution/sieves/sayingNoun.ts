import { knownOrganisation } from '../../organisations';
import { personSpeaker, spanOf, tokenBefore } from '../input';
import { type Sieve, POSSESSIVE_BEFORE } from '../sieve';

/** Nouns for what someone said: "the government's edict to “stay home”", "Mr Johnson's pledge that “…”".
 * (A set, not a pattern: it is asked of several words before every quote.) */
const SAYING_NOUNS = new Set([
  'edict', 'order', 'orders', 'call', 'calls', 'advice', 'warning', 'message', 'instruction', 'instructions',
  'pledge', 'pledges', 'promise', 'claim', 'claims', 'demand', 'demands', 'plea', 'appeal', 'statement',
  'words', 'verdict', 'description', 'insistence', 'boast', 'vow', 'slogan', 'mantra', 'refrain',
  'catchphrase', 'accusation', 'charge', 'complaint', 'comment', 'comments', 'remark', 'remarks',
]);

/** “…” said in so many words by the owner of a saying noun just before it: "X's pledge to “…”". */
export const sayingNoun: Sieve = {
  name: 'saying noun',
  needs: POSSESSIVE_BEFORE,
  apply({ input }, q) {
    const { tokens } = input;
    const open = input.quotes[q].open.start;
    const last = tokenBefore(tokens, open);
    // "…, about Comey’s statement. “But he…”": a sentence ends between the noun and the quote.
    if (last < 0 || stopBetween(input.text, tokens[last].end, open)) return null;
    for (let k = last; k >= 0 && k > last - 4; k--) {
      // "Responding to Trump's remarks, Clinton wrote: “…”": someone else speaks between the noun and the quote.
      if (/[,;]/.test(tokens[k + 1]?.gap ?? '') && k < last) return null;
      if (!SAYING_NOUNS.has(tokens[k].norm)) continue;
      const owner = k - 1;
      if (owner < 0 || !tokens[owner].possessive || /[,.;:!?]/.test(tokens[k].gap)) return null;
      const span = spanOf(input, owner, k);
      if (input.personAt[owner] >= 0) return { kind: 'speech', speaker: personSpeaker(input, owner), cue: span, method: 'cue' };
      const org = knownOrganisation(tokens[owner].norm) ?? (tokens[owner - 1]?.norm === 'the' ? knownOrganisation(`the ${tokens[owner].norm}`) : null);
      return org ? { kind: 'speech', speaker: { type: 'organisation', name: org }, cue: span, method: 'cue' } : null;
    }
    return null;
  },
};

/** `/[.;!?]/.test(text.slice(from, to))`, read in place (asked of every quote). */
function stopBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 33 || c === 63) return true;
  }
  return false;
}
