import { mentionEnd, personSpeaker, spanOf, tokenAt } from '../input';
import type { Sieve } from '../sieve';

/** “…” by William Wragg: a reporting verb before the quote and "by" a person after it. */
export const passiveAgent: Sieve = {
  name: 'passive agent',
  apply({ input }, q) {
    const quote = input.quotes[q];
    if (!quote.close) return null;
    const after = input.text.slice(quote.close.end, quote.close.end + 4);
    if (!/^[,]?\s+by\s/.test(after + ' ')) return null;
    const lead = input.text.slice(Math.max(0, quote.open.start - 40), quote.open.start);
    if (!/\b(?:described|called|branded|labelled|dismissed|condemned|hailed|criticised|denounced|attacked)\b[^.;]*$/.test(lead)) return null;
    const t = tokenAt(input.tokens, quote.close.end + after.indexOf('by') + 3);
    if (t < 0 || input.personAt[t] < 0) return null;
    return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t - 1, mentionEnd(input, t)), method: 'cue' };
  },
};
