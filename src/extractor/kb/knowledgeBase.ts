import type { DissolvedMembership, Dissolution, Gender, MpInfo, MpTerm } from '../types';
import { recordedGender } from './genders';
import bundledData from './data/mps.compact.json';
import { decodeOffice, KbData, KbOffice, KbPerson, KbRoleRow, KbTerm, roleRows, StoredPerson } from './compact';
import { daysBetween, within } from '../dates';
import { NameEntry, NameIndex, NameLookup } from './nameIndex';
import { StoredNameIndex } from './storedNameIndex';
import { decodePersonNames } from './personNames';
import { OfficeIndex } from './officeIndex';
import { officeQuery, OfficeQuery } from './offices';
import { samePartyName } from './parties';
import { SeatIndex, seatQuery, storedSeatKeys } from './seats';
import { givenNameForms } from './shortForms';
import { normalizeName } from './names';
import { lastIndexWhere } from '../search';

export type { KbData, KbOffice, KbPerson, KbTerm, KbPersonRow, KbRoleRow, KbTermRow } from './compact';
export type { NameEntry } from './nameIndex';
export { normalizeName } from './names';
export { canonicalParty, samePartyName } from './parties';

/** Changes the people and coverage as a knowledge base is built: the data update's overlay (src/data-update/merge.ts). */
export type PeoplePatch = (people: KbPerson[], coverage: KbData['coverage']) => { people: KbPerson[]; coverage: KbData['coverage'] };

/** Two terms separated by at most this many days (a dissolution and election) still tell one story. */
const TOUCHING_DAYS = 70;

/** Offices whose holder leads the party in the Commons when the data has no leadership record. */
const LEADS_A_PARTY = /^(?:Leader of the Opposition|Prime Minister)$/;

/**
 * Date-aware House of Commons membership: who sat for which party and seat on a given day, what
 * offices they held, and the names they go by. Made once from the bundled data on first use, with
 * no work over its people: the compact file's stored tables are read in place, and a person is made
 * from their row when first looked at. Other data (tests', the data update's) builds its indexes.
 */
export class KnowledgeBase {
  private static instance: KnowledgeBase | undefined;
  /** The membership data's dates: no terms before `from`; party changes after `partyVerifiedTo` may be missing. */
  readonly coverage: { from: string; to: string; partyVerifiedTo: string };
  /** Offices are recorded up to `to`, except the curated ones (PM, opposition and party leaders). */
  readonly rolesCoverage: { from: string; to: string };
  /** Dissolutions of Parliament in date order. */
  readonly dissolutions: readonly Dissolution[];
  private readonly everyone: StoredPeople | readonly KbPerson[];
  private byIdBuilt: Map<string, KbPerson> | null = null;
  private readonly names: NameLookup;
  private readonly seats: SeatIndex;
  private readonly officeIndex: OfficeIndex;

  /** The knowledge base of the data bundled with the extension, built on first use. */
  static bundled(): KnowledgeBase {
    KnowledgeBase.instance ??= KnowledgeBase.fromData(bundledData as unknown as KbData, KnowledgeBase.bundledPatch);
    return KnowledgeBase.instance;
  }

  /** Whether the bundled knowledge base is made (the editor's start figures tell whose cost it was). */
  static bundledMade(): boolean {
    return KnowledgeBase.instance !== undefined;
  }

  /** A knowledge base of other data (tests use small hand-made data), with the people patched if given. */
  static fromData(data: KbData, patch?: PeoplePatch | null): KnowledgeBase {
    return new KnowledgeBase(data, patch ?? null);
  }

  private static bundledPatch: PeoplePatch | null = null;

  /** From now on `bundled()` applies the patch (the data update's overlay; null: the bundled data alone). */
  static patchBundled(patch: PeoplePatch | null): void {
    KnowledgeBase.bundledPatch = patch;
    KnowledgeBase.instance = undefined;
  }

