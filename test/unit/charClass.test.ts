import * as assert from 'assert';
import fc from 'fast-check';
import {
  allLower, allUpper, capitaliseWords, charKind, hasLetter, hasLetterOrNumber, isCapitalised, isNameShaped, isSpaceCode,
  lowerWordAfterSpace, startsLower, startsUpper, startsUpperOrNumber, withoutMarks, wordBeforeFinalColon, wordsAndSpaces,
  LETTER, LOWER, NUMBER, OTHER, UNKNOWN, UPPER,
} from '../../src/extractor/charClass';
import { hasFirstPersonWord } from '../../src/extractor/attribution/ranker/candidates';
import { closesCue } from '../../src/extractor/attribution/antecedent';

/** The class each code unit has by Unicode's tables, as the patterns read them. */
function kindByPattern(ch: string): number {
  if (/\p{Lu}/u.test(ch)) return UPPER;
  if (/\p{Ll}/u.test(ch)) return LOWER;
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{N}/u.test(ch)) return NUMBER;
  return /\p{M}/u.test(ch) ? -2 : OTHER;
}

/** Characters on both sides of the ranges read by code, marks and surrogates among them. */
const PIECES = [
  'a', 'Z', '9', '0', "'", '’', '-', ' ', '@', 'é', 'É', 'ß', 'ÿ', '×', '÷', 'ª', 'µ', '²', '½', '\u00a0', '\u0301', 'Ł', 'ł', 'ǅ',
  '\u{1D400}', '\uD800', '\uDC00', 'Ж', 'ж', '٣', '—', '“', '”', '…', '€', '\u2000', '\u2001', '\u2070', 'ⁱ', 'K', '.', '_',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join(''));
/** Words and pieces of the shapes the longer scanners read: names, cues, first-person words. */
const WORDS = [
  ...PIECES, 'Mc', 'Connell', "O'", 'Rourke', 'Ki-moon', 'he', 'flatly', 'denied', 'said', 'ly', 'I', "I'm", 'we', 'We',
  'my', 'OUR', 'me', 'us', 'uſ', 'mé', 'wrote', ':', ': ', ',', '.', '”', '\t', '\n', ' ', ' ', 'x',
];
const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((a) => a.join(''));

describe('charClass: Unicode classes read from character codes', () => {
  it('knows the class of every code unit it answers for, as Unicode has it', () => {
    let known = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const k = charKind(c);
      if (k === UNKNOWN) continue;
      known++;
      assert.strictEqual(k, kindByPattern(String.fromCharCode(c)), `U+${c.toString(16)}`);
    }
    assert.ok(known >= 256 + 112 + 48, `${known} code units known`);
  });

  it('answers every helper as the pattern it stands for', () => {
    fc.assert(fc.property(text, (s) => {
      assert.strictEqual(startsUpper(s), /^\p{Lu}/u.test(s), 'startsUpper');
      assert.strictEqual(startsLower(s), /^\p{Ll}/u.test(s), 'startsLower');
      assert.strictEqual(hasLetter(s), /\p{L}/u.test(s), 'hasLetter');
      assert.strictEqual(hasLetterOrNumber(s), /[\p{L}\p{N}]/u.test(s), 'hasLetterOrNumber');
      assert.strictEqual(allUpper(s), /^\p{Lu}+$/u.test(s), 'allUpper');
      assert.strictEqual(allUpper(s, true), /^\p{Lu}{2,}$/u.test(s), 'allUpper, two or more');
      assert.strictEqual(allLower(s), /^\p{Ll}+$/u.test(s), 'allLower');
      assert.strictEqual(isCapitalised(s), /^\p{Lu}\p{Ll}+$/u.test(s), 'isCapitalised');
      assert.strictEqual(withoutMarks(s), s.normalize('NFD').replace(/\p{M}/gu, ''), 'withoutMarks');
      assert.strictEqual(startsUpperOrNumber(s), /^[\p{Lu}\p{N}]/u.test(s), 'startsUpperOrNumber');
      assert.strictEqual(wordsAndSpaces(s), s.replace(/[^\p{L}\p{N}' ]+/gu, ' '), 'wordsAndSpaces');
      assert.strictEqual(capitaliseWords(s), s.replace(/(^|[-' ])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()), 'capitaliseWords');
    }), { numRuns: 5000 });
  });

  it('reads names, cue endings and first-person words as their patterns do', () => {
    fc.assert(fc.property(phrase, (s) => {
      assert.strictEqual(isNameShaped(s), /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-’'][\p{Lu}\p{Ll}]\p{Ll}*)*$/u.test(s), 'isNameShaped');
      assert.strictEqual(lowerWordAfterSpace(s), /^\s+([\p{Ll}-]+)/u.exec(s)?.[1] ?? null, 'lowerWordAfterSpace');
      assert.strictEqual(wordBeforeFinalColon(s), /(\p{L}+):\s*$/u.exec(s)?.[1] ?? null, 'wordBeforeFinalColon');
      assert.strictEqual(closesCue(s), /^\p{L}+\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s*(?:[.,;:!?”"’]|$)/u.test(s), 'closesCue');
      const firstPerson = /(?:^|[^\p{L}])(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'll|my|our|me|us)(?=$|[^\p{L}])/iu;
      assert.strictEqual(hasFirstPersonWord(s), firstPerson.test(s), 'hasFirstPersonWord');
    }), { numRuns: 20000 });
    assert.strictEqual(isNameShaped('McConnell'), true);
    assert.strictEqual(closesCue('he flatly denied.'), true);
    assert.strictEqual(hasFirstPersonWord('So I’m told'), true);
  });

  it('tells white space as /\\s/ does, for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('reads the words of English news without a Unicode pattern', () => {
    assert.strictEqual(startsUpper('Émile'), true);
    assert.strictEqual(isCapitalised('Sánchez'), true);
    assert.strictEqual(allUpper('NHS’'), false);
    assert.strictEqual(withoutMarks('“Brexit” — now'), '“Brexit” — now');
    assert.strictEqual(withoutMarks('Sánchez'), 'Sanchez');
    assert.strictEqual(capitaliseWords("o'brien-smith ßa"), "O'Brien-Smith SSa");
    assert.strictEqual(wordsAndSpaces('“no”, he said…'), ' no  he said ');
  });
});
