import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { groupBySpeaker, sortSpeakers, unattributed } from '../../src/presentation/speakers';
import { quotesAsCsv } from '../../src/presentation/exports';
import { quotesAsMarkdown, analysisAsJson } from '../../src/editor/exportFormat';
import { personAt, quoteAt, nextQuote, previousQuote } from '../../src/presentation/lookup';
import { formatDate, daysBetween } from '../../src/presentation/dates';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);

describe('presentation: speakers, lookups and exports', () => {
  it('groups the seed’s speech quotes by speaker in order of appearance, and sorts them', () => {
    const groups = groupBySpeaker(seed);
    assert.deepStrictEqual(groups.map((g) => [g.name, g.quotes.length]), [['Jeremy Corbyn', 9], ['Dominic Grieve', 3], ['Momentum', 1]]);
    assert.deepStrictEqual(sortSpeakers(groups, 'quotes').map((g) => g.name), ['Jeremy Corbyn', 'Dominic Grieve', 'Momentum']);
    assert.deepStrictEqual(sortSpeakers(groups, 'party').map((g) => g.name), ['Dominic Grieve', 'Jeremy Corbyn', 'Momentum']);
    assert.deepStrictEqual(unattributed(seed), []);
  });

  it('finds the person and the quote at an offset, and the next and previous quotes (wrapping)', () => {
    const at = SEED.indexOf('Dominic Grieve') + 3;
    assert.strictEqual(personAt(seed, at)!.person.name, 'Dominic Grieve');
    const inQuote = SEED.indexOf('mass canvassing') + 2;
    assert.strictEqual(quoteAt(seed, inQuote)!.text, 'mass canvassing events');
    assert.strictEqual(nextQuote(seed, SEED.length)!.index, 0);
    assert.strictEqual(previousQuote(seed, 0)!.index, 12);
    assert.strictEqual(nextQuote(seed, seed.quotes[0].start)!.index, 1);
  });

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

  it('formats dates and counts days', () => {
    assert.strictEqual(formatDate('2019-02-18'), '18 Feb 2019');
    assert.strictEqual(daysBetween('2019-02-18', '2019-02-21'), 3);
  });
});
