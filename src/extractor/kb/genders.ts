/**
 * A member's sex where the records make it certain, so that a title of the other one ("Mr Morgan"
 * for Nicky Morgan) never links to them. The data has no gender field: it comes from a gendered
 * honorific among the member's own name forms ("Sir Lindsay Hoyle", "Baroness Bottomley of
 * Nettlestone", "Dame Margaret Hodge"), else from the lexicon's gender of the given name — except
 * for names MPs of both sexes have borne, or that the lexicon genders against a member's honorific
 * (Carol Mather, Jo Grimond, Lindsay Hoyle were knights or lords): there the answer is unknown.
 */
import type { Gender } from '../types';
import type { NameSource } from './nameForms';
import { firstNameGender } from '../lexicon';
import { isSpaceCode } from '../charClass';

/**
 * The honorifics that open a name form (after "the" and "Rt Hon", each optional), lower-case:
 * `/^(?:the\s+)?(?:rt\.?\s+hon\.?\s+)?(?:sir|lord|…|mr)\b/i` and its female twin, read by character
 * code (each pattern cost the first analysis about 0.2 ms to compile, for every member it made).
 */
const MALE_HONORIFICS = ['sir', 'lord', 'baron', 'viscount', 'earl', 'mr'];
const FEMALE_HONORIFICS = ['dame', 'lady', 'baroness', 'viscountess', 'countess', 'mrs', 'ms', 'miss'];

/** Given names the lexicon genders, but not with certainty for members of the Commons. */
const EITHER = new Set([
  'alex', 'ashley', 'carol', 'chris', 'hilary', 'jackie', 'jan', 'jean', 'jesse', 'jo', 'jocelyn', 'kerry', 'kim',
  'laurie', 'lee', 'leigh', 'lesley', 'leslie', 'lindsay', 'lyn', 'pat', 'robin', 'sam', 'sandy', 'terry', 'val', 'vivian',
]);

export function recordedGender(p: NameSource): Gender {
  for (const alias of p.aliases) {
    const at = honorificStart(alias);
    if (MALE_HONORIFICS.some((h) => isWordAt(alias, at, h))) return 'male';
    if (FEMALE_HONORIFICS.some((h) => isWordAt(alias, at, h))) return 'female';
  }
  const given = p.given.toLowerCase().split(/[\s-]/)[0];
  if (!given || EITHER.has(given)) return 'unknown';
  return firstNameGender(given) ?? 'unknown';
}

/** Where the honorific of a name form would start: past "the " and "Rt Hon " (a stop after each allowed), each optional. */
function honorificStart(s: string): number {
  let at = 0;
  const the = wordEnd(s, at, 'the', false);
  if (the > at) at = the;
  const rt = wordEnd(s, at, 'rt', true);
  if (rt > at) {
    const hon = wordEnd(s, rt, 'hon', true);
    if (hon > rt) at = hon;
  }
  return at;
}

/**
 * The end of `word` at `at` (ASCII letters in any case), a full stop after it if `dot`, then white
 * space, which there must be; `at` where they are not.
 */
function wordEnd(s: string, at: number, word: string, dot: boolean): number {
  if (!startsWithAt(s, at, word)) return at;
  let i = at + word.length;
  if (dot && s.charCodeAt(i) === 46) i++;
  const spaced = i;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i > spaced ? i : at;
}

/** `word` (lower-case ASCII) at `at` in any case, then a word boundary (`\b`: no letter, digit or underscore next). */
function isWordAt(s: string, at: number, word: string): boolean {
  if (!startsWithAt(s, at, word)) return false;
  const c = s.charCodeAt(at + word.length);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/** Whether `word` (lower-case ASCII letters) stands at `at`, its case aside, as the patterns' `i` flag read it. */
function startsWithAt(s: string, at: number, word: string): boolean {
  if (at + word.length > s.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = s.charCodeAt(at + i);
    if (c !== word.charCodeAt(i) && c !== word.charCodeAt(i) - 32) return false;
  }
  return true;
}
