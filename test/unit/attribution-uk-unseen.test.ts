import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/**
 * UK copy of the kinds the private set holds (PA copy, local papers, radio sites, defections), each on
 * a text written for the test: where the extractor was wrong or silent on new copy (issue 12).
 */
const speakers = (body: string, date: string): Array<string | null> => speakersIn(body, date);

describe('attribution: unseen UK copy', () => {
  describe('local councillors: Cllr and Councillor are titles, not names', () => {
    it('"Cllr Jane Doe said" is Jane Doe, and "Councillor Doe" is the same person', () => {
      assert.deepStrictEqual(
        speakers('Cllr Jane Doe, the leader of the council, said: “Residents deserve better.” Councillor Doe added: “We will appeal.”', '2012-09-14'),
        ['Jane Doe', 'Jane Doe'],
      );
    });
    it('"Cllr." with a stop still opens the name', () => {
      assert.deepStrictEqual(speakers('Cllr. Tom Ash said: “The road must stay open.”', '2012-09-14'), ['Tom Ash']);
    });
  });

  describe('a seat before "MP" names the seat’s member on the date, never a person called after the place', () => {
    it('"The Bury South MP said" after a floor-crossing is the member then sitting (Labour)', () => {
      const a = analyseTestArticle('Christian Wakeford crossed the floor last week.\n\nThe Bury South MP said: “I could not stay.”', '2022-01-25');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Christian Wakeford']);
      assert.deepStrictEqual(a.people.map((p) => p.name), ['Christian Wakeford']);
      assert.strictEqual(a.people[0].mp?.party, 'Labour');
    });
    it('"the Hackney North MP" is no person of its own even when nobody sits for a seat of that exact name', () => {
      const a = analyseTestArticle('The Hackney North MP said: “I quit.”', '2022-01-25');
      assert.ok(!a.people.some((p) => p.name === 'Hackney North'));
    });
  });

  describe('a description before a first name is not part of the name (local copy)', () => {
    it('"Headteacher Simon Drake said" is Simon Drake', () => {
      assert.deepStrictEqual(speakers('Headteacher Simon Drake said staff were “devastated” by the news.', '2015-02-10'), ['Simon Drake']);
    });
    it('"Mum-of-two Kerry Wells, 34, said" is Kerry Wells, and so is the paragraph that goes on', () => {
      assert.deepStrictEqual(
        speakers('Mum-of-two Kerry Wells, 34, who started the petition, said: “This school is the heart of the village.\n\n“If it closes, we lose it.”', '2015-02-10'),
        ['Kerry Wells', 'Kerry Wells'],
      );
    });
    it('a three-word name whose first word is a first name stays whole', () => {
      const a = analyseTestArticle('Mary Jane Dobbs said: “I am over the moon.”', '2015-02-10');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Mary Jane Dobbs']);
    });
  });

  describe('spokespeople: "the spokesman" and "her spokesman"', () => {
    it('"the spokesman said" is the spokesperson just quoted, and speaks for the same body', () => {
      assert.deepStrictEqual(
        speakers('A Downing Street spokesman said Mr Blair was “sorry” to lose him. Robin Cook said: “I go.”\n\n“He has the highest regard for Robin,” the spokesman said.', '2003-03-18'),
        ['Downing Street', 'Robin Cook', 'Downing Street'],
      );
    });
    it('"the spokesman" after an unnamed aide, or with no spokesperson before, is unknown', () => {
      assert.deepStrictEqual(speakers('An aide to Mr Lang said: “It was coming.”\n\n“He is done,” the spokesman said.', '2003-03-18'), [null, null]);
      assert.deepStrictEqual(speakers('Peter Lang said: “No.” “Yes,” the spokesman said.', '2003-03-18'), ['Peter Lang', null]);
    });
    it('"Her spokesman said" speaks for the one she is; "his" for the man just named', () => {
      assert.deepStrictEqual(speakers('Nicola Sturgeon faced questions.\n\nHer spokesman said: “The First Minister will give evidence.”', '2021-03-01'), ['Nicola Sturgeon']);
      assert.deepStrictEqual(speakers('Anna Soubry met Peter Lang. His spokesman said: “He is fine.”', '2021-03-01'), ['Peter Lang']);
    });
  });

  describe('sources, allies and friends of someone speak for nobody named (item 4)', () => {
    it('"a source close to the Prime Minister" is not the Prime Minister', () => {
      assert.deepStrictEqual(speakers('A source close to the Prime Minister said: “He is furious.”', '2021-03-01'), [null]);
    });
    it('"Sources close to the Chancellor", "Friends of Mr Sunak", "Aides to the Home Secretary": plural, no article', () => {
      assert.deepStrictEqual(
        speakers('Rishi Sunak spoke. Friends of Mr Sunak said he was “calm”. Sources close to the Chancellor said he was “relaxed”. Aides to the Home Secretary said: “She is calm.”', '2021-03-01'),
        [null, null, null],
      );
    });
    it('"allies of Downing Street" are not Downing Street; "Labour sources close to Sir Keir" are not Keir', () => {
      assert.deepStrictEqual(speakers('Allies of Downing Street said it was “calm”. Labour sources close to Sir Keir said: “He is calm.”', '2021-03-01'), [null, null]);
    });
    it('"a spokesman for Mr X" still speaks for X', () => {
      assert.deepStrictEqual(speakers('Peter Lang quit. A spokesman for Mr Lang said: “He is sad.”', '2021-03-01'), ['Peter Lang']);
    });
  });

  describe('another nation’s government or treasury is not the UK’s (item 3)', () => {
    it('"the Scottish Government said" is the Scottish Government; "a Scottish government source" is unknown', () => {
      assert.deepStrictEqual(
        speakers('The Scottish Government said the claims were “nonsense”. A Scottish government source said: “It is a smear.”', '2021-03-01'),
        ['Scottish Government', null],
      );
    });
    it('"the US Treasury" is the US Treasury, "the Treasury" HM Treasury, "the Tory government" the UK Government', () => {
      assert.deepStrictEqual(
        speakers('The US Treasury said: “No.” The Treasury said: “Yes.” The Tory government said: “Maybe.”', '2021-03-01'),
        ['US Treasury', 'HM Treasury', 'UK Government'],
      );
    });
  });

  describe('"the MP said": the member just spoken of, where the records agree', () => {
    it('is the sitting MP just named', () => {
      assert.deepStrictEqual(speakers('Christian Wakeford spoke. The MP said: “I quit.”', '2022-01-25'), ['Christian Wakeford']);
    });
    it('"the former MP" is one who sat before the date and does not now', () => {
      assert.deepStrictEqual(speakers('Jo Swinson lost her seat. The former MP said: “It is sad.”', '2020-01-31'), ['Jo Swinson']);
      assert.deepStrictEqual(speakers('Christian Wakeford spoke. The former MP said: “It is sad.”', '2022-01-25'), [null]);
    });
    it('is nobody when the one just named is no MP, and an indefinite MP is always nobody', () => {
      assert.deepStrictEqual(speakers('Peter Lang, a teacher, spoke. The MP said: “I quit.”', '2022-01-25'), [null]);
      assert.deepStrictEqual(speakers('Christian Wakeford spoke. An MP said: “He will go.”', '2022-01-25'), [null]);
    });
  });

  describe('departments whose names join words with "and" (item 3)', () => {
    it('"the Department of Health and Social Care" is one body, before or after "spokesperson"', () => {
      assert.deepStrictEqual(
        speakers('A spokesperson for the Department of Health and Social Care said: “We have met the unions.” A Department of Health and Social Care spokesperson said: “We are investing.”', '2023-01-10'),
        ['Department of Health and Social Care', 'Department of Health and Social Care'],
      );
    });
    it('"the Department for Business and Trade said"', () => {
      assert.deepStrictEqual(speakers('The Department for Business and Trade said: “We have a deal.”', '2023-01-10'), ['Department for Business and Trade']);
    });
  });

  describe('descriptions of local copy stand for the one person the article described so', () => {
    it('"the mother-of-one said" after "X, a mother-of-one,"; "the mum-of-two" after "Mother-of-two X"', () => {
      assert.deepStrictEqual(
        speakers('Paulette Wilson, a mother-of-one, spoke outside.\n\nThe mother-of-one said: “I have lived here for 50 years.”', '2018-04-10'),
        ['Paulette Wilson'],
      );
      assert.deepStrictEqual(
        speakers('Mother-of-two Kerry Wells started the petition. Tom Ash signed it.\n\n“It is the heart of the village,” the mum-of-two said.', '2015-02-10'),
        ['Kerry Wells'],
      );
    });
    it('"the councillor said" after "Cllr Jane Doe", and nobody when no one was described so', () => {
      assert.deepStrictEqual(speakers('Cllr Jane Doe proposed the plan. The councillor said: “Residents deserve better.”', '2012-09-14'), ['Jane Doe']);
      assert.deepStrictEqual(speakers('Jane Doe proposed the plan. The mother-of-two said: “Residents deserve better.”', '2012-09-14'), [null]);
    });
  });

  describe('two people of one sex joined by "and": a later he or she could be either', () => {
    it('"Jeremy Corbyn and Tom Watson met. “…,” he said" is nobody’s', () => {
      assert.deepStrictEqual(speakers('Jeremy Corbyn and Tom Watson met on Monday.\n\n“We are a broad church,” he said.', '2019-02-21'), [null]);
    });
    it('a man and a woman joined so still leave he and she clear', () => {
      assert.deepStrictEqual(speakers('Jeremy Corbyn and Diane Abbott met on Monday.\n\n“We are a broad church,” she said.', '2019-02-21'), ['Diane Abbott']);
    });
    it('"X met Y. “…,” he said" stays the subject’s', () => {
      assert.deepStrictEqual(speakers('Jeremy Corbyn met Tom Watson on Monday.\n\n“We are a broad church,” he said.', '2019-02-21'), ['Jeremy Corbyn']);
    });
  });
});
