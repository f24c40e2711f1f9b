// Hover cards as Markdown, on the seed article and on small articles of our own.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { dateCard, organisationCard, personCard, quoteCard } from '../../src/presentation/hoverCards/cards';
import { commandLink, commandUri, escapeMarkdown } from '../../src/presentation/text/markdown';
import { Commands, UNATTRIBUTED_ID } from '../../src/presentation/ids';
import { runChecks } from '../../src/checks';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);
const URI = 'file:///articles/seed%20(draft).article';
const person = (a: ReturnType<typeof analyze>, name: string) => {
  const p = a.people.find((x) => x.name === name);
  assert.ok(p, `expected ${name} among ${a.people.map((x) => x.name).join(', ')}`);
  return p;
};
/** The arguments of the first command link in some Markdown, decoded as VS Code does. */
function linkArgs(md: string): unknown {
  const m = /\(command:pressGallery\.showQuotesBySpeaker\?([^ )]+)/.exec(md);
  assert.ok(m, `expected a Show Quotes by Speaker link in ${md}`);
  return JSON.parse(decodeURIComponent(m[1]));
}

describe('presentation: Markdown helpers', () => {
  it('escapes what Markdown would read as syntax, icons or HTML, and keeps text on one line', () => {
    assert.strictEqual(escapeMarkdown('a*b_[c](d) <b> $(alert) `x` #1 ~y~ |t| &amp;'), 'a\\*b\\_\\[c\\](d) \\<b\\> \\$(alert) \\`x\\` \\#1 \\~y\\~ \\|t\\| \\&amp;');
    assert.strictEqual(escapeMarkdown('two\nlines'), 'two lines');
  });

  it('encodes command arguments so that VS Code decodes them back, parentheses included', () => {
    const uri = commandUri(Commands.showQuotesBySpeaker, { uri: URI, speakerId: 'p1' });
    assert.doesNotMatch(uri, /[()]/);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(uri.split('?')[1])), [{ uri: URI, speakerId: 'p1' }]);
    assert.strictEqual(commandUri('x.y'), 'command:x.y');
    assert.match(commandLink('Show [all]', 'x.y', 1), /^\[Show \\\[all\\\]\]\(command:x\.y\?%5B1%5D "Show \[all\]"\)$/);
  });
});

describe('presentation: the history a card tells is that of the article\'s Parliament', () => {
  it('a 1990 card of Jeremy Corbyn says nothing of his 2020 suspension; a card of that Parliament does', () => {
    const old = analyze(' date 1990-03-01 X\n\nJeremy Corbyn spoke.\n');
    assert.doesNotMatch(personCard(old, person(old, 'Jeremy Corbyn')), /Later:|2020/);
    const then = analyze(' date 2020-06-01 X\n\nJeremy Corbyn spoke.\n');
    assert.match(personCard(then, person(then, 'Jeremy Corbyn')), /Later: Labour until 28 Oct 2020 — Independent from 29 Oct 2020/);
  });
});

