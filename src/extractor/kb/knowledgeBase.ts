import type { MpInfo, MpOffice, MpTerm } from '../types';
import { nameTokens, normalizeName } from './names';
import { officeQuery, OfficeQuery } from './offices';
import { samePartyName } from './parties';
import bundledData from './data/mps.compact.json';

/** A member of the House of Commons, as the knowledge base knows them. */
export interface KbPerson {
  id: string;
  name: string;
  given: string;
  family: string;
  aliases: string[];
  terms: MpTerm[];
}

/** The compact, table-based file written by scripts/compact-mps.mjs. */
export interface KbData {
  coverage: { from: string; to: string; partyVerifiedTo: string };
  rolesCoverageTo?: string;
  parties: string[];
  constituencies: string[];
  offices: string[];
  /** [id, name, given, family, aliases, terms, roles] */
  people: Array<[string, string, string, string, string[], KbTermRow[], KbRoleRow[]]>;
}
/** [start, end, party, constituency, partyAsOf?, endApprox?] */
export type KbTermRow = [string, string | null, number, number, (string | null)?, number?];
/** [office, start, end, asOf?] */
export type KbRoleRow = [number, string, string | null, string?];

export interface NameEntry {
  /** Normalised words of the name. */
  tokens: string[];
  people: KbPerson[];
}

/** Two terms separated by at most this many days (a dissolution) still tell one story. */
const TOUCHING_DAYS = 70;

/**
 * Date-aware House of Commons membership: who sat for which party and seat on a given day, what
 * offices they held, and the names they go by. Built once from the bundled data (a few milliseconds),
 * then every lookup is a map hit.
 */
export class KnowledgeBase {
  private static instance: KnowledgeBase | undefined;
  readonly coverage: { from: string; to: string; partyVerifiedTo: string };
  private readonly people: KbPerson[] = [];
  private readonly byId = new Map<string, KbPerson>();
  private readonly byName = new Map<string, KbPerson[]>();
  private readonly bySurnameKey = new Map<string, KbPerson[]>();
  private readonly byGivenKey = new Map<string, KbPerson[]>();
  private readonly starts = new Map<string, NameEntry[]>();
  private readonly roles = new Map<string, MpOffice[]>();
  /** Office name → who held it when, so a role noun tests each office name once, not every record. */
  private readonly byOffice = new Map<string, Array<{ person: KbPerson; office: MpOffice }>>();
  private readonly queryCache = new Map<string, string[]>();

  /** The knowledge base of the data bundled with the extension, built on first use. */
  static bundled(): KnowledgeBase {
    if (!KnowledgeBase.instance) KnowledgeBase.instance = KnowledgeBase.fromData(bundledData as unknown as KbData);
    return KnowledgeBase.instance;
  }

  static fromData(data: KbData): KnowledgeBase {
    return new KnowledgeBase(data);
  }

  private constructor(data: KbData) {
    this.coverage = data.coverage;
    for (const [id, name, given, family, aliases, termRows, roleRows] of data.people) {
      const terms = termRows.map((r) => toTerm(r, data));
      const person: KbPerson = { id, name, given, family, aliases, terms };
      this.people.push(person);
      this.byId.set(id, person);
      const offices = roleRows.map((r) => ({ role: data.offices[r[0]], start: r[1], end: r[2] }));
      this.roles.set(id, offices);
      for (const office of offices) addTo(this.byOffice, office.role, { person, office });
      this.indexNames(person);
    }
  }

  private indexNames(p: KbPerson): void {
    const forms = new Set<string>([p.name, ...p.aliases, `${p.given} ${p.family}`]);
    for (const form of forms) {
      for (const key of variants(normalizeName(form))) {
        addTo(this.byName, key, p);
        const tokens = key.split(' ');
        if (tokens.length > 1) this.addStart(tokens, p);
      }
    }
    const surnames = new Set([p.family, ...[...forms].map(surnameOf)]);
    for (const s of surnames) for (const key of variants(normalizeName(s))) if (key) addTo(this.bySurnameKey, key, p);
    addTo(this.byGivenKey, normalizeName(p.given), p);
  }

  private addStart(tokens: string[], p: KbPerson): void {
    const list = this.starts.get(tokens[0]) ?? [];
    let entry = list.find((e) => e.tokens.length === tokens.length && e.tokens.every((t, i) => t === tokens[i]));
    if (!entry) {
      entry = { tokens, people: [] };
      list.push(entry);
      this.starts.set(tokens[0], list);
    }
    if (!entry.people.includes(p)) entry.people.push(p);
  }

  person(id: string): KbPerson | undefined {
    return this.byId.get(id);
  }

