// The integration suite's entry: runs every `*.test.js` beside this file with mocha (BDD UI) inside
// VS Code's extension host. Used by both launchers:
//   - @vscode/test-electron (test/integration/runElectron.ts) calls `run()`, which rejects on failure;
//   - code-server (test/integration/runCodeServer.ts), through the harness extension in
//     test/integration/harness/, calls `runSuite()` and writes its result to a JSON file.
// The suite only uses the `vscode` API, so it runs the same in both hosts.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface TestOutcome {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string; expected?: string; actual?: string };
}

export interface SuiteResults {
  passes: number;
  failures: number;
  pending: number;
  durationMs: number;
  tests: TestOutcome[];
}

export interface RunOptions {
  /** Receives the report, one line at a time (spec-like). Default: console.log. */
  log?: (line: string) => void;
  /** Only tests whose full title matches this (the env var PRESS_GALLERY_TEST_GREP also sets it). */
  grep?: string;
  /** Per-test timeout in ms. */
  timeout?: number;
}

/** The compiled suite files: every `*.test.js` in this folder, in name order (no glob needed). */
export function suiteFiles(dir: string = __dirname): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}

function stringify(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

function errorOf(err: unknown): NonNullable<TestOutcome['error']> {
  const e = (err ?? {}) as { message?: unknown; stack?: unknown; expected?: unknown; actual?: unknown; operator?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(err);
  const out: NonNullable<TestOutcome['error']> = { message };
  if (typeof e.stack === 'string') out.stack = e.stack;
  // assert's AssertionError carries what was expected and what was seen; for assert.ok (operator
  // '==') that is only true/false, so the message has to say it.
  if (('expected' in e || 'actual' in e) && e.operator !== '==') {
    out.expected = stringify(e.expected);
    out.actual = stringify(e.actual);
  }
  return out;
}

/**
 * A spec-like reporter that writes through a line sink instead of process.stdout, which the
 * extension host does not show, and records every outcome for the JSON results.
 */
function makeReporter(log: (line: string) => void, results: SuiteResults): typeof Mocha.reporters.Base {
  const { EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } =
    Mocha.Runner.constants;

  return class LineReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      let depth = 0;
      const indent = () => '  '.repeat(depth);
      const failed: Array<{ test: Mocha.Test; err: unknown }> = [];
      const started = Date.now();

      runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
        depth++;
        if (suite.title) log(`${indent()}${suite.title}`);
      });
      runner.on(EVENT_SUITE_END, () => {
        depth--;
      });
      runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
        results.passes++;
        results.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          file: test.file,
          state: 'passed',
          durationMs: test.duration,
        });
        log(`${indent()}  ✓ ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
        results.pending++;
        results.tests.push({ title: test.title, fullTitle: test.fullTitle(), file: test.file, state: 'pending' });
        log(`${indent()}  - ${test.title} (pending)`);
      });
      runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: unknown) => {
        results.failures++;
        failed.push({ test, err });
        results.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          file: test.file,
          state: 'failed',
          durationMs: test.duration,
          error: errorOf(err),
        });
        log(`${indent()}  ✗ ${failed.length}) ${test.title}`);
        // Said at once too, so that a run that never ends still shows why tests failed.
        log(`${indent()}      ${errorOf(err).message.split('\n')[0]}`);
      });
      runner.once(EVENT_RUN_END, () => {
        results.durationMs = Date.now() - started;
        log('');
        log(`  ${results.passes} passing (${results.durationMs} ms)`);
        if (results.pending) log(`  ${results.pending} pending`);
        if (failed.length) log(`  ${failed.length} failing`);
        failed.forEach(({ test, err }, i) => {
          const e = errorOf(err);
          log('');
          log(`  ${i + 1}) ${test.fullTitle()}`);
          for (const line of e.message.split('\n')) log(`     ${line}`);
          if (e.expected !== undefined || e.actual !== undefined) {
            log(`     expected: ${e.expected}`);
            log(`     actual:   ${e.actual}`);
          }
          const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4);
          for (const frame of frames) log(`   ${frame.trim()}`);
        });
      });
    }
  };
}

/** Runs the suite and resolves with its results (never rejects for failing tests). */
export async function runSuite(options: RunOptions = {}): Promise<SuiteResults> {
  const log = options.log ?? ((line: string) => console.log(line));
  const results: SuiteResults = { passes: 0, failures: 0, pending: 0, durationMs: 0, tests: [] };
  const grep = options.grep ?? process.env.PRESS_GALLERY_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: options.timeout ?? 60_000,
    reporter: makeReporter(log, results),
    ...(grep ? { grep } : {}),
  });
  const files = suiteFiles();
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}: was the suite compiled (npx tsc -p .)?`);
  for (const file of files) mocha.addFile(file);
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve) => mocha.run(() => resolve()));
  return results;
}

/** The entry @vscode/test-electron calls (extensionTestsPath): rejects when a test fails. */
export async function run(): Promise<void> {
  const results = await runSuite();
  if (results.failures > 0) throw new Error(`${results.failures} of ${results.tests.length} integration tests failed`);
  if (results.passes === 0) throw new Error('the integration suite ran no test');
}
