// Time to load the bundled MP data and build the knowledge base's indexes (names, seats, offices),
// in a fresh process: the first build (cold, JIT included) and the median of warm rebuilds.
// Target: ≤ 30 ms warm. Usage: node --expose-gc knowledgeBase.mjs ; prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { KnowledgeBase } = require(join(root, 'dist/extractor.js'));
const file = readFileSync(join(root, 'src/extractor/kb/data/mps.compact.json'), 'utf8');

/** Parse, build, and touch each lazily built index once (the seat pieces, a name, an office). */
function build() {
  const kb = KnowledgeBase.fromData(JSON.parse(file));
  kb.isPlace(['bethnal', 'green']);
  kb.byWrittenName('Rob Halfon');
  kb.resolveRole('the home secretary', '2023-03-01');
  return kb;
}

// A rebuild's garbage is the previous knowledge base: collect it first (run with --expose-gc), so
// each build is timed as the one build a process makes.
// CPU time, not wall time: on a shared machine another process's work is not ours.
const time = (f) => { globalThis.gc?.(); const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
const coldMs = time(build);
const warm = Array.from({ length: Number(process.env.BENCH_KB_RUNS ?? 15) }, () => time(build)).sort((a, b) => a - b);
const parseMs = Math.min(...Array.from({ length: 5 }, () => time(() => JSON.parse(file))));
console.log(JSON.stringify({ coldMs, warmMs: warm[warm.length >> 1], bestMs: warm[0], parseMs, bytes: file.length, people: build().size }));