  /** People whose name or another name form equals this one (case, accents and honorifics aside). */
  byFullName(name: string): KbPerson[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  /** People with this family name (Duncan Smith, Rees-Mogg and Long Bailey included). */
  bySurname(surname: string): KbPerson[] {
    return this.bySurnameKey.get(normalizeName(surname)) ?? [];
  }

  byGiven(given: string): KbPerson[] {
    return this.byGivenKey.get(normalizeName(given)) ?? [];
  }

  /** Known names (as normalised words) that start with this normalised word, for scanning a text. */
  namesStartingWith(token: string): readonly NameEntry[] {
    return this.starts.get(token) ?? [];
  }

  termOn(p: KbPerson, date: string): MpTerm | null {
    for (const t of p.terms) if (t.start <= date && (t.end === null || date <= t.end)) return t;
    return null;
  }

  isSitting(p: KbPerson, date: string): boolean {
    return this.termOn(p, date) !== null;
  }

  /** Party, seat, the terms around the date and the offices held then; null when not sitting. */
  mpInfo(p: KbPerson, date: string): MpInfo | null {
    const term = this.termOn(p, date);
    if (!term) return null;
    const i = p.terms.indexOf(term);
    const previous = p.terms[i - 1] && touches(p.terms[i - 1], term) ? p.terms[i - 1] : null;
    const next = p.terms[i + 1] && touches(term, p.terms[i + 1]) ? p.terms[i + 1] : null;
    return {
      personId: p.id, party: term.party, constituency: term.constituency, term, previous, next,
      offices: this.offices(p.id, date), asOf: date,
    };
  }

  offices(personId: string, date: string): MpOffice[] {
    return (this.roles.get(personId) ?? []).filter((o) => o.start <= date && (o.end === null || date <= o.end));
  }

  officesEver(personId: string): MpOffice[] {
    return this.roles.get(personId) ?? [];
  }

  /** Who held an office (by its exact name or a pattern) on a date. */
  officeHolders(office: string | RegExp, date: string): KbPerson[] {
    const test = typeof office === 'string' ? (o: string) => o === office : (o: string) => office.test(o);
    return this.holders([...this.byOffice.keys()].filter(test), (o) => o.start <= date && (o.end === null || date <= o.end));
  }

  /**
   * The people a role noun stands for on a date: "the prime minister", "the Labour leader", "the
   * shadow home secretary", "the former attorney general" (held before the date, not on it). Empty
   * when the phrase names no office we know or the records do not reach the date.
   */
  resolveRole(phrase: string, date: string): KbPerson[] {
    const q = officeQuery(phrase);
    if (!q) return [];
    const names = this.officeNames(phrase, q);
    const heldOn = (o: MpOffice) => o.start <= date && (o.end === null || date <= o.end);
    if (q.former) {
      const now = new Set(this.holders(names, heldOn));
      return this.holders(names, (o) => o.start < date && o.end !== null && o.end < date).filter((p) => !now.has(p));
    }
    const holders = this.holders(names, heldOn);
    if (holders.length || !q.leaderOf) return holders;
    // No leadership record on the date: the opposition leader or prime minister of that party leads it.
    const leaderOf = q.leaderOf;
    return this.officeHolders(/^(?:Leader of the Opposition|Prime Minister)$/, date)
      .filter((p) => { const t = this.termOn(p, date); return !!t && samePartyName(t.party, leaderOf); });
  }

  /** The office names a role phrase matches, worked out once per phrase. */
  private officeNames(phrase: string, q: OfficeQuery): string[] {
    const key = phrase.toLowerCase();
    let names = this.queryCache.get(key);
    if (!names) {
      names = [...this.byOffice.keys()].filter(q.matches);
      this.queryCache.set(key, names);
    }
    return names;
  }

  private holders(officeNames: readonly string[], when: (o: MpOffice) => boolean): KbPerson[] {
    const out = new Set<KbPerson>();
    for (const name of officeNames) for (const { person, office } of this.byOffice.get(name) ?? []) if (when(office)) out.add(person);
    return [...out];
  }
}

function toTerm(r: KbTermRow, data: KbData): MpTerm {
  const term: MpTerm = { start: r[0], end: r[1], party: data.parties[r[2]], constituency: data.constituencies[r[3]] };
  if (r[4]) term.partyAsOf = r[4];
  return term;
}

function touches(a: MpTerm, b: MpTerm): boolean {
  if (a.end === null) return false;
  return (Date.parse(b.start) - Date.parse(a.end)) / 86_400_000 <= TOUCHING_DAYS;
}

/** A hyphenated name is also written with a space ("Long Bailey"), and the other way round. */
function variants(key: string): string[] {
  const out = new Set([key]);
  if (key.includes('-')) out.add(key.replace(/-/g, ' '));
  return [...out];
}

function surnameOf(form: string): string {
  const words = nameTokens(form);
  return words[words.length - 1] ?? '';
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
