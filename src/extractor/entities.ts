import type { Gender, Mention, MpCandidate, MpStatus, Person } from './types';
import type { KnowledgeBase, KbPerson } from './kb/knowledgeBase';
import type { NameMention } from './mentions';
import { TITLES } from './mentions';
import { firstNameGender } from './lexicon';
import { supplementGender } from './wordGivenNames';
import { addTo, lastBelow, lastIndexWhere, pushTo } from './search';
import { givenNameForms } from './kb/shortForms';
import { capitaliseWords, withoutMarks } from './charClass';
import { presidentsGivenNames } from './usPresidents';
import { knownAbroad, readsAsForeign } from './britishSetting';
import { occupationAfter, occupationBefore } from './occupations';
import { describedOutsideParliament, membersPointedAt, notAMembersTitle, notAnMpsTitle, otherLegislatureMember, outsideAffiliation } from './surnameLinkEvidence';
import { lazyPattern } from './lazyPattern';
import { KeyedMemo } from './keyedMemo';
import { ShortFormChoice } from './shortFormChoice';
import { NO_ONE_FITS, classOf, fittingClasses, only, type ShortFormTitle } from './shortFormClasses';

/** A person being assembled from mentions. */
export interface Entity {
  id: string;
  name: string;
  /** Folded name parts of the fullest form seen: [given…, family]. */
  parts: string[];
  mentions: NameMention[];
  kb: KbPerson | null;
  /** Sitting MPs the mentions could be, when the text does not tell them apart. */
  ambiguous: KbPerson[];
  roles: string[];
}

export interface EntityContext {
  text: string;
  kb: KnowledgeBase;
  date: string;
}

/**
 * Groups full-name mentions into people: one per knowledge-base person (so "Liz Truss" and
 * "Elizabeth Truss" are one), else one per written full name.
 */
export function groupFullNames(full: readonly NameMention[], ctx: EntityContext): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  // A name in no record is looked for among near spellings once, not at each of its mentions.
  const fuzzy = new Map<string, KbPerson | null>();
  const nearSpelling = (parts: readonly string[]): KbPerson | null => {
    const written = parts.join(' ');
    if (!fuzzy.has(written)) fuzzy.set(written, fuzzyKbPerson(parts, ctx));
    return fuzzy.get(written)!;
  };
  // A person's name is written the same way at most of their mentions: its record form worked out once per way.
  const recorded = new Map<KbPerson, Map<string, string>>();
  const recordedSurname = (written: string, person: KbPerson): string => {
    let forms = recorded.get(person);
    if (!forms) recorded.set(person, (forms = new Map()));
    let form = forms.get(written);
    if (form === undefined) forms.set(written, (form = withRecordedSurname(written, person)));
    return form;
  };
  // "Councillor Sarah Jones" is the councillor wherever the article names her, not the MP Sarah Jones;
  // "SNP MSP Alan Brown" sits at Holyrood, not for Kilmarnock; "presenter Fiona Bruce" or "Fiona Bruce, the Question Time presenter," is not the member for Congleton.
  const outside = new Set(full.filter((m) => (m.title && notAMembersTitle(m.title)) || otherLegislatureMember(ctx.text, m.start, m.end) || occupationBefore(ctx.text, m.start) || occupationAfter(ctx.text, m.end)).map((m) => m.parts.join(' ')));
  // In American copy only a member known abroad is meant by their name, and no near spelling is theirs.
  let foreign: boolean | undefined;
  const inBritishCopy = () => !(foreign ??= readsAsForeign(ctx.text));
  const meantHere = (p: KbPerson | null) => (p && (inBritishCopy() || knownAbroad(p, ctx.kb)) ? p : null);
  for (const m of full) {
    if (m.parts.length < 2 && m.kb.length === 0 && !m.alone) continue; // "Mr Corbyn": a short form, placed later
    const titledOutside = outside.has(m.parts.join(' '));
    m.kb = titledOutside ? [] : titledSurnameOf(m, ctx);
    if (m.kb.length && !inBritishCopy()) m.kb = m.kb.filter((p) => knownAbroad(p, ctx.kb));
    const person = meantHere(pickKbPerson(m.kb, ctx, m.start)) ?? (titledOutside || !inBritishCopy() ? null : nearSpelling(m.parts));
    const ambiguous = person ? [] : sittingAmong(m.kb, ctx);
    const key = person ? person.id : m.parts.join(' ');
    let e = byKey.get(key);
    if (!e) {
      e = newEntity(`p${entities.length}`, person, m, ambiguous, writtenName(ctx.text, m));
      entities.push(e);
      byKey.set(key, e);
    } else if (person && m.kb.includes(person)) {
      // The fullest form the article uses: "Iain Duncan Smith" after "Mr Duncan Smith".
      const fuller = recordedSurname(writtenName(ctx.text, m), person);
      if (spaces(fuller) > spaces(e.name)) e.name = fuller;
    }
    e.mentions.push(m);
  }
  return mergeDoubleBarrelled(entities);
}

