import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/** Capitalised quotes that are speech, not names or titles (issue 12: a quote taken for a term is never covered). Texts written for the test. */
const DATE = '2016-03-01';
const speakers = (body: string): Array<string | null> => speakersIn(body, DATE);
const kinds = (body: string): string[] => analyseTestArticle(body, DATE).quotes.map((q) => q.kind);

describe('quotes: speech or term', () => {
  describe('a capitalised sentence of its own right after a speech quote goes on speaking', () => {
    it('a name as the whole next sentence is the speaker’s answer, not a term', () => {
      assert.deepStrictEqual(
        speakers('“We have one opponent left in this race,” Dara Wilmot told volunteers. “Grant Pellow.”'),
        ['Dara Wilmot', 'Dara Wilmot'],
      );
    });
    it('a capitalised sentence after a quote with a trailing cue continues it', () => {
      assert.deepStrictEqual(
        speakers('“Only two people can run this operation,” said Dara Wilmot. “That Is Grant Pellow And Me.”'),
        ['Dara Wilmot', 'Dara Wilmot'],
      );
    });
    it('a title inside a sentence after a speech quote stays a term', () => {
      assert.deepStrictEqual(
        kinds('“We loved making it,” Dara Wilmot said. The film was called “Harbour Lights” in Europe.'),
        ['speech', 'term'],
      );
    });
    it('a capitalised sentence with no speech quote before it stays a term', () => {
      assert.deepStrictEqual(kinds('The hall was quiet.\n\n“Harbour Lights.”'), ['term']);
    });
    it('a paragraph away from the speech quote, it stays a term', () => {
      assert.deepStrictEqual(
        kinds('“We loved making it,” Dara Wilmot said.\n\nThe crowd cheered.\n\n“Harbour Lights.”'),
        ['speech', 'term'],
      );
    });
  });

  describe('a capitalised quote ending in a comma before a titled name and a reporting verb is speech', () => {
    const cases: Array<[string, string]> = [
      ['“Tallis Is Hamas,” Mr. Kerrigan said.', 'Kerrigan'],
      ['“Nobody Knows,” Sen. Dara Wilmot said.', 'Dara Wilmot'],
      ['“Good Morning,” Dr. Pellow said.', 'Pellow'],
    ];
    for (const [text, who] of cases) {
      it(`${text} → ${who}`, () => {
        const [speaker] = speakers(text);
        assert.ok(speaker?.endsWith(who), `got ${speaker}`);
      });
    }
    it('a comma and a title with no reporting verb after it: still a term', () => {
      assert.deepStrictEqual(kinds('He watched “Harbour Lights,” Mr. Kerrigan’s film, twice.'), ['term']);
    });
  });
});
