import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** Relayed speech (issue 12, item 10): the words are the relayed speaker's, on texts written for the test. */
const speakers = (body: string, date = '2005-02-03'): Array<string | null> => speakersIn(body, date);

describe('attribution: relayed speech', () => {
  it('"According to Mr Peston, the prime minister said “…”" is the prime minister’s on the date', () => {
    assert.deepStrictEqual(
      speakers('Robert Peston has written a book. According to Mr Peston, the prime minister said: “I will not go quietly.”'),
      ['Tony Blair'],
    );
  });
  it('"X quotes Y as saying" is Y’s, a person or a role', () => {
    assert.deepStrictEqual(
      speakers('Robert Peston has written a book. Mr Peston quotes Peter Lang as saying: “I have had enough.” One minister quoted the prime minister as saying “we will win”.'),
      ['Peter Lang', 'Tony Blair'],
    );
  });
  it('"X cites an aide as saying" stays nobody’s: the one relayed is unnamed', () => {
    assert.deepStrictEqual(speakers('Robert Peston cites an aide as saying “it is over”.'), [null]);
  });
  it('"Peter Lang, according to Mr Peston, told the cabinet" is Peter Lang’s, not the source’s', () => {
    assert.deepStrictEqual(
      speakers('Robert Peston has written a book. Peter Lang, according to Mr Peston, told the cabinet: “Never again.”'),
      ['Peter Lang'],
    );
  });
  it('the words after "according to X" with no other speaker are still X’s', () => {
    assert.deepStrictEqual(speakers('According to Robert Peston, the talks were “a disaster from start to finish”.'), ['Robert Peston']);
  });
  it('"X described the plan as “…”" is X’s own words, not relayed', () => {
    assert.deepStrictEqual(speakers('Ann Smith described the plan as “mad”.'), ['Ann Smith']);
  });
});
