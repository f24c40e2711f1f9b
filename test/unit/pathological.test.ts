import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { splitParagraphs } from '../../src/extractor/paragraphs';
import { scanQuotes } from '../../src/extractor/quotes';

/** Inputs from scrapers, copy-paste and old archives: each must analyse without throwing, in bounded time. */
describe('pathological inputs', function () {
  this.timeout(60_000);

  it('an empty file and a whitespace-only file', () => {
    for (const text of ['', '   \n\n\t \r\n ']) {
      const a = analyze(text);
      assert.deepStrictEqual([a.quotes.length, a.people.length, a.date], [0, 0, null]);
      assert.ok(a.notices.some((n) => n.code === 'no-date'));
    }
  });

  it('a 10 MB file on a single line', () => {
    const sentence = 'Jeremy Corbyn said “we will win” and Heidi Allen told the BBC: “It is time.” ';
    const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
    const a = analyze(text, { timeBudgetMs: 30_000 });
    assert.strictEqual(a.quotes.length, 2 * Math.ceil(10_000_000 / sentence.length));
    assert.ok(a.people.some((p) => p.name === 'Heidi Allen'));
  });

  it('stops at its time budget and says so', () => {
    const sentence = '“Yes,” he said. Jeremy Corbyn said “no”. ';
    const a = analyze(sentence.repeat(60_000), { timeBudgetMs: 1 });
    assert.strictEqual(a.stats.truncated, true);
    assert.ok(a.notices.some((n) => n.code === 'truncated'));
    assert.strictEqual(a.quotes.length, 120_000); // the quotation marks are always found
  });

  it('200,000 quotation marks of every kind', () => {
    for (const mark of ['“', '”', '"', "'", '‘', '’']) assert.ok(analyze(mark.repeat(200_000)).quotes.length <= 1);
    assert.strictEqual(analyze('“'.repeat(100_000) + 'x' + '”'.repeat(100_000)).quotes.length, 1);
    assert.ok(analyze('“‘"\''.repeat(50_000)).quotes.length < 10);
  });

  it('200,000 marks of the other house styles, and mixes that would be quadratic for a naive pairing', () => {
    for (const mark of ["''", '``', "'''", '«', '»', '„', '‚', '‹', '›', "s' x ", "'a s' b "]) {
      const text = mark.repeat(Math.ceil(200_000 / mark.length));
      const started = performance.now();
      const { quotes } = scanQuotes(text, splitParagraphs(text));
      assert.ok(performance.now() - started < 2000, `${mark}: ${performance.now() - started} ms`);
      for (const q of quotes) assert.strictEqual(text.slice(q.start, q.end), q.text);
    }
    // every closer searches for an opener of its own family: 100,000 open quotes of another family cost nothing
    const text = '“x '.repeat(100_000) + '’ '.repeat(100_000);
    const started = performance.now();
    assert.strictEqual(scanQuotes(text, splitParagraphs(text)).quotes.length, 1);
    assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
  });

  it('a quote opened and never closed ends with its paragraph', () => {
    const a = analyze(' date 2019-02-21 X\n\nHe said “this never ends\n\nNext paragraph.');
    assert.strictEqual(a.quotes[0].text, 'this never ends');
    assert.ok(a.notices.some((n) => n.code === 'unclosed-quote'));
  });

  it('fifty levels of nested quotes', () => {
    const text = '“a ‘b '.repeat(25) + 'x' + '’ b” a'.repeat(25);
    const a = analyze(text);
    assert.strictEqual(a.quotes.length, 1);
    assert.strictEqual(a.quotes[0].start, 1);
  });

  it('a date line with an impossible date', () => {
    const a = analyze(' date 2019-02-30 Headline\n\nJeremy Corbyn spoke.');
    assert.strictEqual(a.date, null);
    assert.strictEqual(a.header.dateSpan!.text, '2019-02-30');
    assert.ok(a.notices.some((n) => n.code === 'invalid-date'));
  });

  it('dates before and after the membership data: no party rather than a wrong one', () => {
    for (const [date, code] of [['1975-05-01', 'date-before-data'], ['2040-01-01', 'date-after-data']]) {
      const a = analyze(` date ${date} X\n\nJeremy Corbyn spoke.`);
      const p = a.people.find((x) => x.name === 'Jeremy Corbyn')!;
      assert.strictEqual(p.mp, null);
      assert.strictEqual(p.mpStatus, 'no-data');
      assert.ok(a.notices.some((n) => n.code === code));
    }
  });

  it('names that are also common words (Will, Rose, May)', () => {
    const a = analyze(' date 2019-02-21 X\n\nWill Labour win? Rose petals fell in May. Will Quince said “no”.');
    assert.deepStrictEqual(a.people.map((p) => p.name), ['Will Quince']);
    assert.strictEqual(a.people[0].mp!.constituency, 'Colchester');
    assert.strictEqual(a.quotes[0].speaker!.name, 'Will Quince');
  });
});
