import * as assert from 'assert';
import fc from 'fast-check';
import { tokenize } from '../../src/extractor/tokens';

/**
 * The tokenizer walks ASCII by character codes and hands anything above ASCII to Unicode patterns;
 * its words must be exactly those of the one pattern it stands for.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const wordsOf = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const spansOf = (text: string) => tokenize(text).map((t) => [t.start, t.end]);

/** Pieces where the fast path and the patterns part ways: apostrophes, hyphens, marks, digits, surrogates. */
const PIECES = [
  'a', 'Z', '9', "'", '’', '-', ' ', 'é', '\u0301', '\u{1D400}', '\uD800', '\uDC00', 'O', 's', 'S', '’s', "'s", '٣', 'Ж',
  '.', '—', '“', '\u00a0', 'ǅ', 'ß', '_', '`', '@', '[', '{', '/', ':',
];

describe('tokens: the words of the text', () => {
  it('finds the words, with inner apostrophes and hyphens, and the gap before each', () => {
    const tokens = tokenize('“Rees-Mogg’s O\'Brien,” said - don\'t - MPs\' 4-0 café.');
    assert.deepStrictEqual(tokens.map((t) => t.text), ['Rees-Mogg’s', "O'Brien", 'said', "don't", 'MPs', '4-0', 'café']);
    assert.deepStrictEqual(tokens.map((t) => t.gap), ['“', ' ', ',” ', ' - ', ' - ', "' ", ' ']);
    assert.deepStrictEqual(tokens.map((t) => t.possessive), [true, false, false, false, true, false, false]);
    assert.deepStrictEqual(tokens.map((t) => t.norm), ['rees-mogg', "o'brien", 'said', "don't", 'mps', '4-0', 'café']);
  });

  it('a word written twice shares its strings, and each keeps its own offsets', () => {
    const [a, , b] = tokenize('Labour and Labour');
    assert.strictEqual(a.text, b.text);
    assert.deepStrictEqual([a.start, a.end, b.start, b.end], [0, 6, 11, 17]);
  });

  it('past thousands of distinct words, each written again still shares its strings, norm and flags', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `W${i.toString(36)}x`);
    const text = [...words, ...words.map((w) => `${w}'s`), ...words, 'MPs\' vote, MPs vote'].join(', ');
    const tokens = tokenize(text);
    assert.strictEqual(tokens.length, 9000 + 4);
    for (let i = 0; i < 3000; i++) {
      const [a, p, b] = [tokens[i], tokens[3000 + i], tokens[6000 + i]];
      assert.strictEqual(a.text, words[i]);
      assert.strictEqual(b.text, a.text);
      assert.strictEqual(b.norm, words[i].toLowerCase());
      assert.deepStrictEqual([a.cap, a.possessive, p.possessive, p.norm, p.text], [true, false, true, a.norm, `${words[i]}'s`]);
      assert.strictEqual(b.gap, ', ');
    }
    assert.deepStrictEqual(tokens.slice(9000).map((t) => [t.text, t.possessive]), [['MPs', true], ['vote', false], ['MPs', false], ['vote', false]]);
  });

  it('finds exactly the words of its pattern, whatever the characters', () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
    );
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(spansOf(t), wordsOf(t))), { numRuns: 3000 });
  });
});
