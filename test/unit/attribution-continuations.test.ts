import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** Quotes that go on from earlier ones: when a careful reader carries the speaker on, and when not. Texts written for the tests. */
const speakers = (body: string): Array<string | null> => speakersIn(body, '2016-03-12');

describe('continuations', () => {
  describe('a label before the quote', () => {
    it('"Rusk: “…” Field: “…”" in one paragraph: the second label signs its quote, even where the finder does not know the name', () => {
      assert.deepStrictEqual(
        speakers('Ann Rusk and Bud Field, among others, reject the plan.\n\nRusk: “Our goal is not to delay the plan, but to defeat it.” Field: “The mission is to end the plan, not to contain it.”'),
        ['Ann Rusk', null],
      );
    });
  });

  describe('a clause that introduces the quote and names someone else', () => {
    it('"Peter Lang set out … to a local paper: “…”" is Lang’s, not the previous speaker’s', () => {
      assert.deepStrictEqual(
        speakers('“We will win this state,” Martha Okafor said. Former party chairman Peter Lang set out what was wrong with the plan to a local paper: “The plan is a mistake from start to finish.”'),
        ['Martha Okafor', 'Peter Lang'],
      );
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

  describe('a quote introduced by the clause its one named subject opens', () => {
    const intro = (clause: string) => speakers(`The council met on Monday. ${clause} “We offer our thanks to everyone who came to the meeting.”`)[0];
    it('is that person’s, whatever the verb, after a description or with an apposition', () => {
      assert.strictEqual(intro('Retired Army Col. Peter Lang started the row when he brought up the budget and later said,'), 'Peter Lang');
      assert.strictEqual(intro('One early backer, Councillor Peter Lang, Labour member for Riverside, gave the idea a try in an interview on Tuesday:'), 'Peter Lang');
      assert.strictEqual(intro('Peter Lang defends his record in an advert running on local radio:'), 'Peter Lang');
    });
    it('is nobody’s where the name is not the subject of the clause that ends at the quote', () => {
      assert.strictEqual(intro('But Peter Lang has one thing in common with his rivals, the columnist suggested:'), null);
      assert.strictEqual(intro('Regarding the talks between Peter Lang and the council, the campaign said in a statement:'), null);
      assert.strictEqual(intro('At the meeting, one Peter Lang supporter retorted:'), null);
      assert.strictEqual(intro('Peter Lang and Martha Okafor set out their case in a letter:'), null);
      assert.strictEqual(intro('Peter Lang has been asked by the whips:'), null); // he hears the words
    });
  });

  describe('a paragraph a quote runs on into', () => {
    it('keeps the run’s speaker when it signs with a pronoun', () => {
      assert.deepStrictEqual(
        speakers('“We will win,” Martha Okafor said. “We have the votes and the people.\n\n“And we have the money to see it through,” she said.'),
        ['Martha Okafor', 'Martha Okafor', 'Martha Okafor'],
      );
    });
    it('is the speaker its own cue names when that is someone else (the earlier mark was never closed)', () => {
      assert.deepStrictEqual(
        speakers('Martha Okafor said the council had lost its way. “It is a mess from top to bottom, and everyone knows it.\n\n“The budget is the real problem,” Peter Lang said. “It always has been.”'),
        ['Martha Okafor', 'Peter Lang', 'Peter Lang'],
      );
    });
    it('is the speaker its own cue names when nobody was named for the run', () => {
      assert.deepStrictEqual(
        speakers('The council met on Monday. “It is a mess from top to bottom, and everyone knows it.\n\n“The budget is the real problem,” Peter Lang said.'),
        [null, 'Peter Lang'],
      );
    });
  });
  describe('a reporting word in the quote’s own sentence that is a noun', () => {
    const own = (tail: string) => speakers(`Martha Okafor attacked the council on Monday, saying its plan was “a mess.”\n\n“The council has let this town down for ten years and more,” ${tail}`)[1];
    it('"in an early morning tweet" puts nobody forward: the description goes on with the speaker', () => {
      assert.strictEqual(own('the veteran councillor wrote in an early morning tweet.'), 'Martha Okafor');
    });
    it('a verb of its own that could not be read still stops the continuation', () => {
      assert.strictEqual(own('the two write.'), null);
    });
  });
  describe('a paragraph between that is about the earlier speaker', () => {
    const run = (middle: string, own = '') => speakers(`“We will hold this seat,” Martha Okafor said.\n\n${middle}\n\n“Nobody else has a plan for the town centre${own ? ',”' : '.”'}${own}`);
    it('opening with her name or a she that can stand for her, carries her speaker on', () => {
      assert.deepStrictEqual(run('Okafor is upbeat about the party’s chances in May, in part because she sees Lang as weak.'), ['Martha Okafor', 'Martha Okafor']);
      assert.deepStrictEqual(run('She pauses.'), ['Martha Okafor', 'Martha Okafor']);
    });
    it('opening with someone else, or with a he that cannot be her, carries nothing on', () => {
      assert.notStrictEqual(run('Peter Lang is less sure about the party’s chances in May.')[1], 'Martha Okafor');
      assert.deepStrictEqual(run('He pauses.'), ['Martha Okafor', null]);
    });
    it('with a cue of its own that could not be read, carries on only where nobody else is named in between', () => {
      assert.deepStrictEqual(run('Okafor is upbeat about the party’s chances.', ' the councillor said.'), ['Martha Okafor', 'Martha Okafor']);
      assert.notStrictEqual(run('Okafor met the host, Peter Lang, on the radio.', ' the host said.')[1], 'Martha Okafor');
    });
  });
  describe('a paragraph of its own that introduces the quote with he or she', () => {
    const article = (name: string, title: string) => speakers(`${name}, the party chairman, has backed the mayor.\n\n“I have decided to back the mayor and urge others to join me,” ${title} wrote.\n\nHe then listed the qualities needed in a good candidate:\n\n“In the piece I wrote last year, I set out several factors to consider.`);
    it('goes on from the quote before it when the pronoun fits its speaker', () => {
      assert.deepStrictEqual(article('Peter Lang', 'Mr Lang'), ['Peter Lang', 'Peter Lang']);
    });
    it('is nobody’s when they, after an opening phrase, introduce it: they are not the one person just quoted', () => {
      assert.deepStrictEqual(
        speakers('“We will stay in the union,” Martha Okafor said.\n\nShe leaves for Berlin today, where thousands are marching. In a riff on her slogan, they will carry banners proclaiming: “Yes we can stop it now!”'),
        ['Martha Okafor', null],
      );
    });
    it('is nobody’s when the pronoun cannot stand for that speaker', () => {
      assert.deepStrictEqual(article('Martha Okafor', 'Ms Okafor'), ['Martha Okafor', null]);
    });
  });
});

describe('continuations: a sentence that opens with "Adding,"', () => {
  it('"X stated that… Adding, “…”" goes on with X, the sentence before’s only speaker', () => {
    assert.deepStrictEqual(speakers('Later, Dana Whitcombe stated that the audit was bad. Adding, “It is how they handle it that matters.”'), ['Dana Whitcombe']);
    assert.deepStrictEqual(speakers('“The plan is dead,” Dana Whitcombe said. Adding: “We will not return to it.”'), ['Dana Whitcombe', 'Dana Whitcombe']);
  });
  it('not when the sentence before gives two speakers, nor when "Adding to…" opens a clause with its own subject', () => {
    assert.notDeepStrictEqual(speakers('Dana Whitcombe said Omar Castell had told her the plan was dead. Adding, “He will not return.”'), ['Dana Whitcombe']);
    assert.deepStrictEqual(speakers('Dana Whitcombe said the plan was dead. Adding to the confusion, the report said: “Nobody will return.”'), [null]);
  });
});
