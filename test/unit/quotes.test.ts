import * as assert from 'assert';
import { splitParagraphs } from '../../src/extractor/paragraphs';
import { scanQuotes } from '../../src/extractor/quotes';

function quotesOf(text: string): string[] {
  return scanQuotes(text, splitParagraphs(text)).quotes.map((q) => q.text);
}

describe('quotation scanner', () => {
  it('finds quotes in all four mark styles with offsets of the text between the marks', () => {
    const text = 'She said “one” and "two" and ‘three’ and \'four\'.';
    const scan = scanQuotes(text, splitParagraphs(text));
    assert.deepStrictEqual(scan.quotes.map((q) => q.text), ['one', 'two', 'three', 'four']);
    assert.deepStrictEqual(scan.quotes.map((q) => q.style), ['curly-double', 'straight-double', 'curly-single', 'straight-single']);
    for (const q of scan.quotes) assert.strictEqual(text.slice(q.start, q.end), q.text);
  });

  it('does not take apostrophes for quotes', () => {
    assert.deepStrictEqual(quotesOf("Don't ask the MPs' whips about the '90s, rock 'n' roll or O'Brien's can’t."), []);
  });

  it('keeps a possessive inside a single-quoted quote', () => {
    assert.deepStrictEqual(quotesOf("He called it 'the MPs' favourite trick' on Monday."), ["the MPs' favourite trick"]);
  });

  it('gives a nested quote to the outer one', () => {
    assert.deepStrictEqual(quotesOf('“He told me ‘never’ and “not now”, twice,” she said.'), ['He told me ‘never’ and “not now”, twice,']);
  });

  it('closes a quote opened with a curly mark and closed with a straight one', () => {
    assert.deepStrictEqual(quotesOf('He said “we will win" and left.'), ['we will win']);
  });

  it('gives one entry per paragraph to a quote that runs over paragraphs', () => {
    const text = '“First part of it.\n\n“Second part.\n\n“Third part,” she said.';
    const scan = scanQuotes(text, splitParagraphs(text));
    assert.deepStrictEqual(scan.quotes.map((q) => [q.text, q.continued, q.close === null]), [
      ['First part of it.', false, true], ['Second part.', true, true], ['Third part,', true, false],
    ]);
    assert.strictEqual(scan.strays.length, 0);
  });

  it('never lets an unclosed mark swallow the next paragraph', () => {
    const text = 'He said “this is never closed.\n\nA plain paragraph with “a quote” in it.';
    const scan = scanQuotes(text, splitParagraphs(text));
    assert.deepStrictEqual(scan.quotes.map((q) => q.text), ['this is never closed.', 'a quote']);
    assert.deepStrictEqual(scan.strays.map((s) => s.problem), ['unclosed']);
  });

  it('reports a closing mark that was never opened', () => {
    const scan = scanQuotes('It ended” there.', splitParagraphs('It ended” there.'));
    assert.deepStrictEqual(scan.quotes, []);
    assert.deepStrictEqual(scan.strays.map((s) => [s.problem, s.mark.start]), [['unopened', 8]]);
  });

  it('handles straight double quotes next to punctuation', () => {
    assert.deepStrictEqual(quotesOf('"Yes," he said, "and no." Then ("maybe").'), ['Yes,', 'and no.', 'maybe']);
  });

  it('reads BBC-style single quotes in a headline', () => {
    assert.deepStrictEqual(quotesOf("MPs demand 'Tax leak' answers"), ['Tax leak']);
  });

  it('survives fifty levels of nesting and keeps the outer quote', () => {
    const inner = '“a '.repeat(50) + 'core' + '” '.repeat(50);
    assert.deepStrictEqual(quotesOf(`x ${inner}y`).length, 1);
  });

  it('counts paragraphs over CRLF line ends', () => {
    const text = '“one”\r\n\r\n“two”';
    assert.deepStrictEqual(scanQuotes(text, splitParagraphs(text)).quotes.map((q) => [q.text, q.paragraph]), [['one', 0], ['two', 1]]);
  });
});