/** "Long Bailey" for Rebecca Long-Bailey: a two-word name that is someone's hyphenated surname. */
function mergeDoubleBarrelled(entities: Entity[]): Entity[] {
  // The first person of each multi-word name's surname: one map look-up per name keeps thousands of people linear.
  const bySurname = new Map<string, Entity>();
  for (const o of entities) if (o.parts.length > 1 && !bySurname.has(o.parts[o.parts.length - 1])) bySurname.set(o.parts[o.parts.length - 1], o);
  return entities.filter((e) => {
    if (e.kb || e.parts.length !== 2) return true;
    const owner = bySurname.get(e.parts.join('-')); // never e itself: its own surname has no hyphen joining its parts
    if (!owner) return true;
    for (const m of e.mentions) owner.mentions.push({ ...m, form: 'surname' });
    owner.mentions.sort((a, b) => a.start - b.start);
    return false;
  }).map((e, i) => ({ ...e, id: `p${i}` }));
}

/**
 * The name as the article writes it ("Chris Pincher", not the ballot's "Christopher Pincher"), unless
 * the text misspells it ("Nahim Zahawi" is shown as the record's Nadhim Zahawi).
 */
function newEntity(id: string, person: KbPerson | null, m: NameMention, ambiguous: KbPerson[], written: string): Entity {
  const parts = person ? splitName(person.name) : m.parts;
  const name = !person ? written : !m.kb.includes(person) ? person.name : withRecordedSurname(written, person);
  return { id, parts, mentions: [], kb: person, ambiguous, roles: [], name };
}

/**
 * "Chris Pincher" stays as written, "Rebecca Long Bailey" takes the record's "Long-Bailey", and
 * "Emma Little-Pengelly" keeps the hyphen a record without one ("Little Pengelly") leaves out: the
 * surname is hyphenated where either the text or the record hyphenates it.
 */
function withRecordedSurname(written: string, person: KbPerson): string {
  const fold = (x: string) => withoutMarks(x).toLowerCase().replace(/-/g, ' ');
  const family = fold(person.family);
  const w = fold(written);
  if (!w.endsWith(family)) return person.name;
  const given = written.slice(0, written.length - person.family.length).trim();
  const writtenFamily = written.slice(written.length - person.family.length);
  // A hyphen the record lists among the member's other names ("Iain Duncan-Smith") is a known misspelling: the record's form stands.
  const knownVariant = person.aliases.some((a) => a.endsWith(writtenFamily));
  const surname = writtenFamily.includes('-') && !person.family.includes('-') && !knownVariant ? writtenFamily : person.family;
  return given ? `${given} ${surname}` : person.name;
}

/** The spaces in a name, one fewer than its words: counted, not split, at each of a person's full mentions. */
function spaces(name: string): number {
  let n = 0;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) n++;
  return n;
}

function writtenName(text: string, m: NameMention): string {
  let s = text.slice(m.start, m.end).replace(/\s+/g, ' ');
  if (m.title) s = s.slice(s.indexOf(' ') + 1);
  return s === s.toUpperCase() ? titleCase(m.parts.slice(-s.split(' ').length)) : s;
}

function splitName(name: string): string[] {
  return withoutMarks(name).toLowerCase().split(/\s+/);
}

function titleCase(parts: string[]): string {
  return parts.map(capitaliseWords).join(' ');
}

/** Of the knowledge-base people with this name, the one sitting on the date (or the only one). */
function pickKbPerson(people: readonly KbPerson[], ctx: EntityContext, at: number): KbPerson | null {
  if (people.length === 0) return null;
  const sitting = sittingAmong(people, ctx);
  if (sitting.length === 1) return sitting[0];
  if (sitting.length > 1) return byContext(sitting, ctx, at);
  return misspeltSitting(people[0], ctx) ?? (people.length === 1 ? people[0] : null);
}

/**
 * "David Davies" in 2005, when the only David Davies in the data was not yet elected and David Davis
 * sat: a name that fits no sitting member but is one letter from exactly one, with the same first
 * name, is taken as a misspelling of that member's name.
 */
function misspeltSitting(p: KbPerson, ctx: EntityContext): KbPerson | null {
  // The answer depends on the person and the analysis alone: worked out once, not at every mention
  // (each look scans everyone of that first name, and was an eighth of a long article's analysis).
  return misspelt.get(ctx, p);
}

const misspelt = new KeyedMemo<EntityContext, KbPerson, KbPerson | null>((ctx, p) => nearSittingSpelling(p, ctx));

