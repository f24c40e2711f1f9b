/**
 * The name index of the bundled people, read in place from the compact file's tables (built at build
 * time by NameIndex itself, scripts/compact-mps.mjs): nothing is built when the knowledge base is,
 * and a look-up reads one line of a table. It answers as the NameIndex built from the same people
 * would (a unit test compares them for every bundled name): the same people in the same order, the
 * scanner's entries longest first, and the same frozen array for the same key on every call.
 */
import type { KbPerson } from './compact';
import { NAMES, NameEntry, NameLookup, NameTables, NO_ENTRIES, NONE, PEOPLE } from './nameIndex';
import { normalizeName } from './names';
import { lookUpSorted } from './sortedTable';

/** At most this many words remembered as starting no name (a few MB). */
const ABSENT_LIMIT = 100_000;

export class StoredNameIndex implements NameLookup {
  private readonly full = new Map<string, KbPerson[]>();
  private readonly surname = new Map<string, KbPerson[]>();
  private readonly given = new Map<string, KbPerson[]>();
  /** First word → its entries, longest first, made on its first look-up. */
  private readonly entries = new Map<string, readonly NameEntry[]>();
  /**
   * Words that start no name, as asked (the scanner asks of every capitalised word, most of them
   * again and again): a set hit instead of a binary search. Emptied when it reaches ABSENT_LIMIT.
   */
  private readonly absent = new Set<string>();

  /** `personAt`: the data's person at an index (the same object for the same index). */
  constructor(private readonly tables: NameTables, private readonly personAt: (i: number) => KbPerson) {}

  byFullName(name: string): KbPerson[] {
    return this.lookUp(this.full, this.tables.full, normalizeName(name));
  }

  bySurname(surname: string): KbPerson[] {
    return this.lookUp(this.surname, this.tables.surname, normalizeName(surname));
  }

  byGiven(given: string): KbPerson[] {
    return this.lookUp(this.given, this.tables.given, normalizeName(given));
  }

  namesStartingWith(token: string): readonly NameEntry[] {
    let list = this.entries.get(token);
    if (list) return list;
    if (this.absent.has(token)) return NO_ENTRIES;
    const stored = lookUpSorted(this.tables.starts, token);
    if (stored === undefined) {
      if (this.absent.size >= ABSENT_LIMIT) this.absent.clear(); // the bundled knowledge base lives as long as the editor
      this.absent.add(token);
      return NO_ENTRIES;
    }
    const made = stored.split(NAMES).map((item): NameEntry => {
      const at = item.lastIndexOf(PEOPLE);
      return new StoredEntry(item.slice(0, at).split(' '), item.slice(at + 1), this.personAt);
    });
    this.entries.set(token, (list = Object.freeze(made.sort((a, b) => b.tokens.length - a.tokens.length))));
    return list;
  }

  /** The people under a key, as a frozen array made on the key's first look-up and kept; NONE for no one. */
  private lookUp(cache: Map<string, KbPerson[]>, table: string, key: string): KbPerson[] {
    let people = cache.get(key);
    if (people) return people;
    const ids = lookUpSorted(table, key);
    if (ids === undefined) return NONE; // not kept: a text asks about many names the data does not have
    cache.set(key, (people = this.peopleOf(ids)));
    return people;
  }

  private peopleOf(ids: string): KbPerson[] {
    return peopleAt(ids, this.personAt);
  }
}

/**
 * A name the scanner compares with a text's words, its people made when first read: a first word
 * starts many names ("john" some fifty) and a text matches few of them, so making every one's people
 * on the word's first look-up was most of what the first analysis spent in the name index.
 */
class StoredEntry implements NameEntry {
  #people: KbPerson[] | null = null;

  constructor(readonly tokens: string[], private readonly ids: string, private readonly personAt: (i: number) => KbPerson) {}

  get people(): KbPerson[] {
    return (this.#people ??= peopleAt(this.ids, this.personAt));
  }
}

/** The people of a stored list of indexes ("12 907"), as a frozen array. */
function peopleAt(ids: string, personAt: (i: number) => KbPerson): KbPerson[] {
  return Object.freeze(ids.split(' ').map((i) => personAt(+i))) as KbPerson[];
}
