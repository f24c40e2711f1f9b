#!/usr/bin/env node
// Builds src/extractor/kb/data/mps.compact.json from the shared, date-aware Commons membership data
// (../shared/data/uk-mps/mps.json and roles.json) and the project's own curated corrections
// (data/uk-mps/curated.json). Run it when the shared data changes; its output is committed so that
// the project builds from its own files alone. Plain Node ESM; esbuild (a devDependency) bundles the
// knowledge base's name code for it.
//
// Usage: node scripts/compact-mps.mjs [SHARED_UK_MPS_DIR] [--check]
//   SHARED_UK_MPS_DIR  default ../shared/data/uk-mps (relative to the repository root)
//   --check            rebuild in memory and exit 1 unless the committed file is byte-identical
//                      (and say which input's sha256 differs from the one recorded in it)
//
// What it changes, and why:
// - Strings that repeat (parties, seats, office names) are stored once in tables: half the size.
//   A person's terms and offices are each one string of rows (compact.ts: encodeRows), so that
//   parsing the file makes a few strings a person rather than an array a term and a date string a
//   field, and the knowledge base decodes them only for the people an article asks about.
// - "Deputy Speaker" is not a party: the House's deputy speakers keep their party (only the Speaker
//   leaves it). Such terms take the party of the touching term before (or after) them, and the
//   office becomes a role where the roles file lacks it.
// - Curated party changes (data/uk-mps/curated.json) split a term at the change, only where the term
//   still shows the expected "before" party.
// - 2010: data.parliament ends the Brown government's posts on polling day (2010-05-06), but its
//   ministers stayed in office until the government resigned on 2010-05-11 (Cameron appointed that
//   evening). Without this, "the prime minister" of an article of 8-10 May 2010 is nobody.
// - Which offices are complete to which date: those the shared data curated run to its own end date
//   (PM, Leader of the Opposition, the shadow great offices, Speaker, party leaders); government
//   posts to the roles' coverage date (the IfG Ministers Database, 2026-06-12); every other post
//   (shadow ministers, spokespeople, party posts) only to the last date data.parliament recorded
//   them (their open rows' `asOf`, 2020-10-01). The knowledge base resolves role nouns only within
//   those dates, rather than guess.
// - Each person's name forms (what the name index holds of them) are worked out here, by the
//   knowledge base's own code (src/extractor/kb/personNames.ts, bundled with esbuild), and stored as
//   one short string a person: the knowledge base then builds its name index with no
//   regular-expression work on load. A change to that code changes this file, so --check catches a
//   file left stale by it (and a unit test compares every stored string with the code's answer).
// - The name index itself at build time (nameIndex.ts NameIndex.tables, the same code building it from
//   the stored names): full names, surnames, given names and the scanner's first words, each table one
//   string of sorted lines that the knowledge base searches in place (sortedTable.ts), so that making
//   the knowledge base does no work over its 2,634 people and parsing the file makes four strings of it.
// - Seat and office indexes at build time (seats.ts seatTables, officeIndex.ts officeTable): each
//   constituency's lookup key, and the people (indexes into `people`) with a term for it or holding
//   each office, so that the first seat phrase or role noun of an article decodes the few people
//   concerned rather than everyone's terms and offices.
// - Dissolutions (dissolutions.json beside mps.json): mps.json merges terms across a dissolution,
//   so the periods with no Members are carried as [dissolved, polling day] pairs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayAfter, dayBefore } from './isoDays.mjs';

const FORMAT = 'press-gallery/mps-compact@5';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const sourceDir = resolve(root, args.find((a) => !a.startsWith('--')) ?? join('..', 'shared', 'data', 'uk-mps'));
const curatedPath = join(root, 'data', 'uk-mps', 'curated.json');
const outFile = join(root, 'src', 'extractor', 'kb', 'data', 'mps.compact.json');

const ATTRIBUTION = 'MP data: mySociety parlparse / TheyWorkForYou (CC BY-SA 3.0) and UK Parliament. Contains Parliamentary information licensed under the Open Parliament Licence v3.0. Government offices from the Institute for Government Ministers Database (CC BY 4.0).';
const NOT_PARTIES = new Set(['Deputy Speaker', 'Speaker']);
const BROWN_GOVERNMENT_RESIGNED = '2010-05-11';
/** Posts that are not the government's (they did not end with the Brown government). */
const NOT_GOVERNMENT = /Shadow|Opposition|Spokesperson|Party|Committee|Chair|Liberal Democrat|Envoy|Member,|Speaker/;

