import * as assert from 'assert';
import { type Candidate, FEATURES } from '../../src/extractor/attribution/ranker/candidates';
import { goldSpeakerNames } from '../../src/extractor/attribution/ranker/goldLabels';
import { type RankerModel, useModel } from '../../src/extractor/attribution/ranker/model';
import { namesNobody } from '../../src/extractor/attribution/ranker/unnamedPhrase';
import { collectCandidates } from '../../src/extractor/attribution/sieves/ranked';
import { analyze } from '../../src/extractor/analyze';
import { analyseTestArticle, speakersIn } from '../support/speakers';

const DATE = '2016-05-10';

/** Every candidate the ranker weighs for each quote of a short article, with its features. */
function candidatesOf(body: string): Candidate[][] {
  const seen: Candidate[][] = [];
  collectCandidates((q, candidates) => { seen[q] = candidates; });
  try {
    analyseTestArticle(body, DATE);
  } finally {
    collectCandidates(null);
  }
  return seen;
}
const nameOf = (c: Candidate) => (c.speaker.type === 'person' ? c.speaker.entity.name : c.speaker.name);

/** The ranker's training labels (scripts/train-ranker.mjs): quotes whose gold source names nobody are every candidate's negatives. */
describe('ranker training: which gold sources name nobody', () => {
  it('reads indefinite, plural and collective sources as nobody', () => {
    for (const phrase of ['one senior administration official', 'a longtime adviser to Tom Baker', 'another', 'one user',
      'Another source familiar with the campaign’s thinking', 'critics in both parties', 'her lawyers', 'White House officials',
      '14 percent', 'the crowd', 'the ad’s narrator', 'a voice-over in the ad', 'the editorial', 'the unsigned opinion', 'the person']) {
      assert.ok(namesNobody(phrase), phrase);
    }
  });

  it('leaves alone what a reader may resolve in the article, and what speaks for someone named', () => {
    for (const phrase of ['the former Ohio governor', 'the group', 'the statement', 'a welcome message on the website',
      'a Baker campaign spokesman', 'one such document, obtained by the paper,', 'a friend, Ann Cole,', 'Sanders', 'the aide', 'A']) {
      assert.ok(!namesNobody(phrase), phrase);
    }
  });

  it('labels a gold quote with its names, nobody, or nothing where the gold cannot say', () => {
    const source = (text: string, type: 'person' | 'nominal' | 'pronoun', name?: string) => ({ text, type, name });
    assert.deepStrictEqual(goldSpeakerNames({ speaker: 'Tom Baker', source: source('Baker', 'person', 'Baker') }), ['Tom Baker', 'Baker']);
    assert.deepStrictEqual(goldSpeakerNames({ source: source('one senior official', 'nominal') }), []);
    assert.deepStrictEqual(goldSpeakerNames({ source: null }), []);
    assert.deepStrictEqual(goldSpeakerNames({ why: 'unattributed' }), []);
    assert.strictEqual(goldSpeakerNames({ source: source('the former governor', 'nominal') }), null);
    assert.strictEqual(goldSpeakerNames({ source: source('he', 'pronoun') }), null);
    assert.strictEqual(goldSpeakerNames({ why: 'nested', source: source('Baker', 'person', 'Baker') }), null);
  });
});

describe('ranker features: a quote signed by somebody unnamed', () => {
  it('sees a described or unnamed signer after the quote, and an unnamed subject before it', () => {
    const before = 'Press officer Lena Marsh said the ministry was following the race.\n\nThe vote is in June. ';
    const f = (body: string) => candidatesOf(before + body).filter(Boolean).pop()![0].features;
    assert.deepStrictEqual([f('“It is great fun to watch the fight over there,” one user riffed.')].map((x) => [x.describedSigner, x.unnamedSigner]), [[1, 1]]);
    assert.deepStrictEqual([f('“Let me help you out: the answer is no,” the Republican nominee riffed.')].map((x) => [x.describedSigner, x.unnamedSigner]), [[1, 0]]);
    // A message speaks for whoever sent it, whom the article may name: described, but not unnamed.
    assert.deepStrictEqual([f('“Please do not touch the protester,” begins a scripted message that precedes every rally.')].map((x) => [x.describedSigner, x.unnamedSigner]), [[1, 0]]);
    assert.strictEqual(f('Some chanted “Four more years!” as the bus left.').unnamedLead, 1);
    assert.strictEqual(f('The snarky headline reads: “Repeat after me: there are no refugees coming here this year.”').describedLead, 1);
  });

  it('sees a candidate’s own verb opening the quote, and a name that only describes a noun', () => {
    const [cracked] = candidatesOf('Tom Baker is no crusader, his critics say. Yet during their first debate, Anna Price riffed, ' +
      '“I am a progressive, but I am a progressive who likes to get things done.”').filter(Boolean);
    assert.strictEqual(cracked.find((c) => nameOf(c) === 'Anna Price')!.features.verbOpensQuote, 1);
    assert.strictEqual(cracked.find((c) => nameOf(c) === 'Tom Baker')!.features.verbOpensQuote, 0);
    const [adviser] = candidatesOf('Anna Price met donors on Monday. A Tom Baker adviser put it more carefully in a note: ' +
      '“Every message was kept on the official system, as the rules require.”').filter(Boolean);
    assert.strictEqual(adviser.find((c) => nameOf(c) === 'Tom Baker')!.features.nameAsModifier, 1);
    assert.strictEqual(adviser.find((c) => nameOf(c) === 'Anna Price')!.features.nameAsModifier, 0);
  });

  it('puts forward nobody named only in the headline', () => {
    const a = analyze(' date 2016-07-07 With Anna Price, the treasury’s bad name grows.\n\n' +
      '"I would rather lose this race than win it the way they want me to win it." The words were heard at the hall.');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), [null]);
  });
});

