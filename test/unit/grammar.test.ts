import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// Compiled to out/test/unit, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

/** Loads the grammar the manifest contributes, with the regex engine VS Code itself uses. */
function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const contributed = manifest.contributes.grammars[0];
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName !== contributed.scopeName) return null;
        const file = path.join(ROOT, contributed.path);
        return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    const grammar = await registry.loadGrammar(contributed.scopeName);
    if (!grammar) throw new Error(`grammar ${contributed.scopeName} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenises a whole document line by line, carrying the rule stack over as the editor does. */
async function tokenize(text: string): Promise<Token[]> {
  const grammar = await loadGrammar();
  const tokens: Token[] = [];
  let stack = textmate.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      tokens.push({ line, start: t.startIndex, end: t.endIndex, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** The tokens covering the nth occurrence of needle (0-based) in the given line. */
function tokensOf(tokens: Token[], text: string, needle: string, line = 0, nth = 0): Token[] {
  const lineText = text.split(/\r?\n/)[line];
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = lineText.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${nth}) not in line ${line}: ${lineText}`);
  }
  return tokens.filter((t) => t.line === line && t.start < at + needle.length && t.end > at);
}

async function assertScoped(text: string, needle: string, scope: string, line = 0, nth = 0): Promise<void> {
  for (const t of tokensOf(await tokenize(text), text, needle, line, nth)) {
    assert.ok(t.scopes.includes(scope), `"${t.text}" in "${needle}" lacks ${scope}: ${t.scopes.join(' ')}`);
  }
}

async function assertNotScoped(text: string, needle: string, scopePrefix: string, line = 0, nth = 0): Promise<void> {
  for (const t of tokensOf(await tokenize(text), text, needle, line, nth)) {
    const hit = t.scopes.find((s) => s.startsWith(scopePrefix));
    assert.ok(!hit, `"${t.text}" in "${needle}" has ${hit}`);
  }
}

/** The text of every outermost quotation, marks excluded, in document order. */
function quotations(tokens: Token[]): string[] {
  const found: string[] = [];
  let current: string | null = null;
  let lastLine = -1;
  for (const t of tokens) {
    const depth = t.scopes.filter((s) => s.startsWith('string.quoted.')).length;
    if (t.line !== lastLine || depth === 0) {
      if (current !== null) found.push(current);
      current = null;
      lastLine = t.line;
    }
    if (depth === 0) continue;
    const outerMark = depth === 1 && t.scopes.some((s) => s.startsWith('punctuation.definition.string.'));
    if (current === null) current = '';
    else if (outerMark && t.scopes.some((s) => s.startsWith('punctuation.definition.string.begin'))) {
      found.push(current); // a closed quote directly followed by the next one
      current = '';
    }
    if (!outerMark) current += t.text;
  }
  if (current !== null) found.push(current);
  return found;
}

const CURLY_D = 'string.quoted.double.curly.news-article';
const STRAIGHT_D = 'string.quoted.double.straight.news-article';
const CURLY_S = 'string.quoted.single.curly.news-article';
const STRAIGHT_S = 'string.quoted.single.straight.news-article';
const BEGIN = 'punctuation.definition.string.begin.news-article';
const END = 'punctuation.definition.string.end.news-article';

describe('news-article language contribution', () => {
  it('wires the grammar to the language and its file types', () => {
    const [language] = manifest.contributes.languages;
    const [grammar] = manifest.contributes.grammars;
    assert.strictEqual(language.id, 'news-article');
    assert.deepStrictEqual(language.extensions, ['.article', '.news']);
    assert.strictEqual(grammar.language, 'news-article');
    assert.strictEqual(grammar.scopeName, 'text.news-article');
    assert.ok(fs.existsSync(path.join(ROOT, language.configuration)));
  });

  it('recognises an article by its date line, with or without the leading space', () => {
    const firstLine = new RegExp(manifest.contributes.languages[0].firstLine);
    assert.ok(firstLine.test(' date 2019-02-21 Corbyn tells Labour quitters'));
    assert.ok(firstLine.test('date 2019-02-21 Corbyn tells Labour quitters'));
    assert.ok(!firstLine.test('Date night: the 2019-02-21 edition'));
    assert.ok(!firstLine.test(' dated 2019-02-21 letter'));
  });
});

