import { fromCue, tokenCount } from '../input';
import type { Sieve } from '../sieve';

/** A cue in the previous or next sentence of the same paragraph that has no quotation of its own. */
export const adjacentCue: Sieve = {
  name: 'adjacent sentence',
  apply({ input, cues }, q) {
    const sentence = input.quoteSentence[q];
    const here = input.sentences[sentence];
    for (const other of [sentence - 1, sentence + 1]) {
      const s = input.sentences[other];
      if (!s || s.paragraph !== here.paragraph) continue;
      if (cues.quotesIn[other] > 0) continue;
      if (other > sentence && tokenCount(input, s) > 10) continue; // only a short cue sentence after the quote
      const found = cues.bySentence.get(other);
      if (found?.length) return fromCue(input, other < sentence ? found[found.length - 1] : found[0], 'adjacent');
    }
    return null;
  },
};
