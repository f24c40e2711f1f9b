// Names as the press writes them: the article's own fullest form is the person's `name`, the record's
// name is `mp.name`; short forms of given names link to the person. Texts written for these tests.
import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { givenNameForms, sameGivenName } from '../../src/extractor/kb/shortForms';

const kb = KnowledgeBase.bundled();

describe('names as the press writes them', () => {
  it('knows the common English short forms, both ways', () => {
    for (const [short, full] of [['matt', 'matthew'], ['jo', 'joseph'], ['jon', 'jonathan'], ['nick', 'nicholas'], ['liz', 'elizabeth'],
      ['ed', 'edward'], ['jim', 'james'], ['bill', 'william'], ['bob', 'robert'], ['tony', 'anthony'], ['chris', 'christopher']]) {
      assert.ok(givenNameForms(short).includes(full), `${short} → ${full}`);
      assert.ok(givenNameForms(full).includes(short), `${full} → ${short}`);
      assert.ok(sameGivenName(short, full));
    }
    assert.ok(!sameGivenName('matt', 'mark'));
  });

  it('finds the record of a name written with another form of the given name', () => {
    assert.deepStrictEqual(kb.byWrittenName('Rob Halfon').map((p) => p.name), ['Robert Halfon']);
    assert.ok(kb.byWrittenName('Christopher Pincher').some((p) => p.family === 'Pincher'));
    assert.deepStrictEqual(kb.byWrittenName('Rob Nobody'), []);
  });

  it('keeps the article\'s form as the name and the record\'s in mp.name', () => {
    const a = analyze(' date 2011-01-01 T\n\nChris Huhne said: “We will.” Mr Huhne added: “Soon.”\n');
    const huhne = a.people.find((p) => p.mp?.name === 'Christopher Huhne')!;
    assert.strictEqual(huhne.name, 'Chris Huhne');
    assert.strictEqual(huhne.recordName, 'Christopher Huhne');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['Chris Huhne', 'Chris Huhne']);
  });

  it('links short forms to the person, and keeps the written form (not the record\'s) when it is a short form', () => {
    const a = analyze(' date 2019-02-21 T\n\nRob Halfon spoke. Phil Hammond said: “Fine.” Later Matthew Hancock spoke, and Matt said: “Good.”\n');
    assert.deepStrictEqual(a.people.map((p) => p.name), ['Rob Halfon', 'Phil Hammond', 'Matthew Hancock']);
    assert.strictEqual(a.people[0].mp!.constituency, 'Harlow');
    assert.strictEqual(a.people[1].mp!.name, 'Philip Hammond');
    assert.strictEqual(a.people[2].mentions.length, 2, '"Matt" is Matthew Hancock');
  });

  it('uses the fullest form the article gives', () => {
    const a = analyze(' date 2019-02-21 T\n\nTan Dhesi spoke. Later Tanmanjeet Singh Dhesi said: “No.”\n');
    assert.strictEqual(a.people.length, 1);
    assert.strictEqual(a.people[0].name, 'Tanmanjeet Singh Dhesi');
    assert.strictEqual(a.people[0].mp!.name, 'Tan Dhesi', 'the record\'s name');
  });
});
