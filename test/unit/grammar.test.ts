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

/** The article files of the shared gold corpora beside the project (none when ../shared is absent). */
function corpusArticles(): string[] {
  const corpus = path.resolve(ROOT, '..', 'shared', 'corpus');
  if (!fs.existsSync(corpus)) return [];
  return fs.readdirSync(corpus).filter((d) => /^dev/.test(d) && fs.statSync(path.join(corpus, d)).isDirectory())
    .flatMap((d) => fs.readdirSync(path.join(corpus, d)).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpus, d, f)));
}

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

  describe('quotations are left to the analysis', () => {
    it('paints no quotation mark or quoted text, in the headline or the body', async () => {
      const text = ` date 2019-02-21 Corbyn says “resign” now\n\nShe said “one” and "two" and ‘three’ and 'four', ''five'' and «six».`;
      for (const t of await tokenize(text)) {
        const hit = t.scopes.find((s) => s.startsWith('string.') || s.startsWith('punctuation.definition.string'));
        assert.ok(!hit, `"${t.text}" has ${hit}`);
      }
      await assertScoped(text, 'resign', 'markup.heading.news-article');
    });

    it('paints nothing but the date line and the headline on any article of the shared corpora', async function () {
      const files = corpusArticles();
      if (files.length === 0) this.skip(); // no ../shared beside the project
      for (const file of files) {
        for (const t of await tokenize(fs.readFileSync(file, 'utf8'))) {
          const own = t.scopes.filter((s) => s !== 'text.news-article');
          if (t.line === 0) assert.ok(own.every((s) => /^(meta\.header|keyword\.other\.date|constant\.numeric\.date|invalid\.illegal\.date|markup\.heading)\./.test(s)), `${file}: ${own}`);
          else assert.deepStrictEqual(own, [], `${path.basename(file)} line ${t.line + 1}: "${t.text}"`);
        }
      }
    });
  });
});
