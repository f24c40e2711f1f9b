// The web extension host's suite entry (test/web/runWeb.ts bundles it with esbuild for a web
// worker; @vscode/test-web's workbench calls `run`). Mocha's browser build, BDD UI, spec reporter:
// its lines come back to the launcher through the workbench's automation log.
// mocha's browser build defines the global `mocha` (and describe/it) when it is loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('mocha/mocha');

interface BrowserMocha {
  setup(options: { ui: string; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
    // The test files register their suites when required, after setup defined describe/it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./extension.test');
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web tests failed`)) : resolve()));
  });
}