  /**
   * The bundled data needs no work here: its people are made from their rows when first asked for,
   * and its name, seat and office indexes are the compact file's tables. Patched people (the data
   * update) and data without the tables (tests') get a name index built here, the rest on first use.
   */
  private constructor(data: KbData, patch: PeoplePatch | null) {
    let coverage = { ...data.coverage };
    this.rolesCoverage = { from: data.coverage.from, to: data.rolesCoverageTo ?? data.coverage.to };
    this.dissolutions = (data.dissolutions ?? []).map(([dissolved, pollingDay]) => ({ dissolved, pollingDay }));
    const rows = data.people;
    const stored = new StoredPeople(rows, data);
    let people: readonly KbPerson[] | null = null;
    if (patch) {
      const decoded = stored.all();
      const patched = patch(decoded, coverage);
      coverage = patched.coverage;
      if (patched.people !== decoded) people = patched.people;
    }
    this.coverage = coverage;
    const personAt = (i: number) => stored.at(i);
    // The build-time tables index the data's own people: a patched list (the data update) is read whole instead.
    const unpatched = people === null;
    this.everyone = people ?? stored;
    if (unpatched && data.nameTables) this.names = new StoredNameIndex(data.nameTables, personAt);
    else {
      const index = new NameIndex();
      const all = people ?? stored.all();
      const storedNames = people ? storedNamesById(rows, stored.all()) : (_: KbPerson, i: number) => rows.at(i)![7];
      all.forEach((person, i) => {
        const names = storedNames(person, i);
        index.add(person, names === undefined ? undefined : decodePersonNames(names));
      });
      this.names = index;
    }
    const holders = storedHolders(personAt);
    const seatHolders = data.seatHolders, officeHolders = data.officeHolders;
    // Everyone is read only where a table is missing (patched or hand-made data): a getter, made then.
    const kb = this;
    const seatKeys = data.constituencyKeys && once(() => storedSeatKeys(data.constituencies, data.constituencyKeys!));
    this.seats = new SeatIndex(unpatched ? {
      get people() { return kb.everyoneList(); },
      names: data.constituencies, get keys() { return seatKeys?.(); },
      holdersOf: seatHolders && ((i) => holders(`seat ${i}`, seatHolders[i])),
    } : { get people() { return kb.everyoneList(); } });
    // A person made from their row has their offices there; every row is read (made on the first other
    // person asked about) only for patched people, whom the data's table does not index.
    const rolesOf = (id: string) => {
      const i = stored.madeIndexOf(id);
      return i === undefined ? roles().get(id) : rows.at(i)![6];
    };
    const roles = once(() => {
      const byId = new Map<string, KbRoleRow[] | string>();
      for (const row of rows) if (row[6].length) byId.set(row[0], row[6]);
      return byId;
    });
    const officeIndexOf = once(() => new Map(data.offices.map((o, i) => [o, i])));
    this.officeIndex = new OfficeIndex(this.rolesCoverage.from, this.rolesCoverage.to, data.officesCompleteTo ?? {}, {
      get people() { return kb.everyoneList(); },
      officesOf: (id) => roleRows(rolesOf(id) ?? []).map((r) => decodeOffice(r, data)),
      stored: unpatched && officeHolders ? {
        names: data.offices,
        holdersOf: (name) => { const i = officeIndexOf().get(name); return i === undefined ? [] : holders(`office ${i}`, officeHolders[i]); },
      } : undefined,
    });
  }

  /** Every person in the data's order (made from their rows now, for the bundled data). */
  private everyoneList(): readonly KbPerson[] {
    return this.everyone instanceof StoredPeople ? this.everyone.all() : this.everyone;
  }

  /** Id → person, made on first use (the look-ups of a text go through the name index). */
  private get byId(): Map<string, KbPerson> {
    if (this.byIdBuilt) return this.byIdBuilt;
    const byId = new Map<string, KbPerson>();
    for (const p of this.everyoneList()) byId.set(p.id, p);
    return (this.byIdBuilt = byId);
  }

