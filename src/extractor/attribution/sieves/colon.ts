import { breaks } from '../../tokens';
import { type AttributionInput, mentionStart, personSpeaker, spanOf, tokenBefore } from '../input';
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
    // "Frank Newport and Jim Harter: “…”": two authors, the first named stands for both (as "X and Y wrote").
    const first = firstOfPair(input, t);
    return { kind: 'speech', speaker: personSpeaker(input, first), cue: spanOf(input, first, last), method: 'colon' };
  },
};

/** The first token of X in "X and Y" ending at Y (starting at `t`), or `t`. */
function firstOfPair(input: AttributionInput, t: number): number {
  const { tokens, personAt } = input;
  const and = t - 1;
  if (and < 1 || tokens[and].norm !== 'and' || breaks(tokens[and]) || breaks(tokens[t]) || input.sentenceOf[and - 1] !== input.sentenceOf[t]) return t;
  const e = personAt[and - 1];
  if (e < 0 || e === personAt[t]) return t;
  return mentionStart(input, and - 1);
}
