// Seats and office titles as references to people, on the article's date: "the Bassetlaw MP", "the
// MP for Dover", "Bolsover MP Mark Fletcher", "Prime Minister Major", "Chancellor Hunt". A place is
// never a person. Texts written for these tests.
import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { seatKey, seatQuery } from '../../src/extractor/kb/seats';

const kb = KnowledgeBase.bundled();
const names = (ps: { name: string }[]) => ps.map((p) => p.name);
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);

describe('seats as references: the knowledge base', () => {
  it('reads seat phrases, with a party when one is given', () => {
    assert.deepStrictEqual(seatQuery('the bassetlaw mp'), { seat: 'bassetlaw', party: null });
    assert.deepStrictEqual(seatQuery('the mp for dover'), { seat: 'dover', party: null });
    assert.deepStrictEqual(seatQuery('the tory mp for bracknell'), { seat: 'bracknell', party: 'Conservative' });
    assert.deepStrictEqual(seatQuery('the bethnal green and stepney mp'), { seat: 'bethnal green and stepney', party: null });
    assert.strictEqual(seatQuery('the former labour mp for caerphilly'), null, 'a former member is not the member of the date');
    assert.strictEqual(seatQuery('the home secretary'), null);
    assert.strictEqual(seatKey('Sheffield, Hallam'), seatKey('sheffield hallam'));
  });

  it('gives the member for the seat on the date, under the seat names of that term', () => {
    assert.deepStrictEqual(names(kb.resolveRole('the bassetlaw mp', '2023-03-01')), ['Brendan Clarke-Smith']);
    assert.deepStrictEqual(names(kb.resolveRole('the bassetlaw mp', '2025-03-01')), ['Jo White']);
    assert.deepStrictEqual(names(kb.resolveRole('the mp for dover', '2023-03-01')), ['Natalie Elphicke']);
    assert.deepStrictEqual(names(kb.resolveRole('the bethnal green and bow mp', '2023-03-01')), ['Rushanara Ali']);
    assert.deepStrictEqual(names(kb.resolveRole('the bethnal green and stepney mp', '2025-03-01')), ['Rushanara Ali'], 'the 2024 boundaries');
    assert.deepStrictEqual(names(kb.resolveRole('the bethnal green and stepney mp', '2023-03-01')), [], 'no such seat before 2024');
    assert.deepStrictEqual(names(kb.resolveRole('the bolsover mp', '1990-01-01')), ['Dennis Skinner']);
  });

  it('checks the party a phrase claims, and finds nobody for a place that is no seat, or while Parliament is dissolved', () => {
    assert.deepStrictEqual(names(kb.resolveRole('the tory mp for bracknell', '2023-03-01')), ['James Sunderland']);
    assert.deepStrictEqual(names(kb.resolveRole('the labour mp for bracknell', '2023-03-01')), [], 'the claim does not fit: nobody');
    assert.deepStrictEqual(names(kb.resolveRole('the yorkshire mp', '2023-03-01')), []);
    assert.deepStrictEqual(names(kb.resolveRole('the mp for dover', '2024-06-10')), [], 'dissolved');
    assert.deepStrictEqual(names(kb.resolveRole('the mp for dover', '1970-01-01')), [], 'before the records');
  });
});

describe('seats as references: in articles', () => {
  const D = ' date 2023-03-01 Test\n\n';

  it('names the member for a seat as the speaker, and never makes a person of the place', () => {
    const a = analyze(`${D}“We need action,” the Bassetlaw MP said. “It is time,” said the MP for Dover. “Yes,” said the Tory MP for Bracknell.`);
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['Brendan Clarke-Smith', 'Natalie Elphicke', 'James Sunderland']);
    assert.ok(!a.people.some((p) => /Bassetlaw|Dover|Bracknell/.test(p.name)));
    assert.ok(!a.organisations.some((o) => /Bassetlaw|Dover|MP/.test(o.name)));
    assert.strictEqual(a.people.find((p) => p.name === 'Natalie Elphicke')!.mp!.party, 'Conservative');
  });

  it('leaves an indefinite or unknown place anonymous, and does not guess from an MP just named', () => {
    assert.deepStrictEqual(speakers(`${D}Mark Fletcher spoke first. “No,” a Yorkshire MP said. “Hmm,” the Yorkshire MP said.`), [null, null]);
    const reform = analyze(' date 2025-06-01 T\n\n“No,” the Reform MP said. “Yes,” the Green MP said.');
    assert.ok(reform.quotes.every((q) => q.speaker?.type !== 'person'), 'a party is not a seat');
    const a = analyze(`${D}“No,” a Yorkshire MP said.`);
    assert.ok(!a.people.some((p) => /Yorkshire/.test(p.name)) && !a.organisations.some((o) => /Yorkshire/.test(o.name)));
  });

  it('does not take a former member of the seat for its member on the date', () => {
    assert.deepStrictEqual(speakers(' date 2025-10-24 X\n\nThe former Labour MP for Caerphilly said the result was “devastating”.'), [null]);
  });

  it('reads a seat before a name as a description, the name as the speaker', () => {
    const a = analyze(`${D}“Fine,” said Bolsover MP Mark Fletcher. The Bethnal Green and Bow MP said: “Aye.”`);
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['Mark Fletcher', 'Rushanara Ali']);
    assert.ok(!a.people.some((p) => /^Bethnal/.test(p.name)), '"Bethnal Green" is a place, not a misspelt MP called Green');
  });
});

describe('office titles before names', () => {
  it('makes the surname after a title the holder of the office on the date', () => {
    const a = analyze(' date 1995-03-01 T\n\nPrime Minister Major said: “Back to basics.” “No,” said Chancellor Clarke.');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['John Major', 'Kenneth Clarke']);
    assert.strictEqual(a.people.find((p) => p.name === 'John Major')!.mp!.constituency, 'Huntingdon');
  });

  it('works for the offices of 2022-26 (IfG records) and with a full name', () => {
    const a = analyze(' date 2023-03-01 T\n\nHome Secretary Braverman said: “Stop the boats.” Chancellor Hunt said “Growth matters.”');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['Suella Braverman', 'Jeremy Hunt']);
    const b = analyze(' date 2025-03-01 T\n\nWork and Pensions Secretary Liz Kendall said: “Work pays.”');
    assert.strictEqual(b.quotes[0].speaker?.name, 'Liz Kendall');
    assert.strictEqual(b.people[0].mp!.party, 'Labour');
  });

  it('needs the holder to have that surname: a title with another name is left alone', () => {
    const a = analyze(' date 2023-03-01 T\n\nChancellor Major spoke.');
    assert.ok(!a.people.some((p) => p.name === 'Jeremy Hunt' || p.name === 'John Major'));
  });
});
