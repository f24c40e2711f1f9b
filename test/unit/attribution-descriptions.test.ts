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

describe('"the group", "the company", "the newspaper", "the campaign": the one such organisation put forward', () => {
  it('"the group said" after a foundation spoke is the foundation\'s', () => {
    assert.deepStrictEqual(
      speakers('The Harmon Foundation declined to comment on the sale on Monday.\n\n“We are focused on our mission,” the group said. “We have nothing to add.”'),
      ['Harmon Foundation', 'Harmon Foundation'],
    );
  });
  it('two groups put forward, and "the group" is nobody\'s', () => {
    assert.deepStrictEqual(
      speakers('The Harmon Foundation said it would sue. The Lakeside Alliance said it would protest.\n\nMany voters stayed at home on Monday.\n\n“We are focused on our mission,” the group said.'),
      [null],
    );
  });
  it('"according to the newspaper" is the newspaper put forward, under its shorter name too; a foundation does not compete', () => {
    assert.deepStrictEqual(
      speakers('The Harmon Foundation said it would protest. On Monday the New York Daily News argued that the law was weak, and the Daily News claims the lobby is to blame.\n\nAccording to the newspaper, “Very few people are barred.”'),
      ['Daily News'],
    );
  });
  it('"the campaign said" after the Clinton campaign spoke is the campaign\'s', () => {
    assert.deepStrictEqual(
      speakers('Hillary Clinton was in Ohio. The Clinton campaign suggested on Monday that the emails were harmless.\n\nAsked about the exchanges, the campaign said in a statement: “Neither of these emails involves the secretary.”'),
      ['Clinton campaign'],
    );
  });
  it('"a member of the group said" is the member\'s, whom nobody names', () => {
    assert.deepStrictEqual(
      speakers('The Harmon Foundation declined to comment on the sale on Monday.\n\n“We are focused on our mission,” a member of the group said.'),
      [null],
    );
  });
});

describe('documents speak for whoever issued them: "the email read", "the ad says", "the note says"', () => {
  it('"the email read" after "The Cruz campaign sent a fundraising email" is the campaign\'s', () => {
    const lead = 'Ted Cruz spoke in Iowa. The Cruz campaign sent a fundraising email on Wednesday.\n\n';
    assert.deepStrictEqual(speakers(`${lead}“Friend, let me be blunt,” the email read.`), ['Cruz campaign']);
    assert.deepStrictEqual(speakers(`${lead}“Friend, let me be blunt,” read the email.`), ['Cruz campaign']);
  });
  it('"the ad says" after "X is releasing a new 30-second ad" is X\'s', () => {
    assert.deepStrictEqual(speakers('Senator Ann Holt is releasing a new 30-second ad in Ohio. The ad says “nothing will change until we vote.”'), ['Ann Holt']);
  });
  it('"a handwritten note from X … the note says" is X\'s', () => {
    assert.deepStrictEqual(speakers('Mark Singer has a framed, handwritten note from Donald J. Trump. “You are a total loser,” the note says.'), ['Donald J. Trump']);
  });
  it('"read the statement, which was attributed to X" is X\'s', () => {
    assert.deepStrictEqual(speakers('The campaign replied overnight.\n\n“Her team took notes on her life,” read the statement, which was attributed to Jason Miller.'), ['Jason Miller']);
  });
  it('a statement "released by Fox News" is the network\'s, though "Fox" alone may be read as a person', () => {
    assert.deepStrictEqual(
      speakers('Fox News confirmed the meeting on Wednesday.\n\n“Roger Ailes has spoken to Donald Trump,” the statement read.\n\nThe statement released by Fox News gave no date.'),
      ['Fox News'],
    );
  });
  it('an email nobody is named as sending is nobody\'s', () => {
    assert.deepStrictEqual(speakers('Voters were angry on Monday.\n\n“We are winding down,” the email said.'), [null]);
  });
});

describe('"the candidate said" and "the former governor said" with nobody so described', () => {
  it('"the candidate said" right after a named speaker\'s cue is that speaker\'s', () => {
    assert.deepStrictEqual(
      speakers('“I think a deal is good,” Donald Trump told ABC on Sunday. “I know nobody who does not want a deal,” the candidate said.'),
      ['Donald Trump', 'Donald Trump'],
    );
  });
  it('with someone else named in between, or no speaker just before, nobody', () => {
    assert.deepStrictEqual(
      speakers('“I think a deal is good,” Donald Trump told ABC on Sunday. Marla Quinton disagreed. “I know nobody who wants a deal,” the candidate said.')[1],
      null,
    );
    assert.deepStrictEqual(speakers('Voters were angry on Monday.\n\n“I know nobody who wants a deal,” the candidate said.'), [null]);
  });
  it('"the former Florida governor said" is not carried on from the speaker before when nobody is so described', () => {
    assert.deepStrictEqual(
      speakers('“He is a chaos candidate,” Donald Trump said of his rival on Monday.\n\n“He would not be the commander in chief we need,” the former Florida governor said.'),
      ['Donald Trump', null],
    );
  });
});

describe('a bare verb form after "a" is a noun, not a reporting verb', () => {
  it('"offered a Trump-style retort" makes no speaker of "Trump-style"; "the Tories retort" is still a cue', () => {
    assert.deepStrictEqual(speakers('Jeb Bush offered a Trump-style retort on Monday, tweeting at him, “you are a liar and a whiner.”'), [null]);
    assert.deepStrictEqual(speakers('“You are a liar,” the Tories retort.'), ['Conservative Party']);
  });
  it('so is one after "a", an adverb and a describing word: "in a heavily Democratic state" makes no speaker of "Democratic"', () => {
    const praised = 'Dana Ferrell praised the governor for getting things done in a heavily Democratic state.\n\n';
    assert.notDeepStrictEqual(speakers(`${praised}“We need someone who can bring people together.”`), ['Democratic']);
    assert.notDeepStrictEqual(speakers(`${praised}“We need someone who can bring people together.”`), ['Democratic Party']);
    // Without "a" before the adverb, the verb still reports.
    assert.deepStrictEqual(speakers('“It is done,” the Republicans firmly state.'), ['Republicans']);
  });
});
