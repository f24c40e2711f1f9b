import { quoteEnd } from '../../quotes';
import { speechVerbStem } from '../../speechVerbs';
import { nearestCueOf } from '../cueIndex';
import { type AttributionInput, type ResolvedCue, UNATTRIBUTED, fromCue, mentionStart, tokenAt, tokenBefore } from '../input';
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
    // "Pollsters agree - Carl Bialik: “…”": past a dash or a semicolon, the name before the colon signs the quote (the colon sieve's).
    if (signedPastBreak(input, q, own)) return null;
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

/**
 * The quote opens after "Name:" and the cue ends before that name with a dash or a semicolon between:
 * the name is a new clause's, the signer of the quote, not the cue's object ("told Jane Doe: “…”").
 */
function signedPastBreak(input: AttributionInput, q: number, cue: ResolvedCue): boolean {
  const { tokens } = input;
  const open = input.quotes[q].open.start;
  const last = tokenBefore(tokens, open);
  if (last < 0 || input.personAt[last] < 0 || cue.to > last || !/:\s*$/.test(input.text.slice(tokens[last].end, open))) return false;
  const first = mentionStart(input, last);
  if (first < cue.to) return false;
  for (let k = cue.to; k <= first; k++) {
    if (input.inQuote[k]) return false;
    if (/[;—–]|\s-\s/.test(tokens[k].gap)) return true;
  }
  return false;
}
