// Removes compiled files in out/ whose TypeScript source is gone (a file moved or renamed), before
// tsc writes the new ones. tsc never deletes its old output, and mocha runs every
// out/test/unit/**/*.test.js, so a renamed test would otherwise keep running against stale modules.
// Only orphans are removed, so a suite already running from out/ keeps its files.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'out');

function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else {
      const m = /^(.*)\.js(\.map)?$/.exec(e.name);
      if (m && !existsSync(join(root, relative(out, dir), `${m[1]}.ts`))) rmSync(full, { force: true });
    }
  }
}

// Only the trees tsc writes (tsconfig includes src and test); other files in out/ (the web suite's
// bundle) are not tsc's.
for (const tree of ['src', 'test']) if (existsSync(join(out, tree))) walk(join(out, tree));
