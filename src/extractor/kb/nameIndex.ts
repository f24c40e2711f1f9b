/**
 * The name index: full names, surnames and given names to people, and the scanner's table of known
 * names by their first word. Built once; every lookup is one map hit.
 */
import type { KbPerson } from './compact';
import { bareName, keyOfBare, normalizeName } from './names';
import { nameFormsOf } from './nameForms';

export interface NameEntry {
  /** Normalised words of the name, as the tokenizer gives them (a hyphenated name is one word). */
  tokens: string[];
  people: KbPerson[];
}

/**
 * Lookups hand out the index's own arrays, frozen: no copy per call, and a caller that tried to
 * change one would throw rather than corrupt the index for everyone.
 */
const NONE: KbPerson[] = Object.freeze([]) as unknown as KbPerson[];

const NO_ENTRIES: readonly NameEntry[] = Object.freeze([]);

export class NameIndex {
  private readonly full = new Map<string, KbPerson[]>();
  private readonly surname = new Map<string, KbPerson[]>();
  private readonly given = new Map<string, KbPerson[]>();
  /** First word → names starting with it, longest first. */
  private readonly starts = new Map<string, NameEntry[]>();
  /** Joined tokens → entry, so that adding a name is O(1) too. */
  private readonly entries = new Map<string, NameEntry>();

  add(p: KbPerson): void {
    const forms = new Set([p.name, ...p.aliases, `${p.given} ${p.family}`]);
    for (const form of forms) {
      const bare = bareName(form);
      const key = keyOfBare(bare);
      if (key) addTo(this.full, key, p);
      const tokens = bare.split(' ');
      if (tokens.length > 1) this.addStart(tokens, p);
      // Running text keeps "Long-Bailey" one word but "Long Bailey" is two: index both.
      if (key !== bare) this.addStart(key.split(' '), p);
    }
    const { surnames, givens } = nameFormsOf(p);
    for (const s of surnames) addTo(this.surname, s, p);
    for (const g of givens) addTo(this.given, g, p);
  }

  /** Sorts each first-word list longest first (a scanner can stop at its first match), and freezes. */
  seal(): void {
    for (const list of this.starts.values()) Object.freeze(list.sort((a, b) => b.tokens.length - a.tokens.length));
    for (const e of this.entries.values()) Object.freeze(e.people);
    for (const map of [this.full, this.surname, this.given]) for (const list of map.values()) Object.freeze(list);
  }

  byFullName(name: string): KbPerson[] {
    return this.full.get(normalizeName(name)) ?? NONE;
  }

  bySurname(surname: string): KbPerson[] {
    return this.surname.get(normalizeName(surname)) ?? NONE;
  }

  byGiven(given: string): KbPerson[] {
    return this.given.get(normalizeName(given)) ?? NONE;
  }

  namesStartingWith(token: string): readonly NameEntry[] {
    return this.starts.get(token) ?? NO_ENTRIES;
  }

  private addStart(tokens: string[], p: KbPerson): void {
    const joined = tokens.join(' ');
    let entry = this.entries.get(joined);
    if (!entry) {
      entry = { tokens, people: [] };
      this.entries.set(joined, entry);
      addTo(this.starts, tokens[0], entry);
    }
    if (!entry.people.includes(p)) entry.people.push(p);
  }
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
