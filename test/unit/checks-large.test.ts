import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import type { Analysis } from '../../src/extractor/types';
import { runChecks } from '../../src/checks';
import { leastCpu } from '../support/cpuTime';

/**
 * The checks on long articles: each is linear in the text and the analysis, and what it reports stays
 * readable. Every one of these was quadratic (or ran out of memory) before.
 */
describe('sub-editor checks on long articles', function () {
  this.timeout(120_000);

  const HEAD = ' date 2019-02-21 Checks at length\n\n';
  const article = (n: number, paragraph: (i: number) => string) => HEAD + Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n');
  /** CPU time of the checks alone, the least of two runs. */
  const checksMs = (text: string) => {
    const a = analyze(text, { timeBudgetMs: Infinity });
    return leastCpu(() => runChecks(text, a));
  };

  it('party claims on 16,000 paragraphs: about 4× the time of 4,000, not 16×', () => {
    // each mention asked whether it is inside any quote, and each wrong party counted the house forms over the whole text
    const paragraph = (i: number) => `Labour MP Theresa May said “we will win seat ${i}”. Tory MP Jeremy Corbyn agreed.`;
    const small = checksMs(article(4000, paragraph)), large = checksMs(article(16_000, paragraph));
    assert.strictEqual(large.result.filter((p) => p.check === 'partyClaims').length, 32_000);
    assert.ok(large.ms < 10 * Math.max(small.ms, 25), `4,000 paragraphs ${small.ms.toFixed(0)} ms, 16,000 ${large.ms.toFixed(0)} ms: worse than linear`);
  });

  it('a refrain said by 50 people 4,000 times: one warning each, naming three others and the count, with ten places', () => {
    const names = Array.from({ length: 50 }, (_, i) => `${['James', 'Mary', 'John', 'Sarah', 'David'][i % 5]} ${['Barker', 'Dorley', 'Hamford', 'Kenton', 'Wickham', 'Selby', 'Radcot', 'Vinmer', 'Lundgrave', 'Pikeham'][Math.floor(i / 5)]}`);
    const text = article(4000, (i) => `${names[i % 50]} said: “We will not back down now.”`);
    const { result, ms } = checksMs(text);
    const warnings = result.filter((p) => p.check === 'conflictingSpeakers');
    assert.strictEqual(warnings.length, 4000);
    assert.match(warnings[0].message, new RegExp(`attributed to ${names[0]} here and to ${names[1]}, ${names[2]}, ${names[3]} and 46 others elsewhere`));
    for (const w of warnings) {
      assert.strictEqual(w.related!.length, 10);
      assert.ok(w.related!.every((r, k) => k === 0 || r.start > w.related![k - 1].start), 'in text order');
    }
    // the first warning's places are the next ten quotes, each by another speaker
    const quotes = analyze(text).quotes;
    assert.deepStrictEqual(warnings[0].related!.map((r) => r.start), quotes.slice(1, 11).map((q) => q.start));
    assert.ok(ms < 10_000, `${ms.toFixed(0)} ms`);
  });

  it('a speaker who says the words thousands of times: the other speaker is found at once for each', () => {
    const text = article(6000, (i) => `${i === 5999 ? 'Mary Dorley' : 'James Barker'} said: “We will not back down now.”`);
    const small = checksMs(article(1500, (i) => `${i === 1499 ? 'Mary Dorley' : 'James Barker'} said: “We will not back down now.”`));
    const large = checksMs(text);
    const warnings = large.result.filter((p) => p.check === 'conflictingSpeakers');
    assert.strictEqual(warnings.length, 6000);
    assert.match(warnings[0].message, /James Barker here and to Mary Dorley elsewhere/);
    assert.strictEqual(warnings[5999].related!.length, 10);
    assert.ok(large.ms < 10 * Math.max(small.ms, 25), `1,500 paragraphs ${small.ms.toFixed(0)} ms, 6,000 ${large.ms.toFixed(0)} ms: worse than linear`);
  });

  it('250,000 problems come back, more than a call takes arguments', () => {
    // stray closing marks as the analysis reports them: each is a problem of the quotation-marks check
    const text = HEAD + '”'.repeat(250_000);
    const base = analyze(HEAD);
    const a: Analysis = { ...base, notices: Array.from({ length: 250_000 }, (_, i) => ({ code: 'unopened-quote' as const, message: 'stray', span: { start: HEAD.length + i, end: HEAD.length + i + 1 } })) };
    const ps = runChecks(text, a);
    assert.strictEqual(ps.filter((p) => p.check === 'quotationMarks').length, 250_000);
  });
});
