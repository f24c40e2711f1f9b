// Attribution errors per quote on a PolNeAR split (scripts/attribution-errors.mjs does the UK sets), by category and by the sieve that decided: for error
// analysis on `train/` (never read `dev/` or `test/` article by article with it).
// Usage: node scripts/polnear-errors.mjs [SPLIT_DIR] [--list CATEGORY[,CATEGORY]] [--sieve NAME] [--limit N]
//   SPLIT_DIR  default ../shared/corpus/polnear/train
//   categories: wrong (named person source, another surname), missed (named person source, no speaker),
//   uncovered (pronoun or noun-phrase source, no speaker), orgwrong (organisation source, wrong speaker)
// The extractor is bundled from src/ (scripts/source-modules.mjs), so the project need not be built first.
import { join } from 'node:path';
import { corpusRoot, goldArticles } from './corpora.mjs';
import { loadFromSource } from './source-modules.mjs';
import { surname } from './polnear-names.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(corpusRoot, 'polnear', 'train');
const list = new Set((option('list') ?? '').split(',').filter(Boolean));
const onlySieve = option('sieve');
const limit = Number(option('limit') ?? 1e9);

const { analyze, traceSieves } = await loadFromSource(`export { analyze, traceSieves } from './src/extractor';`);
// The sieve that decided each quote, keyed by quote index.
let decided = new Map();
traceSieves((q, sieve) => decided.set(q, sieve));

const counts = {}; // category -> sieve -> n
const lines = [];
for (const { name: id, gold, text } of goldArticles(dir)) {
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
