// One engine on one set of texts, in a fresh process (so that peak memory and the first pass belong to
// this run alone). Usage: node run-one.mjs ours|compromise FILE... ; prints one JSON line.
//
// The method, the same for both engines (METHOD below is what the bench prints):
//   - load: require() of the engine, timed apart and not part of either figure;
//   - first pass: the first pass over the texts, starting with the first call after load; nothing
//     runs before it (our MP data is built inside it, as in the editor and the CLI);
//   - warm: the steady state. Passes run until the per-pass time stops falling (steps of passes no
//     longer getting faster, for at least a few seconds and within a cap), then the median pass of a
//     measured run of passes.
// Each pass is timed in wall and in CPU time (every thread of the process: the collector's and the
// compiler's too); on a loaded machine wall time swings with the other work, CPU time much less, so
// the steady state is judged on CPU time. The first pass is also timed on the main thread's own CPU
// clock (Linux), to tell the caller's wait from the compiler threads' work beside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [which, ...files] = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const quick = process.env.BENCH_QUICK === '1';

/**
 * The warm-up rule and the measured passes, as printed. A warm-up step is a block of passes lasting
 * about BLOCK_MS (one pass of a slow engine, many of a fast one), judged by its median pass; the
 * measure is the median pass of at least MEASURE.passes passes and MEASURE.ms of work.
 */
const BLOCK_MS = 200;
/**
 * minMs: on a loaded machine V8's optimising compiler, on its background thread, may not have run for
 * a few steps, so passes can stop getting faster for three steps long before they are warm (the dev
 * corpus once "settled" after 32 passes at 15 ms, against 9 ms after 300): the warm-up lasts at least this.
 */
const SETTLE = { better: 0.03, patience: 3, minMs: quick ? 2_000 : 5_000, maxMs: quick ? 20_000 : 60_000 };
const MEASURE = { passes: 3, ms: quick ? 1000 : 3000 };
const METHOD = 'first pass: the first pass over the texts, begun by the first call after require() (nothing runs before it); '
  + `warm: warm-up in steps of passes lasting ${BLOCK_MS} ms or more, until a step's median pass is no longer ${SETTLE.better * 100}% faster (CPU) `
  + `than the best step for ${SETTLE.patience} steps running (at least ${SETTLE.minMs / 1000} s, at most ${SETTLE.maxMs / 1000} s), then the median pass of at least `
  + `${MEASURE.passes} passes and ${MEASURE.ms / 1000} s; the same for both engines`;

const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
/**
 * CPU time of this (the main) thread alone, in ms, where Linux gives it (/proc/thread-self/schedstat:
 * nanoseconds on the CPU, brought up to date at the scheduler's tick, so within a few ms), else NaN.
 * The whole-process CPU time above also counts V8's compiler and collector threads: on a first pass
 * the optimising compiler works beside the main thread on code that may arrive after the pass, so the
 * two figures together tell what the caller waited for from what the compilers spent beside it.
 */
const mainThreadCpuNow = () => {
  try { return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6; } catch { return NaN; }
};
const baseRss = process.memoryUsage().rss;

const loadStarted = performance.now(), loadCpuStarted = cpuNow();
let run;
if (which === 'ours') {
  const { analyze } = require('../../dist/extractor.js');
  run = (t) => analyze(t);
} else {
  const nlp = require('compromise');
  run = (t) => {
    const doc = nlp(t);
    doc.people().json();
    doc.quotations().json();
  };
}
const loadMs = performance.now() - loadStarted, loadCpuMs = cpuNow() - loadCpuStarted;

let extra = {};
/** One pass over every text: { ms, cpuMs }. */
const timePass = () => {
  const t = performance.now(), c = cpuNow(), main = mainThreadCpuNow();
  extra = {};
  for (const text of texts) {
    const r = run(text);
    if (r && r.quotes) extra = { quotes: (extra.quotes ?? 0) + r.quotes.length, people: (extra.people ?? 0) + r.people.length };
  }
  return { ms: performance.now() - t, cpuMs: cpuNow() - c, mainCpuMs: mainThreadCpuNow() - main };
};

const first = timePass();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

// Warm-up: until the per-pass CPU time stops falling.
const warmupStarted = performance.now();
let best = Infinity, sinceBetter = 0, warmupPasses = 0, lastCpuMs = first.cpuMs;
for (let spent = 0; (sinceBetter < SETTLE.patience || spent < SETTLE.minMs) && spent < SETTLE.maxMs; spent = performance.now() - warmupStarted) {
  const step = Array.from({ length: Math.max(1, Math.ceil(BLOCK_MS / Math.max(lastCpuMs, 0.1))) }, timePass);
  warmupPasses += step.length;
  lastCpuMs = median(step.map((p) => p.cpuMs));
  if (lastCpuMs < best * (1 - SETTLE.better)) sinceBetter = 0;
  else sinceBetter++;
  best = Math.min(best, lastCpuMs);
}
const settled = sinceBetter >= SETTLE.patience;

const measured = [];
for (let spent = 0; measured.length < MEASURE.passes || spent < MEASURE.ms;) {
  const p = timePass();
  measured.push(p);
  spent += p.ms;
}
const warmMs = median(measured.map((p) => p.ms)), warmCpuMs = median(measured.map((p) => p.cpuMs));
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({
  which, files: files.length, words, method: METHOD, loadMs, loadCpuMs,
  firstMs: first.ms, firstCpuMs: first.cpuMs, firstMainCpuMs: first.mainCpuMs, warmMs, warmCpuMs, warmupPasses, settled, measuredPasses: measured.length,
  warmSpreadCpuMs: [Math.min(...measured.map((p) => p.cpuMs)), Math.max(...measured.map((p) => p.cpuMs))],
  firstWordsPerSecond: words / (first.ms / 1000), wordsPerSecond: words / (warmMs / 1000),
  maxRssMB, baseRssMB: baseRss / 2 ** 20, ...extra,
}));
