import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';

/**
 * UK names and roles on days the records change hands, on texts written for the tests (issue 12):
 * "the new Prime Minister" on a handover day, a hyphenated spelling of a member's name, a councillor
 * who shares a member's full name.
 */
describe('attribution: UK handovers, hyphens and councillors', () => {
  const kb = KnowledgeBase.bundled();
  const names = (phrase: string, date: string) => kb.resolveRole(phrase, date).map((p) => p.name);

  describe('on a handover day "the new X" is the incoming holder, "the outgoing X" the one leaving', () => {
    it('the records show both prime ministers on 13 July 2016; "new" and "outgoing" tell them apart', () => {
      assert.deepStrictEqual(names('the Prime Minister', '2016-07-13'), ['David Cameron', 'Theresa May']);
      assert.deepStrictEqual(names('the new Prime Minister', '2016-07-13'), ['Theresa May']);
      assert.deepStrictEqual(names('the incoming prime minister', '2016-07-13'), ['Theresa May']);
      assert.deepStrictEqual(names('the outgoing prime minister', '2016-07-13'), ['David Cameron']);
    });
    it('"said the new Prime Minister" is Theresa May, with David Cameron named in the same article', () => {
      assert.deepStrictEqual(
        speakersIn('Theresa May met the Queen. David Cameron left Number 10.\n\n“We will make Britain work for everyone,” said the new Prime Minister.', '2016-07-13'),
        ['Theresa May'],
      );
    });
    it('"the new Chancellor said" on the day Kwasi Kwarteng went is Jeremy Hunt', () => {
      assert.deepStrictEqual(speakersIn('“We will do whatever is necessary,” the new Chancellor said.', '2022-10-14'), ['Jeremy Hunt']);
    });
    it('a day with one holder is unchanged by "new"', () => {
      assert.deepStrictEqual(names('the new Prime Minister', '2016-09-01'), ['Theresa May']);
    });
  });

  describe('what the text says beside a later mention of the surname counts for the first', () => {
    it('"Mr Hunt said…" and, paragraphs on, "Mr Hunt, the Chancellor," are Jeremy Hunt throughout', () => {
      const filler = 'Economists broadly agreed, though several warned that the squeeze on household incomes would last well into next year and that unemployment could rise. '.repeat(2);
      const a = analyseTestArticle(`Mr Hunt said: “Inflation is the enemy.”\n\n${filler}\n\nSpeaking later, Mr Hunt, the Chancellor, added: “We will not blink.”`, '2023-01-17');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Jeremy Hunt', 'Jeremy Hunt']);
    });
  });

  describe('a party word that is members\' surname is a name after a title', () => {
    it('"Damian Green, the Ashford MP" and then "Mr Green said" are one member', () => {
      const a = analyseTestArticle('Damian Green, the Ashford MP, spoke first. Mr Green said: “We must act.”', '2019-06-25');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Damian Green']);
    });
    it('"Mr Green, a steward from Bristol, said" is Green, a person, and no MP', () => {
      const a = analyseTestArticle('Mr Green, a steward from Bristol, said: “I have never seen anything like it.”', '2016-06-25');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Green']);
      assert.deepStrictEqual(a.people.filter((p) => p.mp).map((p) => p.name), []);
    });
  });

  describe('a hyphen the records list as another spelling of a member\'s surname', () => {
    it('"Iain Duncan-Smith" is Iain Duncan Smith, and so is "Mr Duncan-Smith"', () => {
      const a = analyseTestArticle('Iain Duncan-Smith has resigned.\n\nMr Duncan-Smith said: “I am unable to watch passively.”', '2016-03-19');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Iain Duncan Smith']);
      assert.deepStrictEqual(a.people.map((p) => [p.name, p.mp?.constituency ?? null]), [['Iain Duncan Smith', 'Chingford and Woodford Green']]);
    });
  });

  describe('a councillor with a member\'s full name is the councillor', () => {
    it('"Councillor Sarah Jones" in Cardiff is no MP, and neither is her later "Sarah Jones"', () => {
      const a = analyseTestArticle('Councillor Sarah Jones, cabinet member for transport, said: “It will be safer.”\n\nSarah Jones said work starts in spring.', '2021-11-03');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Sarah Jones']);
      assert.deepStrictEqual(a.people.filter((p) => p.mp).map((p) => p.name), []);
    });
    it('"presenter Fiona Bruce" is the presenter, not the member for Congleton, at every mention', () => {
      const a = analyseTestArticle('Question Time presenter Fiona Bruce said: “We have to move on.”\n\nFiona Bruce later apologised to viewers.', '2019-03-15');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Fiona Bruce']);
      assert.deepStrictEqual(a.people.filter((p) => p.mp).map((p) => p.name), []);
    });
    it('"Fiona Bruce, the Question Time presenter," is the presenter too; ", the former footballer," may be the member', () => {
      const after = analyseTestArticle('Fiona Bruce, the Question Time presenter, said: “We have to move on.”', '2019-03-15');
      assert.deepStrictEqual(after.people.map((p) => [p.name, p.mp?.constituency ?? null]), [['Fiona Bruce', null]]);
      const past = analyseTestArticle('Fiona Bruce, the former presenter, said: “We have to move on.”', '2019-03-15');
      assert.deepStrictEqual(past.people.map((p) => [p.name, p.mp?.constituency ?? null]), [['Fiona Bruce', 'Congleton']]);
    });
    it('the member with that name is still the member, and a calling in the past ("former GMTV presenter") does not unlink one', () => {
      const member = analyseTestArticle('Fiona Bruce, the Conservative MP for Congleton, said: “We have to move on.”', '2019-03-15');
      assert.deepStrictEqual(member.people.map((p) => [p.name, p.mp?.constituency ?? null]), [['Fiona Bruce', 'Congleton']]);
      const former = analyseTestArticle('Former GMTV presenter Gloria De Piero said: “I will stand again.”', '2015-03-02');
      assert.deepStrictEqual(former.people.map((p) => [p.name, p.mp?.constituency ?? null]), [['Gloria De Piero', 'Ashfield']]);
    });
    it('a short form described outside Parliament is not the member the article names: "Mrs Phillips, a caller from Walsall"', () => {
      const a = analyseTestArticle('Mrs Phillips, a caller from Walsall, said: “I am scared.”\n\nJess Phillips, the Birmingham Yardley MP, said: “Women are tired.”', '2021-03-15');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Phillips', 'Jess Phillips']);
      assert.deepStrictEqual(a.people.filter((p) => p.mp).map((p) => p.name), ['Jess Phillips']);
    });
    it('a member named before keeps a short form whatever description follows it', () => {
      const a = analyseTestArticle('David Davis spoke first. Mr Davis, a veteran campaigner for civil liberties, said: “No deal.”', '2021-03-15');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['David Davis']);
      assert.deepStrictEqual(a.people.map((p) => p.name), ['David Davis']);
    });
    it('"Mrs Davies, a parent of two," after David TC Davies the MP is someone else', () => {
      const a = analyseTestArticle('David TC Davies, the Monmouth MP, said: “I will raise it.”\n\nMrs Davies, a parent of two, said: “Our children deserve better.”', '2019-02-08');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['David TC Davies', 'Davies']);
    });
    it('"Cllr Smith" is not the MP Cat Smith named before', () => {
      const a = analyseTestArticle('Cat Smith, the Lancaster MP, backed the plan. Cllr Smith said: “It is too costly.”', '2021-03-15');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Smith']);
    });
    it('police ranks are titles: "Sergeant Brown of Northumbria Police said" is Brown, no MP', () => {
      const a = analyseTestArticle('Sergeant Brown of Northumbria Police said: “We need dashcam footage.”', '2017-10-10');
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Brown']);
      assert.deepStrictEqual(a.people.filter((p) => p.mp).map((p) => p.name), []);
    });
    it('the same name with no councillor\'s title is still the member', () => {
      const a = analyseTestArticle('Sarah Jones, the Labour MP for Croydon Central, said: “It will be safer.”', '2021-11-03');
      assert.deepStrictEqual(a.people.filter((p) => p.mp).map((p) => p.name), ['Sarah Jones']);
    });
  });
});
