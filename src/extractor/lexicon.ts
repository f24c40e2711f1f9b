import type { Gender } from './types';
import { COMMON_WORDS, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, OTHER_FIRST_NAMES, PLACE_NAMES } from './lexiconWords.generated';

/**
 * Word knowledge taken from compromise's lexicon (first names with their usual gender, common words).
 * scripts/build-lexicon.mjs writes the lists at build time from the installed compromise, so the
 * extractor never loads compromise itself. Each list is one sorted string, searched in place
 * (binary search, no words split out): a start pays nothing for the 15,000 words it never asks
 * about, and each word an article asks about is remembered.
 */
type WordKind = Gender | 'common';

/** Searched in this order; the first list holding the word gives its kind. */
const LISTS: ReadonlyArray<readonly [string, WordKind]> = [
  [COMMON_WORDS, 'common'], [OTHER_FIRST_NAMES, 'unknown'], [FEMALE_FIRST_NAMES, 'female'], [MALE_FIRST_NAMES, 'male'],
];

/** Words already looked up (lower case), with their kind or null; forgotten when it grows large. */
const known = new Map<string, WordKind | null>();
const KNOWN_MAX = 50_000;

/**
 * The same, by the word as written ("Baines", "He"): an article asks again and again about the few
 * hundred capitalised words it repeats, and each answer found here costs no lower-cased copy.
 */
const knownAsWritten = new Map<string, WordKind | null>();

function kindOf(word: string): WordKind | undefined {
  let kind = knownAsWritten.get(word);
  if (kind === undefined) {
    kind = lowerCaseKind(word.toLowerCase());
    if (knownAsWritten.size >= KNOWN_MAX) knownAsWritten.clear();
    knownAsWritten.set(word, kind);
  }
  return kind ?? undefined;
}

function lowerCaseKind(w: string): WordKind | null {
  let kind = known.get(w);
  if (kind === undefined) {
    kind = null;
    for (let l = 0; l < LISTS.length; l++) if (inSortedList(LISTS[l][0], w)) { kind = LISTS[l][1]; break; } // by index: no iterator while cold
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(w, kind);
  }
  return kind;
}

/** Whether `word` is one of the space-separated words of `list`, sorted by UTF-16 code units. */
export function inSortedList(list: string, word: string): boolean {
  // [lo, hi) always holds whole words: lo is a word's start, hi a separator or the end.
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The word holding mid starts after the space before it: one native search, not a charCodeAt a letter.
    const start = mid > lo ? Math.max(lo, list.lastIndexOf(' ', mid - 1) + 1) : lo;
    let end = list.indexOf(' ', start);
    if (end === -1 || end > hi) end = hi;
    const order = compareAt(list, start, end, word);
    if (order === 0) return end > start;
    if (order < 0) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}

/** list[start, end) against word, as `<` orders strings. */
function compareAt(list: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let i = 0; i < n; i++) {
    const d = list.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - word.length;
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

/**
 * Whether the words (one or more, any case) are a city, a state or region, or a country in compromise's
 * lexicon: "Chicago", "San Francisco", "South Carolina". Some are first names or surnames too
 * ("Georgia", "Washington"): the caller asks where only a place fits.
 */
export function isPlaceName(words: readonly string[]): boolean {
  return inSortedList(PLACE_NAMES, words.join('_').toLowerCase());
}
