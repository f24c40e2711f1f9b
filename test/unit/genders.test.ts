import * as assert from 'assert';
import fc from 'fast-check';
import { recordedGender } from '../../src/extractor/kb/genders';

/** The honorific patterns recordedGender reads by character code, as they were written. */
const MALE = /^(?:the\s+)?(?:rt\.?\s+hon\.?\s+)?(?:sir|lord|baron|viscount|earl|mr)\b/i;
const FEMALE = /^(?:the\s+)?(?:rt\.?\s+hon\.?\s+)?(?:dame|lady|baroness|viscountess|countess|mrs|ms|miss)\b/i;

const PIECES = [
  'the', 'The', 'THE', 'rt', 'Rt', 'RT', '.', 'hon', 'Hon', 'sir', 'Sir', 'lord', 'Lord', 'baron', 'Baroness', 'earl', 'mr', 'Mr',
  'Mrs', 'ms', 'MS', 'Miss', 'dame', 'Lady', 'viscount', 'Viscountess', 'countess', ' ', '  ', '\t', '\u00a0', '\u2003', 'x', '_', '1',
  'ſ', 'K', 'é', '-', 'Jane', 'Smith',
];
const alias = fc.array(fc.constantFrom(...PIECES), { maxLength: 7 }).map((a) => a.join(''));

describe('genders: honorifics in a member\'s name forms', () => {
  it('reads the honorific of every name form as the patterns did', () => {
    fc.assert(fc.property(fc.array(alias, { maxLength: 3 }), (aliases) => {
      const byPattern = aliases.map((a) => (MALE.test(a) ? 'male' : FEMALE.test(a) ? 'female' : null)).find((g) => g !== null);
      // a given name no lexicon knows, so only the honorifics can decide
      const got = recordedGender({ given: 'Qzxv', family: 'Smith', aliases });
      assert.strictEqual(got, byPattern ?? 'unknown', JSON.stringify(aliases));
    }), { numRuns: 20000 });
  });

  it('knows knights, dames and peers, and not a word that only starts like a title', () => {
    const of = (a: string) => recordedGender({ given: 'Qzxv', family: 'Smith', aliases: [a] });
    assert.strictEqual(of('The Rt. Hon. Sir Qzxv Smith'), 'male');
    assert.strictEqual(of('Baroness Smith of Basildon'), 'female');
    assert.strictEqual(of('Baronet Smith'), 'unknown');
    assert.strictEqual(of('Rt Honourable Dame Qzxv Smith'), 'unknown');
  });
});