function nearSittingSpelling(p: KbPerson, ctx: EntityContext): KbPerson | null {
  const family = p.family.toLowerCase();
  if (family.length < 5) return null;
  // The spelling is tested first: whether a member sat on the date reads their terms (made from the
  // stored data on first use), and a first name is shared by hundreds of members, few spelt one letter apart.
  const near = ctx.kb.byGiven(p.given).filter((q) => q !== p && surnameOneEditFrom(q, family) && ctx.kb.isSitting(q, ctx.date));
  return near.length === 1 ? near[0] : null;
}

function sittingAmong(people: readonly KbPerson[], ctx: EntityContext): KbPerson[] {
  return people.filter((p) => ctx.kb.isSitting(p, ctx.date));
}

/**
 * Tells sitting MPs apart by what the text says around the mention: a party name or a seat that fits
 * only one of them. Returns null when the text does not decide.
 */
export function byContext(people: readonly KbPerson[], ctx: EntityContext, at: number): KbPerson | null {
  const window = ctx.text.slice(Math.max(0, at - 200), at + 200).toLowerCase();
  const fits = people.filter((p) => {
    const term = ctx.kb.termOn(p, ctx.date);
    if (!term) return false;
    return window.includes(term.constituency.toLowerCase()) || window.includes(partyWord(term.party));
  });
  return fits.length === 1 ? fits[0] : null;
}

function partyWord(party: string): string {
  const p = party.toLowerCase();
  if (p.startsWith('labour')) return 'labour';
  if (p.startsWith('conservative')) return 'conservative';
  if (p.startsWith('liberal')) return 'liberal democrat';
  return p;
}

/**
 * "Nahim Zahawi", "Dominic Grieves": a name in no record that is a letter or two from exactly one
 * sitting member — the same surname with a misspelt first name (misspeltGivenName), or the same first
 * name with a surname one edit away.
 */
function fuzzyKbPerson(parts: readonly string[], ctx: EntityContext): KbPerson | null {
  if (parts.length !== 2) return null;
  const given = parts[0], family = parts[1];
  // One person near, or none (several is none too). By index, with no set, array pattern or spread:
  // asked of every unknown two-word name, and each was an iterator step per member while cold (154 MB
  // of allocation when thousands of people share four first names, of 1.18 GB).
  let near: KbPerson | null = null, several = false;
  const nearTo = (p: KbPerson) => { if (near === null) near = p; else if (near !== p) several = true; };
  if (given.length >= 4) {
    const same = ctx.kb.bySurname(family);
    for (let i = 0; i < same.length && !several; i++) if (misspeltGivenName(given, foldGiven(same[i])) && ctx.kb.isSitting(same[i], ctx.date)) nearTo(same[i]);
  }
  // As in nearSittingSpelling, the spelling before the terms.
  if (family.length >= 5) {
    const same = ctx.kb.byGiven(given);
    for (let i = 0; i < same.length && !several; i++) if (surnameOneEditFrom(same[i], family) && ctx.kb.isSitting(same[i], ctx.date)) nearTo(same[i]);
  }
  return several ? null : near;
}

/**
 * Whether `written` can be a misspelling of a member's first name `recorded`. A first name of its own is
 * another person's name, not a slip, unless one letter apart with the same gender ("Phillip" for Philip):
 * on PolNeAR's US copy, Andrea Mitchell, Bonnie Campbell and Garrett Johnson became the members Andrew
 * Mitchell, Ronnie Campbell and Gareth Johnson. Two edits only between long names: two turn
 * "Sian" into "Susan" and "Curt" into "Cat".
 */
function misspeltGivenName(written: string, recorded: string): boolean {
  const d = editDistance(recorded, written);
  if (d === 0) return false;
  const gender = givenNameGender(written);
  if (gender) return d === 1 && gender === givenNameGender(recorded);
  return d === 1 || (d === 2 && Math.min(written.length, recorded.length) >= 7);
}

function foldGiven(p: KbPerson): string {
  return withoutMarks(p.given).toLowerCase();
}

/**
 * The member's surname, lower-cased, is one edit (a letter changed, added or dropped) from `family`:
 * `editDistance(…) === 1`, asked of every member with a first name (hundreds for "John"), without
 * the table. Lower-casing never shortens a string (only "İ" changes length, and it grows), so a
 * surname two or more letters longer is passed over before it is lower-cased.
 */
function surnameOneEditFrom(p: KbPerson, family: string): boolean {
  return p.family.length <= family.length + 1 && oneEditApart(p.family.toLowerCase(), family);
}

