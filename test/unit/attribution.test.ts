import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import type { Analysis } from '../../src/extractor/types';

const HEAD = ' date 2019-02-21 Test article\n\n';

function speakersOf(a: Analysis): Array<string | null> {
  return a.quotes.map((q) => q.speaker?.name ?? null);
}

function run(body: string, head = HEAD): Analysis {
  return analyze(head + body);
}

describe('attribution', () => {
  it('reads "X said" and "X has said" with the cue and its offsets', () => {
    const text = HEAD + 'Labour MPs should “stand again”, Jeremy Corbyn has said.';
    const a = analyze(text);
    assert.deepStrictEqual(speakersOf(a), ['Jeremy Corbyn']);
    const cue = a.quotes[0].cue!;
    assert.strictEqual(cue.text, 'Jeremy Corbyn has said');
    assert.strictEqual(text.slice(cue.start, cue.end), cue.text);
  });

  it('reads "said X" after a quote', () => {
    assert.deepStrictEqual(speakersOf(run('“We will not give up on this,” said Dominic Grieve.')), ['Dominic Grieve']);
  });

  it('reads "X told Y" and a colon before the quote', () => {
    assert.deepStrictEqual(speakersOf(run('Heidi Allen told the BBC: “It is time to go.”')), ['Heidi Allen']);
    assert.deepStrictEqual(speakersOf(run('Dominic Grieve: “I will stay in the party for now.”')), ['Dominic Grieve']);
  });

  it('reads "according to X"', () => {
    assert.deepStrictEqual(speakersOf(run('The plan is “dead in the water”, according to Dominic Grieve.')), ['Dominic Grieve']);
  });

  it('resolves he and she by gender and recency', () => {
    const a = run('Jeremy Corbyn met Heidi Allen on Monday. She said the talks were “a fair start”. He said they were “useful”.');
    assert.deepStrictEqual(speakersOf(a), ['Heidi Allen', 'Jeremy Corbyn']);
    assert.strictEqual(a.quotes[0].method, 'pronoun');
  });

  it('resolves a role noun from the offices held on the date', () => {
    const a = run('Jeremy Corbyn was in Leeds. Later the Labour leader said it was “the right thing to do”.');
    assert.deepStrictEqual(speakersOf(a), ['Jeremy Corbyn']);
    assert.strictEqual(a.quotes[0].method, 'role');
  });

  it('resolves a role noun from an apposition in the text', () => {
    const a = run('Sam Brightwell, the party chairman, spoke first. Then the party chairman said it was “a long road”.');
    assert.deepStrictEqual(speakersOf(a), ['Sam Brightwell']);
    assert.deepStrictEqual(a.people.find((p) => p.name === 'Sam Brightwell')!.roles, ['party chairman']);
  });

  it('gives organisations their words', () => {
    assert.deepStrictEqual(speakersOf(run('Momentum says it will “fight every seat”.')), ['Momentum']);
    const a = run('The Tories said the plan was “a shambles”.');
    assert.deepStrictEqual(speakersOf(a), ['Conservative Party']);
    assert.strictEqual(a.organisations[0].name, 'Conservative Party');
  });

  it('carries the speaker to a following quote paragraph with no cue', () => {
    const a = run('“We have had enough of this,” Dominic Grieve said.\n\n“And we will say so again in the House tomorrow.”');
    assert.deepStrictEqual(speakersOf(a), ['Dominic Grieve', 'Dominic Grieve']);
    assert.strictEqual(a.quotes[1].method, 'continuation');
  });

  it('takes a cue from the previous sentence', () => {
    const a = run('Dominic Grieve said he was worried. “This is a mess for everyone involved here.”');
    assert.deepStrictEqual(speakersOf(a), ['Dominic Grieve']);
    assert.strictEqual(a.quotes[0].method, 'adjacent');
  });

  it('leaves an unnamed spokesman as an unknown speaker of speech', () => {
    const a = run('A spokesman said the decision was “deeply regrettable”.');
    assert.deepStrictEqual(speakersOf(a), [null]);
    assert.strictEqual(a.quotes[0].kind, 'speech');
  });

  it('gives words to the owner of a saying noun: "the government’s call to “…”"', () => {
    const a = run('Shops were shut after the government’s call to “stay indoors”. Dominic Grieve’s pledge to “fight on” was noted.');
    assert.deepStrictEqual(speakersOf(a), ['UK Government', 'Dominic Grieve']);
  });

  it('reads he in a relative clause as the person just named', () => {
    const a = run('Heidi Allen met Jeremy Corbyn’s team—which he calls his “kitchen cabinet”—on Monday.');
    assert.deepStrictEqual(speakersOf(a), ['Jeremy Corbyn']);
  });

  it('hands a party spokesman’s words to the party, and the definite one to the member just named', () => {
    const a = run('A Labour spokesman said the plan was “unworkable”.');
    assert.deepStrictEqual(speakersOf(a), ['Labour Party']);
    const b = run('Dominic Grieve spoke in the debate. The Tory spokesman said the plan was “unworkable”.');
    assert.deepStrictEqual(speakersOf(b), ['Dominic Grieve']);
  });

  it('keeps letters after a name out of it and out of organisations', () => {
    const a = run('Sam Brightwell QC has warned of a “real risk” to the public.');
    assert.deepStrictEqual(speakersOf(a), ['Sam Brightwell']);
  });

  it('takes a name one letter from a sitting MP (and matching no one sitting) as that MP', () => {
    const a = run('Dominic Grieves said it was “a sad day”.');
    assert.deepStrictEqual(speakersOf(a), ['Dominic Grieve']);
  });

  it('takes no first name of its own for a misspelt member\'s, nor two letters between short names', () => {
    const at = (date: string, body: string) => analyze(` date ${date} A story\n\n${body}\n`).people.map((p) => [p.name, p.mp?.constituency ?? null]);
    // Andrea is a name of its own (and a woman's): not the member Andrew Mitchell; Sian is two edits from Susan.
    assert.deepStrictEqual(at('2016-01-18', 'Andrea Mitchell said: “We will see.”'), [['Andrea Mitchell', null]]);
    assert.deepStrictEqual(at('2017-10-05', 'Sian Jones said: “We hope this brings comfort.”'), [['Sian Jones', null]]);
    // One letter, the same name and gender: still the member (Philip Hammond sat for Runnymede and Weybridge).
    assert.deepStrictEqual(at('2017-10-05', 'Phillip Hammond said: “The economy is growing.”'), [['Phillip Hammond', 'Runnymede and Weybridge']]);
    assert.deepStrictEqual(at('2022-07-07', 'Nahim Zahawi said: “I am honoured.”'), [['Nadhim Zahawi', 'Stratford-on-Avon']]);
  });

  it('links no member named with a police rank', () => {
    const a = analyze(' date 2017-10-05 Burglar jailed\n\nSergeant Peter Bone, of Northamptonshire Police, said: “We are pleased.”\n');
    assert.deepStrictEqual(a.people.map((p) => [p.name, p.mp ?? null]), [['Peter Bone', null]]);
  });

  it('marks scare quotes and titles as terms', () => {
    const a = run('The so-called “awkward squad” met in the Commons. Nobody had read “The Long Road Home” yet.');
    assert.deepStrictEqual(a.quotes.map((q) => q.kind), ['term', 'term']);
    assert.deepStrictEqual(speakersOf(a), [null, null]);
  });
});

