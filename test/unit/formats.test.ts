import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { runChecks, applyFixes } from '../../src/checks';
import { DATE_LINE, findFrontMatter, isDateLine, looksLikeArticle, markdownProse, proseOf, setDateEdit } from '../../src/formats';

const ROOT = path.resolve(__dirname, '../../..');

/** The analysis of a Markdown article, as the editor makes it. */
const analyseMarkdown = (text: string) => analyze(markdownProse(text));

/**
 * Keys that appear twice in one object of a JSON text. JSON.parse (and so VS Code) keeps only the
 * last, so a key added on two branches and merged without a conflict silently loses one side.
 */
function duplicateKeys(json: string): string[] {
  const out: string[] = [];
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (const m of json.matchAll(/"(?:[^"\\]|\\.)*"|[{}[\]:,]/g)) {
    const t = m[0];
    const top = stack[stack.length - 1];
    if (t === '{') { stack.push(new Set()); expectKey = true; }
    else if (t === '[') { stack.push(null); expectKey = false; }
    else if (t === '}' || t === ']') { stack.pop(); expectKey = false; }
    else if (t === ',') expectKey = top !== null && top !== undefined;
    else if (t === ':') expectKey = false;
    else if (expectKey && top) {
      if (top.has(t)) out.push(t);
      top.add(t);
      expectKey = false;
    }
  }
  return out;
}

