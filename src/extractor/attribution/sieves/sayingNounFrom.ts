import { type AttributionInput, fromMention, mentionEnd, tokenAt, tokenBefore } from '../input';
import { type Sieve, FROM_NEAR } from '../sieve';

/** Nouns for what someone said that name the sayer with "from": "a call from X", "claims from X that".
 * (A set, not a pattern: it is asked of several words before every quote.) */
const NOUNS = new Set([
  'call', 'calls', 'claim', 'claims', 'criticism', 'criticisms', 'warning', 'warnings', 'accusation',
  'accusations', 'demand', 'demands', 'plea', 'pleas', 'appeal', 'appeals', 'attack', 'attacks', 'charge',
  'charges', 'suggestion', 'suggestions', 'complaint', 'complaints', 'praise', 'jibe', 'jibes', 'taunt',
  'taunts', 'rebuke', 'request', 'requests',
]);
const FROM_PERSON = 4; // words a description may take between "from" and the name ("from Tory leader Michael Howard")

/**
 * "claims from Tory leader Michael Howard that he led a “grubby government”", "a call for him to “pause
 * for thought” from Charles Kennedy": the person after "from" said the words the noun stands for.
 */
export const sayingNounFrom: Sieve = {
  name: 'saying noun from',
  needs: FROM_NEAR,
  apply({ input }, q) {
    const { tokens } = input;
    const quote = input.quotes[q];
    const last = tokenBefore(tokens, quote.open.start);
    // The noun within the quote's clause before it (no sentence end or semicolon between).
    for (let k = last; k >= 0 && k > last - 12 && input.sentenceOf[k] === input.sentenceOf[last] && !input.inQuote[k]; k--) {
      if (/[;:]/.test(tokens[k + 1]?.gap ?? '')) return null;
      if (!NOUNS.has(tokens[k].norm)) continue;
      // "claims from X that …“…”": from + person right after the noun
      const before = personAfterFrom(input, k + 1);
      // …and nothing but the clause of what they said between the name and the quote (no comma: "from X, would")
      if (before >= 0) return unbroken(input, mentionEnd(input, before) + 1, last) ? fromMention(input, before) : null;
      // "a call for him to “…” from X": from + person right after the quote
      const t = quote.close ? tokenAt(tokens, quote.close.end) : -1;
      const after = t >= 0 && !/[.;:!?]/.test(tokens[t].gap) ? personAfterFrom(input, t) : -1;
      return after >= 0 ? fromMention(input, after) : null;
    }
    return null;
  },
};

/** Token `f` is "from", followed within a few descriptive words by a person: that person's first token, else -1. */
function personAfterFrom(input: AttributionInput, f: number): number {
  const { tokens } = input;
  if (f < 0 || f >= tokens.length || tokens[f].norm !== 'from' || input.inQuote[f]) return -1;
  for (let k = f + 1; k < tokens.length && k <= f + 1 + FROM_PERSON && input.sentenceOf[k] === input.sentenceOf[f]; k++) {
    if (input.inQuote[k] || /[,.;:!?()]/.test(tokens[k].gap)) return -1;
    if (input.personAt[k] >= 0) return k;
  }
  return -1;
}

/** No clause break between tokens `from` and `to` (inclusive) of one sentence. */
function unbroken(input: AttributionInput, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (/[,;:.!?()—–]/.test(input.tokens[k].gap) || input.inQuote[k]) return false;
  return true;
}
