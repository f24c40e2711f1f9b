import * as assert from 'assert';
import fc from 'fast-check';
import { charKind, UNKNOWN } from '../../src/extractor/charClass';
import { latinTwin, propertyPattern } from '../../src/extractor/propertyPattern';

/** The patterns the extractor runs through propertyPattern (antecedent, passive sieves, surnameLinkEvidence), and a few shapes more. */
const SOURCES = [
  String.raw`^\p{L}+\s+(?:replied|answered|responded|retorted)\b`,
  String.raw`\s+(?:of|as|for)\s+(?:\p{Ll}+\s+){0,3}$`,
  String.raw`\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:branded|described\s+as|called|labelled)\s*$`,
  String.raw`^\s*,?\s*(?:(?:of|from)\s+the\s+(?!\p{Ll}+ing\b)|(?:of|from|at)\s+(?:the\s+)?(?=\p{Lu}))([^,.;:!?"“”()]{2,70})`,
  String.raw`[^\p{L}\p{N}' ]+`,
  String.raw`(\p{Lu}[\p{L}'’\]-]+)\[\p{N}?\\`,
];

/** Letters, digits, marks and punctuation on both sides of what charKind reads, and the words the patterns look for. */
const PIECES = [
  'a', 'Z', '9', "'", '’', '-', ' ', '\t', '\n', ',', '"', '“', '”', '[', ']', '\\', 'é', 'É', 'ß', 'ÿ', '×', '÷', 'ª', 'µ', '²', '½',
  '\u00a0', '\u0301', 'Ł', 'ł', 'ǅ', '\u{1D400}', 'Ж', 'ж', '٣', '—', '…', '€', '\u2070', 'ⁱ', 'K', '_',
  'he', 'replied', 'answered', 'of', 'from', 'the', 'at', 'as', 'for', 'was', 'being', 'flatly', 'branded', 'described',
  'filling', 'Ramblers', 'Tesco', 'Łódź',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((a) => a.join(''));

describe('propertyPattern: Unicode property patterns without Unicode tables on Latin text', () => {
  it('writes each class as exactly what it holds among the characters charKind reads, in a class or not', () => {
    for (const name of ['Lu', 'Ll', 'L', 'N']) {
      const unicode = new RegExp(String.raw`^\p{${name}}$`, 'u'), inClass = new RegExp(String.raw`^[\p{${name}}_]$`, 'u');
      const latin = new RegExp(latinTwin(unicode.source), 'u'), latinInClass = new RegExp(latinTwin(inClass.source), 'u');
      for (let c = 0; c <= 0xffff; c++) {
        if (charKind(c) === UNKNOWN) continue;
        const ch = String.fromCharCode(c);
        assert.strictEqual(latin.test(ch), unicode.test(ch), `\\p{${name}} U+${c.toString(16)}`);
        assert.strictEqual(latinInClass.test(ch), inClass.test(ch), `[\\p{${name}}_] U+${c.toString(16)}`);
      }
    }
  });

  it('finds what the pattern finds, on any text', () => {
    const patterns = SOURCES.map((s) => [propertyPattern(s, 'u'), new RegExp(s, 'u')] as const);
    fc.assert(fc.property(text, (s) => {
      for (const [twin, unicode] of patterns) {
        const a = twin.exec(s), b = unicode.exec(s);
        assert.deepStrictEqual(a && [...a, a.index], b && [...b, b.index], `${unicode} on ${JSON.stringify(s)}`);
        assert.strictEqual(twin.test(s), unicode.test(s));
      }
    }), { numRuns: 20000 });
  });

  it('leaves escapes alone and rejects what it cannot twin', () => {
    assert.strictEqual(latinTwin(String.raw`\p{Lu}\\p{Ll}[\]\p{N}]`), String.raw`[A-Z\xc0-\xd6\xd8-\xde]\\p{Ll}[\]0-9\xb2\xb3\xb9\xbc-\xbe]`);
    assert.throws(() => latinTwin(String.raw`\p{M}`), /\\p\{M\} is not supported/);
    assert.throws(() => latinTwin(String.raw`\P{L}`), /not supported/);
    assert.throws(() => propertyPattern(String.raw`\p{L}`, 'gu'), /flag gu/);
    assert.throws(() => propertyPattern(String.raw`\p{L}`, 'iu'), /flag iu/);
  });
});