/** Levenshtein distance of a and b is exactly 1 (UTF-16 code units, as `editDistance` compares). */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let differ = 0;
    for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++differ > 1) return false;
    return differ === 1;
  }
  if (a.length !== b.length + 1 && b.length !== a.length + 1) return false;
  const short = a.length < b.length ? a : b, long = a.length < b.length ? b : a;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  for (; i < short.length; i++) if (short.charCodeAt(i) !== long.charCodeAt(i + 1)) return false; // the long one's letter i dropped
  return true;
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/**
 * Places short forms (Corbyn, Mr Corbyn, Sir Keir) on people: the person of that surname (or first
 * name) mentioned most recently, else a sitting MP of that surname, else a new person.
 */
export function placeShortForms(short: readonly NameMention[], entities: Entity[], ctx: EntityContext): void {
  const index = new NameIndex(entities);
  const judges = new JudgesNamed(ctx.text);
  const choices = new ShortFormChoices(index, judges, ctx);
  const positions = surnamePositions(short);
  for (let at = 0; at < short.length; at++) {
    const m = short[at];
    const key = m.parts[m.parts.length - 1];
    const kept = choices.pick(m);
    let target = kept !== undefined ? kept : pickAmong(notTheMember(candidates(m, index, judges, ctx), m, ctx), m, index);
    if (!target) {
      target = fromKnowledgeBase(m, key, entities, ctx, laterSurnames(short, positions, at, key));
      if (target) index.add(target);
    }
    if (!target) continue;
    if (m.form === 'surname' && m.title && target.parts[0] === key && target.parts.length > 1) m.form = 'given';
    choices.place(target, m);
    index.mentioned(target, m.start);
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
}

/**
 * The people a short form may be, before its place in the text is read: by name (the first of the
 * name's lists that anyone fits), the bench, the presidency and the title's sex (fittingClasses);
 * notTheMember then sets aside the MPs it cannot be for what follows it.
 */
function candidates(m: NameMention, index: NameIndex, judges: JudgesNamed, ctx: EntityContext): Entity[] {
  const list = fittingList(m, index, judges, ctx);
  if (!list) return [];
  return list.people.filter((_, i) => (list.chosen & only(list.classes[i])) !== 0);
}

/** One list of the people of a short form's name, each person's class, and the classes that fit (shortFormClasses). */
interface FittingList {
  readonly people: readonly Entity[];
  readonly classes: readonly number[];
  readonly chosen: number;
  readonly title: ShortFormTitle | null;
  /** The name's first list, where the bench is told apart from everyone else. */
  readonly judgesApart: boolean;
}

/**
 * The first list of m's name that anyone fits: the people of the surname (and, after a title, of the
 * first name; for a first name, of it), "President" keeping those of a president's first name; then
 * those of both words joined ("Mr Duncan Smith" for a double-barrelled surname) and those whose
 * record's surname the hyphenated one spells ("Mr Duncan-Smith" for Iain Duncan Smith).
 */
function fittingList(m: NameMention, index: NameIndex, judges: JudgesNamed, ctx: EntityContext): FittingList | null {
  const key = m.parts[m.parts.length - 1];
  const title = m.title ? shortFormTitle(m.title) : null;
  // (concat, not a spread: no iterator per short form while the loop is cold)
  let people = m.form === 'given' ? index.withGiven(key) : m.title ? index.withSurname(key).concat(index.withGiven(key)) : index.withSurname(key);
  if (m.title && m.title.toLowerCase() === 'president') people = presidentAmong(people, key, ctx.date);
  return classed(people, title, true, judges)
    ?? (m.parts.length === 2 ? classed(index.withSurname(m.parts.join('-')), title, false, judges) : null)
    ?? (key.includes('-') ? classed(index.withRecordSurname(key.replace(/-/g, ' ')), title, false, judges) : null);
}

/** The list with its people's classes and the classes that fit, or null if it has no one who fits. */
function classed(people: readonly Entity[], title: ShortFormTitle | null, judgesApart: boolean, judges: JudgesNamed): FittingList | null {
  if (people.length === 0) return null;
  const classes = new Array<number>(people.length);
  let occupied = 0;
  for (let i = 0; i < people.length; i++) occupied |= only((classes[i] = classFor(people[i], title, judgesApart, judges)));
  const chosen = fittingClasses(occupied, title, judgesApart);
  return chosen === NO_ONE_FITS ? null : { people, classes, chosen, title, judgesApart };
}

/** A person's class as a short form with this title reads it: the bench only after a title, the sex only after a title of a sex. */
function classFor(e: Entity, title: ShortFormTitle | null, judgesApart: boolean, judges: JudgesNamed): number {
  const judge = title !== null && judgesApart && judges.is(e);
  return classOf(judge, title && title.sex !== 'unknown' ? entityGender(e) : 'unknown', !!e.kb);
}

/** What a title as written tells a short form, remembered by its spelling. */
function shortFormTitle(title: string): ShortFormTitle {
  let facts = shortFormTitles.get(title);
  if (!facts) shortFormTitles.set(title, (facts = { sex: genderOfTitle(title), judicial: JUDICIAL_TITLE.test(title), noMp: notAnMpsTitle(title) }));
  return facts;
}

const shortFormTitles = new Map<string, ShortFormTitle>();

/** The person mentioned last before m (for a bare surname, the first mentioned) of those it may be. */
function pickAmong(among: readonly Entity[], m: NameMention, index: NameIndex): Entity | null {
  return m.form === 'surname' && !m.title && among.length > 1 ? index.first(among, m.start) : index.nearest(among, m.start);
}

/** Short forms written one way in a row, meeting the same people, before their choice is kept. */
const STEADY = 16;

/**
 * Whom short forms written one way may be, kept (ShortFormChoice) once the same way of writing has met
 * the same people STEADY times: "James said" at each of 32,000 paragraphs asked every James the article
 * names which of them it could be and where each was mentioned last, 18.8 s of CPU against 1.1 s for
 * 4,000 (issue 16). A choice is made afresh when someone joins the name; a person who becomes a judge
 * or is given a sex by a title moves class within the choices they are in.
 */
class ShortFormChoices {
  private readonly byForm = new Map<string, { version: number; runs: number; choice: ShortFormChoice<Entity> | null }>();
  /** The kept choices each person is among, so a mention placed on them reaches those choices. */
  private readonly among = new Map<Entity, Set<ShortFormChoice<Entity>>>();
  /** People a title has given a sex: a later title cannot change what entityGender answers. */
  private readonly sexSettled = new Set<Entity>();

  constructor(private readonly index: NameIndex, private readonly judges: JudgesNamed, private readonly ctx: EntityContext) {}

  /** Whom m is by its way of writing's kept choice (null: no one), or undefined where none is kept for it. */
  pick(m: NameMention): Entity | null | undefined {
    const form = `${m.form}\u0000${m.title ?? ''}\u0000${m.parts.join('\u0000')}`;
    const choice = this.steady(form, m);
    if (!choice) return undefined;
    const answer = choice.pick(m.start, () => outsideAffiliation(this.ctx.text, m.end, false));
    // Every person of the choice's list is now a judge: made again later, over the name's next list.
    if (answer === undefined) this.drop(form, this.byForm.get(form)!.version);
    return answer;
  }

  /** Gives m to `target`, and moves a person it makes a judge or gives a sex within the choices they are in. */
  place(target: Entity, m: NameMention): void {
    const wasJudge = m.title !== null && this.judges.is(target);
    const sexBefore = this.sexMayChange(target, m) ? entityGender(target) : null;
    target.mentions.push(m);
    let moved = m.title !== null && !wasJudge && this.judges.is(target);
    if (sexBefore !== null) {
      this.sexSettled.add(target);
      moved ||= entityGender(target) !== sexBefore;
    }
    for (const choice of this.among.get(target) ?? []) {
      choice.placed(target, m.start);
      if (moved) choice.moved(target, m.start);
    }
  }

  private steady(form: string, m: NameMention): ShortFormChoice<Entity> | null {
    const version = this.index.versionFor(m);
    const seen = this.byForm.get(form);
    if (!seen || seen.version !== version) {
      this.drop(form, version);
      return null;
    }
    if (seen.choice || ++seen.runs < STEADY) return seen.choice;
    seen.choice = this.choiceFor(m);
    for (const e of seen.choice.people()) addTo(this.among, e, seen.choice);
    return seen.choice;
  }

  private choiceFor(m: NameMention): ShortFormChoice<Entity> {
    const list = fittingList(m, this.index, this.judges, this.ctx);
    const title = list?.title ?? null, judgesApart = list?.judgesApart ?? false;
    const facts = {
      classOf: (e: Entity) => classFor(e, title, judgesApart, this.judges),
      starts: (e: Entity) => e.mentions.map((x) => x.start),
      unnamedMember,
    };
    // No list fitting: no one, until someone joins the name (once a judge, always one).
    return new ShortFormChoice(list?.people ?? [], facts, title, judgesApart, m.form === 'surname' && !m.title);
  }

  private drop(form: string, version: number): void {
    const choice = this.byForm.get(form)?.choice;
    if (choice) for (const e of choice.people()) this.among.get(e)?.delete(choice);
    this.byForm.set(form, { version, runs: 0, choice: null });
  }

  private sexMayChange(e: Entity, m: NameMention): boolean {
    return m.title !== null && genderOfTitle(m.title) !== 'unknown' && !this.sexSettled.has(e);
  }
}

/** Titles a judge is named by: "Judge Ames", "Justice Ames". */
const JUDICIAL_TITLE = /^(?:judge|justice)$/i;

/** "Mr Justice", "Lady Justice": the English bench's form of a judge's title, before "Justice Ames". */
const BENCH_TITLE_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Lord|Lady)\.? $/u);

