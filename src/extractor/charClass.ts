/**
 * Unicode character classes (`\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}`, `\p{M}`) read from the character
 * code where the answer is known without Unicode's tables: ASCII, Latin-1 (é, ñ, ö) and the
 * punctuation news text is full of (’ “ ” — …). Every other character is left to the pattern the
 * helper stands for, run on the same string, so each helper answers exactly as that pattern would.
 *
 * Why: a pattern with a Unicode property class costs V8 about 0.05–0.7 ms to compile, on its first
 * use in a process, and the first analysis after load ran some 25 of them (a quarter of all its
 * pattern compiling) although English text almost never holds a character they are needed for.
 */
import { lazyPattern } from './lazyPattern';

/** charKind's answers. */
export const OTHER = 0, UPPER = 1, LOWER = 2, LETTER = 3, NUMBER = 4, UNKNOWN = -1;

/**
 * The class of a UTF-16 code unit: UPPER (`\p{Lu}`), LOWER (`\p{Ll}`), LETTER (another `\p{L}`),
 * NUMBER (`\p{N}`), OTHER (none of these, nor a mark `\p{M}`), or UNKNOWN outside the ranges read here
 * (U+0000–U+00FF, U+2000–U+206F, U+20A0–U+20CF); a unit test checks every answer against the patterns.
 */
export function charKind(c: number): number {
  if (c < 128) {
    if (c >= 97) return c <= 122 ? LOWER : OTHER;
    if (c >= 65) return c <= 90 ? UPPER : OTHER;
    return c >= 48 && c <= 57 ? NUMBER : OTHER;
  }
  if (c < 0x100) {
    if (c >= 0xc0) return c === 0xd7 || c === 0xf7 ? OTHER : c < 0xdf ? UPPER : LOWER;
    if (c === 0xb5) return LOWER; // µ
    if (c === 0xaa || c === 0xba) return LETTER; // ª º
    return c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe) ? NUMBER : OTHER; // ² ³ ¹ ¼ ½ ¾
  }
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ? OTHER : UNKNOWN;
}

/** A letter class: UPPER, LOWER or LETTER. */
export function isLetterKind(k: number): boolean {
  return k === UPPER || k === LOWER || k === LETTER;
}

const STARTS_UPPER = lazyPattern(() => /^\p{Lu}/u);
/** `/^\p{Lu}/u.test(s)`. */
export function startsUpper(s: string): boolean {
  const k = s.length ? charKind(s.charCodeAt(0)) : OTHER;
  return k === UNKNOWN ? STARTS_UPPER().test(s) : k === UPPER;
}

const STARTS_LOWER = lazyPattern(() => /^\p{Ll}/u);
/** `/^\p{Ll}/u.test(s)`. */
export function startsLower(s: string): boolean {
  const k = s.length ? charKind(s.charCodeAt(0)) : OTHER;
  return k === UNKNOWN ? STARTS_LOWER().test(s) : k === LOWER;
}

const LETTER_IN = lazyPattern(() => /\p{L}/u);
/** `/\p{L}/u.test(s)`: a letter anywhere in `s`. */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = charKind(s.charCodeAt(i));
    if (k === UNKNOWN) return LETTER_IN().test(s);
    if (isLetterKind(k)) return true;
  }
  return false;
}

const LETTER_OR_NUMBER_IN = lazyPattern(() => /[\p{L}\p{N}]/u);
/** `/[\p{L}\p{N}]/u.test(s)`: a letter or a digit anywhere in `s`. */
export function hasLetterOrNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = charKind(s.charCodeAt(i));
    if (k === UNKNOWN) return LETTER_OR_NUMBER_IN().test(s);
    if (k !== OTHER) return true;
  }
  return false;
}

const ALL_UPPER = lazyPattern(() => /^\p{Lu}+$/u);
const ALL_UPPER_2 = lazyPattern(() => /^\p{Lu}{2,}$/u);
/** `/^\p{Lu}+$/u.test(s)`, or with `atLeastTwo` `/^\p{Lu}{2,}$/u.test(s)`. */
export function allUpper(s: string, atLeastTwo = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = charKind(s.charCodeAt(i));
    if (k === UNKNOWN) return (atLeastTwo ? ALL_UPPER_2() : ALL_UPPER()).test(s);
    if (k !== UPPER) return false;
  }
  return s.length >= (atLeastTwo ? 2 : 1);
}

const ALL_LOWER = lazyPattern(() => /^\p{Ll}+$/u);
/** `/^\p{Ll}+$/u.test(s)`. */
export function allLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = charKind(s.charCodeAt(i));
    if (k === UNKNOWN) return ALL_LOWER().test(s);
    if (k !== LOWER) return false;
  }
  return s.length > 0;
}

const CAPITALISED = lazyPattern(() => /^\p{Lu}\p{Ll}+$/u);
/** `/^\p{Lu}\p{Ll}+$/u.test(s)`: a capital, then lower-case letters only ("Smith"). */
export function isCapitalised(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = charKind(s.charCodeAt(i));
    if (k === UNKNOWN) return CAPITALISED().test(s);
    if (k !== (i === 0 ? UPPER : LOWER)) return false;
  }
  return s.length >= 2;
}

