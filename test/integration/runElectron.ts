// Runs the integration suite (test/integration/suite/) in desktop VS Code with @vscode/test-electron,
// for machines that can download VS Code (a developer's laptop, a public CI). On machines that reach
// only the npm registry use `npm run test:integration` (code-server) instead: same suite.
// Usage: npm run test:electron   Env: VSCODE_VERSION (default: the oldest engines.vscode allows,
// 1.100.0; "stable" for the newest), PRESS_GALLERY_TEST_GREP=pattern.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { FIXTURES, ROOT } from '../support/codeServer';

async function main(): Promise<void> {
  const extensionTestsPath = path.join(ROOT, 'out/test/integration/suite/index.js');
  if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');
  if (!fs.existsSync(extensionTestsPath)) throw new Error('out/test/integration/suite/index.js is missing: run npx tsc -p .');

  // The same isolated set-up as the code-server launcher: a temporary workspace holding a copy of
  // the fixtures (the suite writes scratch files there), fresh user data and extensions folders.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'press-gallery-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(FIXTURES, workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.0',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      extensionTestsEnv: process.env.PRESS_GALLERY_TEST_GREP ? { PRESS_GALLERY_TEST_GREP: process.env.PRESS_GALLERY_TEST_GREP } : {},
      launchArgs: [
        workspace,
        '--disable-extensions', // other extensions only; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  console.error('Integration tests (electron) failed.');
  process.exit(1);
});
