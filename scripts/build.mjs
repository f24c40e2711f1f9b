// Bundles the extension (Node and web worker entries) and the command-line tool with esbuild.
// Usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { buildLexicon } from './build-lexicon.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * JSON modules become one string handed to JSON.parse rather than an object literal: V8 scans a
 * string and parses JSON several times faster than it compiles the same data as JavaScript, which is
 * part of every start of the CLI and of the extension.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const minified = asciiJson(readFileSync(args.path, 'utf8'));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(minified)});`, loader: 'js' };
    });
  },
};

/**
 * The MP data (930 KB) is a file of its own beside the Node bundles (dist/), read when the bundle
 * loads, rather than a string inside each of them: the string cost every start about 3 ms of
 * compiling (V8 scans the whole literal) and the .vsix a copy in the extension and one in its worker.
 * Its people's rows are a second file, packed text read as Latin-1 and split into a row's fields when
 * the row is first read (src/extractor/kb/packedRows.ts): as JSON they were 2,634 arrays parsed at
 * every start. Both files are ASCII, read as Latin-1 (a copy, no decoding). The web build, which has
 * no file system, keeps the data inside (jsonAsString).
 */
const MP_DATA = resolve('src/extractor/kb/data/mps.compact.json');
const PEOPLE_FILE = 'mps.people.txt';
const PACKED_ROWS = resolve('src/extractor/kb/packedRows.ts');
const dataBeside = {
  name: 'data-beside',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      if (resolve(args.path) !== MP_DATA) return undefined; // the next plugin's
      const read = (name) => `fs.readFileSync(path.join(__dirname, ${JSON.stringify(name)}), "latin1")`;
      return {
        contents: [
          'const fs = require("fs"), path = require("path");',
          `const { PackedRows } = require(${JSON.stringify(PACKED_ROWS)});`,
          `const data = JSON.parse(${read(basename(MP_DATA))});`,
          `data.people = new PackedRows(${read(PEOPLE_FILE)});`,
          'module.exports = data;',
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/** The data files beside the Node bundles: the compact file without its people, and their packed rows. */
async function copyDataFiles() {
  mkdirSync('dist', { recursive: true });
  const { packRows } = await importTypeScript(PACKED_ROWS);
  const data = JSON.parse(readFileSync(MP_DATA, 'utf8'));
  const packed = packRows(data.people);
  delete data.people;
  writeFileSync(`dist/${basename(MP_DATA)}`, asciiEscaped(JSON.stringify(data)));
  if (!/^[\x00-\x7f]*$/.test(packed)) throw new Error('build: the packed people rows are not ASCII (packedRows.ts escapes every other character)');
  writeFileSync(`dist/${PEOPLE_FILE}`, packed, 'latin1');
}

/** A TypeScript module of the project, bundled in memory and imported (the build uses the format's own code). */
async function importTypeScript(file) {
  const out = await esbuild.build({ entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node', target: 'es2022' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/**
 * The JSON minified, its characters beyond ASCII written as \u escapes (the same data once parsed). A
 * text with one accented name in it is read into a string of two bytes a character, decoded from UTF-8
 * and parsed the slow way; an ASCII one is copied: the MP data's read at every start fell from about
 * 2.9 to 1.8 ms and its parse from 5.8 to 5.2 (fresh processes, median of six).
 */
function asciiJson(text) {
  return asciiEscaped(JSON.stringify(JSON.parse(text)));
}

/** Each UTF-16 code unit beyond ASCII written as a \u escape (a character beyond U+FFFF as its two surrogates). */
function asciiEscaped(text) {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The Node bundles made ASCII. esbuild escapes the characters beyond ASCII in strings but leaves them
 * in regular expression literals (’ “ … in some ninety of them), comments and String.raw templates
 * (pattern sources), and one such character makes the whole bundle a two-byte string when Node reads
 * it: the CLI's 700 KB were decoded from UTF-8 into 1.4 MB at every start. A \u escape means the same
 * character in a pattern (a surrogate pair one code point under the u flag), in a pattern's source and
 * in an identifier, and nothing in a comment. The CLI's launcher reads an ASCII bundle as Latin-1 (a
 * copy, no decoding; src/cli/codeCache.ts): `extract --json` of the seed, 280 -> 268 million
 * instructions (callgrind). Source maps are a few columns off on the lines that held such a character.
 */
function asciiBundles() {
  for (const b of builds.filter((x) => x.platform === 'node')) writeFileSync(b.outfile, asciiEscaped(readFileSync(b.outfile, 'utf8')));
}

/**
 * `import * as vscode from 'vscode'` becomes `import vscode = require('vscode')` (the same module
 * object, the same uses) in the bundle. esbuild makes each namespace import of an external module a
 * copy with a getter per export (__toESM): the extension's 31 files that import the API made 31
 * copies of its 298 exports while the bundle loaded (10-13 ms of wall time in code-server at load
 * 8-10, about 2 ms of CPU), and every `vscode.x` after that went through a getter. The sources keep
 * the standard import; a file written otherwise is only slower.
 */
const vscodeRequire = {
  name: 'vscode-require',
  setup(build) {
    const IMPORT = /^import \* as vscode from 'vscode';$/m;
    build.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replace(IMPORT, "import vscode = require('vscode');"), loader: 'ts' };
    });
  },
};

/**
 * The command-line tool's bundle, and its first line: an id of this build, which its code cache
 * carries too, so that a cache is never read for another build's bundle (src/cli/codeCache.ts).
 */
const CLI_BUNDLE = 'dist/cliMain.js';
const CLI_BUILD_ID = `// press-gallery build ${randomBytes(8).toString('hex')}`;

