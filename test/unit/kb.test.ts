import * as assert from 'assert';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { officeQuery } from '../../src/extractor/kb/offices';
import { normalizeName } from '../../src/extractor/kb/names';
import { samePartyName } from '../../src/extractor/kb/parties';

const kb = KnowledgeBase.bundled();
const one = (name: string) => {
  const found = kb.byFullName(name);
  assert.strictEqual(found.length, 1, `${name}: ${found.map((p) => p.id).join(', ')}`);
  return found[0];
};

describe('MP knowledge base', () => {
  it('normalises names: case, accents, honorifics, apostrophes, possessives', () => {
    assert.strictEqual(normalizeName('Dr Thérèse  Coffey'), 'therese coffey');
    assert.strictEqual(normalizeName('The Rt Hon Sir Keir Starmer'), 'keir starmer');
    assert.strictEqual(normalizeName('O’Brien’s'), "o'brien");
  });

  it('shows Chuka Umunna in The Independent Group on 2019-02-21, with the Labour term before it', () => {
    const info = kb.mpInfo(one('Chuka Umunna'), '2019-02-21')!;
    assert.strictEqual(info.party, 'The Independent Group');
    assert.strictEqual(info.constituency, 'Streatham');
    assert.strictEqual(info.previous!.party, 'Labour');
    assert.strictEqual(info.previous!.end, '2019-02-17');
  });

  it('tells apart two MPs of the same name by date', () => {
    const smiths = kb.byFullName('Angela Smith');
    assert.ok(smiths.length >= 2);
    const sitting = smiths.filter((p) => kb.isSitting(p, '2019-02-21'));
    assert.strictEqual(sitting.length, 1);
    assert.strictEqual(kb.termOn(sitting[0], '2019-02-21')!.constituency, 'Penistone and Stocksbridge');
  });

  it('finds both Eagle twins by surname', () => {
    const eagles = kb.bySurname('Eagle').filter((p) => kb.isSitting(p, '2019-02-21')).map((p) => p.name).sort();
    assert.deepStrictEqual(eagles, ['Angela Eagle', 'Maria Eagle']);
  });

  it('finds multi-word and hyphenated surnames, written either way', () => {
    assert.ok(kb.bySurname('Rees-Mogg').some((p) => p.name === 'Jacob Rees-Mogg'));
    assert.ok(kb.bySurname('Long Bailey').some((p) => /Long-Bailey/.test(p.name)));
    assert.ok(kb.namesStartingWith('rebecca').some((e) => e.tokens.join(' ') === 'rebecca long bailey'));
  });

  it('keeps a deputy speaker in her party and records the office', () => {
    const heal = one('Sylvia Heal');
    const info = kb.mpInfo(heal, '2005-03-16')!;
    assert.strictEqual(info.party, 'Labour');
    assert.ok(info.offices.some((o) => o.role === 'Deputy Speaker'));
  });

  it('applies the curated whip suspensions', () => {
    assert.strictEqual(kb.mpInfo(one('Chris Pincher'), '2022-07-07')!.party, 'Independent');
    assert.strictEqual(kb.mpInfo(one('Chris Pincher'), '2022-06-30')!.party, 'Conservative');
    assert.strictEqual(kb.mpInfo(one('David Warburton'), '2023-06-17')!.party, 'Independent');
  });

  it('has no membership before the data starts, nor for a member who has left', () => {
    assert.strictEqual(kb.mpInfo(one('Jeremy Corbyn'), '1990-01-01'), null);
    assert.strictEqual(kb.mpInfo(one('Tony Blair'), '2019-02-21'), null);
    assert.strictEqual(kb.mpInfo(one('Gordon Brown'), '2005-01-12')!.constituency, 'Dunfermline East');
  });

  it('resolves role nouns by the offices held on the date', () => {
    const names = (phrase: string, date: string) => kb.resolveRole(phrase, date).map((p) => p.name).sort();
    assert.deepStrictEqual(names('the Labour leader', '2019-02-21'), ['Jeremy Corbyn']);
    assert.deepStrictEqual(names('the prime minister', '2019-02-21'), ['Theresa May']);
    assert.ok(names('the former attorney general', '2019-02-21').includes('Dominic Grieve'));
    assert.ok(!names('the former attorney general', '2012-01-01').includes('Dominic Grieve'));
    assert.deepStrictEqual(names('the home secretary', '2019-02-21'), ['Sajid Javid']);
    assert.deepStrictEqual(names('the Tory leader', '2005-01-12'), ['Michael Howard']);
    assert.deepStrictEqual(names('the chancellor', '2005-03-16'), ['Gordon Brown']);
    assert.deepStrictEqual(names('the dog walker', '2019-02-21'), []);
  });

  it('reads role phrases into office matchers', () => {
    assert.ok(officeQuery('the shadow home secretary')!.matches('Shadow Secretary of State for the Home Department'));
    assert.ok(!officeQuery('the home secretary')!.matches('Shadow Secretary of State for the Home Department'));
    assert.strictEqual(officeQuery('the former Labour leader')!.former, true);
    assert.strictEqual(officeQuery('the milkman'), null);
  });

  it('treats party spellings alike', () => {
    assert.ok(samePartyName('Tory', 'Conservative'));
    assert.ok(samePartyName('Labour (Co-op)', 'Labour'));
    assert.ok(!samePartyName('Labour', 'Liberal Democrat'));
  });
});
