import { mentionEnd, personSpeaker, spanOf, tokenAt } from '../input';
import type { Sieve } from '../sieve';

/** `“…” — Angela Rayner`: a dash after the closing mark, then a name that ends the sentence or the paragraph. */
export const dashSignature: Sieve = {
  name: 'dash signature',
  apply({ input }, q) {
    const quote = input.quotes[q];
    if (!quote.close) return null;
    const after = /^[ \t]*[—–-][ \t]*/.exec(input.text.slice(quote.close.end, quote.close.end + 6));
    if (!after) return null;
    const t = tokenAt(input.tokens, quote.close.end + after[0].length);
    if (t < 0 || input.personAt[t] < 0 || input.tokens[t].start !== quote.close.end + after[0].length) return null;
    const end = mentionEnd(input, t);
    const next = input.tokens[end + 1];
    // The name closes the line: nothing but a full stop (or a comma and a description) after it.
    if (next && input.sentenceOf[end + 1] === input.sentenceOf[end] && !/^,/.test(next.gap)) return null;
    return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t, end), method: 'cue' };
  },
};
