import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { speakersIn } from '../support/speakers';

/** The behaviours of news copy issue 12 lists, each on short texts written for the test. */
const speakers = (body: string, date = '2019-02-21'): Array<string | null> => speakersIn(body, date);

describe('attribution on news copy', () => {
  describe('1. precision first: a pronoun needs a compatible, nearest antecedent', () => {
    it('after "a Downing Street spokesman said", he is the spokesman (Downing Street), not a man named before', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang spoke on Monday.\n\nA Downing Street spokesman said the talks went well. “We are making progress,” he said.'),
        ['Downing Street'],
      );
    });
    it('"it said" after a spokesperson is not the spokesperson’s organisation', () => {
      assert.notDeepStrictEqual(speakers('A Home Office spokesperson said the figures were early. “We will act,” it said.'), ['Home Office']);
    });
  });

  describe('2. a cue beats a continuation', () => {
    it('a quote after "X said:" is X’s, even right after another speaker’s quote', () => {
      assert.deepStrictEqual(
        speakers('“We have won the argument,” Martha Okafor said.\n\nPeter Lang said: “It is not over and we will fight on.”'),
        ['Martha Okafor', 'Peter Lang'],
      );
    });
    it('a paragraph of speech with no cue continues the speaker before it', () => {
      assert.deepStrictEqual(
        speakers('“We have won the argument,” Martha Okafor said.\n\n“Now we must win the vote in the Commons.”'),
        ['Martha Okafor', 'Martha Okafor'],
      );
    });
  });

  describe('3. institutions and publications speak; documents have authors', () => {
    const cases: Array<[string, string | null]> = [
      ['Downing Street said: “The plan stands.”', 'Downing Street'],
      ['“We reject it,” No 10 said.', 'Downing Street'],
      ['“We reject it,” the Home Office said.', 'Home Office'],
      ['“We reject it,” a Conservative spokesperson said.', 'Conservative Party'],
      ['“It was a mistake,” the Sunday Times said.', 'Sunday Times'],
      ['“We act,” a Home Office spokeswoman said.', 'Home Office'],
      ['In his resignation letter, Peter Lang wrote: “It is a sad day.”', 'Peter Lang'],
      ['“The plans are sound,” the report says.', null],
    ];
    for (const [text, who] of cases) it(`${text} → ${who}`, () => assert.deepStrictEqual(speakers(text), [who]));
  });

  describe('4. role-only and anonymous speakers are not the previous speaker', () => {
    it('"one former minister" and "Labour sources" stay unknown', () => {
      assert.deepStrictEqual(speakers('Peter Lang said “we will win”. “He is wrong,” one former minister said.'), ['Peter Lang', null]);
      assert.deepStrictEqual(speakers('Peter Lang said “we will win”. “It is a disgrace,” Labour sources said.'), ['Peter Lang', null]);
      assert.deepStrictEqual(speakers('Peter Lang said “we will win”. “It is a disgrace,” critics said.'), ['Peter Lang', null]);
    });
    it('plural voices do not hide the person a later he means', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang was angry. Critics said it was late. “I did nothing wrong,” he said.'),
        ['Peter Lang'],
      );
    });
  });

  describe('5. names with titles and descriptions: the person, not the title, network or party', () => {
    const cases: Array<[string, string]> = [
      ['“It is not new,” said Rep. Bobby Scott (D-Va.) at the time.', 'Bobby Scott'],
      ['Rep. Bobby Scott (D-Va.) said: “It is not new.”', 'Bobby Scott'],
      ['“It is not new,” said Sen. Tim Kaine.', 'Tim Kaine'],
      ['“We will win,” MSNBC host Chris Matthews said.', 'Chris Matthews'],
      ['“We will win,” Labour’s Angela Rayner said.', 'Angela Rayner'],
      ['“It is treason,” said Cruz constituent Dan Golvach when asked.', 'Dan Golvach'],
      ['“It is bad,” said Clinton’s top foreign policy aide Jake Sullivan.', 'Jake Sullivan'],
      ['Gov. John Kasich (R-OH), said, “We are ready.”', 'John Kasich'],
    ];
    for (const [text, who] of cases) it(`${text} → ${who}`, () => assert.deepStrictEqual(speakers(text, '2016-05-01'), [who]));
    it('a capitalised description with no name after it is nobody', () => {
      assert.deepStrictEqual(speakers('“It is a distraction,” said Republican party boss Reince Priebus.', '2016-05-01'), [null]);
      assert.deepStrictEqual(speakers('“We are props,” said Virginia delegate Beau Correll.', '2016-05-01'), [null]);
    });
  });

  describe('6. person before organisation', () => {
    it('"Tom Ferris of the Sierra Club said" is Tom Ferris', () => {
      assert.deepStrictEqual(speakers('Tom Ferris of the Sierra Club said: “It is bad for the river.”', '2016-05-01'), ['Tom Ferris']);
    });
  });

  describe('7. dash and colon forms', () => {
    it('“…” — Name and Name: “…”', () => {
      assert.deepStrictEqual(speakers('“It is over.” — Martha Okafor'), ['Martha Okafor']);
      assert.deepStrictEqual(speakers('“It is over,” — Martha Okafor, a nurse.'), ['Martha Okafor']);
      assert.deepStrictEqual(speakers('Martha Okafor: “It is over.”'), ['Martha Okafor']);
    });
    it('Name: and the quote in the next paragraph, with LF and with CRLF line ends', () => {
      assert.deepStrictEqual(speakers('Martha Okafor:\n\n“It is over.”'), ['Martha Okafor']);
      assert.deepStrictEqual(speakers('Martha Okafor:\r\n\r\n“It is over.”'), ['Martha Okafor']);
    });
    it('a dash and a name that goes on into a sentence is not a signature', () => {
      assert.notDeepStrictEqual(speakers('“fair play” - Martha Okafor won the cup with it.'), ['Martha Okafor']);
    });
  });

  describe('8. speaker after the quote', () => {
    it('"said the Home Secretary, James Cleverly" and "the Chancellor added" on the date', () => {
      assert.deepStrictEqual(speakers('“We will stop the boats,” said the Home Secretary, James Cleverly.', '2023-12-01'), ['James Cleverly']);
      assert.deepStrictEqual(speakers('“We will cut taxes,” the Chancellor added.', '2023-12-01'), ['Jeremy Hunt']);
    });
  });

  describe('9. channels are listeners, not speakers', () => {
    it('told the BBC, wrote on X; "told AFP" after a quote does not make AFP the speaker', () => {
      assert.deepStrictEqual(speakers('“It is over,” Angela Rayner told the BBC.'), ['Angela Rayner']);
      assert.deepStrictEqual(speakers('“It is over,” Angela Rayner wrote on X.'), ['Angela Rayner']);
      assert.deepStrictEqual(speakers('“It is over,” a delegate from Ohio told AFP.'), [null]);
    });
    it('a participle after an object ("vote for X, saying") is the subject’s', () => {
      assert.deepStrictEqual(
        speakers('Martha Okafor urged women to vote for Angela Rayner, saying, “There is a place for all of us.”'),
        ['Martha Okafor'],
      );
    });
  });

  describe('verbs of speech news copy uses', () => {
    it('observed, pointed out, shot back, yelled, and a lead-in paragraph ending with such a verb', () => {
      assert.deepStrictEqual(speakers('“We are ready,” Martha Okafor observed.'), ['Martha Okafor']);
      assert.deepStrictEqual(speakers('Martha Okafor pointed out, “We are ready.”'), ['Martha Okafor']);
      assert.deepStrictEqual(speakers('Martha Okafor shot back: “We are ready.”'), ['Martha Okafor']);
      assert.deepStrictEqual(speakers('As Martha Okafor observed at the time:\n\n“The clear winner was the stage itself.”'), ['Martha Okafor']);
    });
  });

  describe('10. relayed speech', () => {
    it('"According to Mr Peston, the prime minister said" is the prime minister’s', () => {
      assert.deepStrictEqual(speakers('According to Mr Peston, the prime minister said “it is over”.', '2016-05-01'), ['David Cameron']);
    });
  });

  describe('11. a speaker is someone the text names, never a place or a term', () => {
    it('a nickname in quotes is a term', () => {
      const a = analyze(' date 2019-02-21 T\n\nAngela Rayner called him ‘Captain Hindsight’ in the Commons.');
      assert.deepStrictEqual(a.quotes.map((q) => [q.kind, q.speaker]), [['term', null]]);
    });
  });
});
