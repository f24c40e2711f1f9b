// What Copy Quotes as Markdown, Export Quotes as CSV, Export Analysis as JSON and `extract --format` produce.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import type { Analysis } from '../../src/extractor/types';
import { quotesAsMarkdown } from '../../src/presentation/exports/quotesMarkdown';
import { quotesAsCsv, UTF8_BOM } from '../../src/presentation/exports/quotesCsv';
import { lineStarts, positionAt } from '../../src/corpus/lines';
import { analysisAsJson } from '../../src/presentation/exports/analysisJson';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);
const starts = lineStarts(SEED);
const source = { file: 'articles/seed.article', positionAt: (offset: number) => positionAt(starts, offset) };
const lineOf = (offset: number) => positionAt(starts, offset).line;

describe('presentation: exports', () => {
  it('exports Markdown grouped by speaker, CSV with offsets, and JSON with its source', () => {
    const md = quotesAsMarkdown(seed, 'Seed');
    assert.match(md, /## Dominic Grieve \(Conservative, Beaconsfield\)\n\n- “went completely off the rails” — _He said_/);
    const csv = quotesAsCsv(seed, source).split('\r\n');
    assert.strictEqual(csv[0], 'file,date,headline,line,column,speaker,party,constituency,kind,cue,quote,start,end');
    assert.match(csv[11], /^articles\/seed\.article,2019-02-21,Corbyn tells Labour quitters they should “resign and put themselves up for election”,23,1,Jeremy Corbyn,Labour,Islington North,speech,he said,"It is disappointing that some MPs have left our party to sit with disaffected Tory MPs, but we can't return/);
    const json = JSON.parse(analysisAsJson(seed, 'file:///seed.article'));
    assert.strictEqual(json.source, 'file:///seed.article');
    assert.strictEqual(json.quotes.length, 13);
  });

  it('CSV: a byte-order mark for Excel when asked, quotes of the article’s own marks kept as written, one row per line of text', () => {
    const csv = quotesAsCsv(seed, source, { bom: true });
    assert.ok(csv.startsWith(`${UTF8_BOM}file,date,`));
    assert.ok(!quotesAsCsv(seed, source).startsWith(UTF8_BOM));
    const text = ' date 2019-02-21 Headline, with a comma\n\n“We will win, and soon,” said Dominic Grieve.\n';
    const a = analyze(text);
    const ls = lineStarts(text);
    const rows = quotesAsCsv(a, { file: 'x.article', positionAt: (o) => positionAt(ls, o) }).split('\r\n');
    assert.strictEqual(rows.length, 2 + a.quotes.length);
    assert.deepStrictEqual(rows.slice(1), ['x.article,2019-02-21,"Headline, with a comma",3,1,Dominic Grieve,Conservative,Beaconsfield,speech,said Dominic Grieve,"We will win, and soon,",42,64', '']);
  });

  it('Markdown: headline and date on top, quotes grouped by speaker with party and seat, cues and lines, then the unattributed', () => {
    const md = quotesAsMarkdown(seed, 'seed.article', lineOf);
    assert.match(md, /^# Corbyn tells Labour quitters they should “resign and put themselves up for election”\n\n21 Feb 2019 · 13 quotes · 3 speakers\n\n## Jeremy Corbyn \(Labour, Islington North\)\n\n- “resign and put themselves up for election” — _Corbyn tells_ \(line 1\)\n/);
    assert.match(md, /- “went completely off the rails” — _He said_ \(line 13\)\n/);
    assert.match(quotesAsMarkdown(analyze('“We will win,” said Dominic Grieve.\n'), 'notes.article'), /^# notes\.article\n\nno date line · 1 quote · 1 speaker\n/, 'the file name when there is no headline');
    assert.match(md, /## Dominic Grieve \(Conservative, Beaconsfield\)\n\n- “went completely off the rails” — _He said_ \(line 13\)\n- “I would certainly/);
    assert.match(md, /## Momentum \(organisation\)\n\n- “mass canvassing events” — _Momentum_ \(line 27\)\n/);
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