/**
 * "Mr Justice Ames said… Mr Ames, the defendant,": a person named as a judge in the bench's form is
 * named so throughout ("Mr Justice Ames", "the judge"); a later "Mr Ames" is someone else.
 */
function benchForm(x: NameMention, text: string): boolean {
  return x.title !== null && /^justice$/i.test(x.title) && BENCH_TITLE_BEFORE().test(text.slice(Math.max(0, x.start - 6), x.start));
}

/**
 * Who is named as a judge, each mention read once as a person's mentions grow. Asking all of a person's
 * mentions at every short form made a run of thousands of "Mr Smith" quadratic (issue 16); a person's
 * mentions only grow while short forms are placed, and once a judge, always one.
 */
class JudgesNamed {
  private readonly read = new Map<Entity, { upTo: number; judge: boolean }>();
  constructor(private readonly text: string) {}

  is(e: Entity): boolean {
    let r = this.read.get(e);
    if (!r) this.read.set(e, (r = { upTo: 0, judge: false }));
    while (!r.judge && r.upTo < e.mentions.length) r.judge = benchForm(e.mentions[r.upTo++], this.text);
    return r.judge;
  }
}

/**
 * The people a short form may be, less an MP the article names only later when the short form comes
 * with a description outside Parliament ("Mrs Phillips, a caller from Walsall," before Jess Phillips).
 * An MP named before keeps the short form whatever follows it ("Nigel Farage… Mr Farage, a long-time
 * critic of the EU,"). (A title no MP is written with, "Cllr Smith", is fittingClasses's.)
 */
