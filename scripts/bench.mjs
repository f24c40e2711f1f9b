// npm run bench: the speed and memory targets of the extractor, measured side by side with compromise
// in one run on this machine, then a table of every target with what was measured.
//   - whole processes: `extract --json` on the seed article against a bare `node -e 0`; on a generated
//     1 MB article against the same job done with compromise (CPU time);
//   - in process: analyze() beside compromise's nlp() + people() + quotations() on the dev corpus and
//     the 1 MB article: the first pass after load and the warm steady state, one method for both
//     engines (scripts/bench/run-one.mjs; the bench prints it);
//   - large and hostile articles: 10 MB with the budget lifted, and the shapes of scripts/bench/shapes.mjs;
//   - what the editor's providers compute on the 1 MB article.
// BENCH_QUICK=1 runs fewer repetitions; BENCH_ONLY=text only the measures whose label holds it. Each line
// is one measure: add yours to MEASURES.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle } from './bench/articleGenerator.mjs';
import { SHAPES } from './bench/shapes.mjs';
import { compare, compareWall, runNode } from './bench/process.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'dist', 'cli.js');
const seed = join(root, 'test', 'fixtures', 'seed-corbyn-quitters.article');
const corpus = process.env.PRESS_GALLERY_CORPUS ?? join(root, '..', 'shared', 'corpus', 'dev');
const quick = process.env.BENCH_QUICK === '1';
const tmp = mkdtempSync(join(tmpdir(), 'press-gallery-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const kb = JSON.parse(readFileSync(join(root, 'src/extractor/kb/data/mps.compact.json'), 'utf8'));
const names = mpNames(kb).slice(0, 400);
const article = (mb) => {
  const file = join(tmp, `generated-${mb}mb.article`);
  if (!existsSync(file)) writeFileSync(file, generateArticle(mb * (1 << 20), names));
  return file;
};
const big = article(1);

/** Every target of the table: what, the goal, what was measured, and whether it was met. */
const targets = [];
const target = (what, goal, measured, met) => targets.push({ what, goal, measured, met });
const ms = (x) => `${Math.round(x)} ms`;
const times = (x) => `${x.toFixed(1)}×`;
/** Environment variables that give every Node process work at start-up (see the seed measure). */
const STARTUP_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];

/** One measure each: a label and a function that prints its lines and records its targets. */
const MEASURES = [
  ['start: seed article, whole process', () => {
    // Each environment variable that makes Node do work at start-up weighs on `node -e 0` as on us, and so
    // flatters the ratio: NODE_EXTRA_CA_CERTS (set on this machine) has every process read and parse a
    // certificate bundle, about 45 ms of CPU. The target is judged without such variables, as a user runs it.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !STARTUP_VARIABLES.includes(k)));
    const given = STARTUP_VARIABLES.filter((k) => k in process.env);
    const commands = [['-e', '0'], [cli, 'extract', '--json', seed]];
    const runs = quick ? 5 : 15;
    const [bareWall, oursWall] = compareWall(commands, runs * 2, clean);
    const [bare, ours] = compare(commands, runs, clean);
    const ratio = oursWall / bareWall, cpuRatio = ours.cpuMs / bare.cpuMs;
    const without = given.length ? `, without ${given.join(', ')}` : '';
    console.log(`  node -e 0: ${ms(bareWall)} (CPU ${ms(bare.cpuMs)}); extract --json: ${ms(oursWall)} (CPU ${ms(ours.cpuMs)}), peak ${ours.maxRssMB.toFixed(0)} MB — medians${without}; wall of bare runs, CPU of runs with a preloaded CPU report`);
    if (given.length) {
      const [bareAsGiven, oursAsGiven] = compareWall(commands, runs * 2);
      console.log(`  with ${given.join(', ')} as this shell has it: node -e 0 ${ms(bareAsGiven)}, extract --json ${ms(oursAsGiven)}: ${times(oursAsGiven / bareAsGiven)} wall (not the target's figure)`);
    }
    // Wall time is the target; on a loaded machine it swings with the load, CPU time much less: both shown.
    target('seed extract --json, whole process', '≤ 3× node -e 0', `${times(ratio)} wall (${ms(oursWall)} vs ${ms(bareWall)}), CPU ${times(cpuRatio)}`, ratio <= 3);
  }],
  ['1 MB article, whole process, CPU time', () => {
    const [ours, theirs] = compare([[cli, 'extract', '--json', big], [join(here, 'bench/compromise-extract.cjs'), big]], quick ? 1 : 3);
    const ratio = theirs.cpuMs / ours.cpuMs;
    console.log(`  press-gallery extract --json: CPU ${ms(ours.cpuMs)}, wall ${ms(ours.wallMs)}, peak ${ours.maxRssMB.toFixed(0)} MB`);
    console.log(`  compromise nlp + people + quotations (same file, JSON out): CPU ${ms(theirs.cpuMs)}, wall ${ms(theirs.wallMs)}, peak ${theirs.maxRssMB.toFixed(0)} MB`);
    target('1 MB extract --json, whole process CPU', '≥ 15× compromise', times(ratio), ratio >= 15);
  }],
  ['in process: throughput beside compromise', () => inProcess()],
  ['10 MB article, budget lifted', () => {
    const r = analyseFile(article(10));
    console.log(`  ${ms(r.ms)} in analyze() (process: CPU ${ms(r.cpuMs)}, peak ${r.maxRssMB.toFixed(0)} MB); ${r.quotes} quotes, ${r.attributed} with a speaker; ${r.truncated ? 'CUT SHORT' : 'complete'}`);
    target('10 MB, budget lifted: complete', '< 10 s', `${(r.ms / 1000).toFixed(1)} s, ${r.truncated ? 'cut short' : 'complete'}`, r.ms < 10_000 && !r.truncated);
    target('10 MB, budget lifted: peak memory', '< 1 GB', `${r.maxRssMB.toFixed(0)} MB`, r.maxRssMB < 1024);
  }],
  ['large articles with the editor\'s default budget (3 s)', () => {
    for (const mb of [3, 5, 8]) {
      const r = analyseFile(article(mb), 3000);
      console.log(`  ${mb} MB: ${ms(r.ms)}, peak ${r.maxRssMB.toFixed(0)} MB; speakers ${r.truncated ? `to ${pct(r.speakersTo, r.chars)} of the text` : 'complete'} (${r.attributed} of ${r.quotes} quotes)`);
    }
  }],
  ['hostile shapes, 540 KB (budget lifted, then the 3 s budget; 30 s cap), and four times the text (budget lifted, then the 3 s budget)', () => {
    // The 4x run tells a linear pass from one that is not where the 540 KB figure cannot: one huge
    // paragraph's line-signature walk was under a second at 540 KB and 16.7 s at 2.2 MB. Under the
    // 3 s budget at 2.2 MB, the people finder's cost on dense names is what the budget must bound.
    let worst = { ratio: 0, name: '' };
    for (const [name, make] of Object.entries(SHAPES)) {
      const slug = name.replace(/\W+/g, '-');
      const file = join(tmp, `${slug}.article`), file4 = join(tmp, `${slug}-4x.article`);
      writeFileSync(file, make(540_000));
      writeFileSync(file4, make(4 * 540_000));
      const lifted = analyseFile(file, undefined, 30_000);
      const bounded = analyseFile(file, 3000, 30_000);
      const four = analyseFile(file4, undefined, 60_000);
      const fourBounded = analyseFile(file4, 3000, 30_000);
      const show = (r) => (r.timedOut ? 'over the cap (stopped)' : `${ms(r.ms)}${r.truncated ? ` (speakers to ${pct(r.speakersTo, r.chars)})` : ''}`);
      const ratio = four.timedOut || lifted.timedOut ? Infinity : four.ms / lifted.ms;
      if (ratio > worst.ratio) worst = { ratio, name };
      console.log(`  ${name.padEnd(20)} lifted ${show(lifted)}; 3 s budget ${show(bounded)}; 4x lifted ${show(four)} (${times(ratio)}); 4x, 3 s budget ${show(fourBounded)}`);
      target(`${name}, 540 KB, 3 s budget`, 'within 3 s + 1 s', show(bounded), !bounded.timedOut && bounded.ms < 4000);
      target(`${name}, 2.2 MB, 3 s budget`, 'within 3 s + 1 s', show(fourBounded), !fourBounded.timedOut && fourBounded.ms < 4000);
    }
    target('hostile shapes, 4x the text, budget lifted (worst)', '≤ 6× the time', `${times(worst.ratio)} (${worst.name})`, worst.ratio <= 6);
  }],
  ['editor providers on the 1 MB article', () => providers()],
  ['MP knowledge base: load and build its indexes', () => {
    const kbTime = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(here, 'bench/knowledgeBase.mjs')], { encoding: 'utf8' }).trim());
    console.log(`  ${kbTime.people} people, ${(kbTime.bytes / 1024).toFixed(0)} KB: ${kbTime.warmMs.toFixed(1)} ms warm (median CPU; best ${kbTime.bestMs.toFixed(1)}, first ${kbTime.coldMs.toFixed(0)}, of which JSON parse ${kbTime.parseMs.toFixed(1)})`);
    console.log(`  of which load ${kbTime.loadMs.toFixed(1)} ms, first lookups ${kbTime.firstLookupMs.toFixed(1)} ms; a fresh knowledge base adds ${kbTime.firstAnalysisKbMs.toFixed(1)} ms to a short article's analysis`);
    target('MP knowledge base, load + first lookups (warm CPU)', '≤ 30 ms', `${kbTime.warmMs.toFixed(1)} ms (timed apart: load ${kbTime.loadMs.toFixed(1)}, first lookups ${kbTime.firstLookupMs.toFixed(1)})`, kbTime.warmMs <= 30);
  }],
  ['quote scanner on 200,000 marks', () => {
    const marks = JSON.parse(execFileSync(process.execPath, [join(here, 'bench/quoteMarks.mjs')], { encoding: 'utf8' }).trim());
    console.log(`  slowest kind ${marks.worstLabel} ${marks.worstMs.toFixed(0)} ms (CPU ${marks.worstCpuMs.toFixed(0)} ms), every kind on one line ${marks.mixedMs.toFixed(0)} ms (CPU ${marks.mixedCpuMs.toFixed(0)} ms)`);
    target('quote scanner, 200,000 marks', '< 200 ms', `${Math.max(marks.worstMs, marks.mixedMs).toFixed(0)} ms`, Math.max(marks.worstMs, marks.mixedMs) < 200);
  }],
];