  /** Every person of the data (do not modify). */
  people(): IterableIterator<KbPerson> {
    return this.byId.values();
  }

  /** Number of people in the data. */
  get size(): number {
    return this.byId.size;
  }

  person(id: string): KbPerson | undefined {
    return this.byId.get(id);
  }

  // --- names (frozen arrays: do not modify) ---

  /** People whose name or another name form equals this one (case, accents, honorifics, hyphens aside). */
  byFullName(name: string): KbPerson[] {
    return this.names.byFullName(name);
  }

  /**
   * People a name as the press writes it stands for: its full-name matches, else those whose record
   * has another form of the given name ("Rob Halfon" for Robert Halfon, "Christopher Pincher" for
   * Chris Pincher), by the short-forms table.
   */
  byWrittenName(name: string): KbPerson[] {
    const exact = this.names.byFullName(name);
    if (exact.length) return exact;
    const [given, ...rest] = normalizeName(name).split(' ');
    if (!rest.length) return exact;
    const out: KbPerson[] = [];
    for (const form of givenNameForms(given)) for (const p of this.names.byFullName(`${form} ${rest.join(' ')}`)) if (!out.includes(p)) out.push(p);
    return out;
  }

  /** People with this surname: multi-word (Duncan Smith) and hyphenated (Rees-Mogg) ones, and real other surnames (maiden, married). */
  bySurname(surname: string): KbPerson[] {
    return this.names.bySurname(surname);
  }

  /** People with this given name, or a form of it their aliases use ("Edward" Miliband). */
  byGiven(given: string): KbPerson[] {
    return this.names.byGiven(given);
  }

  /** The person's sex where the records make it certain (an honorific, or a given name only one sex bears), else unknown. */
  genderOf(p: KbPerson): Gender {
    return recordedGender(p);
  }

  /** Known names (as normalised words, longest first) that start with this normalised word, for scanning a text. */
  namesStartingWith(token: string): ReadonlyArray<NameEntry> {
    return this.names.namesStartingWith(token);
  }

  // --- membership by date ---

  /** The term holding the date (start <= date <= end; an open end runs on); none while Parliament is dissolved. */
  termOn(p: KbPerson, date: string): KbTerm | null {
    // An analysis asks this of the same people on one date many times (every mention, every
    // candidate of a name): the answers of the last date asked are kept.
    let memo = this.termsOn;
    if (memo.date !== date) memo = this.termsOn = { date, dissolved: this.dissolutionOn(date) !== null, terms: new Map() };
    if (memo.dissolved) return null;
    let term = memo.terms.get(p);
    if (term === undefined) memo.terms.set(p, (term = this.recordedTermOn(p, date)));
    return term;
  }

  /** termOn's answers for one date (people's terms never change once a knowledge base is built). */
  private termsOn: { date: string; dissolved: boolean; terms: Map<KbPerson, KbTerm | null> } = { date: '', dissolved: false, terms: new Map() };

  /** The term of the data holding the date, dissolutions aside (the data merges terms across them). */
  private recordedTermOn(p: KbPerson, date: string): KbTerm | null {
    for (const t of p.terms) if (within(date, t.start, t.end)) return t;
    return null;
  }

  /** The latest term that ended before the date (for a party during a dissolution). */
  private lastTermBefore(p: KbPerson, date: string): KbTerm | null {
    let last: KbTerm | null = null;
    for (const t of p.terms) if (t.end !== null && t.end < date) last = t;
    return last;
  }

  /** The dissolution in force on the date (from the dissolution to the day before polling day), or null. */
  dissolutionOn(date: string): Dissolution | null {
    const d = this.dissolutions[this.lastDissolvedBy(date)];
    return d && date < d.pollingDay ? d : null;
  }

