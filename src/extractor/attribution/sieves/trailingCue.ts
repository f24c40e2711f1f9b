import { fromCue, tokenAt } from '../input';
import type { Sieve } from '../sieve';

/**
 * “…?” Trump told ITV in an interview …; “Perpetual motion!” Rep. Glenn Thompson said: a question or
 * an exclamation ends its sentence at the closing mark, so the cue right after it stands in the next
 * sentence, however long that sentence runs. Its subject opening that sentence (or its verb, inverted)
 * is the quote's speaker, before any lead-in or continuation is considered.
 */
export const trailingCue: Sieve = {
  name: 'trailing cue',
  apply({ input, cues }, q) {
    const quote = input.quotes[q];
    if (!quote.close || !/[?!]\s*$/.test(quote.text)) return null;
    const next = input.quoteSentence[q] + 1;
    const s = input.sentences[next];
    if (!s || s.paragraph !== quote.paragraph || input.text.slice(quote.close.end, s.start).trim() !== '') return null;
    const first = tokenAt(input.tokens, s.start);
    const cue = cues.bySentence.get(next)?.[0];
    if (!cue || first < 0 || cue.from !== first || input.inQuote[first]) return null;
    return fromCue(input, cue, cue.method);
  },
};