describe('package.json', () => {
  it('has no key twice in one object (a merge can leave two, and VS Code reads only the last)', () => {
    assert.deepStrictEqual(duplicateKeys('{"a": {"b": 1, "c": [{"b": 2}], "b": 3}, "d": "b"}'), ['"b"'], 'the check itself');
    assert.deepStrictEqual(duplicateKeys(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')), []);
  });
});

describe('article files', () => {
  describe('the date line', () => {
    it('is the same pattern as the language\'s firstLine in package.json', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const language = pkg.contributes.languages.find((l: { id: string }) => l.id === 'news-article');
      assert.strictEqual(DATE_LINE.source, new RegExp(language.firstLine).source);
    });

    it('recognises " date 2019-02-21 Headline", with a BOM or none, and nothing else', () => {
      for (const yes of [' date 2019-02-21 Corbyn speaks', 'date 2019-02-21', '\uFEFFdate 2019-02-30 Impossible but a date line', '\tdate  2019-02-21\tTabs']) {
        assert.ok(isDateLine(yes), yes);
      }
      for (const no of ['Date 2019-02-21 Capital', 'date: 2019-02-21', 'updated 2019-02-21', 'date 21-02-2019', 'date 2019-02-213', '', '# date 2019-02-21']) {
        assert.ok(!isDateLine(no), no);
      }
    });
  });

  describe('front matter', () => {
    it('finds the top-level date: key and its ISO day, in every way YAML writes one', () => {
      const cases: Array<[string, string | null]> = [
        ['date: 2019-02-21', '2019-02-21'],
        ['date: "2019-02-21"', '2019-02-21'],
        ["date: '2019-02-21'", '2019-02-21'],
        ['date: 2019-02-21T09:30:00Z', '2019-02-21'],
        ['date: 2019-02-21 09:30:00 +0000', '2019-02-21'],
        ['date:   2019-02-21   # the print edition', '2019-02-21'],
        ['date: 21 February 2019', null],
      ];
      for (const [line, day] of cases) {
        const text = `---\ntitle: Corbyn speaks\n${line}\n---\nBody\n`;
        const fm = findFrontMatter(text);
        assert.ok(fm?.date, line);
        assert.strictEqual(fm.date.day?.text ?? null, day, line);
        if (fm.date.day) assert.strictEqual(text.slice(fm.date.day.start, fm.date.day.end), day);
      }
    });

    it('ignores a nested date:, an unclosed fence, and front matter not at the top', () => {
      assert.strictEqual(findFrontMatter('---\nevent:\n  date: 2019-02-21\n---\n')?.date, null);
      assert.strictEqual(findFrontMatter('---\ndate: 2019-02-21\nno closing fence\n'), null);
      assert.strictEqual(findFrontMatter('\n---\ndate: 2019-02-21\n---\n'), null);
      assert.strictEqual(findFrontMatter('Text\n---\n'), null);
    });

    it('reads CRLF files and a closing "..." fence', () => {
      const text = '---\r\ndate: 2019-02-21\r\n...\r\nBody';
      const fm = findFrontMatter(text)!;
      assert.strictEqual(fm.eol, '\r\n');
      assert.strictEqual(fm.date?.day?.text, '2019-02-21');
      assert.strictEqual(text.slice(fm.start, fm.end), '---\r\ndate: 2019-02-21\r\n...');
    });
  });

  describe('detection', () => {
    it('takes a date line first in any file, front matter with a date in Markdown only', () => {
      assert.ok(looksLikeArticle(' date 2019-02-21 Headline\n\nBody', 'plain'));
      assert.ok(looksLikeArticle(' date 2019-02-21 Headline\n\nBody', 'markdown'));
      assert.ok(looksLikeArticle('---\ndate: 2019-02-21\n---\n# Headline', 'markdown'));
      assert.ok(!looksLikeArticle('---\ndate: 2019-02-21\n---\n# Headline', 'plain'));
      assert.ok(!looksLikeArticle('---\ntitle: Notes\n---\n# Notes', 'markdown'));
      assert.ok(!looksLikeArticle('# README\n\nSet up with npm ci.', 'markdown'));
      assert.ok(!looksLikeArticle('2026-12-01 10:00:01 INFO started', 'plain'));
    });
  });

  describe('the prose of a Markdown article', () => {
    const article = [
      '---',
      'title: "Corbyn tells quitters to resign"',
      'date: 2019-02-21',
      'tags: [politics]',
      '---',
      '',
      '# Corbyn tells *quitters* to resign',
      '',
      'Labour MPs who quit should **“resign and stand again”**, [Jeremy Corbyn](https://example.org/corbyn "Profile") said.',
      '',
      '> “We will not be going back,” said Chuka Umunna.',
      '',
      '- Dominic Grieve said the vote was `close`.',
      '',
      '```',
      '“Code is not a quotation,” said Jeremy Corbyn.',
      '```',
      '',
      '![“A caption,” said nobody](photo.jpg)',
      '<!-- “An HTML comment,” said nobody -->',
      '',
    ].join('\n');

    it('has the length of the file, with every kept character at its own offset', () => {
      const prose = markdownProse(article);
      assert.strictEqual(prose.length, article.length);
      for (let i = 0; i < prose.length; i++) {
        if (prose[i] !== ' ') assert.strictEqual(prose[i], article[i], `offset ${i}`);
      }
    });

    it('blanks headings, emphasis, link targets, code, images and HTML, and keeps the words', () => {
      const prose = markdownProse(article);
      assert.ok(prose.includes('  Corbyn tells  quitters  to resign'), prose);
      assert.ok(prose.includes('should   “resign and stand again”  ,  Jeremy Corbyn'), prose);
      for (const gone of ['https://', 'Profile', '**', '#', '`', 'Code is not', 'caption', 'HTML comment', 'photo.jpg', 'title:', 'tags:']) {
        assert.ok(!prose.includes(gone), `expected "${gone}" blanked`);
      }
      assert.strictEqual(prose.split('\n').length, article.split('\n').length - 2, 'the two front matter lines before date: are joined into the date line');
    });

    it('makes the front matter date the analysis date, pointing into the front matter', () => {
      const a = analyseMarkdown(article);
      assert.strictEqual(a.date, '2019-02-21');
      assert.strictEqual(a.header.dateStatus, 'ok');
      assert.strictEqual(article.slice(a.header.dateSpan!.start, a.header.dateSpan!.end), '2019-02-21');
      assert.ok(!a.notices.some((n) => n.code === 'no-date'));
    });

    it('finds the quotes, speakers and MPs with offsets into the Markdown file', () => {
      const a = analyseMarkdown(article);
      assert.deepStrictEqual(a.quotes.map((q) => q.text), ['resign and stand again', 'We will not be going back,']);
      for (const q of a.quotes) assert.strictEqual(article.slice(q.start, q.end), q.text);
      assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name), ['Jeremy Corbyn', 'Chuka Umunna']);
      const names = a.people.map((p) => p.name).sort();
      assert.deepStrictEqual(names, ['Chuka Umunna', 'Dominic Grieve', 'Jeremy Corbyn']);
      for (const p of a.people) for (const m of p.mentions) assert.strictEqual(article.slice(m.start, m.end), m.text);
      // On the front matter's date, not the newest of the data (when he was no longer an MP).
      assert.strictEqual(a.people.find((p) => p.name === 'Chuka Umunna')?.mp?.party, 'The Independent Group');
    });

    it('reads a hard-wrapped paragraph as one, so a quote may run over its line breaks', () => {
      const text = ' date 2019-02-21 Wrapped\n\n“We will keep knocking on doors\nuntil the last vote is counted,” Dominic\nGrieve said.\n';
      const a = analyseMarkdown(text);
      assert.strictEqual(a.quotes.length, 1);
      assert.strictEqual(a.quotes[0].speaker?.name, 'Dominic Grieve');
      assert.strictEqual(text.slice(a.quotes[0].start, a.quotes[0].end), 'We will keep knocking on doors\nuntil the last vote is counted,');
    });

    it('keeps a date line first as the header, never joined to the line after it', () => {
      const text = ' date 2019-02-21 Corbyn *speaks*\nFirst paragraph straight after.\n';
      const a = analyseMarkdown(text);
      assert.strictEqual(a.date, '2019-02-21');
      assert.strictEqual(a.header.headline?.text, 'Corbyn *speaks*');
    });

    it('says so when the front matter date cannot be read, and when there is none', () => {
      const unreadable = analyseMarkdown('---\ndate: 30 February 2019\n---\nText.\n');
      assert.strictEqual(unreadable.header.dateStatus, 'invalid');
      const none = analyseMarkdown('---\ntitle: No date\n---\nText.\n');
      assert.strictEqual(none.header.dateStatus, 'missing');
    });

    it('leaves a line break after a hard break, and CRLF files keep their length', () => {
      const text = 'Line one\\\r\nline two  \r\nline three\r\n';
      const prose = markdownProse(text);
      assert.strictEqual(prose.length, text.length);
      assert.strictEqual(prose, 'Line one \r\nline two  \r\nline three\r\n');
    });

    it('decodes the character references a news text uses, in place', () => {
      const prose = markdownProse('&ldquo;Yes,&rdquo; she said &amp; left.');
      assert.strictEqual(prose, '“      Yes,”       she said &     left.');
    });

    it('keeps what only looks like syntax: snake_case, [sic], 5 * 3 loses only the star', () => {
      assert.strictEqual(markdownProse('the snake_case name and “they [the government] failed”'), 'the snake_case name and “they [the government] failed”');
      assert.strictEqual(markdownProse('_Emphasis_ and __strong__ and ~~gone~~'), ' Emphasis  and   strong   and   gone  ');
    });

    it('blanks reference links, definitions, autolinks, inline HTML, setext underlines and indented code', () => {
      const text = [
        'Said [Jo Cox][1] and <https://example.org> and <em>this</em>.',
        '',
        '[1]: https://example.org/jo "Jo"',
        '',
        'A heading',
        '=========',
        '',
        '    “Indented code,” said nobody.',
        '',
        '* * *',
        '',
        '1. First item',
        '   continues here',
        '2. Second',
      ].join('\n');
      const lines = markdownProse(text).split('\n');
      assert.strictEqual(lines[0].replace(/ +/g, ' '), 'Said Jo Cox and and this .');
      assert.strictEqual(lines[2].trim(), '');
      assert.strictEqual(lines[4], 'A heading');
      assert.strictEqual(lines[5].trim(), '');
      assert.strictEqual(lines[7].trim(), '');
      assert.strictEqual(lines[9].trim(), '');
      assert.strictEqual(lines[11], '   First item    continues here', 'a list item\'s wrapped line joins it');
      assert.strictEqual(lines[12], '   Second');
    });

    it('blanks a fenced block with blank lines in it up to its closing fence', () => {
      const text = '~~~~\n“One,” said A.\n\n“Two,” said B.\n~~~~\n“Three,” said Dominic Grieve.';
      assert.deepStrictEqual(markdownProse(text).split('\n').map((l) => l.trim()), ['', '', '', '', '', '“Three,” said Dominic Grieve.']);
    });

    it('takes linear time on hostile input (a 2 MB line of marks)', () => {
      for (const unit of ['`', '[', '](', '<a ', '*_', '&#', '``x`']) {
        const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
        const t0 = Date.now();
        assert.strictEqual(markdownProse(text).length, text.length);
        assert.ok(Date.now() - t0 < 3000, `${JSON.stringify(unit)} repeated took ${Date.now() - t0} ms`);
      }
    });

    it('proseOf leaves plain text as it is', () => {
      const text = '# not a heading in plain text *really*';
      assert.strictEqual(proseOf(text, 'plain'), text);
      assert.notStrictEqual(proseOf(text, 'markdown'), text);
    });
  });

  describe('setting the date', () => {
    const set = (text: string, format: 'plain' | 'markdown', iso = '2019-02-21') => applyFixes(text, [{ check: 'dateLine', severity: 'information', message: '', start: 0, end: 0, fix: { title: '', edit: setDateEdit(text, format, iso) } }]);

    it('puts the date before a headline, or on a line of its own above a sentence', () => {
      assert.strictEqual(set('Corbyn speaks\n\nBody.', 'plain'), ' date 2019-02-21 Corbyn speaks\n\nBody.');
      assert.strictEqual(set('Labour MPs who quit should resign, he said.\n', 'plain'), ' date 2019-02-21\n\nLabour MPs who quit should resign, he said.\n');
      assert.strictEqual(set('', 'plain'), ' date 2019-02-21\n');
      assert.strictEqual(set('\uFEFFHeadline\r\n\r\nBody', 'plain'), '\uFEFF date 2019-02-21 Headline\r\n\r\nBody');
    });

    it('replaces the date of a date line, keeping the headline', () => {
      assert.strictEqual(set(' date 2019-02-30 Corbyn speaks\n', 'plain', '2019-02-28'), ' date 2019-02-28 Corbyn speaks\n');
    });

    it('writes Markdown dates in front matter', () => {
      assert.strictEqual(set('# Corbyn speaks\n', 'markdown'), '---\ndate: 2019-02-21\n---\n# Corbyn speaks\n');
      assert.strictEqual(set('---\ntitle: X\n---\n# X\n', 'markdown'), '---\ndate: 2019-02-21\ntitle: X\n---\n# X\n');
      assert.strictEqual(set('---\r\ndate: "2018-01-01T09:00:00Z"\r\n---\r\n', 'markdown'), '---\r\ndate: "2019-02-21T09:00:00Z"\r\n---\r\n');
      assert.strictEqual(set('---\ndate: last Tuesday\n---\n', 'markdown'), '---\ndate: 2019-02-21\n---\n');
    });

    it('gives a text that analyses with that date', () => {
      for (const [text, format] of [['Corbyn speaks\n\nBody.', 'plain'], ['# Corbyn\n\nBody.', 'markdown'], ['---\ntitle: X\n---\nBody.', 'markdown']] as const) {
        const fixed = set(text, format);
        assert.strictEqual(analyze(proseOf(fixed, format)).date, '2019-02-21', fixed);
      }
    });
  });

  describe('the no-date-line check', () => {
    it('says on line 1 which date MPs are shown as of', () => {
      const text = 'Corbyn speaks\n\n“We will win,” Jeremy Corbyn said.';
      const a = analyze(text, { defaultDate: '2019-02-21' });
      const ps = runChecks(text, a).filter((p) => p.check === 'dateLine');
      assert.strictEqual(ps.length, 1);
      assert.strictEqual(ps[0].message, 'No date line: MPs are shown as of 21 Feb 2019');
      assert.strictEqual(ps[0].severity, 'information');
      assert.deepStrictEqual([ps[0].start, ps[0].end], [0, 'Corbyn speaks'.length]);
    });

    it('says nothing when there is a date line, or an impossible one (that has its own warning)', () => {
      for (const text of [' date 2019-02-21 Headline\n\nBody.', ' date 2019-02-30 Headline\n\nBody.']) {
        assert.deepStrictEqual(runChecks(text, analyze(text)).filter((p) => p.check === 'dateLine'), []);
      }
    });
  });
});
