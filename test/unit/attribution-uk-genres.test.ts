import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/**
 * UK genres the earlier probes lacked (Commons sketches, PA lobby copy, committee hearings, devolved
 * politics, round-ups, unnamed sources), each on a text written for the test: where the extractor
 * named the wrong speaker or MP on new copy (issue 12).
 */
describe('attribution: UK genres (Commons, lobby, committees, devolved politics)', () => {
  describe('"told MPs" names the audience, not the speaker as a member', () => {
    it('"Mr Johnson told MPs" with several Johnsons sitting links none of them by the word "MPs"', () => {
      const a = analyseTestArticle('The Commons met again on Wednesday.\n\nMr Johnson told MPs: “Parliament must stand aside.”', '2019-09-25');
      assert.strictEqual(a.quotes[0].speaker?.name, 'Mr Johnson');
      assert.ok(!a.people.some((p) => p.mp), JSON.stringify(a.people.map((p) => p.name)));
    });
    it('"Tory MP Mr Baker" still links the member: the singular beside the name', () => {
      const a = analyseTestArticle('Tory MP Mr Baker said: “We need the bridge.”', '2019-09-25');
      assert.strictEqual(a.people[0].mp?.party, 'Conservative');
    });
  });

  describe('unnamed insiders are nobody, not the person or party named near them', () => {
    it('"One minister told the Times" and "one former minister said" are not the chancellor named before', () => {
      assert.deepStrictEqual(
        speakersIn('Jeremy Hunt is the chancellor.\n\nOne minister told the Times: “People are in despair.”\n\nOne former minister said: “It is over.”', '2022-10-19'),
        [null, null],
      );
    });
    it('"Allies of the chancellor, Jeremy Hunt, insisted" is the allies’, not Hunt’s', () => {
      assert.deepStrictEqual(
        speakersIn('Liz Truss is under pressure.\n\nAllies of the chancellor, Jeremy Hunt, insisted he was “not interested” in the job.', '2022-10-19'),
        [null],
      );
    });
    it('a singular head before the apposition may be the one named: "The resident of the house, Dan Ware, said"', () => {
      assert.deepStrictEqual(speakersIn('The resident of the house, Dan Ware, said: “She never knocked.”', '2014-11-21'), ['Dan Ware']);
    });
    it('"A senior Tory source said" is an unnamed insider; "a Conservative spokesperson said" is still the party', () => {
      assert.deepStrictEqual(
        speakersIn('Liz Truss is under pressure.\n\nA senior Tory source said: “It’s over.”\n\nA Conservative spokesperson said: “Nonsense.”', '2022-10-19'),
        [null, 'Conservative Party'],
      );
    });
  });

  describe('committee hearings and lobby copy', () => {
    it('"“…,” the governor replied" after a member’s question is not the member going on', () => {
      assert.deepStrictEqual(
        speakersIn('Andrew Bailey told the Treasury Committee: “We face a very big shock.”\n\nMel Stride asked whether the Bank had been “asleep at the wheel”.\n\n“I do not accept that,” the governor replied.', '2022-05-16'),
        ['Andrew Bailey', 'Mel Stride', null],
      );
    });
    it('an age before the description: "Dominic Raab, 44, the minister who replaced Mr Davis, said" is Raab’s', () => {
      assert.deepStrictEqual(
        speakersIn('David Davis quit on Sunday.\n\nDominic Raab, 44, the housing minister who replaced Mr Davis, said that he was “honoured” to take the job.', '2018-07-09'),
        ['Dominic Raab'],
      );
    });
    it('"The Prime Minister’s official spokesman said" speaks for the holder on the date, never a body "Prime Minister’s"', () => {
      assert.deepStrictEqual(
        speakersIn('The Bill was published on Tuesday.\n\nThe Prime Minister’s official spokesman said: “We are confident.”\n\nThe PM’s spokeswoman said: “No.”', '2023-03-08'),
        ['Rishi Sunak', 'Rishi Sunak'],
      );
    });
    it('"The Chancellor’s spokesman said" is the chancellor’s, named in the article', () => {
      assert.deepStrictEqual(speakersIn('Jeremy Hunt set out his plan.\n\nThe Chancellor’s spokesman said: “It adds up.”', '2023-03-08'), ['Jeremy Hunt']);
    });
  });
  describe('devolved members, party MPs and statements about remarks', () => {
    it('"The Labour MS for Cardiff South and Penarth told members" is nobody the records hold, never "Penarth" nor the MP for the seat', () => {
      const a = analyseTestArticle('Vaughan Gething was confirmed as First Minister.\n\nThe Labour MS for Cardiff South and Penarth told members: “We turn a page.”\n\nThe MSP for Edinburgh Central said: “No.”', '2024-03-20');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), [null, null]);
      assert.ok(!a.people.some((p) => p.name === 'Penarth' || p.mp), JSON.stringify(a.people.map((p) => p.name)));
    });
    it('"the MP for Cardiff South and Penarth" is still the seat’s member', () => {
      assert.deepStrictEqual(speakersIn('The Labour MP for Cardiff South and Penarth told the Commons: “We turn a page.”', '2019-06-20'), ['Stephen Doughty']);
    });
    it('"“…,” the Labour MP said" is the Labour member just named, and nobody where the one named sits for another party', () => {
      assert.deepStrictEqual(
        speakersIn('York Central MP Rachael Maskell said her constituents felt “abandoned”.\n\n“They are angry,” the Labour MP said.\n\n“It is a disgrace,” the Tory MP said.', '2015-12-28'),
        ['Rachael Maskell', 'Rachael Maskell', null],
      );
    });
    it('"A spokeswoman for the Muslim Council of Britain said the remarks were “…”" is the council’s: "the remarks" is no verb', () => {
      assert.deepStrictEqual(
        speakersIn('Boris Johnson wrote a column.\n\nA spokeswoman for the Muslim Council of Britain said the remarks were “deeply offensive”.', '2018-08-07'),
        ['Muslim Council of Britain'],
      );
    });
  });

  describe('interviews written as questions and answers', () => {
    it('a name in the interviewer’s question is not who answers', () => {
      assert.deepStrictEqual(
        speakersIn('Rory Stewart is one of five candidates left. We spoke to him in Westminster.\n\nWhy should members vote for you?\n\n“Because I am honest about Brexit.”\n\nAnd Boris Johnson?\n\n“I like Boris, but he has no plan.”', '2019-06-20'),
        [null, null],
      );
    });
  });
  describe('a colon introduction by someone unnamed is not the previous speaker going on', () => {
    it('"Outside court, a spokeswoman for the women said: “…”" is not the prosecutor quoted before', () => {
      assert.deepStrictEqual(
        speakersIn('Prosecutor Tom Little said: “The complainants were not believed.”\n\nOutside court, a spokeswoman for the women said: “Justice has been done.”', '2020-09-15'),
        ['Tom Little', null],
      );
    });
    it('"The post from Labour’s official account read: “…”" is not the MP quoted before', () => {
      assert.deepStrictEqual(
        speakersIn('Andrea Leadsom tweeted that the Prime Minister had shown “true statesmanship”.\n\nThe post from Labour’s official account read: “The Tories are in chaos.”', '2019-05-24'),
        ['Andrea Leadsom', null],
      );
    });
    it('"He has this to say: “…”" and "The candidate reiterated: “…”" still go on with the speaker', () => {
      assert.deepStrictEqual(
        speakersIn('Ann Lowe said on Monday: “We will win.”\n\nThe candidate reiterated: “We will win the seat.”', '2019-05-24'),
        ['Ann Lowe', 'Ann Lowe'],
      );
    });
  });
  describe('spokespeople of a named person, and the agent of a passive verb of judging', () => {
    it('"Mr Blair’s official spokesman said" is Blair’s, as "his spokesman said" is', () => {
      assert.deepStrictEqual(
        speakersIn('Tony Blair faces a Commons vote tonight.\n\nMr Blair’s official spokesman said: “The Prime Minister is confident.”', '2003-03-18'),
        ['Tony Blair'],
      );
    });
    it('"John Smith, Mr Blair’s spokesman, said" is still the spokesman named', () => {
      assert.deepStrictEqual(speakersIn('John Smith, Mr Blair’s spokesman, said: “Yes.”', '2003-03-18'), ['John Smith']);
    });
    it('"Mrs May was accused by Sir Bill Cash of “…”" is Cash’s, not the subject’s', () => {
      assert.deepStrictEqual(
        speakersIn('Theresa May lost the vote.\n\nMrs May was accused by Sir Bill Cash of “capitulation”.\n\nShe was branded by Jeremy Corbyn as “weak and wobbly”.', '2019-03-12'),
        ['Bill Cash', 'Jeremy Corbyn'],
      );
    });
  });
  describe('"the Lib Dem MP": a party of two words', () => {
    it('"“…,” the Lib Dem MP added" and "the Liberal Democrat MP said" are the Lib Dem member just named', () => {
      assert.deepStrictEqual(
        speakersIn('North Norfolk MP Norman Lamb called the cuts “devastating”.\n\n“I will raise this,” the Lib Dem MP added.\n\n“Me too,” the Liberal Democrat MP said.', '2016-11-25'),
        ['Norman Lamb', 'Norman Lamb', 'Norman Lamb'],
      );
    });
  });
});
