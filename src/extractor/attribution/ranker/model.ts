import shipped from './weights.json';
import { type Candidate, FEATURES } from './candidates';

/** A logistic model over candidate features, as scripts/train-ranker.mjs writes it. */
export interface RankerModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /**
   * Only a candidate scored at least this likely is named, one threshold for a whole-sentence quote and
   * one for a phrase: both chosen on PolNeAR train for precision (the script says how).
   */
  threshold: { statement: number; phrase: number };
}

let model: RankerModel = shipped;
let weights = inOrder(model);

/** The weights in FEATURES order (a feature the file does not name weighs nothing). */
function inOrder(m: RankerModel): number[] {
  return FEATURES.map((f) => {
    const i = m.features.indexOf(f);
    return i >= 0 ? m.weights[i] : 0;
  });
}

/** Training only (scripts/train-ranker.mjs tries thresholds on PolNeAR train): use `m` instead of the shipped file. */
export function useModel(m: RankerModel | null): void {
  model = m ?? shipped;
  weights = inOrder(model);
}

export function threshold(c: Candidate): number {
  return c.features.statement ? model.threshold.statement : model.threshold.phrase;
}

/** How likely the candidate is the quote's speaker, 0 to 1. */
export function score(c: Candidate): number {
  let z = model.bias;
  for (let i = 0; i < FEATURES.length; i++) z += weights[i] * c.features[FEATURES[i]];
  return 1 / (1 + Math.exp(-z));
}
