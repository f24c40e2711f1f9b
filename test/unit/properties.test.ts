import * as assert from 'assert';
import fc from 'fast-check';
import { splitParagraphs } from '../../src/extractor/paragraphs';
import { scanQuotes } from '../../src/extractor/quotes';
import { splitSentences } from '../../src/extractor/sentences';
import { tokenize } from '../../src/extractor/tokens';
import { analyze } from '../../src/extractor/analyze';
import type { Analysis } from '../../src/extractor/types';
import { editDistance, oneEditApart } from '../../src/extractor/entities';
import { endsWithTermMarker, isNameLike } from '../../src/extractor/attribution/sieves/terms';
import { Salience, type Salient } from '../../src/extractor/salience';

/** Text made of the characters that matter most here: marks, apostrophes, names, line ends, odd Unicode. */
const PIECES = [
  '“', '”', '‘', '’', '"', "'", ' ', ' ', '\n', '\n\n', '\r\n', '.', ',', ':', '—', 'said', 'he', 'she', 'Mr', 'Corbyn',
  'Jeremy Corbyn', 'Heidi Allen', 'Momentum', 'the Labour leader', 'don’t', "MPs'", "'90s", 'O’Brien', 'Eagle', 'Ms',
  '\u0000', '\uD83D\uDE00', '\uD800', '\uDFFF', 'مرحبا', '\u200F', '\uFEFF', ' date 2019-02-21 ', 'said Dominic Grieve',
];
const articleLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(articleLike, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

const PARAMS = { numRuns: 300, interruptAfterTimeLimit: 20_000 };

function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1), after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function offsetsOf(a: Analysis): Array<{ start: number; end: number; text?: string }> {
  const out: Array<{ start: number; end: number; text?: string }> = [];
  for (const q of a.quotes) {
    out.push(q, q.open);
    if (q.close) out.push(q.close);
    if (q.cue) out.push(q.cue);
  }
  for (const p of a.people) out.push(...p.mentions);
  for (const o of a.organisations) out.push(...o.mentions);
  return out;
}

describe('properties of the extractor on any string', () => {
  it('never throws, keeps offsets inside the text and on code-point boundaries, texts equal to their spans', () => {
    fc.assert(fc.property(anyText, (text) => {
      const a = analyze(text);
      for (const s of offsetsOf(a)) {
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `bad span ${s.start}-${s.end}`);
        assert.ok(!splitsSurrogate(text, s.start) && !splitsSurrogate(text, s.end), 'span splits a surrogate pair');
        if (s.text !== undefined) assert.strictEqual(text.slice(s.start, s.end), s.text);
      }
    }), PARAMS);
  });

  it('gives quotes in order, never overlapping', () => {
    fc.assert(fc.property(anyText, (text) => {
      const { quotes } = scanQuotes(text, splitParagraphs(text));
      for (let i = 1; i < quotes.length; i++) {
        const prevEnd = quotes[i - 1].close ? quotes[i - 1].close!.end : quotes[i - 1].end;
        assert.ok(quotes[i].open.start >= prevEnd, 'quotes overlap or are out of order');
      }
    }), PARAMS);
  });

  it('finds the same things with CRLF and LF line ends, at the matching offsets', () => {
    fc.assert(fc.property(articleLike, (raw) => {
      const lf = raw.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      const toLf = (offset: number) => offset - (crlf.slice(0, offset).match(/\r/g)?.length ?? 0);
      const a = analyze(lf), b = analyze(crlf);
      assert.deepStrictEqual(b.quotes.map((q) => [toLf(q.start), toLf(q.end), q.kind, q.speaker?.name]), a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name]));
      assert.deepStrictEqual(b.people.map((p) => [p.name, p.mentions.map((m) => toLf(m.start))]), a.people.map((p) => [p.name, p.mentions.map((m) => m.start)]));
    }), PARAMS);
  });

  it('changes nothing but the offsets (by one) for a byte-order mark at the start', () => {
    fc.assert(fc.property(articleLike, (text) => {
      fc.pre(!text.startsWith('\uFEFF'));
      const a = analyze(text), b = analyze(`\uFEFF${text}`);
      assert.deepStrictEqual(b.quotes.map((q) => [q.start - 1, q.end - 1, q.kind, q.speaker?.name]), a.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name]));
      assert.deepStrictEqual(b.people.map((p) => [p.name, p.mentions.map((m) => m.start - 1)]), a.people.map((p) => [p.name, p.mentions.map((m) => m.start)]));
      assert.strictEqual(b.date, a.date);
    }), PARAMS);
  });

  it('reads a colon label at the very start the same after a byte-order mark (a case the property above found)', () => {
    const kinds = (text: string) => analyze(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null]);
    assert.deepStrictEqual(kinds('\uFEFFO’Brien:“We will see.”'), kinds('O’Brien:“We will see.”'));
  });

  it('keeps sentences and tokens inside the text and in order', () => {
    fc.assert(fc.property(anyText, (text) => {
      const paragraphs = splitParagraphs(text);
      const sentences = splitSentences(text, paragraphs, scanQuotes(text, paragraphs).quotes);
      let last = 0;
      for (const s of sentences) {
        assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
        last = s.end;
      }
      for (const t of tokenize(text)) assert.strictEqual(text.slice(t.start, t.end), t.text);
    }), PARAMS);
  });

  it('finds the words one search of the word pattern finds, at the same offsets, in any text', () => {
    const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
    fc.assert(fc.property(anyText, fc.nat(20), (text, cut) => {
      let end = 0;
      const words = [...text.matchAll(WORD)].map((m) => { const gap = text.slice(end, m.index); end = m.index + m[0].length; return [m.index, m[0], gap]; });
      assert.deepStrictEqual(tokenize(text).map((t) => [t.start, t.text, t.gap]), words);
      const from = Math.min(cut, text.length);
      const inner = [...text.slice(from).matchAll(WORD)].map((m) => [m.index + from, m[0]]);
      assert.deepStrictEqual(tokenize(text, from).map((t) => [t.start, t.text]), inner);
    }), PARAMS);
  });

  it('gives every token the norm its definition says: lower case, straight apostrophes, no possessive ending', () => {
    const words = fc.array(fc.constantFrom('Labour', "Labour's", 'MPs’', 'DON’T', "don't", 'Café', 'ÜBER', 'İstanbul', 'iPhone', 'McDonald', 'x', 'ΣΟΦΙΑ', '\uD83D\uDE00a'), { maxLength: 12 });
    fc.assert(fc.property(fc.oneof(words.map((w) => w.join(' ')), anyText), (text) => {
      for (const t of tokenize(text)) {
        const word = t.possessive && /['’]s$/i.test(t.text) ? t.text.slice(0, -2) : t.text;
        assert.strictEqual(t.norm, word.toLowerCase().replace(/’/g, "'"), t.text);
      }
    }), PARAMS);
  });
});

