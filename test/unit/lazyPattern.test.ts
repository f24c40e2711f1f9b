import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { lazyPattern } from '../../src/extractor/lazyPattern';

const EXTRACTOR = path.resolve(__dirname, '../../../src/extractor');

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourcesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The regular expression literals of a file evaluated when its module loads (outside every function), with `\p{…}` or `\P{…}`. */
function loadTimePropertyPatterns(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (!inFunction && node.kind === ts.SyntaxKind.RegularExpressionLiteral && /\\[pP]\{/.test(node.getText(source))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${path.relative(EXTRACTOR, file)}:${line + 1} ${node.getText(source)}`);
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(source, false);
  return found;
}

describe('lazyPattern: a pattern made on its first use', () => {
  it('makes the pattern only when first asked for, then returns the same object', () => {
    let made = 0;
    const word = lazyPattern(() => { made++; return /\p{L}+/u; });
    assert.strictEqual(made, 0);
    const first = word();
    assert.strictEqual(made, 1);
    assert.strictEqual(word(), first);
    assert.strictEqual(made, 1);
    assert.strictEqual(first.test('Łódź'), true);
  });

  it('keeps a global pattern\'s lastIndex from one use to the next, as a module-level literal does', () => {
    const digits = lazyPattern(() => /\d+/g);
    assert.deepStrictEqual(digits().exec('a1 b22')?.[0], '1');
    assert.deepStrictEqual(digits().exec('a1 b22')?.[0], '22');
    assert.strictEqual(digits().lastIndex, 6);
  });

  it('leaves no Unicode property pattern in the extractor to be built when its modules load', () => {
    // Each costs the load ICU's tables (about a million instructions for a \p{L}): wrap it in lazyPattern.
    assert.deepStrictEqual(sourcesUnder(EXTRACTOR).flatMap(loadTimePropertyPatterns), []);
  });
});
