import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { speakersIn } from '../support/speakers';

/** Wrong-speaker patterns of UK copy (issue 12, items 1, 4, 8, 10, 11), each on a text written for the test. */
const speakers = (body: string, date = '2019-02-21'): Array<string | null> => speakersIn(body, date);

describe('attribution: UK copy, precision', () => {
  describe('a reporting verb in the passive names the hearer, not the speaker', () => {
    it('"X was told: “…”" is not X’s', () => {
      assert.deepStrictEqual(speakers('Peter Lang met the whips. Mr Lang was told: “You are out of the party tonight.”'), [null]);
    });
    it('"she was told" does not make her the speaker', () => {
      assert.deepStrictEqual(speakers('Ann Smith spoke first. One minister says she was told: “Nobody will ever vote for a woman like you.”'), [null]);
    });
    it('"had been reported to" is no cue, so a later "he asked" keeps the nearer speaker', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang spoke to the BBC. He told Radio 4 that Mr Okafor had been reported to be uneasy. “Is this not the moment to stop?” he asked.'),
        ['Peter Lang'],
      );
    });
  });

  describe('a verb with no subject of its own shares its sentence’s cue', () => {
    it('"X attacked … and said Mr Y…": the name after the verb is its object', () => {
      assert.deepStrictEqual(
        speakers('Ann Smith attacked the plans as “vacuous” and said Mr Lang was worried about the vote.'),
        ['Ann Smith'],
      );
    });
    it('"…, adding" shares the sentence’s speaker, not the noun before the comma', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang told the BBC he “had a lot of good times” with his deputy, adding “he was a funny man”.'),
        ['Peter Lang', 'Peter Lang'],
      );
    });
    it('"as a self-proclaimed “…” she" is still hers', () => {
      assert.deepStrictEqual(speakers('Ann Smith is running. As a self-proclaimed “proud socialist” she has support.'), ['Ann Smith']);
    });
  });

  describe('role-only and anonymous speakers: null, never the person named beside them', () => {
    it('"an aide to Mr X", "a source close to X", "a friend of X" speak for nobody named', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang quit. An aide to Mr Lang said more resignations were “certainly possible”. A source close to Mr Lang said: “He is done.” A friend of Mr Lang told reporters: “He is sad.”'),
        [null, null, null],
      );
    });
    it('a later "he" is the unnamed aide’s, so unknown too', () => {
      assert.deepStrictEqual(speakers('Peter Lang quit. An aide to Mr Lang said: “It was coming.” “He is done,” he added.'), [null, null]);
    });
    it('"a member of the Cabinet says" is not the Cabinet’s, nor the previous sentence’s speaker', () => {
      assert.deepStrictEqual(speakers('Ann Smith spoke first. Another member of the Cabinet says: “Nobody will vote for this plan.”'), [null]);
    });
    it('"a spokesman for Mr X" still speaks for X', () => {
      assert.deepStrictEqual(speakers('Peter Lang quit. A spokesman for Mr Lang said: “He is sad but sure.”'), ['Peter Lang']);
    });
  });

  describe('the nearest competing subject, and the right clause', () => {
    it('a cue after the quote that opens a clause of its own ("as Y insisted") loses to the cue before it', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang met them. Mr Lang said Ann Smith had “really let me down” as Sir Tom Brown insisted the plan was sound.'),
        ['Peter Lang'],
      );
    });
    it('"wrote to Mr X: “…”" is the writer’s, not the one written to', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang, a Tory MP for 20 years, wrote to Ann Smith: “I can no longer stay in this party.”'),
        ['Peter Lang'],
      );
    });
    it('a subject before a dashed apposition speaks: "X – the MP for Y – said"', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang – the MP for a seat in Devon – said it had been a “moment of madness” and “I was not proud of it.”'),
        ['Peter Lang', 'Peter Lang'],
      );
    });
    it('"…, but Mr Y was harsher. He said:" — he is the nearer subject, Mr Y', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang praised Ms Smith, but Tom Brown was considerably harsher in his response. He said: “She has failed us all.”'),
        ['Tom Brown'],
      );
    });
    it('"The leader accused Ms X of …, and claimed": the object of the first verb is not the subject of the second', () => {
      const said = speakers('Ann Smith resigned. The Scottish Greens leader accused Ms Smith of refusing to listen, and claimed her time was marked by “relentless agitating”.');
      assert.strictEqual(said.length, 1);
      assert.notStrictEqual(said[0], 'Ann Smith');
    });
  });

  describe('institutions and terms (item 3, item 11)', () => {
    const parties: Array<[string, string]> = [
      ['“We reject it and always will,” UKIP said.', 'UK Independence Party'],
      ['Reform UK said: “We will win this seat.”', 'Reform UK'],
      ['The DUP said: “We will not back this deal.”', 'Democratic Unionist Party'],
      ['A DUP spokesman said: “We will not back this deal.”', 'Democratic Unionist Party'],
      ['A Green Party spokeswoman said: “We will not back this deal.”', 'Green Party'],
      ['Plaid Cymru said: “Wales deserves better than this.”', 'Plaid Cymru'],
    ];
    for (const [text, who] of parties) it(`${text} → ${who}`, () => assert.deepStrictEqual(speakers(text, '2024-05-01'), [who]));
    it('a quoted word between a determiner and the noun it labels is a term, not the cue’s', () => {
      const a = analyze(' date 2005-02-17 Test\n\nAnn Smith should not apologise for her “Nazi” comment, Tory MP Peter Lang has insisted. The Tories will campaign for a “no” vote.');
      assert.deepStrictEqual(a.quotes.map((q) => [q.kind, q.speaker?.name ?? null]), [['term', null], ['term', null]]);
    });
    it('a passive reporting verb with no agent: someone’s words, nobody named', () => {
      assert.deepStrictEqual(speakers('Ann Smith has resigned after sending a tweet which was branded “snobby”.'), [null]);
      assert.deepStrictEqual(speakers('Ann Smith quit. The plan was described as “a shambles” by Peter Lang.'), ['Peter Lang']);
    });
  });

  describe('offices the press shortens, and a headline’s subject', () => {
    it('"the PM" is the prime minister on the date, not an organisation called PM', () => {
      assert.deepStrictEqual(speakers('The PM said: “We will get this right and learn from it.”', '2025-07-03'), ['Keir Starmer']);
      assert.deepStrictEqual(speakers('“We will get this right,” said the PM.', '2025-07-03'), ['Keir Starmer']);
    });
    it('a pronoun with nobody before it in the body is the office that opens the headline', () => {
      const said = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);
      assert.deepStrictEqual(said(' date 2025-07-03 PM takes the blame as he backs Chancellor\n\nHe said: “We will get this right and learn from it.”'), ['Keir Starmer']);
      assert.deepStrictEqual(said(' date 2025-07-03 Home Secretary vows action\n\nShe said: “We will get this right and learn from it.”'), ['Yvette Cooper']);
    });
    it('no office or person in the headline, or one of the other sex: unknown', () => {
      const said = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);
      assert.deepStrictEqual(said(' date 2025-07-03 Storm hits the coast\n\nHe said: “We will get this right and learn from it.”'), [null]);
      assert.deepStrictEqual(said(' date 2025-07-03 PM backs Chancellor\n\nShe said: “We will get this right and learn from it.”'), [null]);
    });
  });

  describe('a body named once and then by its kind', () => {
    it('"the committee said" after "the Work and Pensions Committee" is that committee, and so is a later "it"', () => {
      assert.deepStrictEqual(
        speakers('The Work and Pensions Committee published its report. The committee said the agency was “in crisis”. It warned it could be years before it was “fit for purpose”.', '2005-01-26'),
        ['Work and Pensions Committee', 'Work and Pensions Committee'],
      );
    });
    it('two committees named: "the committee" is unknown', () => {
      assert.deepStrictEqual(
        speakers('The Work and Pensions Committee met the Treasury Committee. The committee said the agency was “in crisis”.', '2005-01-26'),
        [null],
      );
    });
  });

  describe('what someone said, named by "from", and "the minister"', () => {
    it('"a call for him to “…” from X" and "claims from X that … “…”" are X’s words', () => {
      assert.deepStrictEqual(
        speakers('Home Secretary Peter Lang has vowed to press on despite a call for him to “pause for thought” from Ann Smith. He shrugged off claims from Tory leader Tom Brown that he led a “grubby government”.', '2004-12-16'),
        ['Ann Smith', 'Tom Brown'],
      );
    });
    it('a name after "from" followed by a comma is not the sayer of what comes after', () => {
      assert.notDeepStrictEqual(speakers('Her challenge from Tom Brown, a rival, would make her “a third term candidate”.'), ['Tom Brown']);
    });
    it('"the minister" is the secretary of state just spoken of', () => {
      assert.deepStrictEqual(
        speakers('Education Secretary Ruth Kelly said schools were improving. The minister also confirmed she received “spiritual support” from the group.', '2005-01-10'),
        ['Ruth Kelly'],
      );
    });
  });

  describe('pronouns: the nearest subject, of the right number', () => {
    it('after "The mayor had said …", an unresolved role is still the nearest subject: a later "he" is unknown, not a man named before', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang landed on Monday. The mayor had previously said the city should not “roll out the red carpet”, and in an editorial, he called the visitor “a growing threat”.'),
        [null, null],
      );
    });
    it('"…, he claimed." still looks past the reported words of its own sentence', () => {
      assert.deepStrictEqual(speakers('Peter Lang spoke. Mr Brown has failed, he claimed. “It is over,” he said.'), ['Peter Lang']);
    });
    it('"it said" is not a party named in the plural ("the Tories")', () => {
      assert.deepStrictEqual(speakers('The guidance was published on Monday. The Tories have called for a change in the law. Householders would be dealt with “as swiftly as possible”, it said.', '2005-02-01'), [null]);
      assert.deepStrictEqual(speakers('The Tories have called for a change in the law. “It is time for change,” they said.', '2005-02-01'), ['Conservative Party']);
    });
    it('words a reporting verb introduces with a colon are speech, even in capitals', () => {
      assert.deepStrictEqual(speakers('Ann Smith posted the image on Thursday. Alongside the picture, she wrote: “Image from Rochester.”'), ['Ann Smith']);
    });
  });

  describe('a cue next door does not reach past a nearer subject', () => {
    it('"The Lib Dems have called for … . Sir Alan Budd found a “…”" is not the Lib Dems’', () => {
      const said = speakers('The Tories and the Lib Dems have called for a second inquiry. Sir Alan Budd found a “chain of events” linked Mr Lang to the visa.', '2004-12-22');
      assert.strictEqual(said.length, 1);
      assert.notStrictEqual(said[0], 'Liberal Democrats');
    });
    it('a sentence with no subject of its own still takes the cue next door', () => {
      assert.deepStrictEqual(speakers('Ann Smith said the vote was close. It was “a very near thing” all the same.'), ['Ann Smith']);
    });
  });
});
