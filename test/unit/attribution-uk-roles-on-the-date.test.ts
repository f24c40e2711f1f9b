import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/**
 * Role nouns resolved on the article's date, and people who share a member's name but sit elsewhere
 * (texts written for the tests, issue 12).
 */
describe('attribution: UK role nouns on the date', () => {
  it('reads the House\'s long titles: Leader of the Opposition, Chancellor of the Exchequer, Leader of the House', () => {
    assert.deepStrictEqual(speakersIn('The Conservatives are choosing a new leader.\n\nThe Leader of the Opposition said: “I will stay until my successor is chosen.”', '1997-06-01'), ['John Major']);
    assert.deepStrictEqual(speakersIn('Labour set out its plans.\n\n“We will not borrow to spend,” said the Leader of the Opposition.', '2017-03-01'), ['Jeremy Corbyn']);
    assert.deepStrictEqual(speakersIn('The budget was delivered on Wednesday.\n\nThe Chancellor of the Exchequer said: “We are fixing the roof.”', '2013-03-20'), ['George Osborne']);
    assert.deepStrictEqual(speakersIn('MPs will vote on Lords reform.\n\nThe Leader of the House said: “MPs will have a free vote.”', '2002-11-01'), ['Robin Cook']);
    assert.deepStrictEqual(speakersIn('MPs were told to be brief.\n\nThe Speaker of the House of Commons said: “Order.”', '2021-03-10'), ['Lindsay Hoyle']);
    assert.deepStrictEqual(speakersIn('Spending was cut again.\n\nThe Chief Secretary to the Treasury said: “Every department must save.”', '2011-06-01'), ['Danny Alexander']);
  });

  it('names nobody for the Speaker of the House alone (US copy\'s Speaker), nor for a title the records cannot answer', () => {
    assert.deepStrictEqual(speakersIn('The vote was delayed.\n\nThe Speaker of the House said: “We will vote next week.”', '2015-06-01'), [null]);
    assert.deepStrictEqual(speakersIn('Labour set out its plans.\n\nThe deputy leader of the opposition said: “We are ready.”', '2017-03-01'), [null]);
  });

  it('resolves the great offices on their dates, and nobody on a reshuffle day for the bare title', () => {
    assert.deepStrictEqual(speakersIn('Ministers will publish plans for identity cards.\n\nThe Home Secretary said: “We will bring the scheme forward.”', '2006-03-10'), ['Charles Clarke']);
    assert.deepStrictEqual(speakersIn('A new border unit will start work.\n\n“We will smash the gangs,” the Home Secretary said.', '2024-09-20'), ['Yvette Cooper']);
    assert.deepStrictEqual(speakersIn('Councils will get new powers.\n\nThe Deputy Prime Minister said: “We are getting Britain building.”', '2025-03-01'), ['Angela Rayner']);
    assert.deepStrictEqual(speakersIn('The reshuffle took a turn at the Treasury.\n\n“I could not accept the conditions,” the Chancellor said.', '2020-02-13'), [null]);
    assert.deepStrictEqual(speakersIn('The reshuffle took a turn at the Treasury.\n\n“It is an honour to serve,” the new Chancellor said.', '2020-02-13'), ['Rishi Sunak']);
  });

  it('does not take a long title for another office of the same place when the records cannot answer it', () => {
    // Before the records start: "the leader of the opposition" is not the opposition chief whip just named.
    assert.deepStrictEqual(speakersIn('Jane Doe, the opposition chief whip, said: “We will vote against.”\n\nThe leader of the opposition said: “We will win.”', '1978-06-01'), ['Jane Doe', null]);
  });

  it('names no member of the Commons for an office noun in American copy', () => {
    const us = 'Republicans in Congress met on Tuesday, and the Senate will vote next week.\n\n';
    assert.deepStrictEqual(speakersIn(`${us}The leader of the House said: “We will pass it.”`, '2016-03-01'), [null]);
    assert.deepStrictEqual(speakersIn(`${us}The attorney general said: “The law is clear.”`, '2016-03-01'), [null]);
    assert.deepStrictEqual(speakersIn('MPs returned to Westminster.\n\nThe attorney general said: “The law is clear.”', '2016-03-01'), ['Jeremy Wright'], 'British copy: the member');
  });

  it('does not give the words of another nation\'s prime minister to the Commons holder', () => {
    // Two prime ministers the text names, neither of them in the Commons: the bare office is the one just quoted, or nobody.
    const world = 'Israeli Prime Minister Ariel Ben-David rejected the plan, as the UK urged restraint.\n\n'
      + 'The Australian prime minister, Tom Whitlock, said his government would work with its partners. “We want a pause,” the prime minister said.';
    assert.deepStrictEqual(speakersIn(world, '2023-11-08'), ['Tom Whitlock']);
    // With nobody the text calls prime minister, British copy's bare office is still the holder on the date.
    assert.deepStrictEqual(speakersIn('MPs returned to Westminster.\n\n“We want a pause,” the prime minister said.', '2023-11-08'), ['Rishi Sunak']);
    // Two prime ministers the Commons records: the holder on the date among them.
    assert.deepStrictEqual(speakersIn('Prime Minister Rishi Sunak met former prime minister Boris Johnson.\n\n“We want a pause,” the prime minister said.', '2023-11-08'), ['Rishi Sunak']);
  });

  it('names no member of the Commons for an office noun in another nation\'s copy', () => {
    const canberra = 'Labor backbenchers in Canberra raised concerns about the cost of the submarines.\n\n';
    assert.deepStrictEqual(speakersIn(`${canberra}“This is the biggest investment in our defence,” the prime minister said.`, '2023-03-14'), [null]);
    const berlin = 'The coalition in Berlin agreed a budget after weeks of talks.\n\n';
    assert.deepStrictEqual(speakersIn(`${berlin}“We have a deal,” the chancellor said.`, '2023-11-08'), [null]);
    assert.deepStrictEqual(speakersIn('MPs returned to Westminster after talks in Berlin.\n\n“We have a deal,” the chancellor said.', '2023-11-08'), ['Jeremy Hunt'], 'British copy: the member');
  });

  it('names no MP for the First Minister of Scotland or Wales', () => {
    assert.deepStrictEqual(speakersIn('The Scottish government will consult again.\n\nScotland\'s First Minister said: “People deserve a choice.”', '2019-05-01'), [null]);
    assert.deepStrictEqual(speakersIn('Wales will ease restrictions.\n\nThe First Minister said: “We can do this.”', '2021-06-01'), [null]);
  });
});

