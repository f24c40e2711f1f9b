// Status bar text and tooltip, speaker descriptions, and what Copy Quotes as Markdown / Export
// Analysis as JSON produce.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import type { Analysis } from '../../src/extractor/types';
import { groupBySpeaker } from '../../src/presentation/speakers';
import { counts, needsWarning, speakerDescription, speakerDetail, statusText, statusTooltip, tooLargeTooltip, TOO_LARGE_TEXT } from '../../src/editor/summary';
import { analysisAsJson, quotesAsMarkdown } from '../../src/editor/exportFormat';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);

describe('editor: status bar', () => {
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
    assert.strictEqual(needsWarning(cut), true);
  });

  it('says a file is too large, with its size and the limit', () => {
    assert.strictEqual(TOO_LARGE_TEXT, '$(warning) Press Gallery: file too large — click to analyse');
    assert.match(tooLargeTooltip(7.25, 5), /This article is 7\.3 MB, above the 5 MB of the setting pressGallery\.maxFileSizeMB/);
  });
});

describe('editor: speakers as lists show them', () => {
  const groups = groupBySpeaker(seed);
  const byName = (n: string) => groups.find((g) => g.name === n)!;

  it('describes each speaker with quote count and MP badge', () => {
    assert.strictEqual(speakerDescription(byName('Jeremy Corbyn')), '9 quotes · MP · Labour');
    assert.strictEqual(speakerDescription(byName('Dominic Grieve')), '3 quotes · MP · Conservative');
    assert.strictEqual(speakerDescription(byName('Momentum')), '1 quote · organisation');
  });

  it('gives party and seat as the Outline detail of MPs', () => {
    assert.strictEqual(speakerDetail(byName('Dominic Grieve')), 'Conservative, Beaconsfield');
    assert.strictEqual(speakerDetail(byName('Momentum')), 'organisation');
  });

  it('marks speakers who are not MPs, or not certainly', () => {
    const a = analyze(' date 2023-05-01 X\n\nJon Lansman said: “We will.” Tony Blair said: “We won.” Ms Eagle said: “We can.”\n');
    const d = (name: string) => speakerDescription(groupBySpeaker(a).find((g) => g.name === name)!);
    assert.strictEqual(d('Jon Lansman'), '1 quote');
    assert.strictEqual(d('Tony Blair'), '1 quote · not an MP then');
    assert.strictEqual(d('Ms Eagle'), '1 quote · MP? (2 matches)');
  });
});

describe('editor: exports', () => {
  it('Markdown: quotes grouped by speaker, party and seat for MPs, cues, then the unattributed', () => {
    const md = quotesAsMarkdown(seed, 'Corbyn tells Labour quitters');
    assert.match(md, /^# Quotes: Corbyn tells Labour quitters\n\n21 Feb 2019 · 13 quotes · 3 speakers\n\n## Jeremy Corbyn \(Labour, Islington North\)\n\n- “resign and put themselves up for election” — _Corbyn tells_\n/);
    assert.match(md, /## Dominic Grieve \(Conservative, Beaconsfield\)\n\n- “went completely off the rails” — _He said_\n- “I would certainly/);
    assert.match(md, /## Momentum \(organisation\)\n\n- “mass canvassing events” — _Momentum_\n/);
    const order = ['## Jeremy Corbyn', '## Dominic Grieve', '## Momentum'].map((h) => md.indexOf(h));
    assert.deepStrictEqual([...order].sort((x, y) => x - y), order);
    const other = analyze(' date 2019-02-21 X\n\nA spokesman said it was “very *regrettable* indeed”. The so-called “awkward squad” met.\n');
    const md2 = quotesAsMarkdown(other, 'X');
    assert.match(md2, /## Unattributed\n\n- “very \\\*regrettable\\\* indeed” — _A spokesman said_\n/);
    assert.doesNotMatch(md2, /awkward squad/, 'terms are nobody’s quotes');
  });

  it('JSON: the analysis with its source first, and nothing lost', () => {
    const json = analysisAsJson(seed, 'file:///seed.article');
    const back = JSON.parse(json) as Analysis & { source: string };
    assert.strictEqual(Object.keys(back)[0], 'source');
    assert.strictEqual(back.source, 'file:///seed.article');
    const { source, ...rest } = back;
    assert.strictEqual(source, 'file:///seed.article');
    assert.deepStrictEqual(rest, JSON.parse(JSON.stringify(seed)));
  });
});