const only = process.env.BENCH_ONLY; // a part of a measure's label: run only the matching measures
for (const [label, run] of MEASURES) {
  if (only && !label.includes(only)) continue;
  console.log(`\n${label}`);
  run();
}

console.log('\ntargets (issue 16), this run:');
console.log(`${'what'.padEnd(52)} | ${'target'.padEnd(18)} | measured`);
for (const t of targets) console.log(`${t.what.padEnd(52)} | ${t.goal.padEnd(18)} | ${t.measured}${t.met ? '' : '   ← MISSED'}`);
console.log(`${targets.filter((t) => t.met).length} of ${targets.length} met (load on the machine changes these figures; uptime: ${readLoad()})`);

function analyseFile(file, budgetMs, timeoutMs) {
  const args = [join(here, 'bench/analyse-file.mjs'), file, ...(budgetMs ? [String(budgetMs)] : [])];
  const r = runNode(args, { timeoutMs });
  return r.timedOut ? { timedOut: true } : { ...JSON.parse(r.stdout.trim()), cpuMs: r.cpuMs, maxRssMB: r.maxRssMB };
}

function inProcess() {
  const sets = [];
  if (existsSync(corpus)) sets.push({ label: 'dev corpus', files: readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f)) });
  else console.log(`  (no corpus at ${corpus}: skipping the dev-corpus row)`);
  sets.push({ label: 'generated 1 MB', files: [big] });
  const rows = [];
  for (const set of sets) {
    for (const which of ['ours', 'compromise']) {
      const out = execFileSync(process.execPath, [join(here, 'bench/run-one.mjs'), which, ...set.files], { encoding: 'utf8', maxBuffer: 1 << 26 });
      rows.push({ set: set.label, ...JSON.parse(out.trim().split('\n').pop()) });
    }
  }
  console.log(`  method (both engines alike): ${rows[0].method}`);
  console.log('  ms per pass over the set, wall (CPU); warm = median of the measured passes after the warm-up');
  console.log('  set              | engine                       |   words | load ms |      first ms |       warm ms | warm-up | speed-up first / warm, wall (CPU) | max RSS MB');
  for (const r of rows) {
    const theirs = rows.find((x) => x.set === r.set && x.which === 'compromise');
    const engine = r.which === 'ours' ? 'press-gallery analyze()' : 'compromise nlp+people+quotes';
    const warm = r.wordsPerSecond / theirs.wordsPerSecond, first = r.firstWordsPerSecond / theirs.firstWordsPerSecond;
    const warmCpu = theirs.warmCpuMs / r.warmCpuMs, firstCpu = theirs.firstCpuMs / r.firstCpuMs;
    const speedup = r.which === 'ours' ? `${times(first)} (${times(firstCpu)}) / ${times(warm)} (${times(warmCpu)})` : '';
    const pair = (wall, cpu) => `${wall.toFixed(0)} (${cpu.toFixed(0)})`;
    console.log('  ' + [
      r.set.padEnd(16), engine.padEnd(28), String(r.words).padStart(7), r.loadMs.toFixed(0).padStart(7),
      pair(r.firstMs, r.firstCpuMs).padStart(13), pair(r.warmMs, r.warmCpuMs).padStart(13),
      `${r.warmupPasses}${r.settled ? '' : '*'}`.padStart(7), speedup.padStart(33), r.maxRssMB.toFixed(0).padStart(10),
    ].join(' | '));
    if (r.which === 'ours') {
      target(`in process, warm, steady state (${r.set})`, '≥ 20× compromise', `${times(warm)} wall, CPU ${times(warmCpu)}`, warm >= 20);
      const mainCpu = theirs.firstMainCpuMs / r.firstMainCpuMs;
      const onMain = Number.isFinite(mainCpu) ? ` (main thread ${times(mainCpu)})` : '';
      target(`in process, first pass after load (${r.set})`, '≥ 15× compromise', `${times(first)} wall, CPU ${times(firstCpu)}${onMain}`, first >= 15);
    }
  }
  if (rows.some((r) => !r.settled)) console.log('  * still getting faster when the warm-up cap was reached: the warm figure is of the passes after the cap');
  // The first pass's CPU time split by thread (Linux): the main thread's is what the caller waits for;
  // the rest is V8's optimising compiler and collector threads working beside it.
  const split = (r) => `main thread ${r.firstMainCpuMs.toFixed(0)} + other threads ${(r.firstCpuMs - r.firstMainCpuMs).toFixed(0)} ms`;
  for (const set of new Set(rows.map((r) => r.set))) {
    const ours = rows.find((x) => x.set === set && x.which === 'ours'), theirs = rows.find((x) => x.set === set && x.which === 'compromise');
    if (!Number.isFinite(ours.firstMainCpuMs) || !Number.isFinite(theirs.firstMainCpuMs)) continue;
    console.log(`  first pass CPU by thread, ${set}: ours ${split(ours)}; compromise ${split(theirs)}; main thread ${times(theirs.firstMainCpuMs / ours.firstMainCpuMs)}`);
  }
  // Part of the main thread's first pass: compiling the regular expressions it runs (none in later passes).
  for (const set of sets) {
    const cost = (which) => {
      const list = join(tmp, `patterns-${which}.json`);
      writeFileSync(list, execFileSync(process.execPath, [join(here, 'bench/regexCost.mjs'), 'collect', which, ...set.files], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      const runs = [0, 1, 2, 3, 4].map(() => JSON.parse(execFileSync(process.execPath, [join(here, 'bench/regexCost.mjs'), 'time', list], { encoding: 'utf8' })));
      return { patterns: runs[0].length, ms: runs[0].reduce((sum, _, i) => sum + Math.min(...runs.map((r) => r[i])), 0) };
    };
    const ours = cost('ours'), theirs = cost('compromise');
    console.log(`  regular expressions the first pass compiles, ${set.label}: ours ${ours.patterns} (${ours.ms.toFixed(1)} ms), compromise ${theirs.patterns} (${theirs.ms.toFixed(1)} ms) — each compiled and run twice in a fresh process, least of 5`);
  }
}

function providers() {
  const p = JSON.parse(execFileSync(process.execPath, [join(here, 'bench/providers.mjs'), big], { encoding: 'utf8' }).trim());
  console.log(`  ${p.quotes} quotes, ${p.people} people; worst of many calls after the first analysis (${ms(p.firstMs)}):`);
  console.log(`  hover ${p.hoverMs.toFixed(2)} ms; outline ${p.symbolsMs.toFixed(2)} ms; decorations ${p.decorationsMs.toFixed(2)} ms; re-analysis after a one-character edit ${ms(p.reanalysisMs)}`);
  for (const k of ['hoverMs', 'symbolsMs', 'decorationsMs']) target(`provider: ${k.replace('Ms', '')} (1 MB)`, '< 50 ms', `${p[k].toFixed(1)} ms`, p[k] < 50);
}

function pct(part, whole) {
  return part === null ? 'part' : `${Math.round((100 * part) / whole)}%`;
}

function readLoad() {
  try { return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '); } catch { return 'n/a'; }
}

function mpNames(data) {
  const people = data.people ?? [];
  return people.map((p) => (Array.isArray(p) ? p[1] : p.name)).filter((n) => typeof n === 'string' && n.includes(' '));
}
