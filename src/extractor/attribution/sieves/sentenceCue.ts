import { nearestCue } from '../cueIndex';
import { fromCue } from '../input';
import type { Sieve } from '../sieve';

/** A reporting verb in the quote's own sentence: the nearest one names the speaker ("X said", "said X"). */
export const sentenceCue: Sieve = {
  name: 'sentence cue',
  apply({ input, cues }, q) {
    const own = nearestCue(input, cues, input.quoteSentence[q], input.quotes[q]);
    return own ? fromCue(input, own, own.method) : null;
  },
};