async function main() {
  const inputs = readInputs();
  const { personNames, encodePersonNames, decodePersonNames, encodeRows, seatTables, officeTable, NameIndex } = await loadKbCode();
  const namesOf = (p) => encodePersonNames(personNames(p));
  /** The name index the knowledge base would build from the stored names, as its tables. */
  const nameTables = (people, names) => {
    const index = new NameIndex();
    people.forEach((p, i) => index.add(p, decodePersonNames(names[i])));
    const at = new Map(people.map((p, i) => [p, i]));
    return index.tables((p) => at.get(p));
  };
  const json = JSON.stringify(compact(inputs, { namesOf, nameTables, encodeRows, seatTables, officeTable }));
  if (check) return checkAgainstCommitted(json, inputs);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  console.log(`wrote ${outFile}: ${json.length} bytes`);
}

/** The three inputs, as bytes (for the checksums) and parsed. */
function readInputs() {
  const read = (path) => {
    if (!existsSync(path)) throw new Error(`missing input ${path} (pass the uk-mps folder as the first argument)`);
    const bytes = readFileSync(path);
    return { bytes, data: JSON.parse(bytes.toString('utf8')) };
  };
  return {
    mps: read(join(sourceDir, 'mps.json')), roles: read(join(sourceDir, 'roles.json')),
    dissolutions: read(join(sourceDir, 'dissolutions.json')), curated: read(curatedPath),
  };
}

/**
 * The knowledge base's own code for a person's name forms (src/extractor/kb/personNames.ts) and for
 * the rows of terms and offices (compact.ts), bundled here with esbuild: what is stored is what the
 * knowledge base would work out and decodes, by construction.
 */
