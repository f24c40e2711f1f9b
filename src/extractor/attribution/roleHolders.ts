import type { Entity } from '../entities';
import { isFormer, roleKey } from '../roleNouns';
import { otherNationsGovernment, partyOrganisation } from '../organisations';
import type { Salience, Speaker } from '../salience';
import { pushTo } from '../search';
import { readsAsForeign } from '../britishSetting';
import { LOOK_BACK, antecedent } from './antecedent';
import { holdsNow } from './appositions';
import { type AttributionInput, sentenceFloor } from './input';

/**
 * "a Labour spokesman said": the party speaks. "The Tory spokesman said": the definite article points
 * back to the member of that party just spoken of, when there is one. Any other unnamed spokesperson
 * stays unknown.
 */
export function spokesperson(input: AttributionInput, phrase: string, pos: number, salient: Salience): Speaker {
  if (!/\b(?:spokesman|spokeswoman|spokesperson|source)$/.test(phrase)) return null;
  const words = phrase.split(' ');
  // "a Scottish government source" speaks for no government the data names: not the UK Government.
  const party = words.map((w, k) => (k > 0 && otherNationsGovernment(words[k - 1], w) ? null : partyOrganisation(w)))
    .find((x): x is string => !!x);
  // "a senior Tory source", "one Labour source": an unnamed insider, not the party speaking (its
  // spokesperson is: "a Conservative spokesperson said" is the party's).
  if (party && /^(?:a|an|one|another)\b.*\bsource$/.test(phrase)) return null;
  if (!party) {
    if (/^the (?:spokesman|spokeswoman|spokesperson)$/.test(phrase)) return recentSpokesperson(input, pos, salient);
    // "Her spokesman said": the spokesperson of the one she is.
    const owner = /^(his|her|their) (?:official )?(?:spokesman|spokeswoman|spokesperson)$/.exec(phrase)?.[1];
    if (owner) return antecedent(input, owner === 'his' ? 'he' : owner === 'her' ? 'she' : 'they', pos, salient);
    // "The Prime Minister's official spokesman said": the one holding the office on the date speaks
    // through them, as "a spokesman for the London mayor" is the mayor's.
    const office = /^(the (?:\S+ )*?\S+) (?:official )?(?:spokesman|spokeswoman|spokesperson)$/.exec(phrase)?.[1];
    const holder = office && office !== 'the' ? roleHolder(input, office, false) : null;
    return holder?.type === 'person' ? holder : null;
  }
  if (/^the\b/.test(phrase)) {
    const member = recentMember(input, party, pos, salient);
    if (member) return member;
  }
  return { type: 'organisation', name: party };
}

/**
 * "A Downing Street spokesman said…; “…,” the spokesman said": the bare definite is the spokesperson
 * last quoted within a few sentences, and speaks for whom that one spoke (null for one who spoke for
 * nobody named: "an aide said…; the spokesman said" stays unknown).
 */
function recentSpokesperson(input: AttributionInput, pos: number, salient: Salience): Speaker {
  const floor = sentenceFloor(input, pos, 3);
  for (const s of salient.before(pos, floor, LOOK_BACK)) if (s.spokesperson && s.role === 'cue') return s.speaker;
  return null;
}

/**
 * "“They are angry,” the Labour MP said": the latest person named within a few sentences who sat for
 * that party on the date (as "the Tory spokesman" is); null for any other anonymous role.
 */
export function partyMember(input: AttributionInput, phrase: string, pos: number, salient: Salience): Speaker {
  const words = /^the (\S+(?: \S+)?) mp$/.exec(phrase);
  const party = words ? partyOrganisation(words[1]) : null;
  return party ? recentMember(input, party, pos, salient) : null;
}

/** The latest person named within a few sentences who sat for the party on the date. */
function recentMember(input: AttributionInput, party: string, pos: number, salient: Salience): Speaker {
  const floor = sentenceFloor(input, pos, 3);
  const ctx = input.entityContext;
  for (const s of salient.before(pos, floor, LOOK_BACK)) {
    if (s.speaker?.type !== 'person' || !s.speaker.entity.kb) continue;
    const term = ctx.kb.termOn(s.speaker.entity.kb, ctx.date);
    if (term && partyOrganisation(term.party.split(' (')[0]) === party) return s.speaker;
  }
  return null;
}

/**
 * "The minister also confirmed": a bare office noun the data cannot resolve refers back to the
 * person just spoken of, when that person holds (or is said to hold) such an office.
 */
export function recentHolder(input: AttributionInput, phrase: string, pos: number, salient: Salience): Speaker {
  const words = phrase.split(' ');
  // "the leader of the opposition": the head is the word before the title's place ("opposition", "house").
  const of = words.findIndex((w, k) => k > 1 && (w === 'of' || w === 'to'));
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
  const former = isFormer(words);
  const floor = sentenceFloor(input, pos, 2);
  for (const s of salient.before(pos, floor, LOOK_BACK)) {
    if (s.speaker?.type !== 'person' || s.role === 'mention') continue;
    if (holds(input, s.speaker.entity, head, former)) return s.speaker;
  }
  return null;
}

