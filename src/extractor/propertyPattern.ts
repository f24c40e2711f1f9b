/**
 * A pattern with Unicode property classes (`\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}`), run as its Latin
 * twin on text whose every character charKind reads by code (ASCII, Latin-1, general punctuation):
 * the same source with each class written as the ranges it holds among those characters, which
 * answers the same there and needs no Unicode tables. Other text gets the pattern itself. Both are
 * made on first use (lazyPattern).
 *
 * Why: V8 builds a property class from ICU's tables each time it parses a pattern (when the pattern
 * is made, and again when it is compiled), and the first one in a process also sets ICU up: the five
 * such patterns the seed's analysis ran cost its run about 11 million instructions of the 290.
 * English news seldom holds a character outside those ranges, so the twin is what usually runs.
 *
 * Not for `g` or `y` patterns (two objects would keep two `lastIndex`), nor `i` or `v` ones (case
 * folding and set notation reach outside the ranges): those throw.
 */
import { charKind, UNKNOWN } from './charClass';
import { lazyPattern } from './lazyPattern';

/** What each class holds among the characters charKind reads (the unit test checks every one). */
const LATIN_RANGES: Readonly<Record<string, string>> = {
  Lu: 'A-Z\\xc0-\\xd6\\xd8-\\xde',
  Ll: 'a-z\\xb5\\xdf-\\xf6\\xf8-\\xff',
  L: 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
  N: '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe',
};

export interface PropertyPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** `new RegExp(source, flags)`, run as its Latin twin on text charKind reads whole. */
export function propertyPattern(source: string, flags: string): PropertyPattern {
  if (/[giyv]/.test(flags)) throw new Error(`propertyPattern: flag ${flags} is not supported`);
  const unicode = lazyPattern(() => new RegExp(source, flags));
  const latin = lazyPattern(() => new RegExp(latinTwin(source), flags));
  const forText = (text: string) => (readByCode(text) ? latin() : unicode());
  return {
    test: (text) => forText(text).test(text),
    exec: (text) => forText(text).exec(text),
  };
}

/** Every character of the text has a class charKind knows. */
function readByCode(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (charKind(text.charCodeAt(i)) === UNKNOWN) return false;
  return true;
}

/** The source with each `\p{…}` written as its ranges: bracketed outside a class, bare inside one. */
export function latinTwin(source: string): string {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const property = /^\\p\{(\w+)\}/.exec(source.slice(i, i + 8));
      if (property) {
        const ranges = LATIN_RANGES[property[1]];
        if (ranges === undefined) throw new Error(`propertyPattern: \\p{${property[1]}} is not supported`);
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
      } else if (source[i + 1] === 'P') {
        throw new Error('propertyPattern: \\P{…} is not supported');
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
