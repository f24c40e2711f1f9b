// Error analysis for attribution on the UK gold sets: every quote whose named speaker is wrong,
// spurious (a speaker where gold has none) or missed (none where gold names one), with the sieve that
// decided it, its method and cue, and the words before the quote; then the speakers each article
// misses or adds. Usage: npm run build && node scripts/attribution-errors.mjs [CORPUS…] [--kind wrong|spurious|missed]
// For reading errors by kind of construction only: never copy corpus text into the project.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpusRoot, root } from './corpora.mjs';

const require = createRequire(import.meta.url);
const { analyze, traceSieves } = require(join(root, 'dist/extractor.js'));

const args = process.argv.slice(2);
const kindArg = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : null;
const corpora = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--kind');
const dirs = corpora.length ? corpora : ['dev', 'dev-bbc', 'dev-uk'];

const norm = (s) => (s ?? '').normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim()
  .replace(/^[\s.,;:!?'"-]+|[\s.,;:!?'"-]+$/g, '').toLowerCase();
const key = (s) => norm(s).replace(/^(?:the rt hon|rt hon|mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|prof|professor)\.?\s+/, '').replace(/[^a-z' -]/g, '').trim();
function agree(p, g) {
  const a = key(p).split(' '), b = key(g).split(' ');
  if (!a[0] || !b[0]) return false;
  if (a.join(' ') === b.join(' ')) return true;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  return a.slice(0, -1).every((w) => b.slice(0, -1).some((x) => x === w || (w.length === 1 && x.startsWith(w))));
}
function pair(gold, pred) {
  const taken = new Set(), pairs = new Map(), pt = pred.map((q) => norm(q.text));
  gold.forEach((g, gi) => {
    const gt = norm(g.text);
    let exact = -1, partial = -1;
    for (let pi = 0; pi < pred.length && exact < 0; pi++) {
      if (taken.has(pi)) continue;
      if (pt[pi] === gt) exact = pi;
      else if (partial < 0) {
        const [s, b] = pt[pi].length < gt.length ? [pt[pi], gt] : [gt, pt[pi]];
        if (s && b.includes(s) && s.length / b.length >= 0.8) partial = pi;
      }
    }
    const c = exact >= 0 ? exact : partial;
    if (c >= 0) { taken.add(c); pairs.set(gi, c); }
  });
  return pairs;
}

const bySieve = new Map();
const flat = (s) => s.replace(/\s+/g, ' ');
for (const dir of dirs) {
  const path = join(corpusRoot, dir);
  for (const f of readdirSync(path).filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = f.slice(0, -10);
    const gold = JSON.parse(readFileSync(join(path, f), 'utf8'));
    const text = readFileSync(join(path, `${name}.txt`), 'utf8');
    const sieves = new Map();
    traceSieves((q, s) => sieves.set(q, s));
    const a = analyze(text);
    traceSieves(null);
    const pairs = pair(gold.quotes, a.quotes);
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
