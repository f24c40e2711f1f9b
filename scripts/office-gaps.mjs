// Office gaps: for each office the extractor resolves from a role noun ("the Home Secretary", "the
// Shadow Chancellor", "the Speaker", "the Labour leader"), walks every day from the membership data's
// start to the offices' coverage date and lists the runs of days on which the knowledge base built
// from the current source (curated offices included) finds no holder, or two or more.
// - An office that did not exist, stood vacant or was held from the Lords (the data holds MPs only)
//   is no gap: EXPECTED periods below, with the reason, are counted apart (listed with --all).
// - Two holders for at most HANDOVER_DAYS days is a reshuffle (the sources date one holder's end and
//   the next one's start a few days apart): counted, not listed. An office with several holders by
//   nature ("the Deputy Speaker": three at once) lists no "two" runs.
// - Days the office's records do not reach (the knowledge base answers "unknown") are counted apart:
//   nothing to fill there from these sources.
// A gap is filled only by a curated office record (data/uk-mps/curated.json `offices`, applied by
// scripts/compact-mps.mjs; run it, then this) naming its public source.
// Usage: node scripts/office-gaps.mjs [--all] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--office PHRASE]
// Exit code 1 when a run is found that no expected period explains.
import { loadFromSource } from './source-modules.mjs';
import { dayAfter, dayBefore } from './isoDays.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const showAll = args.includes('--all');
const HANDOVER_DAYS = 7;
/** Days a government changed: the outgoing ministers' records end and the incoming ones' begin around them. */
const GOVERNMENT_CHANGES = ['1979-05-04', '1997-05-02', '2010-05-11', '2010-05-12', '2024-07-05'];

/**
 * The role phrases walked (as news text writes them), each with the periods in which no holder among
 * MPs is right: [from, to, why], inclusive. Dates from the Institute for Government Ministers Database
 * (the source of the government offices) and the offices' public histories.
 */
const OFFICES = [
  ['prime minister', []],
  ['deputy prime minister', [
    ['1979-05-04', '1989-07-23', 'no Deputy Prime Minister appointed under Thatcher until Howe (Whitelaw was one in all but name, from the Lords after 1983)'],
    ['1990-11-02', '1995-07-04', 'vacant from Howe\'s resignation until Heseltine'],
    ['2007-06-28', '2010-05-10', 'none under Brown'],
    ['2015-05-09', '2021-09-14', 'none from the end of the coalition until Raab (Green 2017 and Raab 2019 were First Secretary of State, not Deputy Prime Minister)'],
  ]],
  ['chancellor', []],
  ['chief secretary to the treasury', []],
  ['home secretary', []],
  ['foreign secretary', [['1979-05-05', '1982-04-05', 'Lord Carrington, a peer']]],
  ['defence secretary', []],
  ['health secretary', [['1979-05-04', '1988-07-24', 'Health and Social Security was one department until 1988-07-25']]],
  ['justice secretary', [['1979-05-04', '2007-06-27', 'no Ministry of Justice before 2007-05-09; its first secretary of state, Lord Falconer, a peer']]],
  ['education secretary', []],
  ['work and pensions secretary', [['1979-05-04', '2001-06-07', 'the department was created in June 2001']]],
  ['business secretary', [
    ['1979-05-04', '2007-06-27', 'trade and industry until 2007'],
    ['2008-10-03', '2008-10-12', 'Peter Mandelson, no longer an MP (a peer from 13 October 2008)'],
  ]],
  ['culture secretary', [['1979-05-04', '1992-04-10', 'National Heritage from 1992']]],
  ['environment secretary', []],
  ['transport secretary', [
    ['1979-05-05', '1981-01-04', 'a Minister of Transport outside the cabinet'],
    ['1997-05-05', '2001-06-07', 'transport was part of the Department of the Environment, Transport and the Regions (John Prescott)'],
    ['2009-06-11', '2010-05-11', 'Lord Adonis, a peer'],
  ]],
  ['scottish secretary', []],
  ['welsh secretary', []],
  ['northern ireland secretary', []],
  ['international development secretary', [
    ['1979-05-04', '1997-05-02', 'Overseas Development was a ministry of state in the Foreign Office'],
    ['2003-05-13', '2003-10-05', 'Baroness Amos, a peer'],
    ['2020-09-02', '2026-06-12', 'merged into the Foreign, Commonwealth and Development Office on 2020-09-02'],
  ]],
  ['energy secretary', [
    ['1992-04-10', '2008-10-02', 'no energy department 1992-2008'],
    ['2016-07-14', '2023-02-06', 'Business, Energy and Industrial Strategy 2016-2023'],
  ]],
  ['brexit secretary', [
    ['1979-05-04', '2016-07-13', 'the department was created on 2016-07-14'],
    ['2020-02-01', '2026-06-12', 'the department closed on 2020-01-31'],
  ]],
  ['attorney general', [
    ['1999-07-29', '2010-05-11', 'peers: Lord Williams of Mostyn, Lord Goldsmith, Baroness Scotland'],
    ['2024-07-06', '2026-06-12', 'Lord Hermer, a peer'],
  ]],
  ['solicitor general', [['1997-05-03', '1998-07-27', 'Lord Falconer, a peer']]],
  ['leader of the house', [['2003-03-18', '2003-04-03', 'vacant from Robin Cook\'s resignation until John Reid']]],
  ['chief whip', []],
  ['speaker', []],
  ['deputy speaker', [], { many: true }],
  ['leader of the opposition', []],
  ['shadow chancellor', []],
  ['shadow home secretary', []],
  ['shadow foreign secretary', []],
  ['opposition chief whip', []],
  ['labour leader', []],
  ['conservative leader', []],
  ['lib dem leader', [['1979-05-04', '1988-07-15', 'the party was founded on 1988-03-03, with joint interim leaders until Ashdown']]],
  ['snp leader', []],
  ['plaid leader', []],
  ['dup leader', []],
  ['deputy labour leader', []],
];

