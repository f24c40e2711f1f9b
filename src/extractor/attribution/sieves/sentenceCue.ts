import { quoteEnd } from '../../quotes';
import { speechVerbStem } from '../../speechVerbs';
import { nearestCueOf } from '../cueIndex';
import { type AttributionInput, type ResolvedCue, UNATTRIBUTED, fromCue, tokenAt } from '../input';
import type { Sieve } from '../sieve';

/** A reporting verb in the quote's own sentence: the nearest one names the speaker ("X said", "said X"). */
export const sentenceCue: Sieve = {
  name: 'sentence cue',
  apply({ input, cues }, q) {
    const own = nearestCueOf(input, cues, q);
    if (!own) return null;
    // "“…,” said Republican party boss Reince Priebus, though he added": the quote's own verb, right
    // after it, has a subject nobody could read; a pronoun's cue further on is someone else's guess.
    if (own.subject.type === 'pronoun' && unreadVerbBefore(input, quoteEnd(input.quotes[q]), own)) return UNATTRIBUTED;
    return fromCue(input, own, own.method);
  },
};

/** A reporting verb between the quote's end and the cue that no cue was read for (at most a few words on). */
function unreadVerbBefore(input: AttributionInput, from: number, cue: ResolvedCue): boolean {
  const first = tokenAt(input.tokens, from);
  if (first < 0 || first >= cue.from || cue.from - first > 12) return false;
  for (let k = first; k < cue.from; k++) {
    if (input.inQuote[k] || !speechVerbStem(input.tokens[k].norm)) continue;
    return k === first || /[,”"’']/.test(input.tokens[k].gap);
  }
  return false;
}
