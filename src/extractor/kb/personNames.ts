/**
 * What the name index holds of one person, worked out once: the distinct bare forms of their names
 * (the record's name, its aliases, given + family), and the surnames and given names they answer to.
 * Working these out is regular-expression work on every name of the data (most of the cost of
 * building the index), so scripts/compact-mps.mjs runs this same code at build time and stores the
 * result in the compact file, one short string a person; the knowledge base decodes that string and
 * works a person out afresh only when the data it was given has no such string for them (tests'
 * hand-made data, a person the data update added or renamed).
 */
import { bareName } from './names';
import { nameFormsOf, NameSource } from './nameForms';

export interface PersonNames {
  /** Bare forms (folded, no titles), distinct, in the order the index adds them. */
  bares: string[];
  surnames: string[];
  givens: string[];
}

export interface NamedPerson extends NameSource {
  name: string;
}

/** Separates the three lists of the encoded string, and the items of each. */
const LISTS = ';';
const ITEMS = '|';

export function personNames(p: NamedPerson): PersonNames {
  const bares: string[] = [];
  for (const form of [p.name, ...p.aliases, `${p.given} ${p.family}`]) {
    const bare = bareName(form);
    if (bare && !bares.includes(bare)) bares.push(bare);
  }
  const { surnames, givens } = nameFormsOf(p);
  return { bares, surnames, givens };
}

/**
 * The short string the compact file stores: "bare|bare;surname|surname;given|given", where the last
 * two lists are left out when they are just the last and the first word of the first bare form
 * ("allen adams" for Allen Adams: surname "adams", given name "allen").
 */
export function encodePersonNames(n: PersonNames): string {
  for (const s of [...n.bares, ...n.surnames, ...n.givens]) {
    if (s.includes(LISTS) || s.includes(ITEMS)) throw new Error(`name form ${JSON.stringify(s)} holds a separator`);
  }
  const bares = n.bares.join(ITEMS);
  const derived = derive(n.bares);
  if (same(n.surnames, derived.surnames) && same(n.givens, derived.givens)) return bares;
  return [bares, n.surnames.join(ITEMS), n.givens.join(ITEMS)].join(LISTS);
}

export function decodePersonNames(s: string): PersonNames {
  const [bares, surnames, givens] = s.split(LISTS);
  const b = bares ? bares.split(ITEMS) : [];
  if (surnames === undefined) return { bares: b, ...derive(b) };
  return { bares: b, surnames: surnames ? surnames.split(ITEMS) : [], givens: givens ? givens.split(ITEMS) : [] };
}

/** The surname and given name a plain two-or-more-word first form implies (none for a one-word form). */
function derive(bares: readonly string[]): { surnames: string[]; givens: string[] } {
  const first = bares[0] ?? '';
  const space = first.indexOf(' ');
  if (space < 0 || first.includes('-')) return { surnames: [], givens: [] };
  return { surnames: [first.slice(first.lastIndexOf(' ') + 1)], givens: [first.slice(0, space)] };
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
