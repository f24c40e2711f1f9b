import { mentionEnd, personSpeaker, spanOf, tokenBefore } from '../input';
import type { Sieve } from '../sieve';

/**
 * "Kasich resisted: “…”", "Hannity interjected: “…”", "Continued Stone: “…”": a short clause that
 * names one person and a colon right before the quote introduces that person's words, whatever the
 * verb. At most three other words, all lower-case (or the capitalised verb that opens the sentence),
 * no other person, and no passive ("Peter Lang was told:" is not Lang's).
 */
export const colonIntroduction: Sieve = {
  name: 'colon introduction',
  apply({ input }, q) {
    const quote = input.quotes[q];
    const { tokens } = input;
    const last = tokenBefore(tokens, quote.open.start);
    if (last < 0 || !/:\s*[“"‘']*$/.test(tokens[last + 1]?.gap ?? input.text.slice(tokens[last].end, quote.open.start))) return null;
    if (!/^:\s*$/.test(input.text.slice(tokens[last].end, quote.open.start).replace(/\r/g, ''))) return null;
    const sentence = input.sentenceOf[last];
    let person = -1;
    let words = 0;
    let k = last;
    for (; k >= 0 && input.sentenceOf[k] === sentence && !input.inQuote[k]; k--) {
      if (k < last && /[,;:()“”"‘’—–]/.test(tokens[k + 1].gap)) return null;
      const e = input.personAt[k];
      if (e >= 0) {
        if (person >= 0 && input.personAt[person] !== e) return null;
        person = k;
        continue;
      }
      // "Peter Lang was told:", "was asked by": the person named hears the words, not says them.
      if (++words > 3 || /^(?:was|were|is|are|been|being|be|by|to|of|about)$/.test(tokens[k].norm)) return null;
      const opens = k === 0 || input.sentenceOf[k - 1] !== sentence || input.inQuote[k - 1];
      if (tokens[k].cap && !opens) return null;
    }
    if (person < 0) return null;
    const from = k + 1;
    return { kind: 'speech', speaker: personSpeaker(input, person), cue: spanOf(input, from, Math.max(last, mentionEnd(input, person))), method: 'cue' };
  },
};
