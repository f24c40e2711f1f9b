// Starts a real VS Code (code-server 4.100.3, installed by scripts/install-code-server.sh) with
// Press Gallery installed, and drives it with Debian's Chromium through playwright-core. Shared by
// the integration launcher (test/integration/runCodeServer.ts) and the end-to-end checks (test/e2e/).
// Everything is isolated in a temporary folder: extensions, user data, settings, workspace.
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';

/** The repository root (this file is compiled to out/test/support/). */
export const ROOT = path.resolve(__dirname, '../../..');
export const EXTENSION_ID = 'press-gallery.press-gallery';
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const RESULTS_DIR = path.join(ROOT, 'test-results');

const CODE_SERVER_BIN = path.join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function log(message: string): void {
  process.stderr.write(`[code-server] ${message}\n`);
}

function requireFile(file: string, hint: string): void {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: ${hint}`);
}

export function checkPrerequisites(): void {
  requireFile(CODE_SERVER_BIN, 'run scripts/install-code-server.sh');
  requireFile(CHROMIUM, 'run scripts/install-code-server.sh (installs Debian chromium)');
  if (!process.env.PRESS_GALLERY_VSIX) requireFile(path.join(ROOT, 'dist/extension.js'), 'run npm run build');
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function vsce(args: string[], cwd: string): void {
  const cli = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const res = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`vsce ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
}

/**
 * Packages the extension as users get it (`vsce package --no-dependencies`: esbuild already
 * bundles the dependencies), so that the tests also check what `.vscodeignore` lets in.
 * PRESS_GALLERY_VSIX=path tests a .vsix built elsewhere instead.
 */
export function packageExtension(outDir: string): string {
  const given = process.env.PRESS_GALLERY_VSIX;
  if (given) {
    requireFile(path.resolve(given), 'PRESS_GALLERY_VSIX names no file');
    return path.resolve(given);
  }
  const vsix = path.join(outDir, 'press-gallery.vsix');
  // Relative links stay as they are: the README's screenshot is packaged beside it (.vscodeignore).
  vsce(['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], ROOT);
  return vsix;
}

/**
 * The test harness extension as a .vsix: its manifest and its compiled code. (A folder copied into
 * the extensions dir is not enough: VS Code only loads what its extensions.json lists.)
 */
function packageHarness(outDir: string): string {
  const compiled = path.join(ROOT, 'out/test/integration/harness/extension.js');
  requireFile(compiled, 'run npx tsc -p .');
  const stage = path.join(outDir, 'harness');
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'test/integration/harness/package.json'), path.join(stage, 'package.json'));
  fs.copyFileSync(compiled, path.join(stage, 'extension.js'));
  const vsix = path.join(outDir, 'harness.vsix');
  vsce(['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', vsix], stage);
  return vsix;
}

export interface Session {
  /** The workbench URL with the workspace folder open. */
  url: string;
  workspace: string;
  tmp: string;
  /** code-server's own output (stdout and stderr). */
  serverLog: string;
  /** Kills code-server's process group and removes the temporary folder (kept with PRESS_GALLERY_KEEP_TMP=1). */
  stop(): void;
}

export interface StartOptions {
  /** Also install the harness extension that runs the integration suite. */
  harness?: boolean;
  /** More environment for code-server (and so for its extension host). */
  env?: Record<string, string>;
  /** Settings for the user profile. */
  settings?: Record<string, unknown>;
}

function runCodeServerCli(args: string[], env: NodeJS.ProcessEnv): void {
  const res = spawnSync(CODE_SERVER_BIN, args, { encoding: 'utf8', env, timeout: 120_000 });
  if (res.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (${res.status ?? res.signal}):\n${res.stdout}\n${res.stderr}`);
  }
}

function waitForHealth(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        reject(new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`));
        return;
      }
      const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on('error', retry);
      req.on('timeout', () => req.destroy());
    };
    const retry = () => {
      if (Date.now() > deadline) reject(new Error(`code-server did not answer on port ${port} within ${timeoutMs} ms`));
      else setTimeout(attempt, 250);
    };
    attempt();
  });
}

/**
 * Installs Press Gallery (and the harness) into fresh extension and user-data folders, copies the
 * fixtures into a fresh workspace folder and starts code-server on 127.0.0.1 in a process group of
 * its own. `stop()` kills that whole group; it is also called on exit and on SIGINT/SIGTERM.
 */
export async function startCodeServer(options: StartOptions = {}): Promise<Session> {
  checkPrerequisites();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'press-gallery-vscode-'));
  const extensionsDir = path.join(tmp, 'extensions');
  const userDataDir = path.join(tmp, 'user-data');
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(extensionsDir);
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.cpSync(FIXTURES, workspace, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        ...options.settings,
      },
      null,
      2,
    ),
  );

  // code-server writes a default config into ~/.config unless given one: keep it in tmp.
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const common = ['--config', config, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.VSCODE_IPC_HOOK_CLI; // never talk to a VS Code this process may run inside

  const install = [packageExtension(tmp), ...(options.harness ? [packageHarness(tmp)] : [])];
  runCodeServerCli([...common, ...install.flatMap((vsix) => ['--install-extension', vsix])], env);

  const port = await freePort();
  const serverLog = path.join(tmp, 'code-server.log');
  const out = fs.openSync(serverLog, 'a');
  const child = spawn(
    CODE_SERVER_BIN,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  const pgid = child.pid;

  let stopped = false;
  const stop = () => {
    if (stopped || pgid === undefined) return;
    stopped = true;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    // Give it a moment, then make sure nothing of the group is left.
    const until = Date.now() + 3000;
    while (Date.now() < until) {
      try {
        process.kill(-pgid, 0);
      } catch {
        return;
      }
      spawnSync('sleep', ['0.1']);
    }
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const stopAndClean = () => {
    stop();
    if (!process.env.PRESS_GALLERY_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', stopAndClean);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAndClean();
      process.exit(130);
    });
  }

  try {
    await waitForHealth(port, child, 60_000);
  } catch (err) {
    const output = fs.readFileSync(serverLog, 'utf8');
    stopAndClean();
    throw new Error(`${(err as Error).message}\n--- code-server log ---\n${output}`);
  }
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  log(`code-server ${port} pid ${pgid}, workspace ${workspace}`);
  return { url, workspace, tmp, serverLog, stop: stopAndClean };
}

export async function launchChromium(): Promise<Browser> {
  // Loaded here so that merely importing this module needs no browser library.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Opens the workbench in a new page and waits until it is drawn. */
export async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // The workbench's clipboard is the browser's: let it read and write, as a person's browser would
  // after they allow it (Copy Quotes as Markdown is checked by reading the clipboard back).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return page;
}

/** The text of whatever notification toasts are visible (for failure reports). */
export async function visibleNotifications(page: Page): Promise<string[]> {
  return page
    .locator('.notifications-toasts .notification-toast')
    .allInnerTexts()
    .catch(() => []);
}
