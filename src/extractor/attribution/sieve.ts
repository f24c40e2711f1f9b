import type { Salience } from '../salience';
import type { CueIndex } from './cueIndex';
import type { Attribution, AttributionInput } from './input';

/** What every sieve may read: the input, its resolved cues, and the quotes attributed so far. */
export interface SieveState {
  input: AttributionInput;
  cues: CueIndex;
  /** Attributions of the quotes before the current one, in order. */
  done: Attribution[];
  /** Mentions and cue speakers, for pronouns that sieves resolve. */
  salience: Salience;
  /** Index of the latest speech quote before the current one, or -1. */
  lastSpeech: number;
}

/**
 * One way of finding a quote's speaker, deterministic and small: it returns an attribution when its
 * evidence holds and null to let the next sieve try (CoreNLP's QuoteAttributionAnnotator design).
 */
export interface Sieve {
  name: string;
  apply(state: SieveState, q: number): Attribution | null;
}
