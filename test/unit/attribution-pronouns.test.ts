import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/**
 * Whom a he or she after a quote means (issue 12): the person the reader has in mind, found by the
 * people finder and held as the subject; where the reader could not tell, nobody. Texts written for the test.
 */
const DATE = '2016-03-01';
const speakers = (body: string): Array<string | null> => speakersIn(body, DATE);

describe('pronoun antecedents: the people finder sees the person', () => {
  it('a first name before the name of a document or a prize is no person ("the Sharon Statement")', () => {
    assert.deepStrictEqual(speakers('Mark Kelm praised the Sharon Statement on Monday. “It still matters,” he said.'), ['Mark Kelm']);
    assert.deepStrictEqual(analyseTestArticle('The Sharon Statement and the Marshall Plan were read aloud.', DATE).people.map((p) => p.name), []);
  });
  it('a name found where only a person stands is that person wherever it is written again', () => {
    const text = 'On Monday, Tamsin Verhoeven strode across the stage. Then she thanked the crowd. “We are ready,” she said.\n\nTamsin Verhoeven, 34, has built a business.';
    assert.deepStrictEqual(speakers(text), ['Tamsin Verhoeven']);
    assert.deepStrictEqual(analyseTestArticle(text, DATE).people.map((p) => p.mentions.length), [2]);
  });
  it('…but not inside a longer run of capitalised words (a title-case headline)', () => {
    const text = 'Tamsin Verhoeven Champions Work.\n\nTamsin Verhoeven, 34, has built a business.';
    assert.deepStrictEqual(analyseTestArticle(text, DATE).people.map((p) => p.mentions.length), [1]);
  });
  it('a surname before a possessive and a capitalised word is still a surname ("Nemeth’s Coalition")', () => {
    assert.deepStrictEqual(
      speakers('Ardo Nemeth’s Coalition for Reform won seats. Nemeth told reporters the vote was fair. “We won fairly,” he said.'),
      ['Ardo Nemeth'],
    );
  });
});

describe('pronoun antecedents: the subject the reader has in mind', () => {
  it('a cue inside what an earlier cue reports is not the speaker a later “he” means', () => {
    assert.deepStrictEqual(
      speakers('Later, Dan Voss claimed that voters are upset and that President Peter Kelm is to blame for that.\n\n“He keeps stalling,” he said.'),
      ['Dan Voss'],
    );
    assert.deepStrictEqual(speakers('Dan Voss said that Peter Kelm warned the council about the cost.\n\n“He was right,” he said.'), ['Dan Voss']);
  });
  it('a person a sentence presents ("Then there’s Voss.") is its topic', () => {
    assert.deepStrictEqual(
      speakers('Mark Kelm has stayed quiet about the race. Then there’s Dan Voss. “It is over,” he wrote.'),
      ['Dan Voss'],
    );
  });
  it('a name describing the next person ("Kelm adviser Corvin Ashdale") is not the subject: the person named is', () => {
    assert.deepStrictEqual(speakers('Mark Kelm spoke first. Kelm adviser Corvin Ashdale followed. “We will win,” he said.'), ['Corvin Ashdale']);
  });
  it('the nearest subject whose gender is unknown beats a farther one whose gender fits', () => {
    assert.deepStrictEqual(
      speakers('After Paul Hendry spoke, Corvin Ashdale said the plan was late. “We have waited long enough,” he said.'),
      ['Corvin Ashdale'],
    );
  });
  it('a he or she who replies is the one just asked, not the one asking', () => {
    assert.deepStrictEqual(
      speakers('Dan Voss shook hands outside. A reporter asked Voss how he felt about the turnout. He replied: “The bigger the turnout, the better I feel.”'),
      ['Dan Voss'],
    );
    assert.deepStrictEqual(
      speakers('Later, Tom Ashdale asked Paul Hendry about the budget. He replied: “It is balanced.”'),
      ['Paul Hendry'],
    );
  });
  it('a subject of the other gender is still passed over', () => {
    assert.deepStrictEqual(
      speakers('After Paul Hendry spoke, Mary Ashdale said the plan was late. “We have waited long enough,” he said.'),
      ['Paul Hendry'],
    );
  });
});
