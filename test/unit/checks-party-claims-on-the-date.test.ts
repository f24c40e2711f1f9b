import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { runChecks, Problem } from '../../src/checks';

/** The party and seat claims a text makes, checked on its date (texts written for these tests). */
function claims(date: string, body: string): Problem[] {
  const text = ` date ${date} Checks\n\n${body}\n`;
  return runChecks(text, analyze(text)).filter((p) => p.check === 'partyClaims');
}
const said = (ps: Problem[]) => ps.map((p) => p.about?.said);

describe('sub-editor checks: party claims the record does not contradict', () => {
  it('still flags a present claim the record contradicts on the date', () => {
    assert.deepStrictEqual(said(claims('2019-03-01', 'Labour MP Chuka Umunna said the party had lost its way.')), ['Labour MP']);
    assert.deepStrictEqual(said(claims('2025-10-01', 'Conservative MP Danny Kruger said he would fight on.')), ['Conservative MP'], 'after his defection');
    assert.deepStrictEqual(said(claims('2025-08-01', 'Labour MP Diane Abbott said she would not apologise.')), ['Labour MP'], 'while suspended');
  });

  it('leaves a claim about the past alone: then-, one-time, erstwhile, "as a Labour MP,"', () => {
    for (const body of [
      'Then-Labour MP Chuka Umunna had warned about antisemitism a year earlier.',
      'The then Labour MP Chuka Umunna had warned about it.',
      'One-time Labour MP Chuka Umunna said the party had lost its way.',
      'As a Labour MP, Chuka Umunna had voted against the whip many times.',
      'Chuka Umunna, the then Labour MP for Streatham, had warned about it.',
    ]) assert.deepStrictEqual(said(claims('2019-03-01', body)), [], body);
  });

  it('leaves a party the text says is no longer held alone: suspended, whipless, expelled', () => {
    for (const body of [
      'The suspended Labour MP Diane Abbott said she would not apologise.',
      'Whipless Labour MP Diane Abbott said she would not apologise.',
      'Diane Abbott, the suspended Labour MP for Hackney North and Stoke Newington, said nothing.',
    ]) assert.deepStrictEqual(said(claims('2025-08-01', body)), [], body);
  });

  it('leaves the party an MP is leaving in the sentence that says so alone', () => {
    for (const body of [
      'Conservative MP Danny Kruger has defected to Reform UK, saying the Tories were finished.',
      'Tory MP Danny Kruger quit the party on Monday to join Reform UK.',
      'Conservative MP Danny Kruger, who has crossed the floor, said the Tories were finished.',
    ]) assert.deepStrictEqual(said(claims('2025-09-15', body)), [], body);
    assert.deepStrictEqual(said(claims('2025-08-01', 'Labour MP Diane Abbott has had the whip suspended again.')), []);
  });

  it('leaves words inside a quotation alone: they are the speaker\'s', () => {
    assert.deepStrictEqual(said(claims('2019-03-01', 'She said: “I remember when Labour MP Chuka Umunna first spoke in the chamber.”')), []);
    assert.deepStrictEqual(said(claims('2019-03-01', '“Labour MP Chuka Umunna is wrong,” she said. Labour MP Chuka Umunna replied.')), ['Labour MP'], 'the claim outside the quote is still checked');
  });
});

describe('sub-editor checks: misspelt MP names', () => {
  const misspelt = (date: string, body: string) => {
    const text = ` date ${date} Checks\n\n${body}\n`;
    return runChecks(text, analyze(text)).filter((p) => p.check === 'misspeltNames').map((p) => `${p.about?.said} -> ${p.about?.record}`);
  };

  it('takes another form of the given name as the record\'s, not a misspelling', () => {
    assert.deepStrictEqual(misspelt('2020-06-01', 'Rob Halfon said the schools must reopen.'), [], 'Robert Halfon');
  });

  it('takes initials written with full stops as the record\'s', () => {
    assert.deepStrictEqual(misspelt('2023-06-01', 'David T.C. Davies said the plan was good.'), []);
    assert.deepStrictEqual(misspelt('2023-06-01', 'David T. C. Davies said the plan was good.'), []);
  });

  it('still offers the record\'s name for a misspelling', () => {
    assert.deepStrictEqual(misspelt('2023-06-01', 'Angela Raynor said the plan was wrong.'), ['Angela Raynor -> Angela Rayner']);
  });
});