describe('presentation: hover cards on the seed article (21 Feb 2019)', () => {
  it('Dominic Grieve: Conservative · Beaconsfield, his three quotes and a link to them', () => {
    const card = personCard(seed, person(seed, 'Dominic Grieve'), { uri: URI });
    assert.match(card, /^\*\*Dominic Grieve\*\* · `MP` {2}\nConservative · Beaconsfield — on 21 Feb 2019 {2}\n/);
    assert.match(card, /Later: Conservative until 3 Sep 2019 — Independent from 4 Sep 2019 \(195 days after this article\)/);
    assert.match(card, /3 quotes in this article — first: “went completely off the rails”/);
    assert.match(card, /\[Show all 3 quotes by Dominic Grieve\]\(command:pressGallery\.showQuotesBySpeaker\?/);
    assert.deepStrictEqual(linkArgs(card), [{ uri: URI, speakerId: person(seed, 'Dominic Grieve').id }]);
    assert.doesNotMatch(card, /[{}]"|"personId"/, 'no raw JSON');
  });

  it('Chuka Umunna: The Independent Group · Streatham, having left Labour three days before', () => {
    const card = personCard(seed, person(seed, 'Chuka Umunna'), { uri: URI });
    assert.match(card, /The Independent Group · Streatham — on 21 Feb 2019/);
    assert.match(card, /Left Labour on 18 Feb 2019 — The Independent Group since 18 Feb 2019 \(3 days before this article\)/);
    assert.match(card, /Later: The Independent Group became Change UK – The Independent Group on 15 Apr 2019/);
    assert.match(card, /Not quoted in this article\./);
    assert.doesNotMatch(card, /command:/, 'no link when there are no quotes');
  });

  it('Jeremy Corbyn: the offices he held then', () => {
    const card = personCard(seed, person(seed, 'Jeremy Corbyn'), {});
    assert.match(card, /Labour · Islington North — on 21 Feb 2019/);
    assert.match(card, /Offices then: Leader of the Labour Party \(since 12 Sep 2015\); Leader of the Opposition \(since 12 Sep 2015\)/);
    assert.match(card, /9 quotes in this article/);
    assert.doesNotMatch(card, /command:/, 'no link without a document URI');
  });

  it('Momentum: an organisation with one quote, and a link that goes to it', () => {
    const card = organisationCard(seed, seed.organisations[0], { uri: URI });
    assert.match(card, /^\*\*Momentum\*\* · organisation/);
    assert.match(card, /1 quote in this article — first: “mass canvassing events”/);
    assert.match(card, /\[Go to the quote by Momentum\]/);
  });

  it('a quote: its speaker with party and seat, the cue, and its place among the speaker’s quotes', () => {
    const q = seed.quotes.find((x) => x.cue?.text === 'Jeremy Corbyn has said')!;
    const card = quoteCard(seed, q, { uri: URI });
    assert.match(card, /^\*\*Jeremy Corbyn\*\* · `MP` · Labour, Islington North/);
    assert.match(card, /Cue: _Jeremy Corbyn has said_/);
    assert.match(card, /Quote 4 of 9 by Jeremy Corbyn/);
    assert.match(card, /\[Show all 9 quotes by Jeremy Corbyn\]/);
  });

  it('says how the speaker was found when the cue does not name them', () => {
    const pronoun = seed.quotes.find((q) => q.method === 'pronoun' && q.speaker?.name === 'Dominic Grieve')!;
    assert.match(quoteCard(seed, pronoun), /Cue: _He said_ \(pronoun resolved to Dominic Grieve\)/);
    const continuation = seed.quotes.find((q) => q.method === 'continuation' && q.speaker?.name === 'Dominic Grieve')!;
    assert.match(quoteCard(seed, continuation), /_Continues the quote before it by Dominic Grieve\._/);
    assert.match(quoteCard(seed, continuation), /Quote 2 of 3 by Dominic Grieve/);
  });

  it('the date of the date line', () => {
    assert.match(dateCard(seed), /^\*\*Article date: 21 Feb 2019\*\* {2}\nParties and seats of MPs are shown as of this date\./);
  });
});

describe('presentation: hover cards at the limits of the data', () => {
  it('says there is no membership data for a date outside it, and gives no party', () => {
    const a = analyze(' date 1975-06-01 Old\n\nJeremy Corbyn spoke.\n');
    const card = personCard(a, person(a, 'Jeremy Corbyn'));
    assert.match(card, /No House of Commons membership data for 1 Jun 1975/);
    assert.doesNotMatch(card, /Labour|`MP`/);
  });

  it('lists the candidates of an ambiguous name', () => {
    const a = analyze(' date 2019-02-21 X\n\nMs Eagle spoke.\n');
    const card = personCard(a, a.people[0]);
    assert.match(card, /Could be any of 2 MPs sitting on 21 Feb 2019: {2}\n• Angela Eagle — Labour, Wallasey {2}\n• Maria Eagle — Labour, Garston and Halewood/);
  });

  it('tells a former MP from someone who was never one', () => {
    const a = analyze(' date 2023-05-01 X\n\nTony Blair spoke. Jon Lansman said: “We will.”\n');
    assert.match(personCard(a, person(a, 'Tony Blair')), /Not a sitting MP on 1 May 2023\./);
    assert.match(personCard(a, person(a, 'Jon Lansman')), /No MP of this name on 1 May 2023\./);
  });

  it('says which date was used when the article has none, or an impossible one, and how far the party is verified', () => {
    const none = analyze('Headline\n\n“Hi,” said Jeremy Corbyn.\n');
    assert.match(personCard(none, person(none, 'Jeremy Corbyn')), new RegExp(`on \\d+ \\w{3} \\d{4} \\(no date line: as of the newest data\\)`));
    const bad = analyze(' date 2019-02-30 X\n\n“Hello,” said Jeremy Corbyn.\n');
    const card = personCard(bad, person(bad, 'Jeremy Corbyn'));
    assert.match(card, /\(2019-02-30 is not a real date\)/);
    assert.match(card, /Your Party \(as of 27 Jun 2026\) · Islington North — on 13 Aug 2026/, 'the party "as of" the day it is verified to');
    assert.match(dateCard(bad), /^\*\*Not a real date: 2019-02-30\*\*/);
  });

  it('says a member was a candidate while Parliament was dissolved, and when they came back', () => {
    const a = analyze(' date 2001-05-17 Campaign\n\nJohn Prescott spoke. Michael Portillo spoke. Chris Smith spoke. Tony Banks spoke.\n');
    const prescott = person(a, 'John Prescott');
    assert.strictEqual(prescott.mp, null);
    assert.strictEqual(prescott.mpStatus, 'not-mp');
    const card = personCard(a, prescott);
    assert.match(card, /Not an MP on 17 May 2001: Parliament was dissolved on 14 May 2001, polling day 7 Jun 2001 \(21 days after this article\)\./);
    assert.match(card, /MP for Kingston upon Hull East \(Labour\) until the dissolution on 14 May 2001; standing again\./);
    assert.match(card, /Later: re-elected on 7 Jun 2001\./);
    assert.doesNotMatch(card, /; re-elected/, 'the result is not stated as known on the article\'s date');
    assert.doesNotMatch(card, /`MP`/);
  });

  it('says a term that begins with the records began before them, and says nothing of a re-election', () => {
    const a = analyze(' date 1985-01-01 X\n\nDennis Skinner spoke. Jeremy Corbyn spoke.\n');
    assert.match(personCard(a, person(a, 'Dennis Skinner')), /MP since before May 1979 \(start of the records\)/);
    assert.match(personCard(a, person(a, 'Jeremy Corbyn')), /MP since 9 Jun 1983/);
    const later = analyze(' date 2023-03-01 X\n\nCaroline Nokes spoke.\n');
    const card = personCard(later, person(later, 'Caroline Nokes'));
    assert.doesNotMatch(card, /Later:|until 30 May 2024/, 're-elected in 2024 for the same party and seat: no change to report');
  });

  it('gives no party for dates outside the records, whatever the date line says', () => {
    for (const date of ['1066-10-14', '2999-01-01']) {
      const a = analyze(` date ${date} X\n\nJeremy Corbyn spoke.\n`);
      const p = person(a, 'Jeremy Corbyn');
      assert.strictEqual(p.mp, null);
      assert.match(personCard(a, p), /No House of Commons membership data for \d+ \w{3} \d{4}: party and seat are not known for that date\./);
      assert.doesNotMatch(personCard(a, p), /Labour|Independent|Not a sitting MP/);
    }
  });

  it('quotes without a speaker, and terms in quotation marks', () => {
    const a = analyze(' date 2019-02-21 X\n\nA spokesman said it was “very regrettable indeed”. A source added: “We are looking into it very closely.” The so-called “awkward squad” met.\n');
    const [first, second, term] = a.quotes;
    assert.match(quoteCard(a, first, { uri: URI }), /^\*\*Speaker unknown\*\* {2}\nCue: _A spokesman said_ {2}\nUnattributed quote 1 of 2 in this article/);
    assert.deepStrictEqual(linkArgs(quoteCard(a, second, { uri: URI })), [{ uri: URI, speakerId: UNATTRIBUTED_ID }]);
    assert.match(quoteCard(a, term), /^\*\*Term in quotation marks\*\* {2}\nNot speech: nobody is reported as saying “awkward squad”\./);
  });

  it('escapes names and quotes taken from the article', () => {
    const a = analyze(' date 2019-02-21 X\n\n“Vote *now* [here](command:evil)” said Dominic Grieve.\n');
    const card = personCard(a, person(a, 'Dominic Grieve'));
    assert.match(card, /“Vote \\\*now\\\* \\\[here\\\]\(command:evil\)”/);
  });
});

describe('presentation: the fact-checker’s card', () => {
  const text = ' date 2019-02-21 Checks\n\nLabour MP Dominic Grieve spoke. Chukka Umunna agreed.\n';
  const a = analyze(text);
  const problems = runChecks(text, a);
  const person = (name: string) => a.people.find((p) => p.name === name || p.mp?.name === name)!;

  it('shows the problem on a person’s name with the fix, as a link to that edit of that version', () => {
    const card = personCard(a, person('Dominic Grieve'), { uri: URI, version: 7, problems });
    assert.ok(card.includes('The text says _Labour MP_; on 21 Feb 2019 the record says Conservative.'), card);
    const args = { uri: URI, version: 7, start: text.indexOf('Labour MP'), end: text.indexOf('Labour MP') + 'Labour'.length, text: 'Conservative' };
    assert.ok(card.includes(commandLink('Change to Conservative', Commands.applyFix, args)), card);
  });

  it('shows a misspelt name with the record’s, and no problem on a person the text gets right', () => {
    const card = personCard(a, person('Chuka Umunna'), { uri: URI, version: 1, problems });
    assert.ok(card.includes('The text says _Chukka Umunna_; on 21 Feb 2019 the record says Chuka Umunna.'), card);
    assert.ok(card.includes('Change to Chuka Umunna'), card);
    const right = analyze(' date 2019-02-21 X\n\nConservative MP Dominic Grieve spoke.\n');
    assert.ok(!personCard(right, right.people[0], { uri: URI, version: 1, problems: runChecks('', right) }).includes('The text says'));
  });

  it('gives no fix link without the document’s version (the Speakers view’s tooltip)', () => {
    const card = personCard(a, person('Dominic Grieve'), { uri: URI, problems });
    assert.ok(card.includes('The text says _Labour MP_') && !card.includes(Commands.applyFix), card);
  });
});

describe('presentation: cards of an analysis cut short', () => {
  const cut = { ...seed, stats: { ...seed.stats, truncated: true } };
  it('never says "not quoted" when the speakers were not worked out, and offers the full analysis', () => {
    const heidi = cut.people.find((p) => p.name === 'Heidi Allen')!;
    const card = personCard(cut, heidi, { uri: URI });
    assert.ok(card.includes('Speakers not worked out (analysis cut short).'), card);
    assert.ok(!card.includes('Not quoted in this article'), card);
    assert.ok(card.includes(commandLink('Analyse fully', Commands.analyseAnyway, URI)), card);
    assert.ok(personCard(seed, seed.people.find((p) => p.name === 'Heidi Allen')!).includes('Not quoted in this article.'));
  });

  it('says a quote’s speaker was not worked out when the cut came before it, and unknown when it was looked for', () => {
    const text = ' date 2019-02-21 X\n\nA spokesman called it “regrettable”.\n\n“We will win,” said Dominic Grieve.\n';
    const a = analyze(text, { timeBudgetMs: 0 });
    assert.ok(a.stats.truncated);
    assert.ok(quoteCard(a, a.quotes[1], { uri: URI }).startsWith('**Speaker not worked out (analysis cut short)**'));
    const full = analyze(text);
    assert.ok(quoteCard(full, full.quotes[0]).startsWith('**Speaker unknown**'));
  });
});
