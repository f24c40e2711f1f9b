import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { FEATURES } from '../../src/extractor/attribution/ranker/candidates';
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

  it('ships its weights as a small file for the features the code computes, in their order', () => {
    const file = readFileSync(join(__dirname, '../../../src/extractor/attribution/ranker/weights.json'), 'utf8');
    const model = JSON.parse(file);
    assert.ok(file.length < 4096, `${file.length} bytes`);
    assert.deepStrictEqual(model.features, [...FEATURES]);
    assert.strictEqual(model.weights.length, FEATURES.length);
    assert.ok(model.weights.every((w: number) => Number.isFinite(w)));
    for (const t of [model.threshold.statement, model.threshold.phrase]) assert.ok(t >= 0.4, `threshold ${t}: a speaker is named only when likely`);
  });
});
