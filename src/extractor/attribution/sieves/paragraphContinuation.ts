import { sameSpeakers } from '../competingVoice';
import { nearestCueOf } from '../cueIndex';
import { type Sieve, CONTINUED } from '../sieve';

/**
 * The second and later paragraphs of a quote that runs over paragraphs keep its speaker, unless a cue
 * of the paragraph's own sentence names someone else (a cue beats a continuation): “…,” Mr. Friedman
 * said after a paragraph whose quote only seems to run on (its closing mark mistyped), or a run nobody
 * was named for that its last paragraph signs (“…,” he said): the sentence's cue then decides.
 */
export const paragraphContinuation: Sieve = {
  name: 'paragraph continuation',
  needs: CONTINUED,
  apply({ input, cues, done }, q) {
    if (!input.quotes[q].continued || q === 0 || done[q - 1].kind !== 'speech') return null;
    const before = done[q - 1].speaker;
    const own = nearestCueOf(input, cues, q);
    if (own?.speaker && (!before || (own.subject.type === 'mention' && !sameSpeakers(own.speaker, before)))) return null;
    return { kind: 'speech', speaker: before, cue: null, method: 'continuation' };
  },
};
