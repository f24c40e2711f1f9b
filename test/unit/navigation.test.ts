// Next Quote / Previous Quote, and what stands at an offset for a hover.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { nextQuote, previousQuote } from '../../src/presentation/navigation/quoteNavigation';
import { hitAt, personAt, quoteAt } from '../../src/presentation/navigation/lookup';
import { oneLine, quoteLabel } from '../../src/presentation/text/words';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);
const q = seed.quotes;

describe('presentation: quote navigation', () => {
  it('goes from the top to the first quote, then on quote by quote when each is selected', () => {
    let at = nextQuote(seed, 0)!;
    assert.deepStrictEqual([at.quote.index, at.wrapped], [0, false]);
    for (let i = 1; i < q.length; i++) {
      at = nextQuote(seed, at.quote.end)!;
      assert.strictEqual(at.quote.index, i);
    }
    at = nextQuote(seed, at.quote.end)!;
    assert.deepStrictEqual([at.quote.index, at.wrapped], [0, true], 'wraps to the first after the last');
  });

  it('goes back quote by quote, and wraps to the last from the top', () => {
    let at = previousQuote(seed, 0)!;
    assert.deepStrictEqual([at.quote.index, at.wrapped], [q.length - 1, true]);
    for (let i = q.length - 2; i >= 0; i--) {
      at = previousQuote(seed, at.quote.start)!;
      assert.strictEqual(at.quote.index, i);
    }
  });

  it('from a cursor inside a quote: next is the one after, previous is that quote', () => {
    const inside = q[5].start + 3;
    assert.strictEqual(nextQuote(seed, inside)!.quote.index, 6);
    assert.strictEqual(previousQuote(seed, inside)!.quote.index, 5);
  });

  it('from a cursor on an opening mark: next is that quote', () => {
    assert.strictEqual(nextQuote(seed, q[4].open.start)!.quote.index, 4);
  });

  it('wraps past the last quote and before the first, from any offset', () => {
    assert.strictEqual(nextQuote(seed, SEED.length)!.quote.index, 0);
    assert.strictEqual(previousQuote(seed, 0)!.quote.index, 12);
    assert.strictEqual(nextQuote(seed, seed.quotes[0].start)!.quote.index, 1);
  });

  it('finds nothing in an article without quotes', () => {
    const none = analyze(' date 2019-02-21 X\n\nNo one spoke.\n');
    assert.strictEqual(nextQuote(none, 0), undefined);
    assert.strictEqual(previousQuote(none, 0), undefined);
  });
});

describe('presentation: what is under the mouse', () => {
  it('finds the person and the quote at an offset', () => {
    const at = SEED.indexOf('Dominic Grieve') + 3;
    assert.strictEqual(personAt(seed, at)!.person.name, 'Dominic Grieve');
    const inQuote = SEED.indexOf('mass canvassing') + 2;
    assert.strictEqual(quoteAt(seed, inQuote)!.text, 'mass canvassing events');
  });

  it('a person, even inside a quote; the end of a name counts', () => {
    const at = SEED.indexOf('Dominic Grieve');
    assert.strictEqual(hitAt(seed, at)?.kind, 'person');
    const hit = hitAt(seed, at + 'Dominic Grieve'.length);
    assert.ok(hit?.kind === 'person' && hit.person.name === 'Dominic Grieve');
  });

  it('an organisation, a quote (marks included), the date, or nothing', () => {
    const org = hitAt(seed, SEED.indexOf('Momentum') + 2);
    assert.ok(org?.kind === 'organisation' && org.organisation.name === 'Momentum');
    const quote = seed.quotes[12];
    for (const offset of [quote.open.start, quote.start + 4, quote.close!.end]) {
      const hit = hitAt(seed, offset);
      assert.ok(hit?.kind === 'quote' && hit.quote.index === 12, `at ${offset}: ${hit?.kind}`);
    }
    assert.strictEqual(hitAt(seed, seed.header.dateSpan!.start + 2)?.kind, 'date');
    assert.strictEqual(hitAt(seed, SEED.indexOf('constituencies of some') + 3), undefined);
  });
});

describe('presentation: quote labels', () => {
  it('names a quote by its first words, whole when short, never ending on a dash or comma', () => {
    assert.strictEqual(quoteLabel('went completely off the rails'), 'went completely off the rails');
    assert.strictEqual(quoteLabel('I would certainly cease to take the whip if I thought the Government was going to do this'), 'I would certainly cease to take the whip…');
    assert.strictEqual(quoteLabel('I would have to leave the party - yes.'), 'I would have to leave the party - yes.');
    assert.strictEqual(quoteLabel('one, two, three, four, five, six, seven, eight, nine, ten, eleven'), 'one, two, three, four, five, six, seven, eight…');
    assert.strictEqual(quoteLabel('We will - and I mean it - keep going until the very end of this'), 'We will - and I mean it…');
    assert.strictEqual(quoteLabel('  two\n  lines  '), 'two lines');
    assert.strictEqual(quoteLabel('word '.repeat(100_000)), 'word word word word word word word word…');
  });

  // The labels were made by splitting each quote into words and folding its white space with a
  // pattern; they now count spaces and fold only text that needs it. These are the former
  // definitions, against which the faster ones are checked on random text.
  const formerOneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  function formerQuoteLabel(text: string, words = 8): string {
    const whole = text.length <= words * 40;
    const clean = formerOneLine(whole ? text : text.slice(0, words * 40));
    const tokens = clean.split(' ');
    if (whole && (tokens.length <= words || (tokens.length <= words + 2 && clean.length <= 60))) return clean;
    const head = tokens.slice(0, words);
    while (head.length > 1 && /^[\p{P}\p{S}]+$/u.test(head[head.length - 1])) head.pop();
    return `${head.join(' ').replace(/[,;:–—-]+$/u, '')}…`;
  }

  it('gives the labels and one-line text the former definitions gave, on random text', () => {
    // Every kind of white space `\s` matches, punctuation and symbols that end a label or are cut
    // from it, and words; lengths about the thresholds (60 characters, 40 per word).
    const pieces = ['word', 'a', 'Labour', 'don’t', ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff',
      ',', '.', '-', '–', '—', ';', ':', '…', '£', '+', '“', '”', '(', ')', '!?', 'x'.repeat(30)];
    let state = 7;
    const next = (n: number) => { state = (state * 1103515245 + 12345) >>> 0; return (state >>> 8) % n; };
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = [20, 60, 90, 330, 700][next(5)];
      while (text.length < length) text += pieces[next(pieces.length)];
      const words = [1, 2, 8, 8, 8, 12, 14][next(7)];
      assert.strictEqual(oneLine(text), formerOneLine(text), JSON.stringify(text));
      assert.strictEqual(quoteLabel(text, words), formerQuoteLabel(text, words), `${JSON.stringify(text)}, ${words} words`);
    }
  });
});