  /** The first dissolution after the date, or null. */
  private dissolutionAfter(date: string): Dissolution | null {
    return this.dissolutions[this.lastDissolvedBy(date) + 1] ?? null;
  }

  /** The first dissolution strictly inside (after, before] two dates, or null. */
  private dissolutionBetween(after: string, before: string): Dissolution | null {
    const d = this.dissolutionAfter(after);
    return d && d.dissolved <= before ? d : null;
  }

  /**
   * The index of the last dissolution on or before the date, or -1. A binary search: termOn asks for
   * every mention, and the dissolutions are in date order, each over before the next begins.
   */
  private lastDissolvedBy(date: string): number {
    return lastIndexWhere(this.dissolutions.length, (k) => this.dissolutions[k].dissolved <= date);
  }

  /**
   * On a day Parliament stood dissolved, what a member who sat up to the dissolution was: their term
   * to it and, when re-elected, the term from polling day. Null when not dissolved or not a member then.
   */
  dissolvedMembership(p: KbPerson, date: string): DissolvedMembership | null {
    const d = this.dissolutionOn(date);
    if (!d) return null;
    const before = this.recordedTermOn(p, dayBefore(d.dissolved)) ?? this.recordedTermOn(p, d.dissolved);
    if (!before) return null;
    const after = p.terms.find((t) => t.start >= d.pollingDay && daysBetween(d.pollingDay, t.start) <= 1)
      ?? (within(d.pollingDay, before.start, before.end) ? before : null);
    return { ...d, before: termEndingAt(before, d.dissolved), after: after ? termFrom(after, d.pollingDay) : null };
  }

  isSitting(p: KbPerson, date: string): boolean {
    return this.termOn(p, date) !== null;
  }

  /** Party, seat, the terms touching the one of the date, and the offices held then; null when not sitting. */
  mpInfo(p: KbPerson, date: string): MpInfo | null {
    const term = this.termOn(p, date);
    if (!term) return null;
    const i = p.terms.indexOf(term);
    const before = p.terms[i - 1], after = p.terms[i + 1];
    const previous = before && touches(before, term) ? before : null;
    const next = after && touches(term, after) ? after : null;
    const since = this.sittingSince(p, i);
    const info: MpInfo = {
      personId: p.id,
      name: p.name,
      party: term.party,
      constituency: term.constituency,
      term,
      previous,
      next,
      sittingSince: since,
      sinceRecordsStart: since <= this.coverage.from,
      offices: this.offices(p.id, date),
      asOf: date,
    };
    const previousAcross = previous && previous.end ? this.dissolutionBetween(previous.end, term.start) : null;
    const nextAcross = next && term.end ? this.dissolutionBetween(term.end, next.start) : null;
    if (previousAcross) info.previousAcross = previousAcross;
    if (nextAcross) info.nextAcross = nextAcross;
    const ends = this.dissolutionAfter(date);
    if (ends) info.parliamentEnds = ends;
    return info;
  }

  /** Start of the unbroken run of touching terms (re-elections included) that ends with term i. */
  private sittingSince(p: KbPerson, i: number): string {
    let k = i;
    while (k > 0 && touches(p.terms[k - 1], p.terms[k])) k--;
    return p.terms[k].start;
  }

  /** Is this the name of a constituency in the records (at any date)? */
  isSeat(name: string): boolean {
    return this.seats.isSeat(name);
  }

  /** Are these words a constituency's name, or two or three words of one ("Bethnal Green")? A place is never a person. */
  isPlace(words: readonly string[]): boolean {
    return this.seats.isPlace(words);
  }

  // --- offices ---

  /** Offices the records show the person holding on the date (an open record counts up to its `asOf`). */
  offices(personId: string, date: string): KbOffice[] {
    return this.officeIndex.heldBy(personId, date);
  }

  /** Every office the records give the person, earliest first. */
  officesEver(personId: string): KbOffice[] {
    return this.officeIndex.everHeldBy(personId);
  }

