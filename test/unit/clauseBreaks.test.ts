import * as assert from 'assert';
import { hasClauseBreak } from '../../src/extractor/attribution/clauseBreaks';
import type { AttributionInput } from '../../src/extractor/attribution/input';

describe('clause breaks', () => {
  /** Only the text is read; a fresh object per text, since the breaks are kept per input. */
  const inputOf = (text: string) => ({ text }) as unknown as AttributionInput;

  it('answers as the slice\'s text would, for both sets, wherever the slice begins and ends', () => {
    const sets = { colons: /[;—–:]|\s-\s/, brackets: /[;—–()]|\s-\s/ } as const;
    const alphabet = ['a', ' ', '-', ';', ':', '(', ')', '—', '–', '\n'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 24 }, () => alphabet[next(alphabet.length)]).join('');
      const input = inputOf(text);
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          for (const [set, pattern] of Object.entries(sets) as Array<[keyof typeof sets, RegExp]>) {
            assert.strictEqual(hasClauseBreak(input, from, to, set), pattern.test(text.slice(from, to)), `${set} in ${JSON.stringify(text.slice(from, to))}`);
          }
        }
      }
    }
  });

  it('a bracket is another clause before a cue, a colon only within a quote\'s clause', () => {
    const text = 'He said (twice): no';
    assert.strictEqual(hasClauseBreak(inputOf(text), 0, 10, 'brackets'), true);
    assert.strictEqual(hasClauseBreak(inputOf(text), 0, 10, 'colons'), false);
    assert.strictEqual(hasClauseBreak(inputOf(text), 15, 16, 'colons'), true);
    assert.strictEqual(hasClauseBreak(inputOf(text), 15, 16, 'brackets'), false);
  });
});
