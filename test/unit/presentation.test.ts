import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { personCard, quoteCard, changeNearDate, escapeMarkdown } from '../../src/presentation/cards';
import { groupBySpeaker, sortSpeakers, firstWords, positionAmongSpeaker, unattributed } from '../../src/presentation/speakers';
import { quotesAsMarkdown, quotesAsCsv, analysisAsJson } from '../../src/presentation/exports';
import { personAt, quoteAt, nextQuote, previousQuote } from '../../src/presentation/lookup';
import { formatDate, daysBetween } from '../../src/presentation/dates';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);
const person = (name: string) => seed.people.find((p) => p.name === name)!;

describe('presentation: hover cards', () => {
  it('shows party and seat on the date, and what changed just before', () => {
    const card = personCard(seed, person('Chuka Umunna'), null);
    assert.match(card, /\*\*Chuka Umunna\*\* · `MP`/);
    assert.match(card, /The Independent Group · Streatham — on 21 Feb 2019/);
    assert.match(card, /Left Labour on 18 Feb 2019 — The Independent Group since \(3 days before this article\)/);
  });

  it('shows Dominic Grieve as Conservative, Beaconsfield, with his quote count and a link to them all', () => {
    const link = { title: 'Show all quotes by Dominic Grieve', command: 'pressGallery.showQuotesBySpeaker', args: [{ speakerId: person('Dominic Grieve').id }] };
    const card = personCard(seed, person('Dominic Grieve'), link);
    assert.match(card, /Conservative · Beaconsfield/);
    assert.match(card, /3 quotes in this article — first: “went completely off the rails”/);
    assert.match(card, /\[Show all quotes by Dominic Grieve\]\(command:pressGallery\.showQuotesBySpeaker\?%5B%7B/);
  });

  it('says there is no membership data for a date outside the data, instead of a party', () => {
    const a = analyze(' date 1990-06-01 Old\n\nJeremy Corbyn spoke.');
    const card = personCard(a, a.people[0], null);
    assert.match(card, /No House of Commons membership data for 1 Jun 1990/);
    assert.doesNotMatch(card, /Labour/);
  });

  it('lists the candidates of an ambiguous name', () => {
    const a = analyze(' date 2019-02-21 X\n\nMs Eagle spoke.');
    assert.match(personCard(a, a.people[0], null), /Could be any of 2 sitting MPs[\s\S]*Angela Eagle — Labour, Wallasey/);
  });

  it('describes a quote: speaker, cue and position among the speaker’s quotes', () => {
    const q = seed.quotes[3];
    const card = quoteCard(seed, q, null);
    assert.match(card, /\*\*Jeremy Corbyn\*\*/);
    assert.match(card, /Cue: _Jeremy Corbyn has said_/);
    assert.match(card, /Quote 4 of 9 by Jeremy Corbyn/);
    assert.deepStrictEqual(positionAmongSpeaker(seed, q), [4, 9]);
  });

  it('says "speaker unknown" and marks terms', () => {
    const a = analyze(' date 2019-02-21 X\n\nA spokesman said it was “very regrettable indeed”. The so-called “awkward squad” met.');
    assert.match(quoteCard(a, a.quotes[0], null), /Speaker unknown/);
    assert.match(quoteCard(a, a.quotes[1], null), /Term in quotation marks/);
  });

  it('words a party change after the date too', () => {
    const mp = { personId: 'x', party: 'Labour', constituency: 'Y', asOf: '2019-02-10', offices: [], previous: null,
      term: { start: '2010-05-06', end: '2019-02-17', party: 'Labour', constituency: 'Y' },
      next: { start: '2019-02-18', end: null, party: 'The Independent Group', constituency: 'Y' } };
    assert.strictEqual(changeNearDate('2019-02-10', mp), 'Moves to The Independent Group on 18 Feb 2019 (8 days after this article)');
  });

  it('escapes Markdown in names and quotes', () => {
    assert.strictEqual(escapeMarkdown('a*b_[c]'), 'a\\*b\\_\\[c\\]');
  });
});

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
    assert.strictEqual(firstWords('one two three four five six seven eight nine'), 'one two three four five six seven eight…');
  });
});