  /** Who the records show holding an office (its exact name, or a pattern over names) on a date. */
  officeHolders(office: string | RegExp, date: string): KbPerson[] {
    return this.officeIndex.holdersOn(this.officeNames(office), date);
  }

  /** Office names equal to the string or matching the pattern (a /g or /y flag would make test() stateful: dropped). */
  private officeNames(office: string | RegExp): string[] {
    if (typeof office === 'string') return [office];
    const re = new RegExp(office.source, office.flags.replace(/[gy]/g, ''));
    return this.officeIndex.namesMatching(`/${re.source}/${re.flags}`, (o) => re.test(o));
  }

  /**
   * The people a role noun stands for on a date: "the prime minister", "the Labour leader", "the
   * shadow home secretary", "the former attorney general" (held before the date, not on it), "the
   * Bassetlaw MP" or "the Tory MP for Bracknell" (the member for that seat on the date). Empty
   * when the phrase names no office we know, or when the records of that office do not reach the
   * date (before the data starts; after 2020-10 except curated offices): unknown, not a guess.
   */
  resolveRole(phrase: string, date: string): KbPerson[] {
    const seat = seatQuery(phrase);
    if (seat) return date < this.coverage.from || this.dissolutionOn(date) ? [] : this.seats.holders(seat, date);
    const q = officeQuery(phrase);
    if (!q) return [];
    const names = this.officeIndex.namesMatching(`role:${q.key}`, q.matches);
    if (!this.officeIndex.complete(names, date)) return [];
    if (q.former) return this.officeIndex.formerHoldersOn(names, date);
    const recorded = this.officeIndex.holdersOn(names, date);
    const holders = this.handedOver(q.opposition ? this.ofTheOpposition(recorded, date) : recorded, names, q, date);
    return holders.length || !q.leaderOf ? holders : this.leaderByOffice(q, date);
  }

  /**
   * The holders who sit for the Leader of the Opposition's party on the date: "the shadow home
   * secretary" is the official opposition's, not another party's spokesperson under the same title.
   * No leader of the opposition on record that day: nobody can be told apart, so nobody.
   */
  private ofTheOpposition(holders: KbPerson[], date: string): KbPerson[] {
    if (holders.length === 0) return holders;
    const names = this.officeIndex.namesMatching('leader-of-the-opposition', (o) => o === 'Leader of the Opposition');
    const leaders = this.officeIndex.holdersOn(names, date);
    const partyOf = (p: KbPerson) => (this.recordedTermOn(p, date) ?? this.lastTermBefore(p, date))?.party;
    const parties = new Set(leaders.map(partyOf).filter((x): x is string => !!x));
    return holders.filter((p) => { const party = partyOf(p); return !!party && [...parties].some((l) => samePartyName(l, party)); });
  }

  /**
   * On a handover day the records show the outgoing and the incoming holder both in office: "the new
   * Prime Minister" is the one appointed last, "the outgoing Prime Minister" the one appointed first.
   * One holder, a tie, or a phrase saying neither leaves the holders as they are.
   */
  private handedOver(holders: KbPerson[], names: readonly string[], q: OfficeQuery, date: string): KbPerson[] {
    if (holders.length < 2 || !q.newest === !q.outgoing) return holders;
    const since = (p: KbPerson) => this.offices(p.id, date).filter((o) => names.includes(o.role)).reduce((a, o) => (o.start > a ? o.start : a), '');
    const dated = holders.map((p) => ({ p, start: since(p) })).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const pick = q.newest ? dated[dated.length - 1] : dated[0];
    const next = q.newest ? dated[dated.length - 2] : dated[1];
    return pick.start === next.start ? holders : [pick.p];
  }

