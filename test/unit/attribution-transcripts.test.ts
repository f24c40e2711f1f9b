import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { speakersIn } from '../support/speakers';

/** Issue 12, item 7: transcripts, Q-and-A write-ups and vox pops, on texts written for the test. */
const speakers = (body: string, date = '2024-05-01'): Array<string | null> => speakersIn(body, date);

describe('attribution: transcripts, Q-and-A write-ups and vox pops', () => {
  describe('transcript turns NAME: “…”', () => {
    it('a label in capitals or by surname alone is its person’s; the interviewer’s turns are the interviewer’s', () => {
      assert.deepStrictEqual(
        speakers('Laura Kuenssberg interviewed Ann Smith on Sunday.\n\nKUENSSBERG: “Will you resign? You promised you would.”\n\nSMITH: “I said so and I meant it at the time.”\n\nKuenssberg: “So you will stay?”\n\nSmith: “Yes, I will stay until the summer.”'),
        ['Laura Kuenssberg', 'Ann Smith', 'Laura Kuenssberg', 'Ann Smith'],
      );
    });
    it('a role label names no one, and does not continue the turn before it', () => {
      assert.deepStrictEqual(
        speakers('Ann Smith took calls on the radio.\n\nSMITH: “Good morning, who is on the line?”\n\nCALLER: “Why should I believe a word you say?”'),
        ['Ann Smith', null],
      );
    });
    it('a heading with a colon is no speaker label', () => {
      assert.deepStrictEqual(speakers('Ann Smith said the figures were wrong.\n\nUpdate: “The figures have been corrected,” Ann Smith said.'), ['Ann Smith']);
    });
    it('a transcript turn quoted whole with its label inside the marks', () => {
      assert.deepStrictEqual(
        speakers('Chris Matthews hosted the panel with Ann Smith.\n\n“MATTHEWS: Seriously, what is the plan here?”\n\n“SMITH: There is no plan, Chris, and there never was.”'),
        ['Chris Matthews', 'Ann Smith'],
      );
    });
    describe('a quoted turn whose label names nobody the people finder knows', () => {
      const debate = (third: string) => speakers(`Ann Smith and Peter Lang met for the debate in Leeds on Tuesday.\n\nPartial transcript as follows:\n\n"SMITH: I want to thank everyone for having us here tonight.\n\n"LANG: I am glad to be here and I will say so again now.\n\n"${third}: Thank you both, that is the time for this question.\n\n"SMITH: And I will say again that the record is clear on this."`);
      it('is a turn of its own, never more of the turn before it', () => {
        assert.deepStrictEqual(debate('MODERATOR'), ['Ann Smith', 'Peter Lang', null, 'Ann Smith']);
        assert.deepStrictEqual(debate('Moderator'), ['Ann Smith', 'Peter Lang', null, 'Ann Smith']);
      });
      it('is the name the transcript gives its speaker, when the other labels name people of the text', () => {
        assert.deepStrictEqual(debate('OKONJO'), ['Ann Smith', 'Peter Lang', 'Okonjo', 'Ann Smith']);
      });
      it('names nobody where no label of the transcript names a person of the text', () => {
        assert.deepStrictEqual(
          speakers('“We will win this seat,” Peter Lang said.\n\n"OKONJO: Thank you, that is the time for this question."'),
          ['Peter Lang', null],
        );
      });
    });
    it('a label inside a tweet’s quote is not the tweet’s author', () => {
      assert.deepStrictEqual(speakers('Peter Lang mocked Ann Smith.\n\n“Smith: you are wrong again,” tweeted Peter Lang on Monday.'), ['Peter Lang']);
    });
  });

  describe('Q: and A: write-ups', () => {
    it('questions are the interviewer’s (unnamed), answers the interviewee’s', () => {
      assert.deepStrictEqual(
        speakers('Ann Smith, the new MP for Leeds Central, spoke to us about her first week.\n\nQ: “What surprised you most?”\n\nA: “How long the votes take. Nobody warns you.”\n\nQ: “Will you back Peter Lang?”\n\nA: “Yes, without a doubt.”'),
        [null, 'Ann Smith', null, 'Ann Smith'],
      );
    });
    it('with two people equally in the introduction, the answers are nobody’s', () => {
      assert.deepStrictEqual(
        speakers('Ann Smith and Peter Lang spoke to us.\n\nQ: “What surprised you most?”\n\nA: “How long the votes take.”'),
        [null, null],
      );
    });
  });

  describe('Asked whether…, she replied', () => {
    it('the answer is the one asked, not a person named inside the question', () => {
      assert.deepStrictEqual(
        speakers('Ann Smith spoke to voters on Friday.\n\nAsked whether she would serve under Peter Lang, she replied: “Never, not in a million years.”'),
        ['Ann Smith'],
      );
    });
    it('the question put is not the hearer’s words', () => {
      assert.deepStrictEqual(speakers('Ann Smith was at the count.\n\n“Will you resign?” Ms Smith was asked. “No,” she replied.'), [null, 'Ann Smith']);
      assert.deepStrictEqual(speakers('Ann Smith was at the count.\n\nWhen asked “will you resign?”, she replied “not today”.'), [null, 'Ann Smith']);
      assert.deepStrictEqual(speakers('Peter Lang was asked if the plan was “dead”. He said it was “very much alive”.'), [null, 'Peter Lang']);
    });
    it('a named asker is the speaker of the question', () => {
      assert.deepStrictEqual(speakers('“Will you go?” asked Laura Kuenssberg. “No,” said Ann Smith.'), ['Laura Kuenssberg', 'Ann Smith']);
    });
  });

  describe('vox pops', () => {
    const body = [
      'Voters in Leeds were split.',
      'Jane Smith, 54, from Leeds, said: “I will vote Labour this time.”',
      '“It is time for a change,” said retired teacher Tom Brown, 71.',
      'Shop owner Raj Patel, 38, was less sure. “Nobody listens to people like us any more.”',
      'Mary Okoro, 62, a nurse from Headingley: “I have not decided yet who to back.”',
      'A voter outside the station said: “They are all the same to me.”',
      '“I will not vote at all,” said one pensioner.',
      'Student Amir Khan, 19, was undecided.',
      '“My vote is my own business.”',
    ].join('\n\n');
    it('each quote is the person introduced with an age; "a voter", "one pensioner" are nobody named', () => {
      assert.deepStrictEqual(speakers(body), ['Jane Smith', 'Tom Brown', 'Raj Patel', 'Mary Okoro', null, null, 'Amir Khan']);
    });
    it('a quote about the person just introduced is not theirs, nor the previous speaker’s', () => {
      assert.deepStrictEqual(
        speakers('“I will vote,” said Tom Brown.\n\nRaj Patel, 38, was jailed for six years. “He will never change.”'),
        ['Tom Brown', null],
      );
    });
  });

  describe('a round-up signed with bare names', () => {
    it('"‘…’ Ann Smith; ‘…’ Tom Brown" gives each quote the name after it', () => {
      const a = analyze(" date 1995-10-09 Warning as Lang goes 'I believe he will see it as a mistake' Ann Smith; 'He cannot stomach the party' Tom Brown; 'It is treachery' Mary Okoro\n\nThe party was reeling.");
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Ann Smith', 'Tom Brown', 'Mary Okoro']);
    });
    it('a name that goes on into a sentence is no signature', () => {
      assert.deepStrictEqual(speakers('Tom Brown spoke first. He said: “It is done and we move on.” Ann Smith left the room.'), ['Tom Brown']);
    });
  });

  describe('live-page post titles', () => {
    it('"‘…’ to be deputy – Lang" gives the quote to the name that closes the line', () => {
      assert.deepStrictEqual(
        speakers('Peter Lang has been moved.\n\n“Honour of my life” to be deputy prime minister – Lang\n\nThe “plan” – a long one – was drafted by Lang'),
        ['Peter Lang', null],
      );
    });
  });
});