/**
 * The code cache of the command-line tool's bundle: the bytecode of every function an `extract` of the
 * seed article compiles, written by that run as it ends, then checked to be taken by V8. Made by the
 * Node that builds, which is the one that runs the tool here; another Node rejects it and compiles as
 * usual. Not in watch mode (a rebuilt bundle has a cache of none).
 */
function makeCliCodeCache() {
  const run = (env) => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'extract', 'test/fixtures/seed-corbyn-quitters.article', '--json'], {
      env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`build: the CLI failed on the seed article: ${r.stderr}`);
    return r.stderr;
  };
  run({ PRESS_GALLERY_WRITE_CODE_CACHE: `${CLI_BUNDLE}.cache` });
  const report = run({ PRESS_GALLERY_REPORT_CODE_CACHE: '1' });
  if (!report.includes('code cache: taken')) console.warn(`build: V8 did not take the CLI's code cache (${report.trim()}); the tool runs, compiling as usual`);
  // src/cli/nodeModulesFirst.ts: a Node module first loaded after the tool sets V8's flags is compiled without Node's cache.
  if (!report.includes('node modules loaded after the flags: none')) console.warn(`build: the CLI loads Node modules after setting V8's flags (${report.trim()}); load them in src/cli/nodeModulesFirst.ts`);
}

/** @type {esbuild.BuildOptions} */
const common = {
  plugins: [dataBeside, jsonAsString, vscodeRequire],
  bundle: true,
  sourcemap: !production,
  // Minified in every build, as the .vsix ships them, so that tests and `npm run bench` measure what
  // users run (source maps keep the development build readable): shorter names and no whitespace
  // are less for V8 to read at every start. `extract --json` of the seed: 481 -> 461 million
  // instructions (valgrind, single-threaded), the extension's first analysis of it in plain Node 2-3% fewer.
  minify: true,
  logLevel: 'warning',
  external: ['vscode'],
  target: 'es2022',
  metafile: true,
};

/**
 * The extension's first line: when its evaluation started, by the wall clock and (in a Node host) the
 * process's CPU clock in ms (extension.ts reports the load's cost).
 */
const loadClock = {
  js: 'var PRESS_GALLERY_BUNDLE_STARTED = performance.now(), PRESS_GALLERY_BUNDLE_CPU_STARTED = typeof process === "object" && typeof process.cpuUsage === "function" ? (({ user, system }) => (user + system) / 1000)(process.cpuUsage()) : undefined;',
};

/** In the web build, long analyses stay in the extension host's thread: src/worker/host.web.ts. */
const webWorkerHost = {
  name: 'web-worker-host',
  setup(build) {
    build.onResolve({ filter: /[/\\]worker[/\\]host$/ }, async (args) => {
      const resolved = await build.resolve(`${args.path}.web`, { kind: args.kind, resolveDir: args.resolveDir });
      return { path: resolved.path, errors: resolved.errors };
    });
  },
};

const builds = [
  // The extension in VS Code's Node extension host.
  { ...common, entryPoints: ['src/editor/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', banner: loadClock },
  // The same extension in the web extension host (a web worker): no Node API may be reached.
  {
    ...common,
    entryPoints: ['src/editor/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    banner: loadClock,
    plugins: [jsonAsString, vscodeRequire, webWorkerHost],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  // The worker thread that runs long analyses off the Node extension host's thread (src/worker/host.ts).
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs' },
  // The extractor as a library, for the benchmark and for batch use from Node.
  { ...common, entryPoints: ['src/extractor/index.ts'], outfile: 'dist/extractor.js', platform: 'node', format: 'cjs' },
  // The pure view layer, for the benchmark of what providers compute.
  { ...common, entryPoints: ['src/presentation/index.ts'], outfile: 'dist/presentation.js', platform: 'node', format: 'cjs' },
  // Corpus statistics and the workspace index's core, for the benchmark of the index.
  { ...common, entryPoints: ['src/corpus/index.ts'], outfile: 'dist/corpus.js', platform: 'node', format: 'cjs' },
  // The Sources view's page, with the parts of Chart.js it draws with, for the webview.
  { ...common, entryPoints: ['src/webview/sources.ts'], outfile: 'dist/webview/sources.js', platform: 'browser', format: 'iife', plugins: [jsonAsString] },
  // The command-line tool: a launcher, and the tool's bundle it runs from a code cache (src/cli/codeCache.ts).
  { ...common, entryPoints: ['src/cli/launcher.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: CLI_BUNDLE, platform: 'node', format: 'cjs', banner: { js: CLI_BUILD_ID } },
];

// The word lists taken from compromise's lexicon, generated from the installed compromise.
buildLexicon();
await copyDataFiles();

/** The extractor reads its word lists, never compromise itself: a bundle that pulls it in is a mistake. */
function assertNoCompromise(result, outfile) {
  const pulled = Object.keys(result.metafile?.inputs ?? {}).filter((f) => f.includes('node_modules/compromise/'));
  if (pulled.length) throw new Error(`${outfile} bundles compromise (${pulled[0]}…): import the generated word lists instead`);
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  await Promise.all(builds.map(async (b) => assertNoCompromise(await esbuild.build(b), b.outfile)));
  asciiBundles();
  makeCliCodeCache();
}
