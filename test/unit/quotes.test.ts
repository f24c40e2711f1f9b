import * as assert from 'assert';
import { splitParagraphs } from '../../src/extractor/paragraphs';
import { scanQuotes } from '../../src/extractor/quotes';

function quotesOf(text: string): string[] {
  return scanQuotes(text, splitParagraphs(text)).quotes.map((q) => q.text);
}

/** The same text with straight single marks and apostrophes turned curly (' → ‘ before a word, ’ elsewhere). */
function curly(text: string): string {
  return text.replace(/(^|[\s(—-])'(?=\S)/gm, '$1‘').replace(/'/g, '’');
}

/** Asserts a rule in both the straight and the curly form of a text. */
function inBothForms(text: string, expected: string[]): void {
  assert.deepStrictEqual(quotesOf(text), expected, 'straight form');
  assert.deepStrictEqual(quotesOf(curly(text)), expected.map(curly), 'curly form');
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

  describe('straight single quotes as quotation marks (Press Association style)', () => {
    it('keeps contractions and possessives inside the quote', () => {
      inBothForms(
        "He said: 'I don't think you're right: it's the minister's job, the MPs' vote and the Tories' problem.'",
        ["I don't think you're right: it's the minister's job, the MPs' vote and the Tories' problem."],
      );
    });

    it('closes at a plural s before the sentence goes on, not before a noun', () => {
      inBothForms("'We will fight for the voters' he said, and called it 'the MPs' plan' later.", ['We will fight for the voters', "the MPs' plan"]);
      inBothForms("'Ask the Tories' Mr Smith said, and 'the Tories' leaders' agreed.", ['Ask the Tories', "the Tories' leaders"]);
    });

    it('keeps two possessives in one quote, and closes at the first of two when the second is the possessive', () => {
      inBothForms("'The MPs' views and the Tories' plans,' he said.", ["The MPs' views and the Tories' plans,"]);
      inBothForms("He said 'reckless cuts' worry the donors' families.", ['reckless cuts']);
    });

    it('closes at an s at the end of the paragraph or before punctuation', () => {
      inBothForms("She praised 'the nurses'. Then she thanked 'the doctors'", ['the nurses', 'the doctors']);
    });

    it('runs a quote over paragraphs that open with a mark, one entry each', () => {
      const text = "He told Sky News: 'It has been a hard week.\n\n'We won't stop. They said he couldn't win.\n\n'Never,' she said.";
      for (const t of [text, curly(text)]) {
        const scan = scanQuotes(t, splitParagraphs(t));
        assert.deepStrictEqual(scan.quotes.map((q) => [q.text.replace(/’/g, "'"), q.continued, q.close === null]), [
          ['It has been a hard week.', false, true], ["We won't stop. They said he couldn't win.", true, true], ['Never,', true, false],
        ]);
        assert.deepStrictEqual(scan.strays, []);
      }
    });

    it('keeps the last paragraph of a quote that is never closed, and says so', () => {
      const text = "He said: 'It is over.\n\n'We go on from here.";
      const scan = scanQuotes(text, splitParagraphs(text));
      assert.deepStrictEqual(scan.quotes.map((q) => [q.text, q.continued]), [['It is over.', false], ['We go on from here.', true]]);
      assert.deepStrictEqual(scan.strays.map((s) => [s.problem, s.mark.start]), [['unclosed', text.lastIndexOf("'")]]);
    });

    it('takes a single mark that opens a paragraph for a quote even when it is never closed', () => {
      assert.deepStrictEqual(quotesOf("Intro.\n\n'We will win this,"), ['We will win this,']);
    });

    it('does not take a lone mid-paragraph mark for a quote', () => {
      inBothForms("He said 'maybe and left.\n\nThe end.", []);
    });
  });

  describe('apostrophes that stay apostrophes', () => {
    for (const text of [
      "Don't ask O'Brien about the '90s, rock 'n' roll or 'em.",
      "The Joneses' house and the MPs' whips were fine, 'cause it's 'tis the season.",
      "The ministers' and the MPs' views differ from the Tories'.",
    ]) {
      it(text, () => inBothForms(text, []));
    }

    it('next to curly single quotes (curly apostrophes)', () => {
      inBothForms("He attacked the Prime Minister's 'reckless cuts' and said 'a country that doesn't work' would follow. Then the donors' gifts came.",
        ['reckless cuts', "a country that doesn't work"]);
      assert.deepStrictEqual(quotesOf('He said the Prime Minister’s ‘reckless cuts’ hurt the donors’ gifts.'), ['reckless cuts']);
    });

    it('a right mark opening a paragraph opens a quote, but not before a year', () => {
      assert.deepStrictEqual(quotesOf('’We will,’ she said.\n\n’90s music.'), ['We will,']);
    });
  });

  describe('doubled apostrophes and TeX marks as double quotation marks', () => {
    it("reads ''…'' as one quote, with single quotes and apostrophes inside", () => {
      const text = "''We've won,'' he said. ''They said, 'Never.' '' And: ''It's 'done.'''";
      const scan = scanQuotes(text, splitParagraphs(text));
      assert.deepStrictEqual(scan.quotes.map((q) => [q.text, q.style, q.open.text, q.close?.text]), [
        ["We've won,", 'doubled-apostrophe', "''", "''"],
        ["They said, 'Never.' ", 'doubled-apostrophe', "''", "''"],
        ["It's 'done.'", 'doubled-apostrophe', "''", "''"],
      ]);
      for (const q of scan.quotes) assert.strictEqual(text.slice(q.start, q.end), q.text);
    });

    it("splits ''' into the double mark outside and the single one inside", () => {
      assert.deepStrictEqual(quotesOf("'''College Bowl,''' he replied."), ["'College Bowl,'"]);
    });

    it("runs a doubled-apostrophe quote over paragraphs", () => {
      const text = "''First part.\n\n''Second part,'' she said.";
      assert.deepStrictEqual(scanQuotes(text, splitParagraphs(text)).quotes.map((q) => [q.text, q.continued]), [['First part.', false], ['Second part,', true]]);
    });

    it("reads ``…'' (TeX) and leaves a lone `` alone", () => {
      const scan = scanQuotes("He wrote ``a new dawn'' in it. Code ``x`` here.", splitParagraphs("He wrote ``a new dawn'' in it. Code ``x`` here."));
      assert.deepStrictEqual(scan.quotes.map((q) => [q.text, q.style]), [['a new dawn', 'tex']]);
      assert.deepStrictEqual(scan.strays, []);
    });
  });

  describe('mixed marks', () => {
    it('closes a curly opener with a straight closer and the reverse', () => {
      assert.deepStrictEqual(quotesOf('He said “we will win" and "they will lose” then \'maybe’ and ‘perhaps\' too.'),
        ['we will win', 'they will lose', 'maybe', 'perhaps']);
    });

    it('reads an opening mark typed where only a closer fits', () => {
      assert.deepStrictEqual(quotesOf('“Apparently not,“ he said. “A leopard doesn’t change.“Next sentence.'),
        ['Apparently not,', 'A leopard doesn’t change.']);
      assert.deepStrictEqual(quotesOf('“Apparently not, “ he said.'), ['Apparently not, ']);
    });

    it('reads a closing mark that opens a paragraph as its opener', () => {
      assert.deepStrictEqual(quotesOf('Intro.\n\n” … they are not like him,” she said.'), [' … they are not like him,']);
    });

    it('still nests a curly opener after a space inside an open quote', () => {
      assert.deepStrictEqual(quotesOf('“He said “not now” twice,” she said.'), ['He said “not now” twice,']);
    });
  });

  describe('guillemets and low-high marks in quoted foreign copy', () => {
    it('reads «…» with and without inner spaces, and »…«', () => {
      const text = 'Il a dit « nous sommes là » et «encore», then »Wir schaffen das« she said.';
      const scan = scanQuotes(text, splitParagraphs(text));
      assert.deepStrictEqual(scan.quotes.map((q) => [q.text, q.style]), [
        [' nous sommes là ', 'guillemet'], ['encore', 'guillemet'], ['Wir schaffen das', 'guillemet'],
      ]);
    });

    it('reads „…“, „…” and ‚…‘', () => {
      const text = 'Sie sagte: „Wir schaffen das“, und ‚nein‘; er schrieb „dobrze”.';
      const scan = scanQuotes(text, splitParagraphs(text));
      assert.deepStrictEqual(scan.quotes.map((q) => [q.text, q.style]), [
        ['Wir schaffen das', 'low-double'], ['nein', 'low-single'], ['dobrze', 'low-double'],
      ]);
    });

    it('nests ‹…› inside «…»', () => {
      assert.deepStrictEqual(quotesOf('Il a dit « il faut ‹ agir › maintenant ».'), [' il faut ‹ agir › maintenant ']);
    });
  });

  describe('what is no quotation', () => {
    it('ignores marks inside markup tags', () => {
      assert.deepStrictEqual(quotesOf('<tweet author="Someone" date="2016-01-01">He said "yes".</tweet> <a href=\'x\'>link</a>'), ['yes']);
    });

    it('keeps a comparison with < that is no tag', () => {
      assert.deepStrictEqual(quotesOf('If 3 < 4 then "yes" and x <y "no".'), ['yes', 'no']);
    });

    it('drops a pair of marks with nothing but marks and spaces between them', () => {
      assert.deepStrictEqual(quotesOf('He typed “‘" and “ ” then “ok”.'), ['ok']);
    });
  });
});
