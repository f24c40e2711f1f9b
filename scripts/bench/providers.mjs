// What the editor's providers compute on a large article, after its first analysis: the hover card
// at an offset, the outline's speaker groups, the decoration spans; and a re-analysis after a
// one-character edit. Prints the worst time of many calls for each.
// Usage: node providers.mjs FILE
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyze } = require('../../dist/extractor.js');
const p = require('../../dist/presentation.js');
const text = readFileSync(process.argv[2], 'utf8');

const t0 = performance.now();
const a = analyze(text, { timeBudgetMs: 60_000 });
const firstMs = performance.now() - t0;

function worst(n, f) {
  let max = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f(i);
    max = Math.max(max, performance.now() - t);
  }
  return max;
}

const offsets = Array.from({ length: 500 }, (_, i) => Math.floor((i * 7919 * 104729) % text.length));
const hoverMs = worst(offsets.length, (i) => {
  const o = offsets[i];
  const hit = p.personAt(a, o);
  if (hit) p.personCard(a, hit.person, {});
  else { const q = p.quoteAt(a, o); if (q) p.quoteCard(a, q, {}); }
});
// The outline's first build for this analysis (later calls reuse it): speaker groups and quote labels.
const symbolsMs = worst(1, () => p.groupBySpeaker(a).map((g) => g.quotes.map((q) => p.quoteLabel(q.text))));
const decorationsMs = worst(5, () => {
  const spans = [];
  for (const person of a.people) for (const m of person.mentions) spans.push(m.start, m.end);
  for (const o of a.organisations) for (const m of o.mentions) spans.push(m.start, m.end);
  return spans.length;
});
const mid = Math.floor(text.length / 2);
const edited = `${text.slice(0, mid)}x${text.slice(mid)}`;
const t1 = performance.now();
analyze(edited, { timeBudgetMs: 60_000 });
const reanalysisMs = performance.now() - t1;
console.log(JSON.stringify({ bytes: text.length, firstMs, hoverMs, symbolsMs, decorationsMs, reanalysisMs, quotes: a.quotes.length, people: a.people.length }));
