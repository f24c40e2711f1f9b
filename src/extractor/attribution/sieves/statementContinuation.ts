import type { Sieve } from '../sieve';
import { isStatement, standsAlone } from './statement';
import { handOn } from '../competingVoice';
import { genderOf } from '../antecedent';
import { type AttributionInput, fromCue } from '../input';
import { introducingPronoun } from '../quoteIntroduction';
import { quoteEnd } from '../../quotes';
import type { Speaker } from '../../salience';

/**
 * A whole-sentence quote with no cue of its own continues the latest speech quote of this or the
 * previous paragraph, when that one has a speaker and nobody else is put forward in between. A
 * paragraph of its own that introduces the quote with he or she ("“…,” Blackwell wrote. ¶ He then
 * listed the qualities a nominee needs: ¶ “…”") is no break: the quote goes on from the one before it,
 * if the pronoun can stand for that speaker.
 */
export const statementContinuation: Sieve = {
  name: 'statement continuation',
  apply({ input, cues, done, lastSpeech }, q) {
    if (!(isStatement(input.quotes[q].text) || standsAlone(input, q)) || lastSpeech < 0) return null;
    const speaker = done[lastSpeech].speaker;
    if (!speaker) return null;
    const pronoun = introducingPronoun(input, q);
    if (pronoun >= 0 && !fits(input, pronoun, speaker)) return null;
    const reach = pronoun >= 0 && introductionParagraph(input, pronoun, q) ? 2 : 1;
    if (input.quotes[lastSpeech].paragraph < input.quotes[q].paragraph - reach) return null;
    const previous = input.quotes[lastSpeech];
    const next = handOn(input, cues, quoteEnd(previous), q, speaker);
    if (next.to === 'cue') return fromCue(input, next.cue, 'adjacent');
    if (next.to === 'nobody') return null;
    return { kind: 'speech', speaker, cue: null, method: 'continuation' };
  },
};

/** He or she at `pronoun` can stand for `speaker`: a person whose gender, if known, agrees. */
function fits(input: AttributionInput, pronoun: number, speaker: Speaker): boolean {
  if (speaker?.type !== 'person') return false;
  const g = genderOf(speaker.entity);
  return g === 'unknown' || g === (input.tokens[pronoun].norm === 'he' ? 'male' : 'female');
}

/** The pronoun opens the paragraph right before the quote's, and that paragraph is the introduction alone. */
function introductionParagraph(input: AttributionInput, pronoun: number, q: number): boolean {
  const s = input.sentences[input.sentenceOf[pronoun]];
  const quote = input.quotes[q];
  if (!s || s.paragraph !== quote.paragraph - 1 || input.sentenceOf[pronoun - 1] === input.sentenceOf[pronoun]) return false;
  const prev = input.sentences[input.sentenceOf[pronoun] - 1];
  return !prev || prev.paragraph !== s.paragraph;
}
