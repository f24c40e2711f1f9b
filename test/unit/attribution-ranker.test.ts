import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { FEATURES } from '../../src/extractor/attribution/ranker/candidates';
import { type RankerModel, useModel } from '../../src/extractor/attribution/ranker/model';
import { opensVerb } from '../../src/extractor/attribution/ranker/verbs';
import { analyseTestArticle, speakersIn } from '../support/speakers';

const DATE = '2016-05-10';

/** The ranker (sieves/ranked.ts): a quote with no cue gets the candidate the context makes likely, or nobody. */
describe('attribution: ranked candidates for quotes with no cue', () => {
  it('a whole-sentence quote after a paragraph about one person is that person’s, found from the context', () => {
    const a = analyseTestArticle('Maria Delgado, a senator from Ohio, spent the morning at a diner in Dayton.\n\n' +
      '“We are going to win this state, and we are going to win it by talking to people about their jobs.”', DATE);
    assert.strictEqual(a.quotes[0].speaker?.name, 'Maria Delgado');
    assert.strictEqual(a.quotes[0].method, 'context');
    assert.strictEqual(a.quotes[0].cue?.text, 'Maria Delgado');
  });

  it('names nobody where two people are put forward and no cue tells them apart', () => {
    assert.deepStrictEqual(speakersIn('Tom Baker visited the flooded streets. Anna Price met him there.\n\n' +
      '“I have never seen water like this in forty years of living here.”', DATE), [null]);
  });

  it('a pronoun signing the quote with a verb the cues do not read is resolved by gender, or names nobody', () => {
    const signed = '\n\n“We will keep every one of these jobs in this town, whatever it takes,” she beams.';
    assert.deepStrictEqual(speakersIn('Maria Delgado, a senator from Ohio, toured the plant on Monday.' + signed, DATE), ['Maria Delgado']);
    // "she" cannot be Tom Baker, and the sentence before is no licence to name him instead.
    assert.deepStrictEqual(speakersIn('Tom Baker toured the plant on Monday.' + signed, DATE), [null]);
  });

  it('names nobody after an unnamed source’s cue, but the person whose sentence reports words just before goes on', () => {
    // "one official said" stands between: the quote is likelier the official's than the earlier speaker's.
    assert.deepStrictEqual(speakersIn('“We will win the state,” said Marla Quinton, a campaign aide. The rally was a failure, one official said.\n\n' +
      '“Nobody came and the money is gone for good.”', DATE), ['Marla Quinton', null]);
    // The unnamed cue is inside Mira Dallow's own account, and Orla Stone two sentences back is no rival to it.
    assert.deepStrictEqual(speakersIn('Orla Stone recalled a stream of remarks from a colleague about her clothes. ' +
      'And Mira Dallow remembered how one colleague called all the women “Betty”.\n\n' +
      '“When I said that my name was not Betty, he told me we were all the same to him.”', DATE), [null, 'Mira Dallow']);
  });

  it('names nobody for a quote whose own reporting verb has an unnamed subject, nor for the quote that goes on from it', () => {
    // (The quote's paragraph opens with a sentence of its own, so that only the ranker can decide.)
    const before = 'Press officer Lena Marsh said the ministry was following the race with interest.\n\nThe vote is in June. ';
    // "one user wrote" reads as no cue, but the words are the user's: not the person named before.
    assert.deepStrictEqual(speakersIn(before + '“It is great fun to watch the fight over there,” one user wrote. “This is their democracy.”', DATE), [null, null]);
    assert.deepStrictEqual(speakersIn(before + '“We are focused on our mission,” the group said.', DATE), [null]);
    assert.deepStrictEqual(speakersIn(before + '“He is a chaos candidate,” the former Florida governor said.', DATE), [null]);
    // A name in the subject that is not the one beside the verb does not sign the quote.
    assert.deepStrictEqual(speakersIn(before + '“He has not been here for years,” said a longtime adviser to Tom Baker.', DATE), [null]);
    assert.deepStrictEqual(speakersIn(before + 'At the meeting, a Tom Baker supporter retorted: “There is no place for that here.”', DATE), [null]);
    assert.deepStrictEqual(speakersIn(before + 'A Tom Baker adviser, who asked not to be named, said of the senator, “She takes the threat seriously.”', DATE), [null]);
    assert.deepStrictEqual(speakersIn(before + '“That does not mean no answer,” one Tom Baker aide said last month, “but a quiet one.”', DATE), [null, null]);
    // A name after the quote still signs it.
    assert.deepStrictEqual(speakersIn(before + '“It is great fun to watch,” Tom Baker wrote.', DATE), ['Tom Baker']);
  });

  it('names nobody where nobody is named near the quote', () => {
    assert.deepStrictEqual(speakersIn('The storm reached the coast at dawn.\n\n' +
      '“I have never seen water like this in forty years of living here.”', DATE), [null]);
  });

  it('leaves a quoted phrase a term, and names no speaker for a phrase (not yet precise enough)', () => {
    const a = analyseTestArticle('Critics have mocked the so-called “big society” for years. ' +
      'Maria Delgado spent the morning on her “jobs first” tour.', DATE);
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker), [null, null]);
    assert.strictEqual(a.quotes[0].kind, 'term');
  });

  it('a cue still decides before the ranker: the speaker a reporting verb names', () => {
    assert.deepStrictEqual(speakersIn('Senator Maria Delgado spent the morning at a diner in Dayton.\n\n' +
      '“We are going to win this state by talking to people about their jobs,” Tom Baker said.', DATE), ['Tom Baker']);
  });

  it('a name signing the quote with a verb the cues do not read is the speaker', () => {
    const a = analyseTestArticle('The talks in Dayton ran late into the night.\n\n' +
      '“We have never been closer to a deal on this bill, and I will not let it slip away now,” Harriet Vance fumed on Tuesday.', DATE);
    assert.strictEqual(a.quotes[0].speaker?.name, 'Harriet Vance');
    assert.strictEqual(a.quotes[0].method, 'context');
  });

  it('reads a finite verb after a candidate’s name, past one adverb, but not a plural, an apposition or a quote', () => {
    const reads = (words: string[]) => opensVerb((k) => words[k], 0);
    assert.ok(reads(['fumed', 'on', 'tuesday']));
    assert.ok(reads(['also', 'said']));
    assert.ok(reads(['thanks', 'the']));
    assert.ok(reads(['wrote']));
    assert.ok(!reads(['campaign', 'said']));
    assert.ok(!reads(['news', 'reported']));
    assert.ok(!reads(['business']));
    assert.ok(!reads([]));
  });

  it('weighs a phrase by the phrase model, not the statement model', () => {
    const zero = FEATURES.map(() => 0);
    const bySubjectBefore = { weights: FEATURES.map((f) => (f === 'previousSentenceSubject' ? 20 : 0)), bias: -10 };
    const never = { weights: zero, bias: -20 };
    const model = (phrase: typeof never, statement: typeof never): RankerModel =>
      ({ features: [...FEATURES], statement, phrase, threshold: { statement: 0.5, phrase: 0.5 } });
    const text = 'Harriet Vance toured the plant on Monday. Later Vance thanked Tom Baker “for keeping this town alive”.';
    try {
      useModel(model(bySubjectBefore, never));
      assert.deepStrictEqual(speakersIn(text, DATE), ['Harriet Vance']);
      useModel(model(never, bySubjectBefore));
      assert.deepStrictEqual(speakersIn(text, DATE), [null]);
    } finally {
      useModel(null);
    }
  });

  it('ships its weights as a small file for the features the code computes, in their order', () => {
    const file = readFileSync(join(__dirname, '../../../src/extractor/attribution/ranker/weights.json'), 'utf8');
    const model = JSON.parse(file);
    assert.ok(file.length < 4096, `${file.length} bytes`);
    assert.deepStrictEqual(model.features, [...FEATURES]);
    for (const part of [model.statement, model.phrase]) {
      assert.strictEqual(part.weights.length, FEATURES.length);
      assert.ok([...part.weights, part.bias].every((w: number) => Number.isFinite(w)));
    }
    // A phrase is named only when the out-of-fold precision on PolNeAR train reached .9 (0.9 or higher, or 2: never).
    assert.ok(model.threshold.phrase >= 0.5, `phrase threshold ${model.threshold.phrase}`);
    assert.ok(model.threshold.statement >= 0.25, `statement threshold ${model.threshold.statement}: a speaker is named only when likely`);
  });
});