const MARKS = lazyPattern(() => /\p{M}/gu);
/**
 * `s.normalize('NFD').replace(/\p{M}/gu, '')`: the text without its accents. ASCII and the
 * punctuation from U+2002 to U+206F are their own NFD form and hold no mark, so a string of them
 * alone is returned as it is.
 */
export function withoutMarks(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 && !(c >= 0x2002 && c <= 0x206f)) return s.normalize('NFD').replace(MARKS(), '');
  }
  return s;
}

const STARTS_UPPER_OR_NUMBER = lazyPattern(() => /^[\p{Lu}\p{N}]/u);
/** `/^[\p{Lu}\p{N}]/u.test(s)`: a capital or a digit first. */
export function startsUpperOrNumber(s: string): boolean {
  const k = s.length ? charKind(s.charCodeAt(0)) : OTHER;
  return k === UNKNOWN ? STARTS_UPPER_OR_NUMBER().test(s) : k === UPPER || k === NUMBER;
}

/** `/\s/` of one code unit: white space and line terminators, as ECMAScript lists them. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const NOT_WORDS = lazyPattern(() => /[^\p{L}\p{N}' ]+/gu);
/** `s.replace(/[^\p{L}\p{N}' ]+/gu, ' ')`: each run of characters other than letters, digits, apostrophes and spaces made one space. */
export function wordsAndSpaces(s: string): string {
  let out = '', from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = charKind(c);
    if (k === UNKNOWN) return s.replace(NOT_WORDS(), ' ');
    if (k !== OTHER || c === 39 || c === 32) continue;
    out += s.slice(from, i) + ' ';
    let j = i + 1;
    for (; j < s.length; j++) {
      const d = s.charCodeAt(j), kj = charKind(d);
      if (kj === UNKNOWN) return s.replace(NOT_WORDS(), ' ');
      if (kj !== OTHER || d === 39 || d === 32) break;
    }
    from = j;
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const TITLE_CASED = lazyPattern(() => /(^|[-' ])(\p{L})/gu);
/** `s.replace(/(^|[-' ])(\p{L})/gu, …)` upper-casing the letter: each word's and each hyphenated part's first letter a capital. */
export function capitaliseWords(s: string): string {
  let out = '', from = 0;
  for (let i = 0; i < s.length; i++) {
    const k = charKind(s.charCodeAt(i));
    if (k === UNKNOWN) return s.replace(TITLE_CASED(), (_, a: string, b: string) => a + b.toUpperCase());
    if (!isLetterKind(k)) continue;
    const before = i === 0 ? -1 : s.charCodeAt(i - 1);
    if (i > 0 && before !== 45 && before !== 39 && before !== 32) continue;
    out += s.slice(from, i) + s[i].toUpperCase();
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const NAME_SHAPED = lazyPattern(() => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-’'][\p{Lu}\p{Ll}]\p{Ll}*)*$/u);
/**
 * `/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-’'][\p{Lu}\p{Ll}]\p{Ll}*)*$/u.test(s)`: a word shaped like a
 * name ("Sperling", "McConnell", "O'Rourke", "Ki-moon"). Read in one pass: no part of the pattern can
 * match a shorter run than the longest, so it never backtracks.
 */
export function isNameShaped(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) if (charKind(s.charCodeAt(i)) === UNKNOWN) return NAME_SHAPED().test(s);
  const kind = (i: number) => (i < n ? charKind(s.charCodeAt(i)) : OTHER);
  const lowersFrom = (i: number) => { while (kind(i) === LOWER) i++; return i; };
  if (kind(0) !== UPPER || kind(1) !== LOWER) return false;
  let i = lowersFrom(2);
  if (kind(i) === UPPER) {
    if (kind(i + 1) !== LOWER) return false;
    i = lowersFrom(i + 2);
  }
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 45 && c !== 39 && c !== 0x2019) return false;
    const k = kind(i + 1);
    if (k !== UPPER && k !== LOWER) return false;
    i = lowersFrom(i + 2);
  }
  return true;
}

const LOWER_WORD_AFTER_SPACE = lazyPattern(() => /^\s+([\p{Ll}-]+)/u);
/** `/^\s+([\p{Ll}-]+)/u.exec(s)?.[1] ?? null`: the lower-case word (hyphens in it) after the white space `s` opens with. */
export function lowerWordAfterSpace(s: string): string | null {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  if (i === 0) return null;
  const from = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i), k = charKind(c);
    if (k === UNKNOWN) return LOWER_WORD_AFTER_SPACE().exec(s)?.[1] ?? null;
    if (k !== LOWER && c !== 45) break;
  }
  return i > from ? s.slice(from, i) : null;
}

const LETTERS_BEFORE_COLON = lazyPattern(() => /(\p{L}+):\s*$/u);
/** `/(\p{L}+):\s*$/u.exec(s)?.[1] ?? null`: the word `s` ends with before a colon and white space ("she wrote:"). */
export function wordBeforeFinalColon(s: string): string | null {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  if (i === 0 || s.charCodeAt(i - 1) !== 58) return null;
  const colon = --i;
  for (; i > 0; i--) {
    const k = charKind(s.charCodeAt(i - 1));
    if (k === UNKNOWN) return LETTERS_BEFORE_COLON().exec(s)?.[1] ?? null;
    if (!isLetterKind(k)) break;
  }
  return i < colon ? s.slice(i, colon) : null;
}
