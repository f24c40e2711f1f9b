import type { Sieve } from '../sieve';
import { isStatement, standsAlone } from './statement';
import { handOn } from '../competingVoice';
import { fromCue } from '../input';
import { quoteEnd } from '../../quotes';

/**
 * A whole-sentence quote with no cue of its own continues the latest speech quote of this or the
 * previous paragraph, when that one has a speaker and nobody else is put forward in between.
 */
export const statementContinuation: Sieve = {
  name: 'statement continuation',
  apply({ input, cues, done, lastSpeech }, q) {
    if (!(isStatement(input.quotes[q].text) || standsAlone(input, q)) || lastSpeech < 0) return null;
    if (input.quotes[lastSpeech].paragraph < input.quotes[q].paragraph - 1 || !done[lastSpeech].speaker) return null;
    const previous = input.quotes[lastSpeech];
    const next = handOn(input, cues, quoteEnd(previous), q, done[lastSpeech].speaker);
    if (next.to === 'cue') return fromCue(input, next.cue, 'adjacent');
    if (next.to === 'nobody') return null;
    return { kind: 'speech', speaker: done[lastSpeech].speaker, cue: null, method: 'continuation' };
  },
};
