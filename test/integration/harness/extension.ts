// A test-only extension (never in the .vsix): code-server has no --extensionTestsPath, so this
// extension, installed beside Press Gallery by test/integration/runCodeServer.ts, runs the mocha
// suite inside the extension host once the workbench has started. It is told what to do through
// environment variables, which code-server passes on to its extension host:
//   PRESS_GALLERY_TEST_SUITE    the compiled suite index (out/test/integration/suite/index.js)
//   PRESS_GALLERY_TEST_RESULTS  where to write the JSON results (written last, in one rename)
//   PRESS_GALLERY_TEST_LOG      where to append the spec-like report as it runs (optional)
// Without PRESS_GALLERY_TEST_SUITE it does nothing.
import * as fs from 'fs';
import * as path from 'path';
import type * as vscode from 'vscode';

interface SuiteModule {
  runSuite(options: { log: (line: string) => void }): Promise<{ passes: number; failures: number }>;
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export function activate(_context: vscode.ExtensionContext): void {
  const suitePath = process.env.PRESS_GALLERY_TEST_SUITE;
  const resultsPath = process.env.PRESS_GALLERY_TEST_RESULTS;
  if (!suitePath || !resultsPath) return;
  // The extension host restarts when the page reloads: run the suite once per results file.
  const claim = `${resultsPath}.started`;
  try {
    fs.writeFileSync(claim, String(process.pid), { flag: 'wx' });
  } catch {
    return;
  }
  const logPath = process.env.PRESS_GALLERY_TEST_LOG;
  const log = (line: string) => {
    if (logPath) fs.appendFileSync(logPath, line + '\n');
    else console.log(line);
  };
  void (async () => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const suite = require(suitePath) as SuiteModule;
      const results = await suite.runSuite({ log });
      writeAtomically(resultsPath, JSON.stringify(results, null, 2));
    } catch (err) {
      const message = err instanceof Error ? err.stack ?? err.message : String(err);
      log(`harness: the suite could not run: ${message}`);
      writeAtomically(
        resultsPath,
        JSON.stringify({ passes: 0, failures: 1, pending: 0, durationMs: 0, tests: [], error: message }, null, 2),
      );
    }
  })();
}

export function deactivate(): void {}
