// The layer rule (README "Architecture"): each folder of src/ imports only the folders its row names,
// only src/editor imports `vscode`, and only the command-line tool uses Node's own modules. Read from
// the import statements of every file under src/, as the TypeScript compiler finds them (comments and
// strings are not imports; `import type`, `export … from`, `require` and `import()` are).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';
import * as ts from 'typescript';

interface LayerRule {
  /** The other folders of src/ this one may import from. */
  imports: readonly string[];
  /** May import the `vscode` API (types included). */
  vscode: boolean;
  /** May import Node's built-in modules (fs, path…); the others also run in a browser or web worker. */
  node: boolean;
}

/** One row per folder of src/. A new folder adds its row here and a line in README "Architecture". */
const LAYERS: Readonly<Record<string, LayerRule>> = {
  extractor: /*      pure analysis            */ { imports: [], vscode: false, node: false },
  checks: /*         what is checked          */ { imports: ['extractor'], vscode: false, node: false },
  presentation: /*   what is shown            */ { imports: ['extractor', 'checks'], vscode: false, node: false },
  corpus: /*         across articles          */ { imports: ['extractor', 'presentation'], vscode: false, node: false },
  'data-update': /*  fresh MP data (global fetch) */ { imports: ['extractor'], vscode: false, node: false },
  formats: /*        article files            */ { imports: ['extractor', 'checks'], vscode: false, node: false },
  worker: /*         long analyses off the host's thread */ { imports: ['extractor', 'data-update'], vscode: false, node: true },
  editor: /*         thin VS Code adapters    */ { imports: ['extractor', 'checks', 'presentation', 'corpus', 'data-update', 'formats', 'worker'], vscode: true, node: false },
  cli: /*            the command-line tool    */ { imports: ['extractor', 'checks', 'presentation', 'corpus', 'data-update', 'formats'], vscode: false, node: true },
  webview: /*        pages inside webviews    */ { imports: ['corpus', 'presentation'], vscode: false, node: false },
};

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const SOURCE = /\.[cm]?[jt]sx?$/;
const NODE_MODULES = new Set(builtinModules);

/** The parts of a path (relative to the project) below src/; null outside src/. */
function partsBelowSrc(file: string): string[] | null {
  const parts = path.relative(SRC, path.resolve(ROOT, file)).split(path.sep);
  return parts[0] === '..' || path.isAbsolute(parts[0]) || parts[0] === '' ? null : parts;
}

/** The folder of src/ a file lies in; '' for a file at src/ itself, null outside src/. */
function layerOf(file: string): string | null {
  const parts = partsBelowSrc(file);
  return parts ? (parts.length > 1 ? parts[0] : '') : null;
}

/** What the import statements of one file (path relative to the project) break of the rule. */
export function layerViolations(file: string, text: string, layers: Readonly<Record<string, LayerRule>> = LAYERS): string[] {
  const from = layerOf(file);
  const rule = from ? layers[from] : undefined;
  if (!rule) return [`${file}: src/${from ?? ''} has no row in the layer table (test/unit/layers.test.ts)`];
  const out: string[] = [];
  for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
    if (spec.startsWith('.')) {
      // '../checks' is the folder's index: the first part below src/ names the layer.
      const to = partsBelowSrc(path.join(path.dirname(file), spec))?.[0];
      if (to === undefined) out.push(`${file}: imports ${spec}, outside the layer folders of src/`);
      else if (to !== from && !rule.imports.includes(to)) out.push(`${file}: src/${from} may not import src/${to} (${spec})`);
    } else if (spec === 'vscode' || spec.startsWith('vscode/')) {
      if (!rule.vscode) out.push(`${file}: src/${from} may not import vscode`);
    } else if (spec.startsWith('node:') || NODE_MODULES.has(spec.split('/')[0])) {
      if (!rule.node) out.push(`${file}: src/${from} may not import Node's ${spec}`);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return SOURCE.test(e.name) ? [path.relative(ROOT, full)] : [];
  });
}

describe('layers: what each folder of src/ may import', () => {
  it('has a row for every folder of src/', () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    assert.deepStrictEqual(folders.filter((f) => !LAYERS[f]), [], 'add a row to LAYERS and a line to README "Architecture"');
    assert.deepStrictEqual(Object.keys(LAYERS).filter((l) => !folders.includes(l)), [], 'a row for a folder that is gone');
  });

  it('no file under src/ imports against the table', () => {
    const files = sourceFiles(SRC);
    assert.ok(files.length > 50, `read ${files.length} files`);
    const broken = files.flatMap((f) => layerViolations(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepStrictEqual(broken, []);
  });

  it('README "Architecture" draws every folder of src/ and of src/presentation', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const diagram = /## Architecture\n[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const drawn = new Set([...diagram.matchAll(/^ *([\w-]+)\/ /gm)].map((m) => m[1]));
    const folders = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const missing = [...folders(SRC), ...folders(path.join(SRC, 'presentation'))].filter((f) => !drawn.has(f));
    assert.deepStrictEqual(missing, [], 'folders missing from the README diagram');
  });

  it('only the layers above import each other: checks never import presentation, nothing imports the editor or the CLI', () => {
    for (const [name, rule] of Object.entries(LAYERS)) {
      assert.ok(!rule.imports.includes(name), `${name} lists itself`);
      for (const other of rule.imports) assert.ok(!LAYERS[other].imports.includes(name), `${name} and ${other} import each other`);
      assert.ok(!rule.imports.includes('editor') && !rule.imports.includes('cli'), `${name} imports an entry point`);
    }
    assert.strictEqual(Object.entries(LAYERS).filter(([, r]) => r.vscode).map(([n]) => n).join(), 'editor');
  });

  it('catches each kind of bad import (so the tests above can fail)', () => {
    const bad = (file: string, text: string) => layerViolations(file, text).length;
    assert.strictEqual(bad('src/extractor/x.ts', "import { personCard } from '../presentation/hoverCards/cards';"), 1);
    assert.strictEqual(bad('src/extractor/kb/x.ts', "export * from '../../checks';"), 1);
    assert.strictEqual(bad('src/checks/x.ts', "import { plural } from '../presentation/text/words';"), 1);
    assert.strictEqual(bad('src/presentation/x/y.ts', "import type * as vscode from 'vscode';"), 1);
    assert.strictEqual(bad('src/presentation/x.ts', "const m = import('../editor/log');"), 1);
    assert.strictEqual(bad('src/cli/x.ts', "const vscode = require('vscode');"), 1);
    assert.strictEqual(bad('src/extractor/x.ts', "import * as fs from 'node:fs';\nimport * as path from 'path';"), 2);
    assert.strictEqual(bad('src/editor/x.ts', "import * as fs from 'fs';"), 1);
    assert.strictEqual(bad('src/extractor/x.ts', "import data from '../../package.json';"), 1);
    assert.strictEqual(bad('src/nowhere/index.ts', ''), 1, 'a folder with no row');
    assert.strictEqual(bad('src/x.ts', ''), 1, 'a file outside the layer folders');
    // What is allowed, and what only looks like an import.
    assert.strictEqual(bad('src/presentation/x/y.ts', "import type { Analysis } from '../../extractor/types';\nimport { Problem } from '../../checks';\nimport nlp from 'compromise';"), 0);
    assert.strictEqual(bad('src/extractor/x.ts', "// import * as vscode from 'vscode';\nconst s = \"require('fs')\";"), 0);
    assert.strictEqual(bad('src/editor/x.ts', "import * as vscode from 'vscode';\nimport { hitAt } from '../presentation/navigation/lookup';"), 0);
  });
});