function holds(input: AttributionInput, e: Entity, head: string, former: boolean): boolean {
  if (e.roles.some((r) => r.split(' ').includes(head) && (former || holdsNow(e, r)))) return true;
  if (!e.kb) return false;
  const ctx = input.entityContext;
  // "the former MP": sat before the date and does not now
  if (head === 'mp') return former ? !ctx.kb.isSitting(e.kb, ctx.date) && e.kb.terms.some((t) => t.end !== null && t.end < ctx.date) : ctx.kb.isSitting(e.kb, ctx.date);
  // "the minister": in British usage a secretary of state, the chancellor and the prime minister are ministers too
  const office = head === 'minister' ? /minister|secretary of state|secretary|chancellor|paymaster|attorney general|solicitor general|leader of the house/ : null;
  return ctx.kb.offices(e.kb.id, ctx.date).some((o) => (office ? office.test(o.role.toLowerCase()) : o.role.toLowerCase().includes(head)));
}

/** People by the roles the text gives them and by knowledge-base id, so a role look-up is not a scan. */
interface EntityIndex {
  byRole: Map<string, Entity[]>;
  byKbId: Map<string, Entity>;
  /** textHolders' answers: the same role asked at every cue of a long article is one look. */
  byText: Map<string, TextHolders>;
}

/** The people the text itself gives a role (as held now, or ever), and whether one of them is no MP the record holds. */
interface TextHolders {
  people: Entity[];
  anyUnrecorded: boolean;
}
const indexes = new WeakMap<Entity[], EntityIndex>();

function entityIndex(entities: Entity[]): EntityIndex {
  let index = indexes.get(entities);
  if (!index) {
    index = { byRole: new Map(), byKbId: new Map(), byText: new Map() };
    for (const e of entities) indexEntity(index, e);
    indexes.set(entities, index);
  }
  return index;
}

function indexEntity(index: EntityIndex, e: Entity): void {
  for (const r of e.roles) {
    pushTo(index.byRole, r, e);
    index.byText.delete(textKey(r, false));
    index.byText.delete(textKey(r, true));
  }
  if (e.kb && !index.byKbId.has(e.kb.id)) index.byKbId.set(e.kb.id, e);
}

/** Whom the text gives the role `key`: "the president" is not "former President Bill Clinton"; "the former president" may be either. */
function textHolders(index: EntityIndex, key: string, former: boolean): TextHolders {
  let found = index.byText.get(textKey(key, former));
  if (!found) {
    const people = (index.byRole.get(key) ?? []).filter((e) => former || holdsNow(e, key));
    index.byText.set(textKey(key, former), (found = { people, anyUnrecorded: people.some((e) => !e.kb) }));
  }
  return found;
}

function textKey(key: string, former: boolean): string {
  return `${former ? 'ever' : 'now'} ${key}`;
}

/**
 * Whether the article reads as foreign (readsAsForeign), asked once per analysis: the question reads
 * the whole text, and an article's every office cue asks it ("the attorney general said", 16,000
 * times in 1 MB of American copy took 71 s, quadratic; each analysis has one input).
 */
const foreignCopies = new WeakMap<AttributionInput, boolean>();

function foreignCopy(input: AttributionInput): boolean {
  let foreign = foreignCopies.get(input);
  if (foreign === undefined) foreignCopies.set(input, (foreign = readsAsForeign(input.text)));
  return foreign;
}

/**
 * The person a role noun stands for: by the text's own appositions, else by the offices of the date.
 * Call after the appositions are recorded: the index of roles is built on first use.
 */
export function roleHolder(input: AttributionInput, phrase: string, former: boolean): Speaker {
  const key = roleKey(phrase);
  const index = entityIndex(input.entities);
  const byText = textHolders(index, key, former);
  if (byText.people.length === 1) return { type: 'person', entity: byText.people[0] };
  // "Israeli Prime Minister Benjamin Netanyahu … the Australian prime minister, Anthony Albanese, …
  // “…,” the prime minister said": the text gives the office to someone the Commons does not record,
  // so the bare office is not the UK holder on the date; only the context can tell which it is
  // (recentHolder), or nobody.
  if (byText.people.length > 1 && byText.anyUnrecorded) return null;
  const ctx = input.entityContext;
  // American copy's "the Speaker", "the attorney general" or "the leader of the House" holds no office of the Commons.
  const holders = foreignCopy(input) ? [] : ctx.kb.resolveRole(phrase, ctx.date);
  const named = holders.map((p) => index.byKbId.get(p.id)).filter((e): e is Entity => !!e);
  if (named.length === 1) return { type: 'person', entity: named[0] };
  if (named.length === 0 && holders.length === 1 && !former) {
    const p = holders[0];
    const entity: Entity = {
      id: `p${input.entities.length}`, name: p.name, parts: p.name.toLowerCase().split(/\s+/), mentions: [], kb: p,
      ambiguous: [], roles: [key],
    };
    input.entities.push(entity);
    indexEntity(index, entity);
    return { type: 'person', entity };
  }
  return null;
}
