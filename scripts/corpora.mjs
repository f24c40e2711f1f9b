// The shared gold corpora beside the project and how each is scored: `npm run eval` prints them all,
// `npm run eval:check` gates them. The UK sets use the extractor's own scorer (`press-gallery eval`);
// PolNeAR uses its own scorer (`../shared/corpus/polnear/score.mjs`) on predictions written in one run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusRoot = process.env.PRESS_GALLERY_CORPORA ?? join(root, '..', 'shared', 'corpus');

/** The corpora, in the order they are reported. `kind` says which scorer reads them. */
export const CORPORA = [
  { name: 'dev', dir: 'dev', kind: 'uk' },
  { name: 'dev-bbc', dir: 'dev-bbc', kind: 'uk' },
  { name: 'dev-uk', dir: 'dev-uk', kind: 'uk' },
  { name: 'polnear-dev', dir: 'polnear/dev', kind: 'polnear' },
];

/** Each gold-annotated article in `dir`, in name order: its name (the file's, less `.gold.json`), gold and text. */
export function* goldArticles(dir) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = f.slice(0, -'.gold.json'.length);
    yield { name, gold: JSON.parse(readFileSync(join(dir, f), 'utf8')), text: readFileSync(join(dir, `${name}.txt`), 'utf8') };
  }
}

function cli(args) {
  return execFileSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** The figures of one corpus, by metric name, or null when the corpus is not beside the project. */
export function measure(corpus) {
  const dir = join(corpusRoot, corpus.dir);
  if (!existsSync(dir)) return null;
  if (corpus.kind === 'uk') {
    const out = JSON.parse(cli(['eval', dir, '--json']));
    return {
      'quote F1': out.quote.f1, 'attribution accuracy': out.attribution.accuracy, 'attribution precision': out.attribution.precision,
      'speakers F1': out.speakers.f1, 'MP F1': out.mp.f1, 'party accuracy': out.mp.partyAccuracy, 'constituency accuracy': out.mp.constituencyAccuracy,
    };
  }
  const pred = mkdtempSync(join(tmpdir(), 'press-gallery-polnear-'));
  try {
    cli(['eval', dir, '--json', '--predictions', pred]); // writes NAME.json per article; its own scores do not apply here
    const out = JSON.parse(execFileSync(process.execPath, [join(dir, '..', 'score.mjs'), dir, pred, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
    return { 'quote F1': out.quotes.f1, 'name match': out.attribution.nameMatch, 'speaker precision': out.attribution.speakerPrecision, coverage: out.attribution.coverage };
  } finally {
    rmSync(pred, { recursive: true, force: true });
  }
}
