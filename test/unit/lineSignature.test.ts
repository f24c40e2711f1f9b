import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { traceSieves } from '../../src/extractor/attribution';
import { firstSentenceOf, type AttributionInput } from '../../src/extractor/attribution/input';
import type { SieveState } from '../../src/extractor/attribution/sieve';
import { lineSignature } from '../../src/extractor/attribution/sieves/lineSignature';
import type { Sentence } from '../../src/extractor/sentences';

describe('line signature', () => {
  it('reads a few sentences of a long paragraph, not all of them, to tell it is no short line', () => {
    // One paragraph of 10,000 sentences of 40 characters: the walk to its last sentence, made for
    // every quote, took time squared (2 MB of "X said “…”. He added: “…”" spent 16.7 s in the sieves).
    const list: Sentence[] = Array.from({ length: 10_000 }, (_, index) => ({ index, paragraph: 0, start: index * 41, end: index * 41 + 40 }));
    let reads = 0;
    const sentences = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const input = { sentences, quotes: [{ paragraph: 0, start: 5, end: 20 }] } as unknown as AttributionInput;
    firstSentenceOf(input, 0); // its table of paragraphs, made once per sentence list
    reads = 0;
    assert.strictEqual(lineSignature.apply({ input } as unknown as SieveState, 0), null);
    assert.ok(reads < 20, `${reads} sentences read`);
  });

  it('still signs a short live-page line with the name after its dash', () => {
    const decided: string[] = [];
    traceSieves((_q, sieve) => decided.push(sieve));
    try {
      const a = analyze(' date 2024-07-05 Live\n\n‘Honour of my life’ to be deputy – David Lammy\n');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['David Lammy']);
      assert.deepStrictEqual(decided, ['line signature']);
    } finally {
      traceSieves(null);
    }
  });
});
