import type { Speaker } from '../../salience';
import { type AttributionInput, fromCue, tokenBefore, tokenCount } from '../input';
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
      if (!found?.length) continue;
      const cue = other < sentence ? found[found.length - 1] : found[0];
      // "Sir Alan Budd found a “chain of events”": the quote's own sentence names someone else before it,
      // a nearer subject than the cue next door.
      if (otherPersonBefore(input, q, cue.speaker)) return null;
      return fromCue(input, cue, 'adjacent');
    }
    return null;
  },
};

/** How far into the sentence a competing subject is looked for: a bounded look however long the sentence. */
const SUBJECT_REACH = 40;

/** A person other than `speaker` is named outside quotation marks early in the quote's sentence, before the quote. */
function otherPersonBefore(input: AttributionInput, q: number, speaker: Speaker): boolean {
  const s = input.sentences[input.quoteSentence[q]];
  const open = input.quotes[q].open.start;
  const first = tokenBefore(input.tokens, s.start) + 1;
  for (let t = first; t < input.tokens.length && t < first + SUBJECT_REACH && input.tokens[t].start < open; t++) {
    const e = input.personAt[t];
    if (e < 0 || input.inQuote[t]) continue;
    if (speaker?.type !== 'person' || input.entities[e] !== speaker.entity) return true;
  }
  return false;
}
