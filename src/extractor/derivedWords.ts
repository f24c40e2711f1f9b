import { isCommonWord, isFirstName } from './lexicon';
import { isGeneralListGivenName } from './wordGivenNames';

/**
 * "Hacker Guccifer", "Central Asian": a capitalised word that no list of first names holds but that is
 * an English word made from another ("hack" + er, "centre" + al) describes what follows it (a job, a
 * region, a nationality); it is no one's first name. The lexicon lists base words, not every
 * derivation, so the suffix is taken off and the base looked up, with the usual spelling changes
 * (a dropped e, a doubled consonant, y to i, "centre" to "centr-").
 */
const SUFFIX = /^(.{3,}?)(?:er|or|ist|ian|an|al|ese|ic|ish|ern)$/;

export function isDerivedWord(word: string): boolean {
  const m = SUFFIX.exec(word.toLowerCase());
  if (!m) return false;
  const s = m[1];
  return baseIsWord(s) || isCommonWord(s.replace(/r$/, 'er')) || isCommonWord(`${s}y`) || isCommonWord(`${s}a`);
}

/**
 * "Endorsed", "Hears", "Wins": an English verb inflected (-ed, -s, -ing) from a word the lexicon lists.
 * After a title in a title-case headline ("Senator Endorsed Trump") it is the headline's verb, not a name.
 */
const INFLECTION = /^(.{2,}?)(?:ed|d|es|s|ing)$/;

export function isInflectedWord(word: string): boolean {
  const m = INFLECTION.exec(word.toLowerCase());
  if (!m) return false;
  return baseIsWord(m[1]);
}

/**
 * "Repeatedly", "Typically", "Reportedly", "Finally": an adverb made with -ly from an English word (repeated,
 * typical, reported, final; happy, simple), or listed as a word; "Italy", "Kelly" and "Daly" are made from none.
 */
export function isLyAdverb(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length <= 5 || !w.endsWith('ly')) return false;
  const stem = w.slice(0, -2);
  return isCommonWord(w) || isCommonWord(stem) || (stem.endsWith('i') && isCommonWord(`${stem.slice(0, -1)}y`)) || isCommonWord(`${stem}le`);
}

/** The stem left by a suffix is a listed word, as written or with the usual spelling changes (a dropped e, a doubled consonant, y to i). */
function baseIsWord(s: string): boolean {
  return isCommonWord(s) || isCommonWord(`${s}e`) || isCommonWord(s.replace(/(.)\1$/, '$1')) || isCommonWord(s.replace(/i$/, 'y'));
}

/** "Hacker", "Leaker", "Blogger": a derived word for someone who does something (-er, -or, -ist), not an adjective ("European"). */
export function isAgentNoun(word: string): boolean {
  return /(?:er|or|ist)$/i.test(word) && isDerivedWord(word);
}

/** A derived word ("Hacker", "Central") that no list of first names holds ("Parker", "Sander" are held): a description, not a first name. */
export function describesNotNames(word: string): boolean {
  return !isFirstName(word) && !isGeneralListGivenName(word) && isDerivedWord(word);
}
