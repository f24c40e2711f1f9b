import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { runChecks, applyFixes, Problem } from '../../src/checks';

const HEAD = ' date 2019-02-21 Checks\n\n';
function problems(body: string, enabled = {}): Problem[] {
  const text = HEAD + body;
  return runChecks(text, analyze(text), { enabled });
}
const messages = (ps: Problem[]) => ps.map((p) => `${p.check}: ${p.message}`);

describe('sub-editor checks', () => {
  describe('party or seat contradicting the record', () => {
    it('flags "Labour MP" before a Conservative, stating the record, with a fix', () => {
      const ps = problems('Labour MP Dominic Grieve spoke.');
      assert.strictEqual(ps.length, 1, messages(ps).join('\n'));
      assert.match(ps[0].message, /the record says Conservative \(since 1 May 1997\), MP for Beaconsfield/);
      assert.strictEqual(applyFixes(HEAD + 'Labour MP Dominic Grieve spoke.', ps), HEAD + 'Conservative MP Dominic Grieve spoke.');
    });

    it('flags "the Tory MP", "(Lab, Streatham)", ", the Labour MP for Y" and "MP for Y"', () => {
      assert.strictEqual(problems('The Tory MP Chuka Umunna spoke.').length, 1);
      const bracket = HEAD + 'Dominic Grieve (Lab, Beaconsfield) spoke.';
      const ps = runChecks(bracket, analyze(bracket));
      assert.strictEqual(ps.length, 1, messages(ps).join('\n'));
      assert.strictEqual(applyFixes(bracket, ps), HEAD + 'Dominic Grieve (Con, Beaconsfield) spoke.');
      const seat = problems('Chuka Umunna, the Independent Group MP for Stockport, spoke.');
      assert.deepStrictEqual(seat.map((p) => p.fix?.edit.text), ['Streatham']);
      assert.strictEqual(problems('Dominic Grieve, MP for Islington North, spoke.').length, 1);
    });

    it('says what the text claims and what the record has, for the person’s card', () => {
      const [p] = problems('Labour MP Dominic Grieve spoke.');
      assert.deepStrictEqual(p.about && { said: p.about.said, record: p.about.record }, { said: 'Labour MP', record: 'Conservative' });
      const [seat] = problems('Chuka Umunna, the Independent Group MP for Stockport, spoke.');
      assert.deepStrictEqual(seat.about && { said: seat.about.said, record: seat.about.record }, { said: 'the Independent Group MP for Stockport', record: 'MP for Streatham' });
    });

    it('offers the house form the article already uses first: Tory or Conservative, Lib Dem or Liberal Democrat', () => {
      const tory = problems('Tory MPs met. The Tories were cross. Labour MP Dominic Grieve spoke.').find((p) => p.check === 'partyClaims')!;
      assert.deepStrictEqual([tory.fix?.title, ...(tory.otherFixes ?? []).map((f) => f.title)], ['Change to Tory', 'Change to Conservative']);
      const formal = problems('Conservative MPs met. Tory MPs too. Labour MP Dominic Grieve spoke.').find((p) => p.check === 'partyClaims')!;
      assert.deepStrictEqual([formal.fix?.title, ...(formal.otherFixes ?? []).map((f) => f.title)], ['Change to Conservative', 'Change to Tory']);
      const none = problems('Labour MP Dominic Grieve spoke.')[0];
      assert.deepStrictEqual([none.fix?.title, none.otherFixes], ['Change to Conservative', undefined], 'the formal name when the article uses no form');
      const libDem = problems('The Lib Dems met. Labour MP Tim Farron spoke.').find((p) => p.check === 'partyClaims')!;
      assert.strictEqual(libDem.fix?.edit.text, 'Lib Dem');
      assert.deepStrictEqual(libDem.otherFixes?.map((f) => f.edit.text), ['Liberal Democrat']);
    });

    it('reads "Labour’s Dominic Grieve" as a claim that he is Labour, and fixes it in the English an editor writes', () => {
      const text = HEAD + 'Labour’s Dominic Grieve spoke. Later, Tory MPs met.';
      const ps = runChecks(text, analyze(text)).filter((p) => p.check === 'partyClaims');
      assert.strictEqual(ps.length, 1, messages(ps).join('\n'));
      assert.match(ps[0].message, /^Labour is not Dominic Grieve's party on 21 Feb 2019: the record says Conservative/);
      assert.strictEqual(text.slice(ps[0].start, ps[0].end), 'Labour’s', 'the squiggle covers the possessive');
      assert.deepStrictEqual([ps[0].fix?.title, ...(ps[0].otherFixes ?? []).map((f) => f.title)], ['Change “Labour’s” to “Tory”', 'Change “Labour’s” to “Conservative”']);
      assert.strictEqual(applyFixes(text, ps), HEAD + 'Tory Dominic Grieve spoke. Later, Tory MPs met.');
      // The other way round: a Labour MP said to be a Conservative's; the possessive form stays, in the text's apostrophe.
      const labour = HEAD + "Conservative's Jeremy Corbyn spoke.";
      const lp = runChecks(labour, analyze(labour)).filter((p) => p.check === 'partyClaims');
      assert.strictEqual(applyFixes(labour, lp), HEAD + "Labour's Jeremy Corbyn spoke.");
      assert.deepStrictEqual(messages(problems('Labour’s Jeremy Corbyn spoke.')), [], 'a right possessive claim is no problem');
    });

    it('raises nothing for claims that are right on the date, or about the past', () => {
      for (const ok of [
        'Conservative MP Dominic Grieve spoke.',
        'Ex-Labour MP Chuka Umunna spoke.',
        'Former Tory MP Heidi Allen spoke.',
        'The Independent Group MP Chuka Umunna spoke.',
        'Chuka Umunna (TIG, Streatham) spoke.',
        'Jeremy Corbyn, the Labour MP for Islington North, spoke.',
      ]) assert.deepStrictEqual(messages(problems(ok)), [], ok);
    });
  });

  describe('misspelt MP names', () => {
    it('tells of the record’s name (information, so the Problems panel lists it), with a fix', () => {
      const ps = problems('Chukka Umunna spoke and Jeremy Corbin listened.');
      assert.deepStrictEqual(ps.map((p) => [p.check, p.severity, p.fix?.edit.text]), [
        ['misspeltNames', 'information', 'Chuka Umunna'], ['misspeltNames', 'information', 'Jeremy Corbyn'],
      ]);
    });

    it('says what the text has and the record’s name, for the person’s card', () => {
      const [p] = problems('Chukka Umunna spoke.');
      assert.deepStrictEqual(p.about && { said: p.about.said, record: p.about.record }, { said: 'Chukka Umunna', record: 'Chuka Umunna' });
    });

    it('leaves real people who are not MPs alone', () => {
      assert.deepStrictEqual(messages(problems('Tony Blair and Peter Mandelson spoke to Sam Brightwell.')), []);
    });
  });

  describe('quotation marks', () => {
    it('flags an unclosed quote and offers to close it at the end of its paragraph', () => {
      const text = HEAD + 'He said “we will win.\n\nNext paragraph.';
      const ps = runChecks(text, analyze(text));
      assert.deepStrictEqual(ps.map((p) => p.check), ['quotationMarks']);
      assert.strictEqual(applyFixes(text, ps), HEAD + 'He said “we will win.”\n\nNext paragraph.');
    });

    it('does not flag a quote continued in the next paragraph', () => {
      assert.deepStrictEqual(messages(problems('“First part.\n\n“Second part,” she said.')), []);
    });

    it("takes „…“, „…”, ''…'' and ``…'' for matched pairs, and closes an unclosed '' with ''", () => {
      assert.deepStrictEqual(messages(problems("Sie sagte „ja“ und „nein”. He said ''yes'' and ``no''.")), []);
      const text = HEAD + "He said ''we will win.\n\nNext paragraph.";
      assert.strictEqual(applyFixes(text, runChecks(text, analyze(text))), HEAD + "He said ''we will win.''\n\nNext paragraph.");
    });

    it('flags a stray closing mark and mixed styles', () => {
      const text = HEAD + 'It ended” there. He said “yes" and left.';
      const ps = runChecks(text, analyze(text));
      assert.strictEqual(ps.length, 2, messages(ps).join('\n'));
      assert.strictEqual(applyFixes(text, ps), HEAD + 'It ended there. He said “yes” and left.');
    });
  });

  it('reports unattributed speech only when asked', () => {
    const body = 'A source said it was “a disaster for everyone involved in it”.';
    assert.deepStrictEqual(problems(body), []);
    assert.deepStrictEqual(problems(body, { unattributedQuotes: true }).map((p) => [p.check, p.severity]), [['unattributedQuotes', 'information']]);
  });

  it('warns on both places where the same words have two speakers', () => {
    const ps = problems('“We will win this one,” said Dominic Grieve.\n\n“We will win this one,” said Heidi Allen.');
    assert.deepStrictEqual(ps.map((p) => p.check), ['conflictingSpeakers', 'conflictingSpeakers']);
    assert.match(ps[0].message, /Dominic Grieve here and to Heidi Allen elsewhere/);
  });

  it('finds exactly three problems in an article with one wrong party, one misspelt MP and one unclosed quote, and the fixes repair it', () => {
    const text = HEAD + 'Labour MP Dominic Grieve said the plan was “unworkable.\n\nChukka Umunna agreed with him.\n';
    const ps = runChecks(text, analyze(text));
    assert.deepStrictEqual(ps.map((p) => p.check).sort(), ['misspeltNames', 'partyClaims', 'quotationMarks'], messages(ps).join('\n'));
    const fixed = applyFixes(text, ps);
    assert.strictEqual(fixed, HEAD + 'Conservative MP Dominic Grieve said the plan was “unworkable.”\n\nChuka Umunna agreed with him.\n');
    assert.deepStrictEqual(messages(runChecks(fixed, analyze(fixed))), []);
  });
});