describe('ranker guards: nobody where the quote is signed by someone the ranker cannot name', () => {
  // A model that names whoever the sentence before names, whatever else it sees: only the guards can stop it.
  const bySubjectBefore = (): RankerModel => {
    const part = { weights: FEATURES.map((f) => (/^previousSentence|^subjectFirst$/.test(f) ? 20 : 0)), bias: -10 };
    return { features: [...FEATURES], statement: part, phrase: part, threshold: { statement: 0.5, phrase: 0.5 } };
  };
  const withModel = (body: string) => {
    useModel(bySubjectBefore());
    try {
      return speakersIn(body, DATE);
    } finally {
      useModel(null);
    }
  };
  const before = 'At a rally last week, Maria Delgado showed the crowd a clip of the governor.\n\n';

  it('never names the outlet that passes on another’s words ("X said, according to The Blaze. “…”")', () => {
    // A model that names any organisation: only the guard keeps the relaying outlet out.
    const byOrganisation: RankerModel = (() => {
      const part = { weights: FEATURES.map((f) => (f === 'organisation' ? 20 : 0)), bias: -10 };
      return { features: [...FEATURES], statement: part, phrase: part, threshold: { statement: 0.5, phrase: 0.5 } };
    })();
    useModel(byOrganisation);
    try {
      const who = speakersIn('Ann Smith’s office calls the whole thing an attack on the committee.\n\n“The committee understands that a lawsuit has been filed,” ' +
        'Smith spokesman Tom Ware said in a statement according to The Blaze. “We disagree strongly with those claims, which are meritless.”', DATE);
      assert.ok(!/Blaze/.test(String(who[1])), String(who[1]));
    } finally {
      useModel(null);
    }
  });

  it('names the person put forward where nothing signs the quote', () => {
    assert.deepStrictEqual(withModel(before + '“Governor, let me help you out: the answer is no.”'), ['Maria Delgado']);
  });

  it('names nobody where a described subject signs it with a verb the cues do not read, before or after it', () => {
    assert.deepStrictEqual(withModel(before + '“Governor, let me help you out: the answer is no,” the Republican nominee riffed, drawing laughs.'), [null]);
    assert.deepStrictEqual(withModel(before + '“If a protester starts shouting, please do not touch the protester,” begins a scripted message at every rally.'), [null]);
    assert.deepStrictEqual(withModel(before + 'A message on the big screen reads: “Governor, let me help you out: the answer is no.”'), [null]);
  });

  it('names nobody where the subject is a noun the name only describes ("The Price campaign … worded it: “…”")', () => {
    // A model that names whoever the quote's sentence or the one before puts forward: only the guard stops it.
    const bySubject: RankerModel = (() => {
      const part = { weights: FEATURES.map((f) => (/^subject|^previousSentence|^recentCue$/.test(f) ? 20 : 0)), bias: -10 };
      return { features: [...FEATURES], statement: part, phrase: part, threshold: { statement: 0.5, phrase: 0.5 } };
    })();
    useModel(bySubject);
    try {
      const body = 'This is how Anna Price often has explained the rules in the past.\n\n' +
        'The Anna Price campaign, in a note on the controversy, worded it even more carefully: “Every message was kept on the official system.”';
      assert.deepStrictEqual(speakersIn(body, DATE), [null]);
    } finally {
      useModel(null);
    }
  });

  it('names nobody for words “according to” something other than the candidate', () => {
    assert.deepStrictEqual(speakersIn('Tom Baker has been meeting a writer whose book, according to its online summary, ' +
      '“draws a troubling portrait of a candidate more associated with scandal than with any achievement.”', DATE), [null]);
  });
});
