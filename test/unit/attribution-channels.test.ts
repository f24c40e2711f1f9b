import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** Issue 12, item 9: the channel of a remark (a broadcaster, a paper, a platform, a video, the Commons) is never its speaker. */
const speakers = (body: string, date = '2024-05-01'): Array<string | null> => speakersIn(body, date);

describe('attribution: channels are never the speaker', () => {
  const cases: Array<[string, Array<string | null>]> = [
    ['Ann Smith told the BBC: “We will win.”', ['Ann Smith']],
    ['“We will win,” Ann Smith told Sky News.', ['Ann Smith']],
    ['Ann Smith told LBC that the plan was “a disgrace”.', ['Ann Smith']],
    ['“We will win,” Ann Smith told reporters.', ['Ann Smith']],
    ['Ann Smith told MPs: “We will win.”', ['Ann Smith']],
    ['Ann Smith told the Commons: “We will win.”', ['Ann Smith']],
    ['Ann Smith told BBC Radio 4’s Today programme: “We will win.”', ['Ann Smith']],
    ['Ann Smith told Sky News presenter Kay Burley: “We will win.”', ['Ann Smith']],
    ['“We will win,” Ann Smith told the BBC’s Laura Kuenssberg.', ['Ann Smith']],
    ['Ann Smith wrote on X: “We will win.”', ['Ann Smith']],
    ['“We will win,” said Ann Smith on X.', ['Ann Smith']],
    ['Ann Smith, writing on Facebook, said: “We will win.”', ['Ann Smith']],
    ['Writing in the Daily Telegraph, Ann Smith said: “We will win.”', ['Ann Smith']],
    ['Ann Smith posted on social media: “We will win.”', ['Ann Smith']],
    ['“We will win,” Ann Smith posted on social media.', ['Ann Smith']],
    ['Ann Smith said in a video: “We will win.”', ['Ann Smith']],
    ['Peter Lang spoke. In a video posted on X, Ann Smith said: “We will win.”', ['Ann Smith']],
    ['Peter Lang spoke. Speaking to Sky News, Ann Smith said: “We will win.”', ['Ann Smith']],
    ['Peter Lang spoke. In an interview with the BBC, Ann Smith said: “We will win.”', ['Ann Smith']],
  ];
  for (const [text, who] of cases) it(`${text} → ${who.join(', ')}`, () => assert.deepStrictEqual(speakers(text), who));

  it('a pronoun after a channel sentence is the person, not the channel', () => {
    assert.deepStrictEqual(speakers('Sky News asked Ann Smith about the vote. “We will win,” she said.'), ['Ann Smith']);
    assert.deepStrictEqual(speakers('Ann Smith told BBC News: “We will win.” “It is time,” she added.'), ['Ann Smith', 'Ann Smith']);
  });
  it('"wrote on X." ends its sentence (X is the platform, not an initial), so a later "she said" is hers', () => {
    assert.deepStrictEqual(speakers('Peter Lang left. Ann Smith posted a video on X. “We will win,” she said in the video.'), ['Ann Smith']);
  });
  it('an unnamed source speaking to a network is nobody the text names, never the network', () => {
    assert.deepStrictEqual(speakers('Peter Lang left. A source speaking to Fox News said: “They lost.”'), [null]);
    assert.deepStrictEqual(speakers('Peter Lang left. Another source speaking to ABC News said, “They lost.”'), [null]);
    // right after the quotation, the unnamed subject opens its clause, so the quote does not go on from Fox News's
    assert.deepStrictEqual(
      speakers('Fox News reported that “agents are looking at the code.” “They are busting a–,” an intelligence source, who was not authorised to speak on the record, told Fox News.'),
      ['Fox News', null],
    );
  });
  it('a spokesperson for an organisation speaks for it, as a spokesperson of its name does', () => {
    assert.deepStrictEqual(speakers('Peter Lang left. A spokesman for the Home Office said: “We are ready.”'), ['Home Office']);
    assert.deepStrictEqual(speakers('Peter Lang left. A spokeswoman for the House Armed Services Committee emailed reporters the text, arguing, “It says nothing of the kind.”'), ['House Armed Services Committee']);
    // anyone else for it is an unnamed person
    assert.deepStrictEqual(speakers('Peter Lang left. A lawyer for the Democratic National Committee said: “We are ready.”'), [null]);
  });
  it('a broadcaster speaks only in its own name', () => {
    assert.deepStrictEqual(speakers('The BBC said: “We stand by our story.”'), ['BBC']);
  });
});
