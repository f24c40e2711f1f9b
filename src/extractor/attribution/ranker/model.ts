import shipped from './weights.json';
import { type Candidate, FEATURES } from './candidates';

/** One logistic model: a weight per feature, and a bias. */
export interface LogisticPart {
  weights: readonly number[];
  bias: number;
}

/**
 * The ranker as scripts/train-ranker.mjs writes it: one logistic model for whole-sentence quotes and one
 * for phrases, since what makes a phrase someone's (the verb it hangs on, its subject) is not what makes a
 * statement someone's (who opens the paragraph, who spoke last), and one set of weights cannot serve both.
 */
export interface RankerModel {
  features: readonly string[];
  statement: LogisticPart;
  phrase: LogisticPart;
  /**
   * Only a candidate scored at least this likely is named, one threshold for a whole-sentence quote and
   * one for a phrase: both chosen on PolNeAR train for precision (the script says how).
   */
  threshold: { statement: number; phrase: number };
}

let model: RankerModel = shipped;
let weights = inOrder(model);

/** Each part's weights in FEATURES order (a feature the file does not name weighs nothing). */
function inOrder(m: RankerModel): { statement: number[]; phrase: number[] } {
  const order = (part: LogisticPart) => FEATURES.map((f) => {
    const i = m.features.indexOf(f);
    return i >= 0 ? part.weights[i] : 0;
  });
  return { statement: order(m.statement), phrase: order(m.phrase) };
}

/** Training only (scripts/train-ranker.mjs tries thresholds on PolNeAR train): use `m` instead of the shipped file. */
export function useModel(m: RankerModel | null): void {
  model = m ?? shipped;
  weights = inOrder(model);
}

export function threshold(c: Candidate): number {
  return c.features.statement ? model.threshold.statement : model.threshold.phrase;
}

/** How likely the candidate is the quote's speaker, 0 to 1, by the model for its kind of quote. */
export function score(c: Candidate): number {
  const statement = !!c.features.statement;
  const w = statement ? weights.statement : weights.phrase;
  let z = statement ? model.statement.bias : model.phrase.bias;
  for (let i = 0; i < FEATURES.length; i++) z += w[i] * c.features[FEATURES[i]];
  return 1 / (1 + Math.exp(-z));
}