const { KnowledgeBase, officeQuery } = await loadFromSource(
  `export { KnowledgeBase } from './src/extractor/kb/knowledgeBase'; export { officeQuery } from './src/extractor/kb/offices';`);
const kb = KnowledgeBase.bundled();
const from = opt('--from') ?? dayAfter(kb.rolesCoverage.from);
const to = opt('--to') ?? kb.rolesCoverage.to;
const only = opt('--office');

let unexpected = 0;
for (const [phrase, expected, { many = false } = {}] of OFFICES) {
  if (only && phrase !== only) continue;
  const runs = walk(phrase, from, to);
  const handover = (r) => r.kind === 'two' && (many || days(r.from, r.to) <= HANDOVER_DAYS);
  const count = (test) => runs.filter(test).reduce((n, r) => n + days(r.from, r.to), 0);
  const lines = [];
  let gaps = 0;
  for (const r of runs) {
    if (handover(r) || r.kind === 'unknown') continue;
    const why = r.kind === 'none' ? explained(expected, r) : null;
    if (!why) gaps++;
    if (why && !showAll) continue;
    lines.push(`  ${why ? 'expected' : 'GAP     '} ${r.kind.padEnd(4)} ${r.from} .. ${r.to} (${days(r.from, r.to)} d)${r.who ? `: ${r.who}` : ''}${why ? ` — ${why}` : ''}`);
  }
  unexpected += gaps;
  const unknown = count((r) => r.kind === 'unknown');
  console.log(`${phrase}: ${gaps} gap(s); ${count(handover)} handover day(s)${many ? ' (several holders by nature)' : ''}${unknown ? `; records do not reach ${unknown} day(s)` : ''}`);
  for (const l of lines) console.log(l);
}
console.log(`\n${unexpected} unexplained run(s) from ${from} to ${to}`);
if (unexpected) process.exitCode = 1;

/** Runs of consecutive days with no holder ('none'), two or more ('two'), or records that do not reach the day ('unknown'). */
function walk(phrase, start, end) {
  const runs = [];
  for (let d = start; d <= end; d = dayAfter(d)) {
    const holders = kb.resolveRole(phrase, d);
    const kind = holders.length === 1 ? null : holders.length ? 'two' : known(phrase, d) ? 'none' : 'unknown';
    const who = holders.length > 1 ? holders.map((p) => p.name).join(' + ') : '';
    const last = runs[runs.length - 1];
    if (kind && last && last.kind === kind && last.who === who && last.to === dayBefore(d)) last.to = d;
    else if (kind) runs.push({ kind, from: d, to: d, who });
  }
  return runs;
}

/** Do the office's records reach the day (the knowledge base's own test: an unknown is no gap to fill)? */
function known(phrase, date) {
  const q = officeQuery(phrase);
  const index = kb.officeIndex; // private in TypeScript, a plain property in the bundle
  return index.complete(index.namesMatching(`role:${q.key}`, q.matches), date);
}

function explained(expected, run) {
  if (run.from === run.to && GOVERNMENT_CHANGES.includes(run.from)) return 'a change of government';
  const e = expected.find(([a, b]) => a <= run.from && run.to <= b);
  return e ? e[2] : null;
}

function days(a, b) {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) + 1;
}
