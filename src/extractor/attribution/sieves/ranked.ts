import { type Candidate, candidatesFor } from '../ranker/candidates';
import { score, threshold } from '../ranker/model';
import { mentionEnd, spanOf } from '../input';
import type { Sieve } from '../sieve';

/**
 * The last resort before the fallback: no cue was found, so the candidates the context puts forward
 * (the sentence's subject, a name after the quote, a resolved pronoun, the latest speaker, the subject of
 * the sentence before) are scored by a small logistic model trained on PolNeAR train
 * (scripts/train-ranker.mjs), and the best is named only when it is likely enough: a wrong speaker is
 * worse than none. Headline quotes are left to the headline sieves.
 */
export const ranked: Sieve = {
  name: 'ranked',
  apply(state, q) {
    const { input } = state;
    if (input.quotes[q].open.start < input.headlineEnd) return null;
    const candidates = candidatesFor(state, q);
    if (collector) {
      collector(q, candidates);
      return null;
    }
    let best: Candidate | null = null, bestScore = -1;
    for (const c of candidates) {
      const s = score(c);
      if (s > bestScore) { best = c; bestScore = s; }
    }
    if (!best || best.joint || bestScore < threshold(best)) return null;
    const t = best.token;
    const to = t >= 0 && input.personAt[t] >= 0 ? mentionEnd(input, t) : t;
    return { kind: 'speech', speaker: best.speaker, cue: t >= 0 ? spanOf(input, t, to) : null, method: 'context' };
  },
};

/** Training (scripts/train-ranker.mjs): told every quote's candidates, and the sieve then declines; null in normal use. */
let collector: ((quote: number, candidates: Candidate[]) => void) | null = null;
export function collectCandidates(fn: ((quote: number, candidates: Candidate[]) => void) | null): void {
  collector = fn;
}
