// npm run eval:check: fails when the extractor falls below what it is held to on any shared corpus, so
// a change that loses accuracy does not land unnoticed. Each metric has the target its issue names and
// the gate CI enforces: the target once reached, until then the achieved figure rounded down to 0.01.
// Targets not yet met are printed as such. Corpora missing beside the project are skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, corpusRoot, measure, root } from './corpora.mjs';

const UK_ATTRIBUTION = { 'attribution accuracy': 0.93, 'attribution precision': 0.97, 'speakers F1': 0.95 }; // issue 12
const QUOTE_F1 = 0.995; // issue 11: quotation marks in every house style
const MP_FACTS = { 'quote F1': QUOTE_F1, 'MP F1': 0.97, 'party accuracy': 1, 'constituency accuracy': 1 }; // issues 2-6, 10
const TARGETS = {
  dev: { ...MP_FACTS, ...UK_ATTRIBUTION },
  'dev-bbc': { ...MP_FACTS, ...UK_ATTRIBUTION },
  'dev-uk': { ...MP_FACTS, ...UK_ATTRIBUTION },
  'polnear-dev': { 'quote F1': QUOTE_F1, 'name match': 0.92, 'speaker precision': 0.96, coverage: 0.92 },
};
/** Where a target is not met yet: the figure gated instead (achieved, rounded down). Raise as results rise. */
const GATES = {};

let failed = 0, passed = 0, checked = 0;
const unmet = [];
for (const corpus of CORPORA) {
  const seen = measure(corpus);
  if (!seen) { console.log(`${corpus.name}: no gold corpus under ${corpusRoot}; not checked`); continue; }
  checked++;
  for (const [metric, target] of Object.entries(TARGETS[corpus.name])) {
    const gate = Math.min(target, GATES[corpus.name]?.[metric] ?? target);
    const value = seen[metric];
    const ok = value >= gate - 1e-9;
    ok ? passed++ : failed++;
    const note = value >= target - 1e-9 ? '' : `  (target ≥ ${target} not yet met; gated at ≥ ${gate})`;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${corpus.name.padEnd(12)} ${metric.padEnd(22)} ${value.toFixed(3)}${note || `  (target ≥ ${target})`}`);
    if (note) unmet.push(`${corpus.name} ${metric} ${value.toFixed(3)} < ${target}`);
  }
}
// The speaker ranker's shipped weights must be what scripts/train-ranker.mjs gives from today's sieves
// and PolNeAR train/: a sieve change shifts which quotes reach the ranker, so it lands with the weights
// retrained (`npm run ranker:train`, about 10 s), and the shipped model stays reproducible.
if (existsSync(join(corpusRoot, 'polnear', 'train'))) {
  const check = spawnSync(process.execPath, [join(root, 'scripts', 'train-ranker.mjs'), '--check'], { encoding: 'utf8' });
  const fresh = check.status === 0;
  fresh ? passed++ : failed++;
  console.log(fresh ? '\nok   ranker weights are what scripts/train-ranker.mjs gives'
    : '\nFAIL ranker weights are stale: run `npm run ranker:train` and commit src/extractor/attribution/ranker/weights.json');
}
if (unmet.length) console.log(`\ntargets not yet met (${unmet.length}):\n  ${unmet.join('\n  ')}`);
console.log(`\naccuracy: ${passed} passed, ${failed} failed, over ${checked} corpora`);
process.exit(failed ? 1 : 0);
