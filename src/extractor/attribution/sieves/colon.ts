import { tokenBefore } from '../input';
import type { Sieve } from '../sieve';

/** "Mr Smith: “…”" */
export const colon: Sieve = {
  name: 'colon',
  apply({ input }, q) {
    const quote = input.quotes[q];
    // The three characters before the mark, CRs not counted, so CRLF copy reads as LF copy does.
    const before = input.text.slice(Math.max(0, quote.open.start - 6), quote.open.start).replace(/\r/g, '').slice(-3);
    if (!/:\s*$/.test(before)) return null;
    let t = tokenBefore(input.tokens, quote.open.start);
    if (t < 0 || input.personAt[t] < 0) return null;
    const e = input.personAt[t];
    const end = input.tokens[t].end;
    while (t > 0 && input.personAt[t - 1] === e) t--;
    // "wrote to Mr Cameron: “…”", "said of Ms Smith:": the person after a preposition is addressed or
    // spoken of; the sentence's cue names the speaker.
    if (t > 0 && input.sentenceOf[t - 1] === input.sentenceOf[t] && /^(?:to|of|about|at|for|with|against|on)$/.test(input.tokens[t - 1].norm)) return null;
    const start = input.tokens[t].start;
    return { kind: 'speech', speaker: { type: 'person', entity: input.entities[e] }, cue: { start, end, text: input.text.slice(start, end) }, method: 'colon' };
  },
};