  /**
   * No leadership record on the date (a gap, or a party whose leader the data lacks): the leader of
   * the opposition or the prime minister leads their party, so one of the right party is its leader.
   */
  private leaderByOffice(q: OfficeQuery, date: string): KbPerson[] {
    const names = this.officeIndex.namesMatching('leads-a-party', (o) => LEADS_A_PARTY.test(o));
    if (!this.officeIndex.complete(names, date)) return [];
    return this.officeIndex.holdersOn(names, date).filter((p) => {
      const term = this.recordedTermOn(p, date) ?? this.lastTermBefore(p, date); // a leader stays one through a dissolution
      return !!term && samePartyName(term.party, q.leaderOf ?? '');
    });
  }
}

/**
 * The names the compact file stores for a patched person: a person the patch left alone, or whose
 * names it did not change, has those of their row; one it added or renamed has none (worked out).
 */
function storedNamesById(rows: PersonRows, decoded: readonly KbPerson[]): (p: KbPerson) => string | undefined {
  const byId = new Map<string, number>();
  decoded.forEach((p, i) => byId.set(p.id, i));
  return (p) => {
    const i = byId.get(p.id);
    return i !== undefined && sameNames(p, decoded[i]) ? rows.at(i)![7] : undefined;
  };
}

/** The value of `make`, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** People from a stored list of their indexes ("3 17 240"), decoded once per list. */
function storedHolders(personAt: (i: number) => KbPerson): (key: string, list: string | undefined) => readonly KbPerson[] {
  const cache = new Map<string, readonly KbPerson[]>();
  return (key, list) => {
    let found = cache.get(key);
    if (!found) cache.set(key, (found = list ? list.split(' ').map((i) => personAt(+i)) : []));
    return found;
  };
}

/** The rows of the data's people: the JSON's array, or the Node bundles' packed text. */
type PersonRows = KbData['people'];

/** The data's people, each made from its row on first use: an article looks at a few of 2,634. */
class StoredPeople {
  private readonly made: Array<KbPerson | undefined>;
  private readonly madeById = new Map<string, number>();
  private complete = false;

  constructor(private readonly rows: PersonRows, private readonly data: KbData) {
    this.made = new Array<KbPerson | undefined>(rows.length);
  }

  at(i: number): KbPerson {
    let p = this.made[i];
    if (!p) {
      // The row's fields by index, not destructured: destructuring an array runs its iterator, and a
      // person is made while the code is cold (the thousands a first-name look-up reads).
      const row = this.rows.at(i)!;
      this.made[i] = p = new StoredPerson(row[0], row[1], row[2], row[3], row[4], row[5], this.data);
      this.madeById.set(row[0], i);
    }
    return p;
  }

  /** The row of a person already made, by id (undefined for one not made from a row yet). */
  madeIndexOf(id: string): number | undefined {
    return this.madeById.get(id);
  }

  /** Everyone, in the data's order (do not modify). */
  all(): KbPerson[] {
    if (!this.complete) {
      for (let i = 0; i < this.rows.length; i++) this.at(i);
      this.complete = true;
    }
    return this.made as KbPerson[];
  }
}

function sameNames(a: KbPerson, b: KbPerson): boolean {
  return a.name === b.name && a.given === b.given && a.family === b.family
    && a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);
}

/** The term as it stood to a dissolution (a merged term is cut there). */
function termEndingAt(t: KbTerm, dissolved: string): MpTerm {
  const out: MpTerm = { ...t };
  if (t.end === null || t.end >= dissolved) out.end = dayBefore(dissolved);
  delete out.partyAsOf;
  return out;
}

/** The term as it stands from polling day (a merged term starts again there). */
function termFrom(t: KbTerm, pollingDay: string): MpTerm {
  return t.start < pollingDay ? { ...t, start: pollingDay } : { ...t };
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The later term starts within a dissolution's length of the earlier one's end. */
function touches(earlier: MpTerm, later: MpTerm): boolean {
  return earlier.end !== null && daysBetween(earlier.end, later.start) <= TOUCHING_DAYS;
}
