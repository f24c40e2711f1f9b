import { personSpeaker, spanOf, tokenBefore } from '../input';
import type { Sieve } from '../sieve';

/** "Mr Smith: “…”" */
export const colon: Sieve = {
  name: 'colon',
  apply({ input }, q) {
    const quote = input.quotes[q];
    // The three characters before the mark, CRs not counted, so CRLF copy reads as LF copy does.
    const before = input.text.slice(Math.max(0, quote.open.start - 6), quote.open.start).replace(/\r/g, '').slice(-3);
    if (!/:\s*$/.test(before)) return null;
    const last = tokenBefore(input.tokens, quote.open.start);
    if (last < 0 || input.personAt[last] < 0) return null;
    let t = last;
    while (t > 0 && input.personAt[t - 1] === input.personAt[last]) t--;
    // "wrote to Mr Cameron: “…”", "said of Ms Smith:": the person after a preposition is addressed or
    // spoken of; the sentence's cue names the speaker.
    if (t > 0 && input.sentenceOf[t - 1] === input.sentenceOf[t] && /^(?:to|of|about|at|for|with|against|on)$/.test(input.tokens[t - 1].norm)) return null;
    return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t, last), method: 'colon' };
  },
};
