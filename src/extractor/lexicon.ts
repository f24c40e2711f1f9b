import nlp from 'compromise';
import type { Gender } from './types';

/**
 * Word knowledge borrowed from compromise's lexicon (first names with their usual gender, common
 * words), read once; looking a word up here costs a map hit instead of a parse.
 */
interface LexiconLike {
  [word: string]: string | string[] | undefined;
}

let lexicon: LexiconLike | null = null;

function lex(): LexiconLike {
  if (!lexicon) lexicon = (nlp.world() as unknown as { model: { one: { lexicon: LexiconLike } } }).model.one.lexicon;
  return lexicon;
}

function tagsOf(word: string): string[] {
  const t = lex()[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** The gender compromise associates with a first name, if any. */
export function firstNameGender(word: string): Gender | null {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'unknown';
  return null;
}

export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== null;
}

/** A word compromise knows as something other than a name (will, may, brown, hands). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => /Name$|^Person|^Place|^Country|^City|^Organization/.test(t));
}