describe('term markers before a quote', () => {
  it('finds a marker at the end of a long lead-in, after spaces, and in any case', () => {
    const a = run('After years of argument in the Commons and the country, the government unveiled its so-called   “awkward squad” plan. Critics mocked what they DUBBED “the plan”. Ann Smith said “it will work”.');
    assert.deepStrictEqual(a.quotes.map((q) => q.kind), ['term', 'term', 'speech']);
  });

  it('reads a title after a reporting verb and colon as speech, and a title elsewhere as a term', () => {
    const a = run('Ann Smith wrote: “Image From Rochester.” Nobody had read “The Long Road Home” yet.');
    assert.deepStrictEqual(a.quotes.map((q) => q.kind), ['speech', 'term']);
  });
});

describe('people and MPs on the date', () => {
  it('shows a member who left a party days before in the new one, with the old term beside it', () => {
    const a = run('Chuka Umunna spoke to reporters.');
    const p = a.people.find((x) => x.name === 'Chuka Umunna')!;
    assert.strictEqual(p.mp!.party, 'The Independent Group');
    assert.strictEqual(p.mp!.constituency, 'Streatham');
    assert.strictEqual(p.mp!.previous!.party, 'Labour');
  });

  it('groups Mr Corbyn and Corbyn with Jeremy Corbyn', () => {
    const a = run('Jeremy Corbyn spoke. Mr Corbyn then left. Corbyn later returned.');
    const p = a.people.find((x) => x.name === 'Jeremy Corbyn')!;
    assert.deepStrictEqual(p.mentions.map((m) => m.text), ['Jeremy Corbyn', 'Mr Corbyn', 'Corbyn']);
    assert.strictEqual(p.mp!.party, 'Labour');
    assert.strictEqual(p.gender, 'male');
  });

  it('picks the sitting one of two MPs with the same name', () => {
    const a = run('Angela Smith spoke.');
    assert.strictEqual(a.people[0].mp!.constituency, 'Penistone and Stocksbridge');
  });

  it('marks a surname that fits several sitting MPs as ambiguous, with the candidates', () => {
    const a = run('Ms Eagle said it was “wrong”.');
    const p = a.people[0];
    assert.strictEqual(p.mpStatus, 'ambiguous');
    assert.strictEqual(p.mp, null);
    assert.deepStrictEqual(p.candidates!.map((c) => c.name).sort(), ['Angela Eagle', 'Maria Eagle']);
  });

  it('resolves the surname from a full name earlier in the text', () => {
    const a = run('Maria Eagle spoke first. Ms Eagle said it was “wrong”.');
    assert.deepStrictEqual(speakersOf(a), ['Maria Eagle']);
  });

  it('never takes a peer for a sitting MP of the same surname', () => {
    const a = run('Baroness Morgan said it was “a fair point”.', ' date 2005-03-01 Peers\n\n');
    assert.strictEqual(a.people[0].mp, null);
  });

  it('gives no MP facts to a former MP', () => {
    const a = run('Tony Blair said it was “a mistake”.');
    const p = a.people.find((x) => x.name === 'Tony Blair')!;
    assert.strictEqual(p.mp, null);
    assert.strictEqual(p.mpStatus, 'not-mp');
  });

  it('says when the article has no date and uses the newest data', () => {
    const a = analyze('Jeremy Corbyn spoke.');
    assert.strictEqual(a.date, null);
    assert.ok(a.notices.some((n) => n.code === 'no-date'));
  });

  it('says there is no membership data for a date before the data starts', () => {
    const a = run('Jeremy Corbyn spoke.', ' date 1975-05-01 Old story\n\n');
    assert.strictEqual(a.people[0].mpStatus, 'no-data');
    assert.strictEqual(a.people[0].mp, null);
    assert.ok(a.notices.some((n) => n.code === 'date-before-data'));
  });

  it('reports an impossible date', () => {
    const a = run('Jeremy Corbyn spoke.', ' date 2019-02-30 Bad date\n\n');
    assert.strictEqual(a.date, null);
    assert.ok(a.notices.some((n) => n.code === 'invalid-date'));
  });
});
