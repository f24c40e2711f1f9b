// Modules of src/ for the error-analysis scripts (attribution-errors.mjs, polnear-errors.mjs), bundled on
// the spot with esbuild so that the project need not be built first and the scripts see the current source.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLexicon } from './build-lexicon.mjs';
import { root } from './corpora.mjs';

/** The exports of `contents`, a TypeScript module whose imports resolve from the project's root. */
export async function loadFromSource(contents) {
  buildLexicon();
  const tmp = mkdtempSync(join(tmpdir(), 'pg-source-modules-'));
  try {
    const out = join(tmp, 'modules.cjs');
    await esbuild.build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
    });
    return createRequire(import.meta.url)(out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
