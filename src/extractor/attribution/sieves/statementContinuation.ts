import type { Sieve } from '../sieve';
import { isStatement } from './statement';

/**
 * A whole-sentence quote with no cue of its own continues the latest speech quote of this or the
 * previous paragraph, when that one has a speaker.
 */
export const statementContinuation: Sieve = {
  name: 'statement continuation',
  apply({ input, done, lastSpeech }, q) {
    if (!isStatement(input.quotes[q].text) || lastSpeech < 0) return null;
    if (input.quotes[lastSpeech].paragraph < input.quotes[q].paragraph - 1 || !done[lastSpeech].speaker) return null;
    return { kind: 'speech', speaker: done[lastSpeech].speaker, cue: null, method: 'continuation' };
  },
};
