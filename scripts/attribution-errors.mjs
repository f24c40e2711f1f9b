// Error analysis for attribution on the UK gold sets: every quote whose named speaker is wrong,
// spurious (a speaker where gold has none) or missed (none where gold names one), with the sieve that
// decided it, its method and cue, and the words before the quote; then the speakers each article
// misses or adds. Usage: node scripts/attribution-errors.mjs [CORPUS…] [--kind wrong|spurious|missed]
// For reading errors by kind of construction only: never copy corpus text into the project.
import { join } from 'node:path';
import { corpusRoot, goldArticles } from './corpora.mjs';
import { loadFromSource } from './source-modules.mjs';

const args = process.argv.slice(2);
const kindArg = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : null;
const corpora = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--kind');
const dirs = corpora.length ? corpora : ['dev', 'dev-bbc', 'dev-uk'];

// The extractor's own scorer (`press-gallery eval`) pairs the quotes and compares the names, so the
// errors listed here are the ones its figures count.
const { analyze, traceSieves, pairQuotes, namesAgree: agree } = await loadFromSource(
  `export { analyze, traceSieves } from './src/extractor'; export { pairQuotes, namesAgree } from './src/cli/score';`);

const bySieve = new Map();
const flat = (s) => s.replace(/\s+/g, ' ');
for (const dir of dirs) {
  for (const { name, gold, text } of goldArticles(join(corpusRoot, dir))) {
    const sieves = new Map();
    traceSieves((q, s) => sieves.set(q, s));
    const a = analyze(text);
    traceSieves(null);
    const pairs = pairQuotes(gold.quotes, a.quotes);
    const lines = [];
    gold.quotes.forEach((g, gi) => {
      const pi = pairs.get(gi);
      const p = pi === undefined ? null : a.quotes[pi];
      const said = p?.speaker?.name ?? null;
      const want = g.kind === 'speech' ? g.speaker : null;
      let kind = null;
      if (want && said && !agree(said, want)) kind = 'wrong';
      else if (!want && said) kind = 'spurious';
      else if (want && !said) kind = 'missed';
      if (!kind || (kindArg && kind !== kindArg)) return;
      const sieve = p ? sieves.get(pi) ?? '-' : '(quote not found)';
      bySieve.set(`${kind} ${sieve}`, (bySieve.get(`${kind} ${sieve}`) ?? 0) + 1);
      const before = p ? flat(text.slice(Math.max(0, p.open.start - 160), p.open.start)) : '';
      const after = p ? flat(text.slice(p.close ? p.close.end : p.end, (p.close ? p.close.end : p.end) + 60)) : '';
      lines.push(`  ${kind.toUpperCase()} [${sieve}/${p?.method ?? '-'}] gold=${want ?? `null(${g.kind})`} pred=${said ?? 'null'} cue=${p?.cue ? JSON.stringify(p.cue.text) : '-'}\n` +
        `    …${before}⟦${flat(g.text).slice(0, 80)}⟧${after}`);
    });
    const goldSpeakers = [...new Set(gold.quotes.filter((q) => q.kind === 'speech' && q.speaker).map((q) => q.speaker))];
    const predSpeakers = [...new Set(a.quotes.map((q) => q.speaker?.name).filter(Boolean))];
    const missing = goldSpeakers.filter((g) => !predSpeakers.some((p) => agree(p, g)));
    const extra = predSpeakers.filter((p) => !goldSpeakers.some((g) => agree(p, g)));
    if (!kindArg && (missing.length || extra.length)) lines.push(`  SPEAKERS missed: ${missing.join('; ') || '-'} | spurious: ${extra.join('; ') || '-'}`);
    if (lines.length) console.log(`${dir}/${name}\n${lines.join('\n')}`);
  }
}
console.log('\nby kind and sieve:');
for (const [k, n] of [...bySieve].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(3)} ${k}`);