describe('news-article grammar', () => {
  describe('date line', () => {
    const text = ' date 2019-02-21 Corbyn says “resign” now\n\nBody text.';

    it('scopes the keyword, the date and the headline inside the header', async () => {
      await assertScoped(text, 'date', 'keyword.other.date.news-article');
      await assertScoped(text, '2019-02-21', 'constant.numeric.date.news-article');
      await assertScoped(text, 'Corbyn says', 'markup.heading.news-article');
      await assertScoped(text, ' date 2019-02-21 Corbyn says “resign” now', 'meta.header.news-article');
      await assertNotScoped(text, '2019-02-21', 'markup.heading');
      await assertNotScoped(text, 'Body text.', 'meta.header', 2);
    });

    it('still scopes a quote inside the headline as a quote', async () => {
      await assertScoped(text, 'resign', CURLY_D);
      await assertScoped(text, 'resign', 'markup.heading.news-article');
      await assertScoped(text, '“', BEGIN);
    });

    it('accepts a date line without the leading space', async () => {
      await assertScoped('date 2020-01-09 Budget day', '2020-01-09', 'constant.numeric.date.news-article');
      await assertScoped('date 2020-01-09 Budget day', 'Budget day', 'markup.heading.news-article');
    });

    it('marks a date that is not in ISO form as invalid', async () => {
      await assertScoped(' date 21/02/2019 Headline', '21/02/2019', 'invalid.illegal.date.news-article');
    });

    it('is a header only on the first line of the document', async () => {
      const later = 'Opening paragraph.\n\n date 2020-01-01 Not a headline';
      await assertNotScoped(later, ' date 2020-01-01 Not a headline', 'meta.header', 2);
      await assertNotScoped(later, 'Not a headline', 'markup.heading', 2);
      // A blank first line must not let the second line count as the first.
      await assertNotScoped('\n date 2020-01-01 Still not', 'date', 'keyword.other.date', 1);
    });
  });

  describe('quotations', () => {
    it('scopes all four mark styles and their punctuation', async () => {
      const text = 'She said “one” and "two" and ‘three’ and \'four\'.';
      const cases: [string, string, string, string][] = [
        ['one', CURLY_D, '“', '”'], ['two', STRAIGHT_D, '"', '"'], ['three', CURLY_S, '‘', '’'], ['four', STRAIGHT_S, "'", "'"],
      ];
      const tokens = await tokenize(text);
      for (const [inner, scope, open, close] of cases) {
        await assertScoped(text, inner, scope);
        const at = text.indexOf(inner);
        const openTok = tokens.find((t) => t.start === at - 1 && t.end === at);
        const closeTok = tokens.find((t) => t.start === at + inner.length && t.end === at + inner.length + 1);
        assert.strictEqual(openTok?.text, open);
        assert.strictEqual(closeTok?.text, close);
        assert.ok(openTok.scopes.includes(scope) && openTok.scopes.includes(BEGIN), `${open}: ${openTok.scopes.join(' ')}`);
        assert.ok(closeTok.scopes.includes(scope) && closeTok.scopes.includes(END), `${close}: ${closeTok.scopes.join(' ')}`);
      }
      assert.deepStrictEqual(quotations(tokens), ['one', 'two', 'three', 'four']);
    });

    it('scopes a nested quote inside the outer one', async () => {
      const text = '“He said ‘no’ twice” and ‘she said “yes” once’.';
      await assertScoped(text, 'no', CURLY_S);
      await assertScoped(text, 'no', CURLY_D);
      await assertScoped(text, ' twice', CURLY_D);
      await assertScoped(text, 'yes', CURLY_D);
      await assertScoped(text, 'yes', CURLY_S);
      assert.deepStrictEqual(quotations(await tokenize(text)), ['He said ‘no’ twice', 'she said “yes” once']);
    });

    it('lets a straight mark close a curly quote, as typists often do', async () => {
      assert.deepStrictEqual(quotations(await tokenize('He said “we will win" and left.')), ['we will win']);
    });

    it('does not take an inch mark for a quote', async () => {
      assert.deepStrictEqual(quotations(await tokenize('A 6" pipe and a "real" quote.')), ['real']);
    });
  });

  describe('apostrophes', () => {
    const cases = [
      "Don't panic.", "The MPs' whips met.", "Back in the '90s it was different.", "They played rock 'n' roll all night.",
      "O'Brien spoke.", "Labour's plan.", 'They can’t agree.', 'The MPs’ pay rise.', 'It’s the ‘90s again.',
      "They'll fight 'em on the beaches 'til the end.",
    ];
    for (const text of cases) {
      it(`are not quotes: ${text}`, async () => {
        assert.deepStrictEqual(quotations(await tokenize(text)), []);
      });
    }

    it('do not end a single-quoted quote early', async () => {
      const text = "He called it 'the MPs' favourite trick' and 'I can't love rock 'n' roll' today.";
      assert.deepStrictEqual(quotations(await tokenize(text)), ["the MPs' favourite trick", "I can't love rock 'n' roll"]);
    });

    it('sit beside a real single quote on the same line', async () => {
      const text = "Labour's leader called the '90s 'a lost decade' on O'Brien's show.";
      assert.deepStrictEqual(quotations(await tokenize(text)), ['a lost decade']);
    });
  });

  describe('an unclosed quote', () => {
    for (const [style, open] of [['curly', '“'], ['straight', '"']]) {
      it(`ends at the end of its paragraph (${style})`, async () => {
        const text = `He said ${open}this is never closed.\n\nA plain paragraph with “a quote” in it.`;
        const tokens = await tokenize(text);
        await assertScoped(text, 'this is never closed.', style === 'curly' ? CURLY_D : STRAIGHT_D);
        await assertNotScoped(text, 'A plain paragraph with', 'string.', 2);
        assert.deepStrictEqual(quotations(tokens), ['this is never closed.', 'a quote']);
      });
    }

    it('closes a nested unclosed quote and its outer one at the line end', async () => {
      // The straight mark opens a nested quote that the curly one's closing mark ends, leaving the outer open.
      const text = '“Outer and "inner” never closed\nNext line.';
      await assertScoped(text, 'never closed', CURLY_D);
      await assertNotScoped(text, 'Next line.', 'string.', 1);
    });

    it('copes with an opening mark as the last character of a line', async () => {
      const text = 'It ends with “\nNext line “quoted”.';
      await assertNotScoped(text, 'Next line ', 'string.', 1);
      await assertScoped(text, 'quoted', CURLY_D, 1);
    });
  });

  it('finds all 13 quotations of the seed article', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/seed-corbyn-quitters.article'), 'utf8');
    const found = quotations(await tokenize(text));
    assert.deepStrictEqual(found, [
      'resign and put themselves up for election',
      'democratic thing to do',
      'abandon the policies on which they were elected',
      'resign and put themselves up for election',
      'democratic thing to do',
      'abandon the policies on which they were elected',
      'went completely off the rails',
      'I would certainly cease to take the whip if I thought the Government was about to take us into a No Deal Brexit. I am absolutely clear about that',
      'I would have to leave the party - yes.',
      'greater than the sum of its parts',
      "It is disappointing that some MPs have left our party to sit with disaffected Tory MPs, but we can't return to the failed business of usual politics of the past,",
      'These MPs now want to abandon the policies on which they were elected so the decent and democratic thing for them to do is to resign and put themselves up for election.',
      'mass canvassing events',
    ]);
    for (const q of found) {
      const line = text.split('\n').findIndex((l) => l.includes(q));
      await assertScoped(text, q, 'string.quoted.double.curly.news-article', line);
    }
  });
});
