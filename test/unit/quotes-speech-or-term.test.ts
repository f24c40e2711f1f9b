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

  describe('a quote that fills its paragraph, signed on the next line', () => {
    it('“…” ¶ - Dara Wilmot. is Dara Wilmot’s, and a second one signed with the surname alone', () => {
      assert.deepStrictEqual(
        speakers('Dara Wilmot and Grant Pellow met in a debate.\n\n"Most new income goes to the top earners."\n\n- Dara Wilmot.\n\nThe figure is old.\n\n"I helped write the bill."\n\n- Pellow.\n\nPellow wrote one amendment.'),
        ['Dara Wilmot', 'Grant Pellow'],
      );
    });
    it('a signature with a short description after a comma: “…” ¶ —Dara Wilmot, Philadelphia.', () => {
      assert.deepStrictEqual(speakers('“The whole campaign needs to stop.”\n\n—Dara Wilmot, Philadelphia.'), ['Dara Wilmot']);
    });
    it('a title before the signed name: “…” ¶ -Sen. Dara Wilmot, tweeting after the vote.', () => {
      assert.deepStrictEqual(speakers('“Great speech. She is ready.”\n\n-Sen. Dara Wilmot, tweeting after the vote.'), ['Dara Wilmot']);
    });
    it('a dash line that goes on into a sentence is no signature', () => {
      assert.deepStrictEqual(speakers('“The whole campaign needs to stop.”\n\n- Dara Wilmot said she would not vote again.')[0], null);
    });
    it('a quote that shares its line with other words is not signed by the next line', () => {
      assert.deepStrictEqual(
        speakers('Critics called the plan “a tax on the poor and nothing else.”\n\n- Dara Wilmot.'),
        [null],
      );
    });
  });

  describe('what a message reads is its sender’s', () => {
    it('“posted a message on Twitter reading” gives the words to the poster', () => {
      assert.deepStrictEqual(speakers('Dara Wilmot posted a message on Twitter reading “Thank you Ohio” after the polls closed.'), ['Dara Wilmot']);
    });
    it('a sign reading “…” stays a term', () => {
      assert.deepStrictEqual(kinds('Dara Wilmot held up a sign reading “Thank you Ohio” after the polls closed.'), ['term']);
    });
  });
});