async function loadKbCode() {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: {
      contents: [
        "export { personNames, encodePersonNames, decodePersonNames } from './personNames';", "export { encodeRows } from './compact';",
        "export { NameIndex } from './nameIndex';",
        "export { seatTables } from './seats';", "export { officeTable } from './officeIndex';",
      ].join(' '),
      resolveDir: join(root, 'src', 'extractor', 'kb'), loader: 'ts',
    },
    bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

function compact({ mps, roles, dissolutions, curated }, { namesOf, nameTables, encodeRows, seatTables, officeTable }) {
  const fixes = [];
  const people = mps.data.people.map((p) => ({ ...p, terms: p.terms.map((t) => ({ ...t })) }));
  const roleRows = roles.data.roles.map((r) => ({ ...r }));
  const rolesOf = groupBy(roleRows, (r) => r.person);
  for (const p of people) relabelDeputySpeakers(p, rolesOf.get(p.id) ?? [], roleRows, fixes);
  applyCuratedPartyChanges(people, curated.data, fixes);
  for (const p of people) mergeTouching(p);
  extendBrownGovernment(roleRows, fixes);
  applyCuratedOfficeCorrections(roleRows, curated.data, fixes);
  applyCuratedOffices(people, roleRows, curated.data, fixes);

  const parties = table(), seats = table(), offices = table();
  const byPerson = groupBy(roleRows, (r) => r.person);
  const roleRowsOf = people.map((p) => (byPerson.get(p.id) ?? []).sort(byStart).map((r) => roleRow(r, offices)));
  const compactPeople = people.map((p, i) => [
    p.id, p.name, p.given, p.family, p.aliases,
    encodeRows(p.terms.map((t) => termRow(t, parties, seats))),
    encodeRows(roleRowsOf[i]),
    namesOf(p),
  ]);
  const seatIndex = seatTables(people, seats.list);
  return {
    format: FORMAT,
    generated: mps.data.generated,
    coverage: mps.data.coverage,
    rolesCoverageTo: roles.data.coverageTo,
    officesCompleteTo: officesCompleteTo(roleRows, roles.data.coverageTo, mps.data.coverage.to),
    dissolutions: dissolutionPeriods(dissolutions.data),
    licence: mps.data.licence,
    attribution: ATTRIBUTION,
    source: mps.data.source,
    inputs: inputDigests({ mps, roles, dissolutions, curated }),
    fixes,
    columns: {
      people: ['id', 'name', 'given', 'family', 'aliases', 'terms', 'roles', 'names'],
      terms: ['start', 'end', 'party', 'constituency', 'partyAsOf?', 'endApprox?'],
      roles: ['office', 'start', 'end', 'asOf?'],
      rows: 'a person\'s terms and roles are each one string: fields by commas (null as nothing), rows by semicolons',
    },
    parties: parties.list,
    constituencies: seats.list,
    offices: offices.list,
    people: compactPeople,
    constituencyKeys: seatIndex.keys,
    seatHolders: seatIndex.holders,
    officeHolders: officeTable(roleRowsOf, offices.list.length),
    nameTables: nameTables(people, compactPeople.map((row) => row[7])),
  };
}

/** [start, end, party, seat] plus [partyAsOf|null, 1] only when there is something to say. */
function termRow(t, parties, seats) {
  const row = [t.start, t.end, parties.id(t.party), seats.id(t.constituency)];
  if (t.partyAsOf || t.endApprox) row.push(t.partyAsOf ?? null);
  if (t.endApprox) row.push(1);
  return row;
}

function roleRow(r, offices) {
  const row = [offices.id(r.role), r.start, r.end];
  if (r.asOf) row.push(r.asOf);
  return row;
}

/** Deputy speakers keep their party; the office becomes a role unless the roles file has it already. */
function relabelDeputySpeakers(person, ownRoles, roleRows, fixes) {
  person.terms.forEach((t, i) => {
    if (t.party !== 'Deputy Speaker') return;
    const before = person.terms[i - 1], after = person.terms[i + 1];
    const neighbours = [before && gapDays(before, t) <= 70 ? before : null, after && gapDays(t, after) <= 70 ? after : null];
    const party = neighbours.find((x) => x && !NOT_PARTIES.has(x.party) && x.party !== 'Independent')?.party;
    const known = ownRoles.some((r) => /Deputy Speaker/.test(r.role) && r.start <= t.start && (r.end === null || r.end >= t.end));
    if (!known) roleRows.push({ person: person.id, role: 'Deputy Speaker', start: t.start, end: t.end });
    if (party) t.party = party;
    fixes.push(`${person.name}: deputy speaker ${t.start}/${t.end} ${party ? `keeps party ${party}` : 'has no party in a touching term: label kept'}${known ? '' : '; office added'}`);
  });
}

/** Applies the curated party changes, splitting the term that holds the change date. */
function applyCuratedPartyChanges(people, curated, fixes) {
  for (const c of curated.partyChanges) {
    const person = people.find((p) => p.name === c.person || p.aliases.includes(c.person));
    if (!person) throw new Error(`curated change for unknown person ${c.person}`);
    const i = person.terms.findIndex((t) => t.start <= c.from && (t.end === null || c.from <= t.end) && t.constituency === c.constituency);
    const t = person.terms[i];
    if (!t || t.party !== c.before) { console.warn(`skipped curated change for ${c.person}: term shows ${t?.party}`); continue; }
    const head = { ...t, end: dayBefore(c.from) };
    if (head.partyAsOf && head.partyAsOf >= head.end) delete head.partyAsOf;
    delete head.endApprox;
    const tail = { ...t, start: c.from, party: c.after };
    delete tail.partyAsOf; // the curated change is the newest word on the party
    person.terms.splice(i, 1, head, tail);
    fixes.push(`${c.person}: ${c.before} → ${c.after} from ${c.from} (curated)`);
  }
}

/** Mends the source office records curated.json `officeCorrections` names, each only while the source still has it as named. */
function applyCuratedOfficeCorrections(roleRows, curated, fixes) {
  for (const c of curated.officeCorrections ?? []) {
    const r = roleRows.find((x) => x.person === c.id && x.role === c.office && x.start === c.start && x.end === c.end);
    if (!r) { console.warn(`skipped curated correction for ${c.person}: no record ${c.office} ${c.start}/${c.end}`); continue; }
    if (c.remove) {
      roleRows.splice(roleRows.indexOf(r), 1);
      fixes.push(`${c.person}: ${c.office} ${c.start}/${c.end} removed (curated)`);
      continue;
    }
    if (c.correctedStart) r.start = c.correctedStart;
    if (c.correctedEnd) r.end = c.correctedEnd;
    if (c.correctedOffice) r.role = c.correctedOffice;
    fixes.push(`${c.person}: ${c.office} ${c.start}/${c.end} → ${c.correctedOffice ?? c.office} ${c.correctedStart ?? c.start}/${c.correctedEnd ?? c.end} (curated)`);
  }
}

/**
 * Adds the curated office records (curated.json `offices`: great offices and cabinet posts the source
 * lacks), each only where the person's records do not already hold that office on its days: when the
 * source gains it, the curated row stops applying. Not marked `curated` as the source's own curated
 * roles are: those extend an office's records to the membership data's end, and these fill a gap
 * inside records that end where the Ministers Database does.
 */
function applyCuratedOffices(people, roleRows, curated, fixes) {
  for (const c of curated.offices ?? []) {
    const person = people.find((p) => p.id === c.id);
    if (!person || (person.name !== c.person && !person.aliases.includes(c.person))) throw new Error(`curated office for unknown person ${c.person} (${c.id})`);
    const end = c.end ?? '9999-12-31';
    const held = roleRows.some((r) => r.person === c.id && r.role === c.office && r.start <= c.start && end <= (r.end ?? r.asOf ?? '9999-12-31'));
    if (held) { console.warn(`skipped curated office for ${c.person}: the source has ${c.office} ${c.start}/${c.end ?? ''}`); continue; }
    const row = { person: c.id, role: c.office, start: c.start, end: c.end ?? null };
    if (c.asOf) row.asOf = c.asOf;
    roleRows.push(row);
    fixes.push(`${c.person}: ${c.office} ${c.start}/${c.end ?? `open, as of ${c.asOf}`} (curated)`);
  }
}

/** Joins terms that touch (the next starts the day after) and agree in party and seat. */
function mergeTouching(person) {
  const out = [];
  for (const t of person.terms) {
    const prev = out[out.length - 1];
    if (prev && prev.end && dayAfter(prev.end) === t.start && prev.party === t.party && prev.constituency === t.constituency && !prev.partyAsOf) {
      prev.end = t.end;
      if (t.partyAsOf) prev.partyAsOf = t.partyAsOf;
      if (t.endApprox) prev.endApprox = true;
      else delete prev.endApprox;
    } else out.push({ ...t });
  }
  person.terms = out;
}

function extendBrownGovernment(roleRows, fixes) {
  let n = 0;
  for (const r of roleRows) {
    if (r.end !== '2010-05-06' || NOT_GOVERNMENT.test(r.role)) continue;
    r.end = BROWN_GOVERNMENT_RESIGNED;
    n++;
  }
  fixes.push(`${n} government posts recorded as ending on polling day 2010-05-06 end on ${BROWN_GOVERNMENT_RESIGNED}, when the Brown government resigned`);
}

/**
 * The date each office's records are complete to, where it is not the roles' coverage date: curated
 * offices to the membership data's end; offices that are not the government's (no IfG source after
 * data.parliament's last snapshot) to the earliest `asOf` of their open rows, or that snapshot's date.
 */
function officesCompleteTo(roleRows, rolesTo, to) {
  const curated = new Set(roleRows.filter((r) => r.curated).map((r) => r.role));
  const lastSnapshot = roleRows.filter((r) => r.asOf && r.asOf < rolesTo).map((r) => r.asOf).sort()[0];
  const out = {};
  for (const r of roleRows) {
    if (curated.has(r.role)) out[r.role] = to;
    else if (r.asOf && r.asOf < rolesTo) out[r.role] = out[r.role] && out[r.role] < r.asOf ? out[r.role] : r.asOf;
    else if (lastSnapshot && NOT_GOVERNMENT.test(r.role) && !(r.role in out)) out[r.role] = lastSnapshot;
  }
  return Object.fromEntries(Object.entries(out).sort());
}

/** [dissolved, next polling day] for every dissolution: the days with no Members of Parliament. */
function dissolutionPeriods(d) {
  const ps = d.parliaments.slice().sort((a, b) => a.elected.localeCompare(b.elected));
  return ps.filter((p) => p.dissolved).map((p) => {
    const next = ps.find((q) => q.elected > p.dissolved);
    if (!next) throw new Error(`dissolution ${p.dissolved} has no later polling day`);
    return [p.dissolved, next.elected];
  });
}

function inputDigests({ mps, roles, dissolutions, curated }) {
  return {
    'mps.json': digest(mps.bytes), 'roles.json': digest(roles.bytes), 'dissolutions.json': digest(dissolutions.bytes),
    'data/uk-mps/curated.json': digest(curated.bytes),
  };
}

function checkAgainstCommitted(json, inputs) {
  const committed = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (committed === json) { console.log(`${outFile} is up to date`); return; }
  let recorded = {};
  try { recorded = JSON.parse(committed).inputs ?? {}; } catch { /* no usable file */ }
  const now = inputDigests(inputs);
  for (const [name, d] of Object.entries(now)) {
    if (recorded[name]?.sha256 !== d.sha256) console.error(`${name}: sha256 ${d.sha256} differs from the recorded ${recorded[name]?.sha256 ?? '(none)'}`);
  }
  console.error(`${outFile} is out of date: run node scripts/compact-mps.mjs`);
  process.exitCode = 1;
}

// --- small helpers ---

/** Interns strings into a table and returns their index. */
function table() {
  const list = [];
  const index = new Map();
  return {
    list,
    id(s) {
      if (!index.has(s)) { index.set(s, list.length); list.push(s); }
      return index.get(s);
    },
  };
}

function groupBy(items, key) {
  const out = new Map();
  for (const x of items) {
    const k = key(x);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(x);
  }
  return out;
}

const byStart = (a, b) => a.start.localeCompare(b.start) || a.role.localeCompare(b.role);
const digest = (bytes) => ({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
const days = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** Days from the end of one term to the start of the next (a dissolution is up to ~70). */
const gapDays = (earlier, later) => (earlier.end === null ? Infinity : days(later.start) - days(earlier.end));


await main();
