import { type Candidate, candidatesFor } from '../ranker/candidates';
import { score, threshold } from '../ranker/model';
import { mentionEnd, spanOf } from '../input';
import type { Sieve, SieveState } from '../sieve';

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
    let best: Candidate | null = null, bestScore = -1, second: Candidate | null = null, secondScore = -1;
    for (const c of candidates) {
      const s = score(c);
      if (s > bestScore) { second = best; secondScore = bestScore; best = c; bestScore = s; } else if (s > secondScore) { second = c; secondScore = s; }
    }
    if (!best || best.joint || bestScore < threshold(best)) return null;
    if (!inOwnSentence(best) && !voicedJustBefore(state, q, best)) {
      // "…, one official said. ¶ “…”": the words are likelier the unnamed source's than anyone named before.
      if (best.features.unnamedCueBefore) return null;
      // "Tom Baker visited. Anna Price met him there. ¶ “…”": two subjects in reach, and nothing in the quote's sentence to tell them apart.
      if (second && isSubject(second) && secondScore >= RIVAL_SHARE * bestScore) return null;
    }
    const t = best.token;
    const to = t >= 0 && input.personAt[t] >= 0 ? mentionEnd(input, t) : t;
    return { kind: 'speech', speaker: best.speaker, cue: t >= 0 ? spanOf(input, t, to) : null, method: 'context' };
  },
};

/** A rival in reach scored at least a third of the best candidate's score leaves the reader unable to tell. */
const RIVAL_SHARE = 1 / 3;

/** The quote's own sentence puts the candidate forward (its subject, a name or pronoun signing the quote). */
function inOwnSentence(c: Candidate): boolean {
  const f = c.features;
  return !!(f.subjectFirst || f.subjectLater || f.namedAfter || f.rightAfterQuote);
}

/**
 * The candidate is named in the sentence right before the quote and that sentence reports words ("Ms Shaw
 * remembered how one colleague called all women “Betty”. ¶ “When I said …”"): the quote goes on with it.
 */
function voicedJustBefore(state: SieveState, q: number, c: Candidate): boolean {
  const before = state.input.quoteSentence[q] - 1;
  return !!(c.features.previousSentenceSubject || c.features.previousSentenceMention) && !!state.cues.bySentence.get(before)?.length;
}

/** The candidate is the subject of a sentence in reach. */
function isSubject(c: Candidate): boolean {
  const f = c.features;
  return !!(f.subjectFirst || f.previousSentenceSubject || f.earlierSentenceSubject);
}

/** Training (scripts/train-ranker.mjs): told every quote's candidates, and the sieve then declines; null in normal use. */
type Collector = (quote: number, candidates: Candidate[]) => void;
let collector: Collector | null = null;
export function collectCandidates(fn: Collector | null): void {
  collector = fn;
}
