// Writes src/data-update/data/member-ids.json: the UK Parliament (Members API / data.parliament.uk)
// member id of each parlparse person who sat in the Commons from 2019 on, so that a data update can
// join the API's members to the bundled data's people by id. Source: the parlparse memberships
// transcription in ../shared/data/uk-mps/sources (mnis column), restricted to people of mps.json.
// People first elected later already carry `uk.parliament.data/Member/<id>` ids and need no entry.
// Usage: node scripts/member-ids.mjs [--check] [--shared DIR]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const shared = args.includes('--shared') ? args[args.indexOf('--shared') + 1] : path.join(ROOT, '../shared/data/uk-mps');
const OUT = path.join(ROOT, 'src/data-update/data/member-ids.json');
const SINCE = '2019-12-12';
const PERSON = 'uk.org.publicwhip/person/';

const mps = JSON.parse(fs.readFileSync(path.join(shared, 'mps.json'), 'utf8'));
const recent = new Set(
  mps.people.filter((p) => p.id.startsWith(PERSON) && p.terms.some((t) => t.end === null || t.end >= SINCE)).map((p) => p.id.slice(PERSON.length)),
);

const ids = {};
for (const line of fs.readFileSync(path.join(shared, 'sources/parlparse-2015-2021.txt'), 'utf8').split('\n')) {
  const f = line.split('|');
  // T<term>|person|mnis|… and E|term|person|mnis|…
  const [person, mnis] = f[0] === 'E' ? [f[2], f[3]] : /^T\d+$/.test(f[0]) ? [f[1], f[2]] : [];
  if (person && mnis && recent.has(person)) ids[mnis] = Number(person);
}
const sorted = Object.fromEntries(Object.entries(ids).sort((a, b) => Number(a[0]) - Number(b[0])));
const out = `${JSON.stringify({
  source: 'mySociety parlparse memberships 2015-2021 (mnis column), via ../shared/data/uk-mps/sources/parlparse-2015-2021.txt; CC BY-SA 3.0 (mySociety) and Open Parliament Licence v3.0',
  person: PERSON,
  ids: sorted,
})}\n`;

if (args.includes('--check')) {
  const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === out;
  console.log(same ? `member-ids.json is up to date (${Object.keys(sorted).length} ids)` : 'member-ids.json differs from the shared data: run node scripts/member-ids.mjs');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(OUT, out);
console.log(`wrote ${path.relative(ROOT, OUT)}: ${Object.keys(sorted).length} member ids`);
