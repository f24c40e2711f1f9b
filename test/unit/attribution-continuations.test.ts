import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** Quotes that go on from earlier ones: when a careful reader carries the speaker on, and when not. Texts written for the tests. */
const speakers = (body: string): Array<string | null> => speakersIn(body, '2016-03-12');

describe('continuations', () => {
  describe('a clause that introduces the quote and names someone else', () => {
    it('"Peter Lang set out … to a local paper: “…”" is not the previous speaker’s', () => {
      const [first, second] = speakers('“We will win this state,” Martha Okafor said. Former party chairman Peter Lang set out what was wrong with the plan to a local paper: “The plan is a mistake from start to finish.”');
      assert.strictEqual(first, 'Martha Okafor');
      assert.notStrictEqual(second, 'Martha Okafor');
    });
    it('"Mr. Lang was prompted to say, “…”" is not the previous speaker’s', () => {
      const [first, second] = speakers('“We will win this state,” Martha Okafor said.\n\nBut the debate was so dull that Mr. Peter Lang was prompted to say, “So far I cannot believe how quiet it has been.”');
      assert.strictEqual(first, 'Martha Okafor');
      assert.notStrictEqual(second, 'Martha Okafor');
    });
    it('a name spoken of or to in the introduction does not stop the continuation', () => {
      assert.deepStrictEqual(
        speakers('“We will win this state,” Martha Okafor said. Later she set out the case against Peter Lang in a letter to the local paper: “The plan is a mistake from start to finish.”'),
        ['Martha Okafor', 'Martha Okafor'],
      );
    });
    it('the previous speaker introducing her own words goes on speaking', () => {
      assert.deepStrictEqual(
        speakers('“We will win this state,” Martha Okafor said. Martha Okafor then set out her case in a long letter to the local paper: “The plan is a mistake from start to finish.”'),
        ['Martha Okafor', 'Martha Okafor'],
      );
    });
  });
});
