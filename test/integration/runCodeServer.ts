// Runs the integration suite (test/integration/suite/) inside a real VS Code on a machine with no
// internet: code-server with Press Gallery and the harness extension installed, started by a
// headless Chromium page. Prints the mocha report, exits 1 when a test fails or the run times out.
// Usage: npm run test:integration  (after scripts/install-code-server.sh)
// Env: PRESS_GALLERY_TEST_GREP=pattern runs only matching tests; PRESS_GALLERY_TEST_TIMEOUT=ms (default 300000).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RESULTS_DIR, ROOT, launchChromium, log, openWorkbench, startCodeServer, visibleNotifications } from '../support/codeServer';

interface Results {
  passes: number;
  failures: number;
  pending: number;
  tests: unknown[];
  error?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<number> {
  const timeoutMs = Number(process.env.PRESS_GALLERY_TEST_TIMEOUT ?? 300_000);
  const suite = path.join(ROOT, 'out/test/integration/suite/index.js');
  if (!fs.existsSync(suite)) throw new Error(`${path.relative(ROOT, suite)} is missing: run npx tsc -p .`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  // The harness writes into a folder of this run's own (runs may overlap on one machine); both
  // files are copied to test-results/ at the end.
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-gallery-run-'));
  const resultsFile = path.join(runDir, 'integration-results.json');
  const logFile = path.join(runDir, 'integration.log');
  const keep = () => {
    for (const f of [resultsFile, logFile]) {
      if (fs.existsSync(f)) fs.copyFileSync(f, path.join(RESULTS_DIR, path.basename(f)));
    }
    fs.rmSync(runDir, { recursive: true, force: true });
  };

  const started = Date.now();
  const session = await startCodeServer({
    harness: true,
    env: {
      PRESS_GALLERY_TEST_SUITE: suite,
      PRESS_GALLERY_TEST_RESULTS: resultsFile,
      PRESS_GALLERY_TEST_LOG: logFile,
      ...(process.env.PRESS_GALLERY_TEST_GREP ? { PRESS_GALLERY_TEST_GREP: process.env.PRESS_GALLERY_TEST_GREP } : {}),
    },
  });
  const browser = await launchChromium();
  try {
    // The extension host starts when a browser opens the workbench; the harness then runs the suite.
    const page = await openWorkbench(browser, session.url);
    log(`workbench open after ${Date.now() - started} ms; waiting for the suite`);
    let printed = 0;
    let lastProgress = Date.now();
    const flushLog = () => {
      const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
      if (text.length > printed) {
        process.stdout.write(text.slice(printed));
        printed = text.length;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress > 60_000) {
        const last = text.trimEnd().split('\n').pop() ?? '(nothing yet)';
        log(`no test finished in the last minute; last line: ${last.trim()}`);
        lastProgress = Date.now();
      }
    };
    const deadline = Date.now() + timeoutMs;
    while (!fs.existsSync(resultsFile)) {
      flushLog();
      if (Date.now() > deadline) {
        const shot = path.join(RESULTS_DIR, 'integration-timeout.png');
        await page.screenshot({ path: shot }).catch(() => undefined);
        const toasts = await visibleNotifications(page);
        console.error(`\nThe suite wrote no results within ${timeoutMs} ms.`);
        if (!fs.existsSync(`${resultsFile}.started`)) {
          console.error('The harness extension never started: did the extension host start? (code-server log below)');
        }
        if (toasts.length) console.error(`Notifications shown:\n  ${toasts.join('\n  ')}`);
        const dialogs = await page.locator('.monaco-dialog-box').allInnerTexts().catch(() => []);
        if (dialogs.length) console.error(`Dialog shown (a modal nobody answers stops the suite):\n  ${dialogs.join('\n  ')}`);
        console.error(`Screenshot: ${path.relative(ROOT, shot)}`);
        console.error(`--- code-server log (${session.serverLog}) ---\n${fs.readFileSync(session.serverLog, 'utf8').slice(-4000)}`);
        return 1;
      }
      await sleep(250);
    }
    flushLog();
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
    if (results.error) console.error(`The suite could not run: ${results.error}`);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'integration-end.png') }).catch(() => undefined);
    if (results.failures > 0) {
      const toasts = await visibleNotifications(page);
      console.log(`\nNotifications shown: ${toasts.length ? `\n  ${toasts.join('\n  ')}` : 'none'}`);
      console.log(`Screenshot at the end: ${path.relative(ROOT, path.join(RESULTS_DIR, 'integration-end.png'))}; results: test-results/${path.basename(resultsFile)}`);
    }
    console.log(`\ncode-server run took ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(`integration: ${results.passes} passed, ${results.failures} failed, ${results.pending} skipped`);
    if (results.passes === 0 && results.failures === 0) {
      console.error('No test ran.');
      return 1;
    }
    return results.failures > 0 ? 1 : 0;
  } finally {
    await browser.close().catch(() => undefined);
    session.stop();
    keep();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