function notTheMember(people: Entity[], m: NameMention, ctx: EntityContext): Entity[] {
  if (!people.some((e) => e.kb) || !outsideAffiliation(ctx.text, m.end, false)) return people;
  return people.filter((e) => !unnamedMember(e, m.start));
}

/** An MP the article has not named before `at`: set apart where a short form there is described outside Parliament. */
function unnamedMember(e: Entity, at: number): boolean {
  return !!e.kb && !e.mentions.some((x) => x.start < at);
}

/**
 * "President Obama" beside Michelle Obama, "President Clinton" beside Hillary: where a US president of that
 * surname had taken office by the article's date, the title fits only people of that first name (or of none
 * written), so a president is never the nearest person who shares the surname.
 */
function presidentAmong(fits: Entity[], surname: string, date: string): Entity[] {
  const given = presidentsGivenNames(surname, date);
  if (given.size === 0) return fits;
  return fits.filter((e) => e.parts.length === 1 || given.has(e.parts[0]) || givenNameForms(e.parts[0]).some((g) => given.has(g)));
}

/** People named by a first name alone ("Michelle, a mother of twins, said"): one per name, as written. */
export function addLoneGivenNames(mentions: readonly NameMention[], entities: Entity[], ctx: EntityContext): void {
  const byName = new Map<string, Entity>();
  for (const m of mentions) {
    let e = byName.get(m.parts[0]);
    if (!e) {
      e = { id: `p${entities.length}`, parts: m.parts, mentions: [], kb: null, ambiguous: [], roles: [], name: ctx.text.slice(m.start, m.end) };
      entities.push(e);
      byName.set(m.parts[0], e);
    }
    e.mentions.push(m);
  }
}

function opposite(g: Gender): Gender {
  return g === 'male' ? 'female' : g === 'female' ? 'male' : 'unknown';
}

/**
 * People by surname and first name, with where each is mentioned, so a long article stays linear; and
 * a count of changes to the people of each name, so that a choice kept for a name (ShortFormChoices)
 * is dropped when one of them changes.
 */