describe('attribution: people who share a member\'s name but sit elsewhere', () => {
  const mpOf = (body: string, date: string, name: string) => analyseTestArticle(body, date).people.find((p) => p.name === name)?.mp ?? null;

  it('an MSP, MS, MLA or MEP of an MP\'s name is not the MP', () => {
    assert.strictEqual(mpOf('Holyrood debated ferries.\n\nSNP MSP Alan Brown said: “The yard must be saved.”', '2020-06-01', 'Alan Brown'), null);
    assert.strictEqual(mpOf('Holyrood debated ferries.\n\nAlan Brown MSP said: “The yard must be saved.”', '2020-06-01', 'Alan Brown'), null);
    assert.strictEqual(mpOf('The Senedd debated buses.\n\nAlan Brown, the Labour MS for Cardiff North, said: “Fares must fall.”', '2020-06-01', 'Alan Brown'), null);
    assert.ok(mpOf('Kilmarnock will get a new station.\n\nAlan Brown, the SNP MP, said: “This is overdue.”', '2020-06-01', 'Alan Brown'), 'the MP himself keeps his link');
  });

  it('a peer who was an MP is not the sitting member after leaving the Commons', () => {
    const a = analyseTestArticle('Peers debated the schools bill.\n\nLord Blunkett said: “This bill will not help a single child.”', '2017-01-10');
    assert.deepStrictEqual(a.people.filter((p) => p.mp).map((p) => p.name), []);
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['Blunkett'], 'the peer speaks, as himself');
  });
});
