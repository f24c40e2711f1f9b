import type { Gender } from './types';
import { COMMON_WORDS, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, OTHER_FIRST_NAMES } from './lexiconWords.generated';

/**
 * Word knowledge taken from compromise's lexicon (first names with their usual gender, common words).
 * scripts/build-lexicon.mjs writes the lists at build time from the installed compromise, so the
 * extractor never loads compromise itself; the map is made on the first look-up (a few milliseconds).
 */
type WordKind = Gender | 'common';

let words: Map<string, WordKind> | null = null;

function kinds(): Map<string, WordKind> {
  if (words) return words;
  words = new Map();
  const lists: Array<[string, WordKind]> = [
    [MALE_FIRST_NAMES, 'male'], [FEMALE_FIRST_NAMES, 'female'], [OTHER_FIRST_NAMES, 'unknown'], [COMMON_WORDS, 'common'],
  ];
  for (const [list, kind] of lists) for (const w of list.split(' ')) if (w) words.set(w, kind);
  return words;
}

function kindOf(word: string): WordKind | undefined {
  return kinds().get(word.toLowerCase());
}

/** The gender compromise associates with a first name, if any. */
export function firstNameGender(word: string): Gender | null {
  const kind = kindOf(word);
  return kind === undefined || kind === 'common' ? null : kind;
}

export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== null;
}

/** A word compromise knows as something other than a name (will, may, brown, hands). */
export function isCommonWord(word: string): boolean {
  return kindOf(word) === 'common';
}
