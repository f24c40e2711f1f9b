import { firstSentenceOf, personSpeaker, spanOf, tokenBefore } from '../input';
import { type Sieve, LINE_SHORT } from '../sieve';
import { quoteEnd } from '../../quotes';

/** A live page's post title is one short line. */
export const SHORT_LINE = 140;

/**
 * Live pages title a post with a quote and the speaker after a dash at the end of the line: "‘Honour
 * of my life’ to be deputy – Lammy". The quote is the line's only one and the line has no cue of its own;
 * the name closes the line.
 */
export const lineSignature: Sieve = {
  name: 'line signature',
  needs: LINE_SHORT,
  apply({ input, cues }, q) {
    const quote = input.quotes[q];
    const first = firstSentenceOf(input, quote.paragraph);
    if (first < 0) return null;
    // The walk to the paragraph's last sentence stops once the line is too long: walked to the end
    // for every quote, one paragraph of thousands of short sentences took time squared (issue 16).
    const start = input.sentences[first].start;
    let last = first;
    for (;;) {
      if (input.sentences[last].end - start > SHORT_LINE) return null;
      if (last + 1 >= input.sentences.length || input.sentences[last + 1].paragraph !== quote.paragraph) break;
      last++;
    }
    const end = input.sentences[last].end;
    for (let s = first; s <= last; s++) if (cues.bySentence.get(s)?.length || (s !== input.quoteSentence[q] && cues.quotesIn[s] > 0)) return null;
    if (cues.quotesIn[input.quoteSentence[q]] !== 1) return null;
    const t = tokenBefore(input.tokens, end);
    if (t < 0 || input.personAt[t] < 0 || input.inQuote[t]) return null;
    let from = t;
    while (from > 0 && input.personAt[from - 1] === input.personAt[t] && input.sentenceOf[from - 1] === input.sentenceOf[t]) from--;
    if (!/[—–]|\s-\s/.test(input.tokens[from].gap) || input.tokens[from].start < quoteEnd(quote)) return null;
    return { kind: 'speech', speaker: personSpeaker(input, from), cue: spanOf(input, from, t), method: 'cue' };
  },
};
