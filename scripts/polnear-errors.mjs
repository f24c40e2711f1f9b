// Attribution errors per quote on a PolNeAR split (scripts/attribution-errors.mjs does the UK sets), by category and by the sieve that decided: for error
// analysis on `train/` (never read `dev/` or `test/` article by article with it).
// Usage: node scripts/polnear-errors.mjs [SPLIT_DIR] [--list CATEGORY[,CATEGORY]] [--sieve NAME] [--limit N]
//   SPLIT_DIR  default ../shared/corpus/polnear/train
//   categories: wrong (named person source, another surname), missed (named person source, no speaker),
//   uncovered (pronoun or noun-phrase source, no speaker), orgwrong (organisation source, wrong speaker)
// The extractor is bundled from src/ with a hook on each sieve, so the project need not be built first.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLexicon } from './build-lexicon.mjs';
import { corpusRoot, root } from './corpora.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(corpusRoot, 'polnear', 'train');
const list = new Set((option('list') ?? '').split(',').filter(Boolean));
const onlySieve = option('sieve');
const limit = Number(option('limit') ?? 1e9);

buildLexicon();
const tmp = mkdtempSync(join(tmpdir(), 'pg-attr-errors-'));
const out = join(tmp, 'extractor.cjs');
await esbuild.build({
  stdin: {
    contents: `export { analyze } from './src/extractor/analyze'; export { SIEVES } from './src/extractor/attribution';`,
    resolveDir: root, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
});
const { analyze, SIEVES } = createRequire(import.meta.url)(out);
rmSync(tmp, { recursive: true, force: true });

// Each sieve's verdicts, keyed by quote index: the last sieve to answer for a quote decided it.
let decided = new Map();
for (const sieve of SIEVES) {
  const apply = sieve.apply.bind(sieve);
  sieve.apply = (state, q) => { const a = apply(state, q); if (a) decided.set(q, sieve.name); return a; };
}

// The referee's surname rule (../shared/corpus/polnear/score.mjs), so categories agree with its figures.
const TITLE = /^(mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|president|vice|secretary|speaker|gen|rev|the|former|sir|dame|lord|lady|prof|professor|judge|mayor)\.?$/;
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/;
const words = (s) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/['\u2019]s\b/g, '').replace(/[^a-z0-9' -]+/g, ' ').split(/\s+/).filter(Boolean);
const surname = (s) => {
  const w = words(s).filter((x) => !TITLE.test(x));
  while (w.length > 1 && SUFFIX.test(w[w.length - 1])) w.pop();
  return w.length ? w[w.length - 1].replace(/'/g, '') : null;
};

const counts = {}; // category -> sieve -> n
const lines = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
  const id = f.slice(0, -'.gold.json'.length);
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
  decided = new Map();
  const analysis = analyze(text);
  for (const g of gold.quotes ?? []) {
    const p = analysis.quotes.find((x) => x.start < g.end && g.start < x.end);
    const src = g.source;
    const type = src?.type ?? 'none';
    const name = p?.speaker?.name ?? null;
    const names = [g.speaker, src?.name, ...(src?.names ?? [])].filter(Boolean);
    let category;
    if (type === 'person' || type === 'organisation') {
      if (!name) category = type === 'person' ? 'missed' : 'orgmissed';
      else category = names.some((n) => surname(n) === surname(name)) ? 'right' : type === 'person' ? 'wrong' : 'orgwrong';
    } else category = name ? 'covered' : 'uncovered';
    const sieve = p ? decided.get(p.index) ?? (p.kind === 'term' ? 'term' : 'none') : 'unmatched';
    ((counts[category] ??= {})[sieve] ??= 0);
    counts[category][sieve]++;
    if (list.has(category) && (!onlySieve || sieve === onlySieve) && lines.length < limit) {
      const pStart = text.lastIndexOf('\n', g.start - 2) + 1;
      const prevStart = text.lastIndexOf('\n', pStart - 3) + 1;
      const context = text.slice(prevStart, Math.min(text.length, g.end + 160)).replace(/\n+/g, ' ¶ ');
      lines.push(`${id} [${category} by ${sieve}] gold=${src?.text ?? '-'} (${type}${names.length ? `: ${names.join('|')}` : ''}) pred=${name ?? '-'} cue=${p?.cue?.text ?? '-'} method=${p?.method ?? '-'}\n  ${context}\n`);
    }
  }
}
for (const [category, bySieve] of Object.entries(counts).sort()) {
  const total = Object.values(bySieve).reduce((a, b) => a + b, 0);
  console.log(`${category.padEnd(10)} ${String(total).padStart(5)}  ${Object.entries(bySieve).sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(' · ')}`);
}
if (lines.length) console.log(`\n${lines.join('\n')}`);
