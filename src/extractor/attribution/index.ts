import { findCues } from '../cues';
import type { Speaker } from '../salience';
import { recordAppositions } from './appositions';
import { indexCues } from './cueIndex';
import { resolveCues } from './cueResolution';
import { fromBody } from './headline';
import { type Attribution, type AttributionInput, UNATTRIBUTED } from './input';
import type { Sieve, SieveState } from './sieve';
import { quoteFacts, textMarks } from './sieveGate';
import { adjacentCue } from './sieves/adjacentCue';
import { colon } from './sieves/colon';
import { colonIntroduction } from './sieves/colonIntroduction';
import { dashSignature } from './sieves/dashSignature';
import { deniedClaim } from './sieves/deniedClaim';
import { fallback } from './sieves/fallback';
import { headlineColon } from './sieves/headlineColon';
import { introducedQuote } from './sieves/introducedQuote';
import { labelledTerm } from './sieves/labelledTerm';
import { leadIn } from './sieves/leadIn';
import { lineSignature } from './sieves/lineSignature';
import { nameSignature } from './sieves/nameSignature';
import { paragraphContinuation } from './sieves/paragraphContinuation';
import { passiveAgent } from './sieves/passiveAgent';
import { passiveUnattributed } from './sieves/passiveUnattributed';
import { question } from './sieves/question';
import { relayed } from './sieves/relayed';
import { ranked } from './sieves/ranked';
import { sayingNoun } from './sieves/sayingNoun';
import { sayingNounFrom } from './sieves/sayingNounFrom';
import { sentenceCue } from './sieves/sentenceCue';
import { sentenceSubject } from './sieves/sentenceSubject';
import { statementContinuation } from './sieves/statementContinuation';
import { statementAfterRelease, statementRelease } from './sieves/statementRelease';
import { terms } from './sieves/terms';
import { trailingCue } from './sieves/trailingCue';
import { voxPop } from './sieves/voxPop';
import { transcript } from './sieves/transcript';

export type { Attribution, AttributionInput, Speaker };

/**
 * The sieves, in the order they are tried: the first that finds its evidence decides the quote. The
 * most specific evidence comes first (a term marker, the quote's own paragraph run, a cue in its
 * own sentence), guesses from the neighbourhood last; the fallback always answers.
 */
export const SIEVES: readonly Sieve[] = [
  headlineColon,
  terms,
  deniedClaim,
  labelledTerm,
  transcript,
  paragraphContinuation,
  passiveAgent,
  passiveUnattributed,
  sayingNoun,
  sayingNounFrom,
  dashSignature,
  nameSignature,
  lineSignature,
  question,
  relayed,
  sentenceCue,
  trailingCue,
  colon,
  colonIntroduction,
  statementRelease,
  voxPop,
  adjacentCue,
  leadIn,
  statementAfterRelease,
  statementContinuation,
  sentenceSubject,
  ranked,
  introducedQuote,
  fallback,
];

/** Each quote's attribution, and how many quotes, from the first, were sifted before the budget ran out. */
export interface Attributions {
  readonly attributions: Attribution[];
  readonly reached: number;
}

/**
 * Who said each quote: cues are found and resolved once, then each quote goes through the sieves, in
 * text order. A quote's sieves read only the quotes before it, so when the budget runs out the quotes
 * reached have the speakers a run with no budget gives them (a headline's quote takes one from the
 * body's quotes reached), and the rest keep their marks with none.
 */
export function attributeQuotes(input: AttributionInput): Attributions {
  recordAppositions(input);
  const resolved = resolveCues(input, findCues(input));
  const state: SieveState = {
    input, cues: indexCues(input, resolved.cues), done: [], salience: resolved.salience, lastSpeech: -1, marks: textMarks(input.text),
  };
  let reached = 0;
  for (; reached < input.quotes.length && !input.budget.spent(reached, 64); reached++) {
    const a = sift(state, reached);
    state.done.push(a);
    if (a.kind === 'speech') state.lastSpeech = reached;
  }
  for (let q = reached; q < input.quotes.length; q++) state.done.push(UNATTRIBUTED);
  fromBody(input, state.done);
  return { attributions: state.done, reached };
}

/** Diagnostics: told which sieve decided each quote (scripts/attribution-errors.mjs); null in normal use. */
let tracer: ((quote: number, sieve: string) => void) | null = null;
export function traceSieves(fn: ((quote: number, sieve: string) => void) | null): void {
  tracer = fn;
}

/** Tests: whether sift skips the sieves a quote lacks the facts for (always, in normal use). */
let gated = true;
export function gateSieves(on: boolean): void {
  gated = on;
}

/** Each sieve's `needs`, in SIEVES' order (0 where it has none): read per sieve per quote. */
const NEEDS = Int32Array.from(SIEVES, (s) => s.needs ?? 0);

function sift(state: SieveState, q: number): Attribution {
  // The facts first: a sieve that needs one the quote lacks cannot fire, and is not called.
  const facts = gated ? quoteFacts(state.input, q, state.marks) : -1;
  // An index, not for-of: a short run reaches this loop before the optimiser does, and the iterator
  // then makes a result object per sieve per quote.
  for (let k = 0; k < SIEVES.length; k++) {
    const needs = NEEDS[k];
    if (needs !== 0 && (needs & facts) === 0) continue;
    const sieve = SIEVES[k];
    const found = sieve.apply(state, q);
    if (found) {
      if (tracer) tracer(q, sieve.name);
      return found;
    }
  }
  return UNATTRIBUTED; // not reached: the fallback always answers
}
