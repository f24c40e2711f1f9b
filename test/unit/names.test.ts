// Names as the press writes them: the article's own fullest form is the person's `name`, the record's
// name is `mp.name`; short forms of given names link to the person. Texts written for these tests.
import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { givenNameForms, sameGivenName } from '../../src/extractor/kb/shortForms';
import { bareName } from '../../src/extractor/kb/names';

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

describe('titles and surnames: who a titled surname can be', () => {
  const people = (text: string) => analyze(text).people.map((p) => `${p.name}: ${p.mpStatus}${p.mp ? ` ${p.mp.name}` : ''}`);

  it('reads "Mr Duncan Smith" as the member whose surname is Duncan Smith, before or after his full name', () => {
    assert.deepStrictEqual(people(' date 2003-05-01 T\n\nMr Duncan Smith said the party was united.\n'), ['Iain Duncan Smith: mp Iain Duncan Smith']);
    assert.deepStrictEqual(people(' date 2003-05-01 T\n\nIain Duncan Smith arrived. Later Mr Duncan Smith said more.\n'), ['Iain Duncan Smith: mp Iain Duncan Smith']);
    assert.deepStrictEqual(people(' date 1985-05-01 T\n\nMr Duncan Smith said the shop would close.\n'), ['Duncan Smith: unknown'],
      'before he sat, a Mr Duncan Smith is someone else');
  });

  it('never links a title to the one member of that surname when the records make them of the other sex', () => {
    // (a surname alone needs a word about the member near it to be one: "the Tory MP", surnameLinkEvidence.ts)
    assert.deepStrictEqual(people(' date 2014-03-01 T\n\nMr Morgan, the Tory MP, said the plan was wrong.\n'), ['Morgan: unknown'], 'not Nicky Morgan');
    assert.deepStrictEqual(people(' date 2014-03-01 T\n\nMrs Morgan, the Tory MP, said the plan was wrong.\n'), ['Nicky Morgan: mp Nicky Morgan']);
    assert.deepStrictEqual(people(' date 2012-03-01 T\n\nThe Labour MP Mr Benn said no. The Labour MP Mr Hoyle said yes.\n'), ['Hilary Benn: mp Hilary Benn', 'Lindsay Hoyle: mp Lindsay Hoyle'],
      'names borne by both sexes, and a knight the lexicon would call a woman');
  });

  it('never takes a city for a member whose peerage is named after it', () => {
    assert.deepStrictEqual(people(' date 1990-03-01 T\n\n“We cannot go on,” Liverpool said. David Alton disagreed.\n'), ['David Alton: mp David Alton']);
    const a = analyze(' date 1990-03-01 T\n\n“We cannot go on,” Liverpool said. David Alton disagreed.\n');
    assert.deepStrictEqual(a.people[0].mentions.map((m) => m.text), ['David Alton'], '"Liverpool" is not a mention of Lord Alton of Liverpool');
  });

  it('does not pick one of several members by the title alone', () => {
    assert.deepStrictEqual(people(' date 2016-03-01 T\n\nMr Phillips said the plan was wrong.\n'), ['Mr Phillips: ambiguous']);
  });

  it('takes a member\'s sex from an honorific among their names, else from a given name only one sex bears', () => {
    const sex = (name: string) => kb.genderOf(kb.byFullName(name)[0]);
    assert.strictEqual(sex('Lindsay Hoyle'), 'male', 'Sir Lindsay Hoyle');
    assert.strictEqual(sex('Virginia Bottomley'), 'female', 'Baroness Bottomley of Nettlestone');
    assert.strictEqual(sex('Nicky Morgan'), 'female');
    assert.strictEqual(sex('Jeremy Corbyn'), 'male');
    assert.strictEqual(sex('Hilary Benn'), 'unknown', 'Hilary: borne by men and women in the Commons');
    assert.strictEqual(sex('Jo Swinson'), 'unknown');
  });
});

describe('bare names: the records\' names without their titles', () => {
  it('drops every honorific, the long ones too (baroness, professor, reverend)', () => {
    assert.strictEqual(bareName('Baroness Boothroyd'), 'boothroyd');
    assert.strictEqual(bareName('Professor Jane Smith'), 'jane smith');
    assert.strictEqual(bareName('Reverend Ian Paisley'), 'ian paisley');
    assert.strictEqual(bareName('The Rt Hon Sir John Major MP'), 'john major');
    assert.strictEqual(bareName('Baron Smith'), 'smith');
  });
});
