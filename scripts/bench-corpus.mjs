// npm run bench (corpus section): the scale figures of issue 15 on a generated corpus of 10,000
// articles (about 6 million words): `press-gallery stats` end to end, and the workspace index's
// build and one-file update (scripts/bench/index-corpus.mjs, the editor's code path without the
// VS Code API). PRESS_GALLERY_BENCH_ARTICLES=N changes the count.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './bench/corpusGenerator.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const count = Number(process.env.PRESS_GALLERY_BENCH_ARTICLES ?? 10_000);
const kb = JSON.parse(readFileSync(join(root, 'src/extractor/kb/data/mps.compact.json'), 'utf8'));
const names = (kb.people ?? []).map((p) => (Array.isArray(p) ? p[1] : p.name)).filter((n) => typeof n === 'string' && n.includes(' ')).slice(0, 600);

const dir = mkdtempSync(join(tmpdir(), 'press-gallery-corpus-'));
let t = performance.now();
const words = generateCorpus(dir, count, names);
console.log(`\ncorpus: ${count} generated articles, ${(words / 1e6).toFixed(2)} million words (written in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

// The CLI as a user runs it; GNU time gives its peak memory where it is installed.
const cli = [join(root, 'dist/cli.js'), 'stats', '--json', '--recursive', dir];
const gnuTime = existsSync('/usr/bin/time');
t = performance.now();
const r = gnuTime
  ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...cli], { encoding: 'utf8', maxBuffer: 1 << 28 })
  : spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 1 << 28 });
const statsS = (performance.now() - t) / 1000;
if (r.status !== 0) throw new Error(`stats failed: ${r.stderr}`);
const stats = JSON.parse(r.stdout);
const statsRss = gnuTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;

const ix = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(here, 'bench/index-corpus.mjs'), dir], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
rmSync(dir, { recursive: true, force: true });

const row = (what, value, target, ok) => console.log(`${what.padEnd(46)} ${value.padStart(12)}   target ${target.padEnd(8)} ${ok ? 'ok' : 'MISSED'}`);
console.log(`press-gallery stats: ${stats.articles} articles, ${stats.quotes} quotes, ${stats.speakers.length} speakers`);
row('stats --json --recursive (all cores), wall time', `${statsS.toFixed(1)} s`, '< 60 s', statsS < 60);
if (gnuTime) console.log(`${'  its peak memory (main thread and workers)'.padEnd(46)} ${`${statsRss.toFixed(0)} MB`.padStart(12)}`);
row('workspace index build (one thread)', `${(ix.buildMs / 1000).toFixed(1)} s`, '< 90 s', ix.buildMs < 90_000);
row('  peak memory of the process (RSS)', `${ix.peakRssMB.toFixed(0)} MB`, '< 500 MB', ix.peakRssMB < 500);
row('  what the index keeps (heap after GC)', `${ix.retainedMB.toFixed(0)} MB`, '', true);
console.log(`${'  first symbols + Sources numbers after the build'.padEnd(46)} ${`${ix.firstAnswerMs.toFixed(0)} ms`.padStart(12)}`);
row('one-file change: re-index, symbols, stats', `${ix.changeMs.toFixed(0)} ms`, '< 1000 ms', ix.changeMs < 1000);
console.log(`  (re-index ${ix.reindexMs.toFixed(0)} ms, workspace symbols ${ix.symbolsMs.toFixed(0)} ms, Sources numbers ${ix.statsMs.toFixed(0)} ms)`);
console.log(`(index: ${ix.articles} articles, ${ix.symbols} workspace symbols for "a"; the editor adds the file watcher's delay, measured in the integration suite)`);
