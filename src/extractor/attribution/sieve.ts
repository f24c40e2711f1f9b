import type { Salience } from '../salience';
import type { CueIndex } from './cueIndex';
import type { Attribution, AttributionInput } from './input';
import type { TextMarks } from './sieveGate';

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
  /** Where some marks lie in the text, for the quote facts (sieveGate.ts). */
  marks: TextMarks;
}

/**
 * One way of finding a quote's speaker, deterministic and small: it returns an attribution when its
 * evidence holds and null to let the next sieve try (CoreNLP's QuoteAttributionAnnotator design).
 */
export interface Sieve {
  name: string;
  apply(state: SieveState, q: number): Attribution | null;
  /**
   * The quote facts (sieveGate.ts) of which the sieve needs at least one to fire: where the quote has
   * none of them, `apply` would return null and is not called. Absent: always called.
   */
  needs?: number;
}

/**
 * What a quote's surroundings hold, read once per quote from a few characters around its marks: each
 * bit is a necessary condition of one sieve's answer (the sieve returns null wherever its bit is
 * clear), so `sift` can skip a sieve that cannot fire without calling it. Every quote of a long
 * article used to pay for each of the sieves before the one that decides it, and most of those look
 * for a word or a mark that is not there (on the bench's 1 MB article every quote is decided by the
 * sixteenth sieve). A bit may be set where its sieve then finds nothing: only a clear bit skips.
 */
export const HEADLINE = 1; // the quote opens before the header line's end (headline colon)
export const CONTINUED = 2; // a later paragraph of a quote that runs over paragraphs (paragraph continuation)
export const CLAIM_AFTER = 4; // white space, then one of the claim nouns' first two letters, after the closing mark (denied claim)
export const LABEL_AFTER = 8; // white space, then one of the labelled nouns' first letters, after the closing mark (labelled term)
export const PASSIVE_WORD = 16; // "branded", "called", "labelled", "labeled" or "as", a word of its own, before the opening mark (passive, no agent)
export const AGENT = 32; // "of", "as" or "for" and at most three lower-case words before the opening mark, or "by" after the closing one (passive agent)
export const ASKED_NEAR = 64; // "asked" in the 80 characters before the opening mark, or a question mark ending the quote (question)
export const DASH_AFTER = 128; // a dash after the closing mark, on its line or the next lines (dash signature)
export const MAY_BE_TERM = 256; // a marker's last word before the quote, a name around it, or words that may all be capitalised (terms)
export const POSSESSIVE_BEFORE = 512; // a possessive among the four words before the opening mark (saying noun)
export const FROM_NEAR = 1024; // "from" right after a word of the quote's clause before it, or right after the quote (saying noun from)
export const TRANSCRIPT_COLON = 2048; // a colon in the 64 characters before the opening mark, or a capital opening the quote with a colon in its first 60 (transcript)
export const LINE_SHORT = 4096; // the quote's sentence and its neighbours in the paragraph span at most 140 characters (line signature)
export const NAME_SIGNED = 8192; // spaces, then a name or capitalised words that a semicolon, a line break or the text's end may follow (name signature)