class NameIndex {
  private readonly surnames = new Map<string, Entity[]>();
  private readonly given = new Map<string, Entity[]>();
  private readonly recordSurnames = new Map<string, Entity[]>();
  private readonly starts = new Map<Entity, number[]>();
  private readonly changes = new Map<string, number>();
  private readonly names = new Map<Entity, string[]>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) this.add(e);
  }

  add(e: Entity): void {
    const surname = e.parts[e.parts.length - 1];
    const names = [SURNAME + surname];
    pushTo(this.surnames, surname, e);
    const family = e.kb && withoutMarks(e.kb.family).toLowerCase();
    if (family && family.includes(' ')) {
      pushTo(this.recordSurnames, family, e);
      names.push(RECORD_SURNAME + family);
    }
    if (e.parts.length > 1) {
      for (const form of [e.parts[0], ...givenNameForms(e.parts[0])]) { // "Matt" for Matthew Hancock
        pushTo(this.given, form, e);
        names.push(GIVEN + form);
      }
    }
    this.starts.set(e, e.mentions.map((m) => m.start).sort((a, b) => a - b));
    this.names.set(e, names);
    this.changed(e);
  }

  /** Someone joined e's names: a choice kept for any of them is out of date. */
  private changed(e: Entity): void {
    for (const name of this.names.get(e) ?? []) this.changes.set(name, (this.changes.get(name) ?? 0) + 1);
  }

  /** A number that grows whenever someone joins the names m may find. (Each count only grows, so their sum does too.) */
  versionFor(m: NameMention): number {
    const key = m.parts[m.parts.length - 1];
    return this.count(SURNAME + key) + this.count(GIVEN + key) + this.count(SURNAME + m.parts.join('-')) + this.count(RECORD_SURNAME + key.replace(/-/g, ' '));
  }

  private count(name: string): number {
    return this.changes.get(name) ?? 0;
  }

  withSurname(key: string): Entity[] {
    return this.surnames.get(key) ?? [];
  }

  /** People whose record's surname is these words ("duncan smith"): a hyphenated spelling of it finds them. */
  withRecordSurname(words: string): Entity[] {
    return this.recordSurnames.get(words) ?? [];
  }

  withGiven(key: string): Entity[] {
    return this.given.get(key) ?? [];
  }

  mentioned(e: Entity, at: number): void {
    const list = this.starts.get(e);
    if (!list) return;
    let i = list.length;
    while (i > 0 && list[i - 1] > at) i--;
    list.splice(i, 0, at);
  }

  /** Of the people mentioned before `at`, the one mentioned first (or, if none, the nearest). */
  first(entities: readonly Entity[], at: number): Entity | null {
    let best: Entity | null = null, bestPos = Infinity;
    for (let n = 0; n < entities.length; n++) { // by index: no iterator per short form while cold
      const e = entities[n];
      const list = this.starts.get(e) ?? [];
      if (list.length && list[0] < at && list[0] < bestPos) { best = e; bestPos = list[0]; }
    }
    return best ?? this.nearest(entities, at);
  }

  /** The person whose mention is closest before `at` (or the first after it). */
  nearest(entities: readonly Entity[], at: number): Entity | null {
    let best: Entity | null = null, bestPos = -Infinity, firstAfter: Entity | null = null, firstAfterPos = Infinity;
    for (let n = 0; n < entities.length; n++) { // by index: no iterator per short form while cold
      const e = entities[n];
      const list = this.starts.get(e) ?? [];
      const i = lastBelow(list, at);
      if (i >= 0 && list[i] > bestPos) { best = e; bestPos = list[i]; }
      const after = list[i + 1];
      if (after !== undefined && after > at && after < firstAfterPos) { firstAfter = e; firstAfterPos = after; }
    }
    return best ?? firstAfter;
  }
}



const SURNAME = 's\u0000', GIVEN = 'g\u0000', RECORD_SURNAME = 'r\u0000';


/** Peers sit in the Lords: "Baroness Morgan" is never a sitting MP called Morgan. */
const PEERS = /^(?:lord|baroness)\.?$/i;

/** Later mentions read for a member's evidence: a few are enough, and a long article keeps linear. */
const LATER_READ = 8;

/**
 * Where each surname's short forms (first names left out) stand in the list, in order, so that
 * laterSurnames reads the next few after a mention rather than walking on through the list: to its
 * end for a surname written few times more, at each person made (about 5 ms of the 1 MB article).
 * Made before any is placed: placing changes the form of the mention placed only, never a later one.
 */
function surnamePositions(short: readonly NameMention[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < short.length; i++) {
    const x = short[i];
    if (x.form !== 'given') pushTo(out, x.parts[x.parts.length - 1], i);
  }
  return out;
}

/** The next few short forms after short[at] of the same surname (they join the person it makes). */
function laterSurnames(short: readonly NameMention[], positions: ReadonlyMap<string, number[]>, at: number, key: string): NameMention[] {
  const out: NameMention[] = [];
  const list = positions.get(key);
  if (!list) return out;
  for (let k = lastIndexWhere(list.length, (j) => list[j] <= at) + 1; k < list.length && out.length < LATER_READ; k++) out.push(short[list[k]]);
  return out;
}

