// The workspace index's build, as the editor runs it (src/editor/workspaceIndex.ts): read a file,
// analyse it, keep its summary and name ranges (src/corpus/articleIndex.ts), yield to the event
// loop every 25 ms; then the one-file change: rewrite an article and bring the index, the
// workspace symbols and the Sources numbers up to date. Prints one JSON line.
// Usage: node --expose-gc scripts/bench/index-corpus.mjs DIR
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { ArticleIndex, indexArticle, analyze } = createRequire(import.meta.url)(join(root, 'dist/corpus.js'));

const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.article')).map((f) => join(dir, String(f))).sort();
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const sampler = setInterval(sample, 50);

const index = new ArticleIndex();
async function indexOne(file) {
  const text = await readFile(file, 'utf8');
  index.set(indexArticle(`file://${file}`, text, analyze(text, { timeBudgetMs: 3000 })));
}

const started = performance.now();
let slice = performance.now();
for (const file of files) {
  await indexOne(file);
  if (performance.now() - slice > 25) { await new Promise((r) => setTimeout(r, 0)); slice = performance.now(); }
}
const buildMs = performance.now() - started;
sample();
globalThis.gc?.();
const retainedMB = process.memoryUsage().heapUsed / 2 ** 20;

// What the editor asks once built (Go to Symbol, an open Sources view), timed as the first answer.
let t0 = performance.now();
index.peopleMatching('a');
index.stats();
const firstAnswerMs = performance.now() - t0;

// One file changes: re-read and re-index it, then answer what the editor shows from the index.
const changed = files[Math.floor(files.length / 2)];
writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n“A late addition,” said Sarah Whitfield.\n`);
const t = performance.now();
await indexOne(changed);
const t1 = performance.now();
const symbols = index.peopleMatching('a').length;
const t2 = performance.now();
const stats = index.stats();
const changeMs = performance.now() - t;
const parts = { reindexMs: t1 - t, symbolsMs: t2 - t1, statsMs: performance.now() - t2 };
clearInterval(sampler);
console.log(JSON.stringify({ articles: index.size, buildMs, peakRssMB: peak / 2 ** 20, retainedMB, changeMs, ...parts, firstAnswerMs, symbols, quotes: stats.quotes }));
