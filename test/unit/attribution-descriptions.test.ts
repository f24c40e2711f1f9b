import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/**
 * Definite descriptions, groups and documents in US copy (issue 12): a subject a careful reader
 * resolves within the article, or leaves unnamed. Each on a short text written for the test.
 */
const DATE = '2016-03-01';
const speakers = (body: string): Array<string | null> => speakersIn(body, DATE);

describe('a lead-in paragraph hands on only to a subject of the same kind', () => {
  const lead = 'Marla Quinton said the deal had been agreed in May.\n\n';
  it('"the senator said" and "he said" after a person\'s lead-in are that person\'s', () => {
    assert.deepStrictEqual(speakers(`${lead}“It is a good deal for all of us,” the senator said.`), ['Marla Quinton']);
    assert.deepStrictEqual(speakers(`${lead}“It is a good deal for all of us,” said the senator, smiling.`), ['Marla Quinton']);
  });
  it('"the group said", "the email read" and "the committee chairmen wrote" after a person\'s lead-in are not', () => {
    assert.deepStrictEqual(speakers(`${lead}“It is a good deal for all of us,” the group said.`), [null]);
    assert.deepStrictEqual(speakers(`${lead}“It is a good deal for all of us,” the email read.`), [null]);
    assert.deepStrictEqual(speakers(`${lead}“It is a good deal for all of us,” it reads.`), [null]);
    assert.deepStrictEqual(speakers(`${lead}“It is a good deal for all of us,” the committee chairmen wrote.`), [null]);
    assert.deepStrictEqual(speakers(`${lead}“It is a good deal for all of us,” read one.`), [null]);
  });
  it('"the woman said" after an organisation\'s lead-in is not the organisation\'s', () => {
    const org = 'The Valley Gun Group said the deal had been agreed in May.\n\n';
    assert.deepStrictEqual(speakers(`${org}“It is a good deal for all of us,” the woman said.`), [null]);
    assert.deepStrictEqual(speakers(`${org}“It is a good deal for all of us,” the organization said.`), ['Valley Gun Group']);
  });
});
