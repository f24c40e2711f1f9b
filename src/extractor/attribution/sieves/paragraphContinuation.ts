import type { Sieve } from '../sieve';

/** The second and later paragraphs of a quote that runs over paragraphs keep its speaker. */
export const paragraphContinuation: Sieve = {
  name: 'paragraph continuation',
  apply({ input, done }, q) {
    if (!input.quotes[q].continued || q === 0 || done[q - 1].kind !== 'speech') return null;
    return { kind: 'speech', speaker: done[q - 1].speaker, cue: null, method: 'continuation' };
  },
};
