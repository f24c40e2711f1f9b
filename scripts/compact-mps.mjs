#!/usr/bin/env node
// Builds src/extractor/kb/data/mps.compact.json from the shared, date-aware Commons membership data
// (../shared/data/uk-mps/mps.json and roles.json) and the project's own curated corrections
// (data/uk-mps/curated.json). Run it when the shared data changes; its output is committed so that
// the project builds from its own files alone.
//
// Usage: node scripts/compact-mps.mjs [SHARED_UK_MPS_DIR]
//
// What it changes, and why:
// - Strings that repeat (parties, seats, office names) are stored once in tables.
// - "Deputy Speaker" is not a party: the House's deputy speakers keep their party (only the Speaker
//   leaves it). Such terms take the party of the touching term before (or after) them, and the
//   office becomes a role; where no touching term names a party, the label stays as it is.
// - Curated party changes (data/uk-mps/curated.json) split a term at the change, only where the term
//   still shows the expected "before" party.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = process.argv[2] ?? join(root, '..', 'shared', 'data', 'uk-mps');
const outFile = join(root, 'src', 'extractor', 'kb', 'data', 'mps.compact.json');

const raw = (name) => readFileSync(join(sourceDir, name));
const mpsBytes = raw('mps.json');
const rolesBytes = raw('roles.json');
const curatedPath = join(root, 'data', 'uk-mps', 'curated.json');
const curatedBytes = readFileSync(curatedPath);
const mps = JSON.parse(mpsBytes.toString('utf8'));
const roles = JSON.parse(rolesBytes.toString('utf8'));
const curated = JSON.parse(curatedBytes.toString('utf8'));

const NOT_PARTIES = new Set(['Deputy Speaker', 'Speaker']);

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

function dayAfter(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Deputy speakers keep their party; the office becomes a role. */
function relabelDeputySpeakers(person, extraRoles) {
  person.terms.forEach((t, i) => {
    if (t.party !== 'Deputy Speaker') return;
    const before = person.terms[i - 1], after = person.terms[i + 1];
    const party = [before, after].find((x) => x && !NOT_PARTIES.has(x.party) && x.party !== 'Independent')?.party;
    extraRoles.push({ person: person.id, role: 'Deputy Speaker', start: t.start, end: t.end, derived: true });
    if (party) t.party = party;
  });
}

/** Applies the curated party changes, splitting the term that holds the change date. */
function applyCurated(people) {
  const applied = [];
  for (const c of curated.partyChanges) {
    const person = people.find((p) => p.name === c.person || p.aliases.includes(c.person));
    if (!person) throw new Error(`curated change for unknown person ${c.person}`);
    const i = person.terms.findIndex((t) => t.start <= c.from && (t.end === null || c.from <= t.end) && t.constituency === c.constituency);
    const t = person.terms[i];
    if (!t || t.party !== c.before) { console.warn(`skipped curated change for ${c.person}: term shows ${t?.party}`); continue; }
    const head = { ...t, end: dayBefore(c.from) };
    const tail = { ...t, start: c.from, party: c.after, partyAsOf: undefined, curated: true };
    delete tail.partyAsOf;
    if (t.partyAsOf && t.partyAsOf < c.from) delete head.partyAsOf;
    person.terms.splice(i, 1, head, tail);
    applied.push(`${c.person}: ${c.before} → ${c.after} from ${c.from}`);
  }
  return applied;
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
    } else out.push({ ...t });
  }
  person.terms = out;
}

const parties = table(), seats = table(), offices = table();
const extraRoles = [];
const people = mps.people.map((p) => ({ ...p, terms: p.terms.map((t) => ({ ...t })) }));
for (const p of people) relabelDeputySpeakers(p, extraRoles);
const applied = applyCurated(people);
for (const p of people) mergeTouching(p);

const rolesByPerson = new Map();
for (const r of [...roles.roles, ...extraRoles]) {
  if (!rolesByPerson.has(r.person)) rolesByPerson.set(r.person, []);
  rolesByPerson.get(r.person).push(r);
}

const compactPeople = people.map((p) => {
  const terms = p.terms.map((t) => {
    const row = [t.start, t.end, parties.id(t.party), seats.id(t.constituency)];
    if (t.partyAsOf || t.endApprox) row.push(t.partyAsOf ?? null, t.endApprox ? 1 : 0);
    return row;
  });
  const personRoles = (rolesByPerson.get(p.id) ?? [])
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((r) => (r.asOf ? [offices.id(r.role), r.start, r.end, r.asOf] : [offices.id(r.role), r.start, r.end]));
  return [p.id, p.name, p.given, p.family, p.aliases, terms, personRoles];
});

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const out = {
  format: 'press-gallery/mps-compact@1',
  generated: mps.generated,
  rolesCoverageTo: roles.coverageTo,
  coverage: mps.coverage,
  licence: mps.licence,
  source: mps.source,
  inputs: { 'mps.json': sha(mpsBytes), 'roles.json': sha(rolesBytes), 'curated.json': sha(curatedBytes) },
  curated: applied,
  columns: {
    people: ['id', 'name', 'given', 'family', 'aliases', 'terms', 'roles'],
    terms: ['start', 'end', 'party', 'constituency', 'partyAsOf?', 'endApprox?'],
    roles: ['office', 'start', 'end', 'asOf?'],
  },
  parties: parties.list,
  constituencies: seats.list,
  offices: offices.list,
  people: compactPeople,
};
mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(out);
writeFileSync(outFile, json);
console.log(`wrote ${outFile}: ${compactPeople.length} people, ${json.length} bytes; curated: ${applied.join('; ') || 'none'}`);
