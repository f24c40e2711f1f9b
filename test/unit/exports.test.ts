// What Copy Quotes as Markdown, Export Quotes as CSV, Export Analysis as JSON and `extract --format` produce.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import type { Analysis } from '../../src/extractor/types';
import { quotesAsMarkdown } from '../../src/presentation/exports/quotesMarkdown';
import { quotesAsCsv } from '../../src/presentation/exports/quotesCsv';
import { analysisAsJson } from '../../src/presentation/exports/analysisJson';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);

describe('presentation: exports', () => {
  it('exports Markdown grouped by speaker, CSV with offsets, and JSON with its source', () => {
    const md = quotesAsMarkdown(seed, 'Seed');
    assert.match(md, /## Dominic Grieve \(Conservative, Beaconsfield\)\n\n- “went completely off the rails” — _He said_/);
    const csv = quotesAsCsv(seed).split('\r\n');
    assert.strictEqual(csv[0], 'speaker,party,constituency,kind,quote,start,end');
    assert.match(csv[11], /^Jeremy Corbyn,Labour,Islington North,speech,"It is disappointing that some MPs have left our party to sit with disaffected Tory MPs, but we can't return/);
    const json = JSON.parse(analysisAsJson(seed, 'file:///seed.article'));
    assert.strictEqual(json.source, 'file:///seed.article');
    assert.strictEqual(json.quotes.length, 13);
  });

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
