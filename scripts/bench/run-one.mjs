// One measurement in a fresh process, so that peak memory belongs to this run alone.
// Usage: node run-one.mjs ours|compromise FILE... ; prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [which, ...files] = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const baseRss = process.memoryUsage().rss;

let run;
let coldMs = 0;
if (which === 'ours') {
  const { analyze } = require('../../dist/extractor.js');
  const t0 = performance.now();
  analyze(' date 2019-02-21 warm-up\n\nJeremy Corbyn said “yes”.'); // loads the MP index once
  coldMs = performance.now() - t0;
  run = (t) => analyze(t);
} else {
  const nlp = require('compromise');
  run = (t) => {
    const doc = nlp(t);
    doc.people().json();
    doc.quotations().json();
  };
}
// The first pass includes the JIT's warm-up (what a user meets on the first article); the best of
// the warm passes is the steady state. Both engines get the same treatment.
const passes = Number(process.env.BENCH_PASSES ?? 3);
let extra = {};
// CPU time of the process (every thread: the collector's and the compiler's too) beside wall time:
// on a loaded machine wall time swings with the other work, CPU time much less.
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let passCpuMs = 0;
const timePass = () => {
  const t = performance.now(), c = cpuNow();
  extra = {};
  for (const text of texts) {
    const r = run(text);
    if (r && r.quotes) extra = { quotes: (extra.quotes ?? 0) + r.quotes.length, people: (extra.people ?? 0) + r.people.length };
  }
  passCpuMs = cpuNow() - c;
  return performance.now() - t;
};
const firstMs = timePass();
const firstCpuMs = passCpuMs;
let warmMs = Infinity, warmCpuMs = Infinity;
for (let i = 0; i < passes; i++) { warmMs = Math.min(warmMs, timePass()); warmCpuMs = Math.min(warmCpuMs, passCpuMs); }
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({
  which, files: files.length, words, firstMs, warmMs, coldMs, firstCpuMs, warmCpuMs,
  firstWordsPerSecond: words / (firstMs / 1000), wordsPerSecond: words / (warmMs / 1000),
  maxRssMB, baseRssMB: baseRss / 2 ** 20, ...extra,
}));