describe('near-miss spellings', () => {
  it('oneEditApart(a, b) is editDistance(a, b) === 1, on any strings', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'İ', 'i', '\u0307', '\uD83D', '\uDE00'), maxLength: 9 });
    const pair = fc.oneof(
      fc.tuple(letters, letters),
      // one edit made on purpose, so that the true case is tried as often as the false
      fc.tuple(letters, fc.nat(9), fc.constantFrom('a', 'z', ''), fc.boolean()).map(([s, at, c, insert]) => {
        const i = Math.min(at, s.length);
        return [s, s.slice(0, i) + c + s.slice(insert ? i : i + 1)] as [string, string];
      }),
    );
    fc.assert(fc.property(pair, ([a, b]) => oneEditApart(a, b) === (editDistance(a, b) === 1)), { numRuns: 3000 });
  });
});

describe('the term sieve’s pre-tests', () => {
  // The forms these had before their copy-free pre-tests, as references.
  const MARKERS = /(?:so-called|so called|dubbed|nicknamed|slogan|entitled|titled|headlined|known as|reading:?|the word|the phrase|the term|branded as|marked|(?:the|a|an|his|her|their|its|new) (?:study|book|report|film|programme|play|song|album|campaign|slogan|headline|article|poster|motto|column|series|show|documentary|novel|memoir|pamphlet|manifesto))\s*$/i;
  const referenceMarker = (before: string) => {
    const trimmed = before.trimEnd();
    return MARKERS.test(trimmed.length > 24 ? trimmed.slice(-24) : trimmed);
  };
  const SMALL = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'de', 'is', 'are']);
  const referenceNameLike = (text: string) => {
    const words = text.trim().replace(/[.,:;!?]+$/, '').split(/\s+/);
    if (words.length < 2) return false;
    let content = 0;
    for (const w of words) {
      if (SMALL.has(w.toLowerCase())) continue;
      if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
      content++;
    }
    return content > 0;
  };
  const pieces = fc.constantFrom('so-called', 'Dubbed', 'the BOOK', 'their documentary', 'known as', 'reading:', 'reading', 'has', 'as',
    'boo\u212A', 'the', 'of', 'We', 'we', 'Get', 'Brexit', 'Done', '2019', ' ', ' ', '  ', '\u00a0', '\n', '\u2003', ':', '.', ',', '!', 'x', 'É', 'é', 'İ');
  const texts = fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''));

  it('endsWithTermMarker is the marker pattern on the trimmed last 24 characters', () => {
    fc.assert(fc.property(texts, (t) => endsWithTermMarker(t) === referenceMarker(t)), { numRuns: 5000 });
  });

  it('isNameLike: at least two words, every one capitalised, a number or a small word, one of them not small', () => {
    fc.assert(fc.property(texts, (t) => isNameLike(t) === referenceNameLike(t)), { numRuns: 5000 });
  });
});

describe('salience', () => {
  it('before(pos, floor, limit) walks mentions and cues as the two sorted lists merged, latest first', () => {
    const entry = (pos: number, role: Salient['role']): Salient => ({ pos, speaker: null, role });
    const positions = fc.array(fc.nat(60), { maxLength: 12 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(fc.property(positions, positions, fc.nat(70), fc.nat(70), fc.oneof(fc.nat(6), fc.constant(Infinity)), (m, c, pos, floor, limit) => {
      const mentions = m.map((p) => entry(p, 'mention'));
      const salience = new Salience(mentions);
      const cues = c.map((p) => entry(p, 'cue'));
      for (const s of cues) salience.add(s);
      // the reference: every entry before pos, later first, a cue before a mention at the same place
      const all = [...cues, ...mentions].filter((s) => s.pos < pos).sort((a, b) => b.pos - a.pos || (a.role === 'cue' ? -1 : 0) - (b.role === 'cue' ? -1 : 0));
      const upToFloor = all.findIndex((s) => s.pos < floor);
      const expected = (upToFloor < 0 ? all : all.slice(0, upToFloor)).slice(0, limit);
      const walked = [...salience.before(pos, floor, limit)];
      assert.deepStrictEqual(walked.map((s) => [s.pos, s.role]), expected.map((s) => [s.pos, s.role]));
      const it = salience.before(pos, floor, limit);
      for (let k = 0; k < expected.length; k++) it.next();
      assert.strictEqual(it.next().done, true);
      assert.strictEqual(it.next().done, true); // and stays done
    }), { numRuns: 2000 });
  });
});
