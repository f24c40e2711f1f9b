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
});
