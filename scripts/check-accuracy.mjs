// Fails when the extractor falls below the accuracy targets on the development corpus, so a change
// that loses accuracy does not land unnoticed. Prints the same table as `npm run eval`.
// Usage: node scripts/check-accuracy.mjs [GOLD_DIR]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gold = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'dev');
const TARGETS = { 'quote F1': 0.97, 'attribution accuracy': 0.9, 'speakers F1': 0.95, 'MP F1': 0.97, 'party accuracy': 1, 'constituency accuracy': 1 };

if (!existsSync(gold)) {
  console.log(`accuracy check: no gold corpus at ${gold}; nothing to check`);
  process.exit(0);
}
const out = JSON.parse(execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'eval', gold, '--json'], { encoding: 'utf8' }));
const seen = {
  'quote F1': out.quote.f1, 'attribution accuracy': out.attribution.accuracy, 'speakers F1': out.speakers.f1,
  'MP F1': out.mp.f1, 'party accuracy': out.mp.partyAccuracy, 'constituency accuracy': out.mp.constituencyAccuracy,
};
let failed = 0;
for (const [name, target] of Object.entries(TARGETS)) {
  const ok = seen[name] >= target - 1e-9;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(22)} ${seen[name].toFixed(3)} (target ≥ ${target})`);
}
console.log(`accuracy: ${Object.keys(TARGETS).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
