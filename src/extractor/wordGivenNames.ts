import type { Gender } from './types';
import { MOBY_EITHER_NAMES, MOBY_FEMALE_NAMES, MOBY_MALE_NAMES } from './mobyGivenNames';

/**
 * First names that compromise's lexicon knows only as English words (Frank, Gene, Al, Hope) or not at
 * all (Jeb, Mitt), with their usual gender. The people finder takes them as first names only where
 * the place in the sentence already says a person stands ("said Frank VanderSloot", "strategist Al
 * Cardenas", "Gene Sperling, a former adviser"), never alone: "Will Cruz win?" names nobody.
 */
const WORD_GIVEN_NAMES = new Map<string, Gender>([
  ['al', 'male'], ['bill', 'male'], ['bud', 'male'], ['chip', 'male'], ['cliff', 'male'], ['dean', 'male'], ['dick', 'male'],
  ['earl', 'male'], ['frank', 'male'], ['gene', 'male'], ['guy', 'male'], ['herb', 'male'], ['hunter', 'male'], ['jay', 'male'],
  ['max', 'male'], ['miles', 'male'], ['randy', 'male'], ['ray', 'male'], ['rex', 'male'], ['rich', 'male'], ['rod', 'male'],
  ['rush', 'male'], ['rusty', 'male'], ['sonny', 'male'], ['will', 'male'], ['woody', 'male'],
  ['dawn', 'female'], ['daisy', 'female'], ['faith', 'female'], ['holly', 'female'], ['hope', 'female'], ['jean', 'female'],
  ['joy', 'female'], ['lily', 'female'], ['pearl', 'female'], ['penny', 'female'], ['rose', 'female'], ['ruby', 'female'],
]);

/** First names the lexicon does not list at all, for their gender: "Jeb Bush … he said". */
const UNLISTED_GIVEN_NAMES = new Map<string, Gender>([
  ['jeb', 'male'], ['mitt', 'male'], ['newt', 'male'], ['rand', 'male'], ['reince', 'male'], ['rocky', 'male'], ['mason', 'male'],
  ['iris', 'female'], ['ivy', 'female'],
]);

/** A first name that is also an English word ("Frank", "Hope"), taken as a name only in a person's place. */
export function isWordGivenName(word: string): boolean {
  return WORD_GIVEN_NAMES.has(word.toLowerCase());
}

/**
 * First names of a general list (the Moby name lists, public domain) that the lexicon knows neither as
 * names nor as words ("Barnaby", "Algernon"); built on first use. Their gender is left unknown: with it, on
 * PolNeAR train, a "he" past a nearer person of unknown gender went to the farther, gendered one.
 */
let listedNames: Set<string> | null = null;
function generalList(): Set<string> {
  listedNames ??= new Set(`${MOBY_MALE_NAMES} ${MOBY_FEMALE_NAMES} ${MOBY_EITHER_NAMES}`.split(' '));
  return listedNames;
}

/** A first name the lexicon misses that a general list of first names holds ("Barnaby"); mentions.ts says where it starts a name. */
export function isGeneralListGivenName(word: string): boolean {
  return generalList().has(word.toLowerCase());
}

/** The usual gender of a first name the lexicon leaves out or knows only as a word; null if neither. */
export function supplementGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return WORD_GIVEN_NAMES.get(w) ?? UNLISTED_GIVEN_NAMES.get(w) ?? null;
}