function fromKnowledgeBase(m: NameMention, key: string, entities: Entity[], ctx: EntityContext, later: readonly NameMention[]): Entity | null {
  const members = m.title && PEERS.test(m.title) ? [] : titleFits(m, sittingAmong(ctx.kb.bySurname(key), ctx), ctx);
  // A surname alone is a member only where the text points at them (surnameLinkEvidence.ts).
  const sitting = membersPointedAt(members, m, ctx, later);
  if (sitting.length === 0 && !m.title) return null;
  const person = sitting.length === 1 ? sitting[0] : sitting.length > 1 ? byContext(sitting, ctx, m.start) : null;
  const ambiguous = person ? [] : sitting.length > 1 ? sitting : members.length > 1 && !describedOutsideParliament(m, ctx.text) ? members : [];
  const e: Entity = {
    id: `p${entities.length}`, kb: person, ambiguous, roles: [], mentions: [],
    parts: person ? splitName(person.name) : [key],
    // "Rep. McCaul" is McCaul as written, not "Mccaul"
    name: person ? person.name : ambiguous.length > 1 ? `${m.title ?? ''} ${titleCase([key])}`.trim() : writtenName(ctx.text, m),
  };
  entities.push(e);
  return e;
}

/**
 * A title of the other sex rules members out ("Mr Morgan" is not Nicky Morgan, whose sex the records
 * make certain), but only when it rules out all of them: picking one of several by the title alone
 * would make a US article's "Mr Phillips" a British MP, so several stay as they were.
 */
function titleFits(m: NameMention, people: KbPerson[], ctx: EntityContext): KbPerson[] {
  const g = m.title ? genderOfTitle(m.title) : 'unknown';
  if (g === 'unknown') return people;
  return people.some((p) => ctx.kb.genderOf(p) !== opposite(g)) ? people : [];
}

/**
 * "Mr Duncan Smith": after a title, words that are no one's full name but a sitting member's surname
 * of two or three words are that member (Iain Duncan Smith), not a new person called Duncan Smith.
 */
function titledSurnameOf(m: NameMention, ctx: EntityContext): KbPerson[] {
  if (!m.title || m.kb.length || m.parts.length < 2 || m.parts.length > 3) return m.kb;
  return titleFits(m, sittingAmong(ctx.kb.bySurname(m.parts.join(' ')), ctx), ctx);
}

/** Gender from titles used in the mentions, else from the first name. */
export function entityGender(e: Entity): Gender {
  for (let i = 0; i < e.mentions.length; i++) { // by index: asked per pronoun, mostly before the optimiser runs
    const m = e.mentions[i];
    const g = m.title ? genderOfTitle(m.title) : 'unknown';
    if (g !== 'unknown') return g;
  }
  const given = e.kb?.given ?? (e.parts.length > 1 ? e.parts[0] : '');
  return (given && givenNameGender(given)) || 'unknown';
}

/**
 * The sex a title as written gives ("Mr", "Mrs.", "Dr": unknown), remembered by its spelling: asked at
 * every short form and, through entityGender, for each person a title or a pronoun is matched with,
 * each time lower-casing and copying the title before.
 */
function genderOfTitle(title: string): Gender {
  let g = titleGenders.get(title);
  if (g === undefined) titleGenders.set(title, (g = TITLES.get(title.toLowerCase().replace('.', '')) ?? 'unknown'));
  return g;
}

/** Titles as written (a few dozen spellings of TITLES' words) and their sex. */
const titleGenders = new Map<string, Gender>();

/** The usual gender of a first name: the lexicon's, else the supplement's (names it lacks or knows as words). */
function givenNameGender(word: string): Gender | null {
  return firstNameGender(word) ?? supplementGender(word);
}

/** The public shape of a person, with MP facts on the date. */
export function toPerson(e: Entity, ctx: EntityContext, text: string): Person {
  const mentions: Mention[] = e.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), form: m.form }));
  const { mp, status } = mpFacts(e, ctx);
  const person: Person = { id: e.id, name: e.name, mentions, gender: entityGender(e), mp, mpStatus: status, roles: e.roles };
  if (status === 'ambiguous') person.candidates = e.ambiguous.map((p) => candidate(p, ctx));
  if (e.kb && e.kb.name !== e.name) person.recordName = e.kb.name;
  const dissolved = status === 'not-mp' && e.kb ? ctx.kb.dissolvedMembership(e.kb, ctx.date) : null;
  if (dissolved) person.dissolved = dissolved;
  return person;
}

function mpFacts(e: Entity, ctx: EntityContext): { mp: Person['mp']; status: MpStatus } {
  const cov = ctx.kb.coverage;
  const outside = ctx.date < cov.from || ctx.date > cov.to;
  if (e.ambiguous.length > 1) return { mp: null, status: outside ? 'no-data' : 'ambiguous' };
  if (!e.kb) return { mp: null, status: 'unknown' };
  if (outside) return { mp: null, status: 'no-data' };
  const mp = ctx.kb.mpInfo(e.kb, ctx.date);
  return { mp, status: mp ? 'mp' : 'not-mp' };
}

function candidate(p: KbPerson, ctx: EntityContext): MpCandidate {
  const term = ctx.kb.termOn(p, ctx.date);
  return { personId: p.id, name: p.name, party: term?.party ?? '', constituency: term?.constituency ?? '' };
}
