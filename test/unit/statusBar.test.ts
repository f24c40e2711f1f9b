// The status bar's text and tooltip.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { needsWarning, statusText, statusTooltip, tooLargeTooltip, TOO_LARGE_TEXT } from '../../src/presentation/status/statusBar';
import { counts } from '../../src/presentation/counts';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);

describe('presentation: status bar', () => {
  it('counts quotes, speakers and MPs on the seed', () => {
    assert.strictEqual(statusText(seed), '$(quote) 13 quotes · 3 speakers · 6 MPs');
    assert.deepStrictEqual(counts(seed), { quotes: 13, speech: 13, terms: 0, unattributed: 0, speakers: 3, mps: 6 });
  });

  it('uses singular forms for one', () => {
    const a = analyze(' date 2019-02-21 X\n\n“We will win,” said Dominic Grieve.\n');
    assert.strictEqual(statusText(a), '$(quote) 1 quote · 1 speaker · 1 MP');
    assert.strictEqual(statusText(analyze(' date 2019-02-21 Nothing said\n\nNo one spoke.\n')), '$(quote) 0 quotes · 0 speakers · 0 MPs');
  });

  it('puts the date, the kinds of quotes and every notice in the tooltip', () => {
    const tip = statusTooltip(seed);
    assert.match(tip, /^\*\*Press Gallery\*\* · Corbyn tells Labour quitters/);
    assert.match(tip, /Article date: 21 Feb 2019 — MPs are shown as of this date/);
    assert.match(tip, /13 quotations \(13 speech quotes\) · 3 speakers · 6 MPs named/);
    assert.doesNotMatch(tip, /\$\(warning\)/);
    assert.strictEqual(needsWarning(seed), false);
  });

  it('warns of a missing or impossible date, unclosed quotation marks (with the first line) and a cut-short analysis', () => {
    const text = 'Headline only\n\nSomeone said “this never closes.\n\nAnd “nor does this.\n';
    const none = analyze(text);
    const tip = statusTooltip(none, (offset) => text.slice(0, offset).split('\n').length - 1);
    assert.match(tip, /No date line — MPs are shown as of \d+ \w{3} \d{4}, the newest date of the data/);
    assert.match(tip, /\$\(warning\) No date line: MPs are shown as of/);
    assert.match(tip, /\$\(warning\) 2 quotation marks are never closed in their paragraph \(first on line 3\)/);
    const bad = analyze(' date 2019-02-30 X\n\nText.\n');
    assert.match(statusTooltip(bad), /Article date: 2019-02-30 is not a real date — MPs are shown as of/);
    assert.strictEqual(needsWarning(bad), true);
    const cut = analyze(SEED, { timeBudgetMs: 0 });
    assert.match(statusTooltip(cut), /\$\(warning\) The analysis ran out of its time budget/);
    assert.match(statusText(cut), /^\$\(warning\) \d+ quotes? · \d+ speakers? · \d+ MPs? · cut short$/, 'the text itself says so, not only the tooltip');
    assert.strictEqual(needsWarning(cut), true);
  });

  it('says a file is too large, with its size and the limit', () => {
    assert.strictEqual(TOO_LARGE_TEXT, '$(warning) Press Gallery: file too large — click to analyse');
    assert.match(tooLargeTooltip(7.25, 5), /This article is 7\.3 MB, above the 5 MB of the setting pressGallery\.maxFileSizeMB/);
  });
});
