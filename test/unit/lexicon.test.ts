import * as assert from 'assert';
import nlp from 'compromise';
import { firstNameGender, isCommonWord, isFirstName, isPlaceName } from '../../src/extractor/lexicon';
import { COMPROMISE_VERSION } from '../../src/extractor/lexiconWords.generated';

type Lexicon = Record<string, string | string[]>;

/** What the extractor once asked of compromise's loaded lexicon, kept here as the reference. */
function reference(lexicon: Lexicon, word: string): { gender: string | null; common: boolean } {
  const own = Object.prototype.hasOwnProperty.call(lexicon, word.toLowerCase());
  const t = own ? lexicon[word.toLowerCase()] : undefined;
  const tags = t === undefined ? [] : Array.isArray(t) ? t : [t];
  const gender = tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : tags.includes('FirstName') ? 'unknown' : null;
  const common = tags.length > 0 && !tags.some((x) => /Name$|^Person|^Place|^Country|^City|^Organization/.test(x));
  return { gender, common };
}

describe('word lists generated from compromise (scripts/build-lexicon.mjs)', function () {
  this.timeout(20_000);
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

  it('come from the installed compromise', () => {
    assert.strictEqual(COMPROMISE_VERSION, (nlp as unknown as { version: string }).version);
  });

  it('answer every single word of compromise\'s lexicon as its lexicon does', () => {
    const words = Object.keys(lexicon).filter((w) => !/\s/.test(w));
    assert.ok(words.length > 15_000, `only ${words.length} words`);
    const wrong: string[] = [];
    for (const w of words) {
      for (const form of [w, w[0].toUpperCase() + w.slice(1)]) {
        const want = reference(lexicon, form);
        if (firstNameGender(form) !== want.gender || isCommonWord(form) !== want.common) wrong.push(form);
      }
    }
    assert.deepStrictEqual(wrong.slice(0, 10), []);
  });

  it('know first names with their gender and common words, and nothing else', () => {
    assert.deepStrictEqual(['Jeremy', 'Theresa', 'Keir', 'Will', 'Xyzzy'].map(firstNameGender), ['male', 'female', 'male', null, null]);
    assert.deepStrictEqual(['hands', 'brown', 'Constructor', 'toString', 'Corbyn'].map(isCommonWord), [true, true, false, false, false]);
    assert.strictEqual(isFirstName('Heidi'), true);
    assert.strictEqual(isFirstName('the'), false);
  });

  it('know cities, states and countries, of one word or several, and never a first name as one', () => {
    assert.deepStrictEqual([['Chicago'], ['San', 'Francisco'], ['south', 'carolina'], ['France']].map(isPlaceName), [true, true, true, true]);
    assert.deepStrictEqual([['Carolina'], ['Jeremy'], ['San'], ['Sun-Times']].map(isPlaceName), [false, false, false, false]);
    const places = Object.entries(lexicon).filter(([, t]) => [t].flat().some((x) => /^(?:City|Region|Country)$/.test(x))).map(([w]) => w.split(' '));
    assert.ok(places.length > 500, `only ${places.length} places`);
    assert.deepStrictEqual(places.filter((w) => !isPlaceName(w) || isFirstName(w[0]) && w.length === 1).slice(0, 10), []);
  });
});
