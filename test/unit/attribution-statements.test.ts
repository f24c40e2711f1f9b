import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** A statement is its sender's words (issue 12, item 3), on texts written for the test. */
const speakers = (body: string): Array<string | null> => speakersIn(body, '2016-05-10');

const EARLIER = 'The Harbour Trust said on Monday that the council had broken its word.\n\n';

describe('attribution: statements and their senders', () => {
  describe('"X released the following statement: “…”"', () => {
    it('is the sender’s, a body included, not the speaker before it', () => {
      assert.deepStrictEqual(
        speakers('“The harbour is safe with us,” said the mayor, Tom Lee.\n\n' +
          'In reply, the Harbour Trust issued the following statement: “We will not give up on the harbour, whatever the council decides.”'),
        ['Tom Lee', 'Harbour Trust'],
      );
    });
    it('holds when the quote opens the next paragraph, or words of when come before the colon', () => {
      assert.deepStrictEqual(
        speakers('“The harbour is safe with us,” said the mayor, Tom Lee.\n\n' +
          'After the vote was lost on Monday, Ann Smith released the following statement:\n\n' +
          '“We will not give up on the harbour, whatever the council decides. The trust has stood for fifty years.”'),
        ['Tom Lee', 'Ann Smith'],
      );
      assert.deepStrictEqual(
        speakers('The mayor, Tom Lee, answered at once.\n\nAnn Smith released the following statement on Friday: “We will not give up on the harbour, whatever the council decides.”'),
        ['Ann Smith'],
      );
    });
    it('with no sender named, is nobody’s, not the speaker before it', () => {
      assert.deepStrictEqual(
        speakers('Tom Lee spoke first. “The harbour is safe,” he said.\n\nReporters were later handed the following statement:\n\n' +
          '“We will not give up on the harbour, whatever the council decides.”'),
        ['Tom Lee', null],
      );
    });
  });

  describe('"X issued a statement apologising to Y. ¶ “…”"', () => {
    it('a quote paragraph with no cue after the sentence that put the statement out is the sender’s', () => {
      assert.deepStrictEqual(
        speakers('“The harbour is safe with us,” said the mayor, Tom Lee.\n\n' +
          'On Monday, the Harbour Trust issued a statement apologising to the mayor for the leaked emails.\n\n' +
          '“On behalf of everyone at the trust, we want to offer a sincere apology to the mayor and his family.”'),
        ['Tom Lee', 'Harbour Trust'],
      );
    });
    it('not when the quote has a cue of its own, or someone was quoted after the statement', () => {
      assert.deepStrictEqual(
        speakers('“The harbour is safe with us,” said the mayor, Tom Lee.\n\nAnn Smith released a statement on Monday condemning the vote.\n\n' +
          '“We will not give up on the harbour, whatever the council decides,” Tom Lee said.'),
        ['Tom Lee', 'Tom Lee'],
      );
      assert.deepStrictEqual(
        speakers('“The harbour is safe with us,” said the mayor, Tom Lee.\n\n' +
          'Ann Smith released a statement on Monday condemning the vote. “This is a dark day,” Tom Lee said in reply.\n\n' +
          '“We will not give up on the harbour, whatever the council decides.”'),
        ['Tom Lee', 'Tom Lee', 'Tom Lee'],
      );
      // The quote's own verb has a subject of its own, whom nobody could name: not the report's issuer.
      assert.deepStrictEqual(
        speakers('“The harbour is safe with us,” said the mayor, Tom Lee.\n\nIn 2012 the Harbour Trust released a report on the town’s future.\n\n' +
          '“If we want young families to stay, we have to build homes for them,” wrote the authors of the “Harbour Review,” giving the example of the old mill.')[1],
        null,
      );
    });
  });

  describe('"X issued a statement. “…,” it read"', () => {
    it('"it read" and "it said" are the statement’s sender, not the body named before', () => {
      assert.deepStrictEqual(
        speakers(`${EARLIER}Ann Smith issued a statement. “We will not give up on the harbour, whatever the council decides,” it read.`),
        ['Ann Smith'],
      );
      assert.deepStrictEqual(
        speakers(`${EARLIER}Ann Smith issued a statement. “We will not give up. We never have,” it said.`),
        ['Ann Smith'],
      );
    });
    it('"the statement read" after "X, its chair, issued a statement" is X’s', () => {
      assert.deepStrictEqual(
        speakers(`${EARLIER}Ann Smith, its chair, issued a statement on Tuesday. “We will not give up on the harbour,” the statement read.`),
        ['Ann Smith'],
      );
    });
    it('a letter or an email with no one writer named is nobody’s, not the body named before', () => {
      assert.deepStrictEqual(
        speakers(`${EARLIER}A coalition of groups sent a letter to the council on Tuesday. “The harbour must not close this winter,” it read.`),
        [null],
      );
      // Who made an email public did not write it.
      assert.deepStrictEqual(
        speakers(`${EARLIER}The email, released by the Harbour Trust, was sent on Monday by Paul Green. “We have heard nothing from the council in a month,” it reads.`),
        [null],
      );
    });
    it('"it said" after a body’s sentence about someone else’s report is the body’s', () => {
      assert.deepStrictEqual(
        speakers('The Harbour Trust criticised a report by the Audit Office on Monday. “The figures are simply wrong,” it said.'),
        ['Harbour Trust'],
      );
    });
    it('a sign that reads is nobody’s', () => {
      assert.deepStrictEqual(
        speakers('Protesters gathered outside the Harbour Trust on Monday. One woman held up a sign of her own.\n\n“Save our harbour now,” it read.'),
        [null],
      );
    });
  });

  it('"a report by the Audit Office on Monday" is the Audit Office’s: a day after "on" is a date, not the body’s name', () => {
    assert.deepStrictEqual(
      speakers('A report by the Audit Office on Monday found the scheme had failed. The report said the scheme was “a costly failure”.'),
      ['Audit Office'],
    );
  });
});
