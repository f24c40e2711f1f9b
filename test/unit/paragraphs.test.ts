import * as assert from 'assert';
import fc from 'fast-check';
import { isBlank, splitParagraphs } from '../../src/extractor/paragraphs';

/** The splitter as a walk over every character: the definition the pattern-driven one must keep. */
function byCharacters(text: string) {
  const out: { index: number; start: number; end: number }[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    let s = lineStart, e = i;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return out;
}

describe('paragraphs: one per line', () => {
  it('splits at \\n, \\r, \\r\\n and the Unicode line and paragraph separators, skipping blank lines', () => {
    const text = ' One.\r\nTwo.\rThree.\u2028Four.\u2029\n\n \u00a0\nFive. \n';
    assert.deepStrictEqual(splitParagraphs(text).map((p) => text.slice(p.start, p.end)), ['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
    assert.deepStrictEqual(splitParagraphs(text).map((p) => p.index), [0, 1, 2, 3, 4]);
  });

  it('finds the paragraphs a walk over every character finds, whatever the text', () => {
    const pieces = ['a', 'B', ' ', '\t', '\n', '\r', '\r\n', '\n\r', '\u2028', '\u2029', '\u00a0', '\uFEFF', '\u200B', '“', '.'];
    const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), fc.string({ maxLength: 40 }));
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(splitParagraphs(t), byCharacters(t))), { numRuns: 3000 });
  });
});
