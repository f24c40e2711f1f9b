// npm run bench: throughput and peak memory of the extractor beside compromise's own
// nlp(text) + .people() + .quotations() on the same texts: the dev corpus and a generated 1 MB article.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle } from './bench/articleGenerator.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const corpus = process.env.PRESS_GALLERY_CORPUS ?? join(root, '..', 'shared', 'corpus', 'dev');
const tmp = mkdtempSync(join(tmpdir(), 'press-gallery-bench-'));

const kb = JSON.parse(readFileSync(join(root, 'src/extractor/kb/data/mps.compact.json'), 'utf8'));
const names = mpNames(kb).slice(0, 400);
const big = join(tmp, 'generated-1mb.article');
writeFileSync(big, generateArticle(1 << 20, names));

const sets = [];
if (existsSync(corpus)) sets.push({ label: 'dev corpus', files: readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f)) });
else console.log(`(no corpus at ${corpus}: skipping the dev-corpus row)`);
sets.push({ label: 'generated 1 MB', files: [big] });

const rows = [];
for (const set of sets) {
  for (const which of ['ours', 'compromise']) {
    const out = execFileSync(process.execPath, [join(here, 'bench/run-one.mjs'), which, ...set.files], { encoding: 'utf8', maxBuffer: 1 << 26 });
    rows.push({ set: set.label, ...JSON.parse(out.trim().split('\n').pop()) });
  }
}

console.log('\nthroughput in words per second (first pass, then best of the warm passes) and peak memory (max RSS)');
console.log('set              | engine                       |   words | first ms | first w/s |  warm ms |  warm w/s | speed-up (warm) | max RSS MB');
for (const r of rows) {
  const theirs = rows.find((x) => x.set === r.set && x.which === 'compromise');
  const engine = r.which === 'ours' ? 'press-gallery analyze()' : 'compromise nlp+people+quotes';
  const speedup = r.which === 'ours' ? `${(r.wordsPerSecond / theirs.wordsPerSecond).toFixed(1)}× (first ${(r.firstWordsPerSecond / theirs.firstWordsPerSecond).toFixed(1)}×)` : '';
  console.log([
    r.set.padEnd(16), engine.padEnd(28), String(r.words).padStart(7), r.firstMs.toFixed(0).padStart(8),
    r.firstWordsPerSecond.toFixed(0).padStart(9), r.warmMs.toFixed(0).padStart(8), r.wordsPerSecond.toFixed(0).padStart(9),
    speedup.padStart(15), r.maxRssMB.toFixed(0).padStart(10),
  ].join(' | '));
}
const ours = rows.find((r) => r.which === 'ours');
const providers = JSON.parse(execFileSync(process.execPath, [join(here, 'bench/providers.mjs'), big], { encoding: 'utf8' }).trim());
console.log(`\nproviders on the generated 1 MB article (${providers.quotes} quotes, ${providers.people} people), worst of many calls:`);
console.log(`  first analysis ${providers.firstMs.toFixed(0)} ms; hover ${providers.hoverMs.toFixed(2)} ms; outline ${providers.symbolsMs.toFixed(2)} ms; decorations ${providers.decorationsMs.toFixed(2)} ms; re-analysis after a one-character edit ${providers.reanalysisMs.toFixed(0)} ms`);
const slow = ['hoverMs', 'symbolsMs', 'decorationsMs'].filter((k) => providers[k] > 50);
console.log(slow.length ? `  OVER the 50 ms target: ${slow.join(', ')}` : '  every provider call under the 50 ms target');
console.log(`\nfirst call of the process (builds the MP index): ${ours.coldMs.toFixed(0)} ms`);
const kbTime = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(here, 'bench/knowledgeBase.mjs')], { encoding: 'utf8' }).trim());
console.log(`MP knowledge base (${kbTime.people} people, ${(kbTime.bytes / 1024).toFixed(0)} KB): load and build its indexes ${kbTime.warmMs.toFixed(1)} ms warm (median CPU; best ${kbTime.bestMs.toFixed(1)}, first ${kbTime.coldMs.toFixed(0)}, of which JSON parse ${kbTime.parseMs.toFixed(1)}) ${kbTime.warmMs <= 30 ? '- under' : '- OVER'} the 30 ms target`);
const marks = JSON.parse(execFileSync(process.execPath, [join(here, 'bench/quoteMarks.mjs')], { encoding: 'utf8' }).trim());
console.log(`quote scanner on 200,000 marks: slowest kind ${marks.worstLabel} ${marks.worstMs.toFixed(0)} ms (CPU ${marks.worstCpuMs.toFixed(0)} ms), every kind on one line ${marks.mixedMs.toFixed(0)} ms (CPU ${marks.mixedCpuMs.toFixed(0)} ms) ${Math.max(marks.worstMs, marks.mixedMs) < 200 ? '- under' : '- OVER'} the 200 ms target`);

function mpNames(data) {
  const people = data.people ?? [];
  return people.map((p) => (Array.isArray(p) ? p[1] : p.name)).filter((n) => typeof n === 'string' && n.includes(' '));
}
