// Time to load the bundled MP data and build the knowledge base's indexes (names, seats, offices),
// in a fresh process: the first build (cold, JIT included) and the median of warm rebuilds. The data
// is read as the Node bundles read it: dist/mps.compact.json and the packed people of dist/mps.people.txt.
// Target: ≤ 30 ms warm. Usage: node --expose-gc knowledgeBase.mjs ; prints one JSON line:
//   warmMs / bestMs / coldMs  parse + build + the first lookup of each kind (median / best / first):
//                             what a process pays before its first answer, the figure the target gates
//   loadMs                    parse + build alone (the name index; seats and offices wait for first use)
//   firstLookupMs             the first lookups of each kind on a fresh build (a name, a surname, the
//                             scanner's table, a place, an MP's card with offices, a seat, an office)
//   firstAnalysisKbMs         what a fresh knowledge base adds to the analysis of a short article
//                             (analysed with a fresh build, minus with a used one)
//   parseMs                   JSON.parse of the compact file and the packed people's line index (best of 5)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { KnowledgeBase, PackedRows, analyze } = require(join(root, 'dist/extractor.js'));
const file = readFileSync(join(root, 'dist/mps.compact.json'), 'latin1');
const people = readFileSync(join(root, 'dist/mps.people.txt'), 'latin1');

/** A short article written for this bench: MPs by full name, surname, title and seat, a role noun. */
const ARTICLE = [
  ' date 2019-02-21 Members leave over the party line',
  '',
  '“We could not stay,” said Chuka Umunna, the MP for Streatham. Mr Umunna added that others would follow.',
  'Heidi Allen told reporters: “It was the hardest decision.” The prime minister said she was disappointed.',
  'The Bassetlaw MP, John Mann, said: “They will regret it.” Anna Soubry agreed with Ms Allen.',
].join('\n');

const parse = () => ({ ...JSON.parse(file), people: new PackedRows(people) });
const load = () => KnowledgeBase.fromData(parse());

/** The first lookup of each kind: every lazily built part of the knowledge base is touched once. */
function firstLookups(kb) {
  kb.byWrittenName('Rob Halfon');
  kb.bySurname('umunna');
  kb.namesStartingWith('heidi');
  kb.isPlace(['bethnal', 'green']);
  const [umunna] = kb.byFullName('Chuka Umunna');
  kb.mpInfo(umunna, '2019-02-21');
  kb.resolveRole('the Bassetlaw MP', '2019-02-21');
  kb.resolveRole('the home secretary', '2023-03-01');
}

// A rebuild's garbage is the previous knowledge base: collect it first (run with --expose-gc), so
// each build is timed as the one build a process makes.
// CPU time, not wall time: on a shared machine another process's work is not ours.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = (f) => { globalThis.gc?.(); const t = cpu(); f(); return cpu() - t; };
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const runs = Number(process.env.BENCH_KB_RUNS ?? 15);

const build = () => firstLookups(load());
const coldMs = time(build);
// The warm builds first, alone, as the bench has always timed them; then load and lookups apart.
const warm = Array.from({ length: runs }, () => time(build));
const loads = [], lookups = [];
for (let i = 0; i < runs; i++) {
  let kb;
  loads.push(time(() => { kb = load(); }));
  const t = cpu();
  firstLookups(kb);
  lookups.push(cpu() - t);
}
const used = load();
analyze(ARTICLE, {}, used);
const fresh = [], again = [];
for (let i = 0; i < runs; i++) {
  const kb = load();
  fresh.push(time(() => analyze(ARTICLE, {}, kb)));
  again.push(time(() => analyze(ARTICLE, {}, used)));
}
const parseMs = Math.min(...Array.from({ length: 5 }, () => time(parse)));
console.log(JSON.stringify({
  coldMs, warmMs: median(warm), bestMs: Math.min(...warm), loadMs: median(loads), firstLookupMs: median(lookups),
  firstAnalysisKbMs: Math.max(0, median(fresh) - median(again)), parseMs, bytes: file.length + people.length, people: used.size,
}));
