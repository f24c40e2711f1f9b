/**
 * From the API's answers to an overlay: each member joined to a person of the bundled data (by the
 * id the data carries, by the member-id table, else by seat and surname on the day), their terms
 * from the bundled data's verified date on, and people elected since added under the API's id.
 * Members that cannot be joined or whose records do not add up are left out and listed, so the
 * bundled facts about them stand.
 */
import type { KbPerson } from '../extractor/kb/compact';
import { bareName } from '../extractor/kb/names';
import memberIdTable from './data/member-ids.json';
import { ApiMemberHistory, ApiMemberSummary, COMMONS } from './membersApi';
import { termsSince } from './memberTerms';
import { seatKey } from './seats';
import { MEMBERS_API_NAME, OPL_ATTRIBUTION, Overlay, OVERLAY_FORMAT, OverlayPerson } from './overlay';

export const API_PERSON = 'uk.parliament.data/Member/';

export interface BuildInput {
  summaries: readonly ApiMemberSummary[];
  histories: readonly ApiMemberHistory[];
  bundled: readonly KbPerson[];
  since: string;
  verifiedTo: string;
  fetched: string;
  bundledGenerated: string;
  sourceUrl: string;
  /** Member id → person id of the bundled data; the shipped table by default. */
  memberIds?: ReadonlyMap<number, string>;
}

let shippedIds: Map<number, string> | undefined;

/** The shipped member-id table (scripts/member-ids.mjs). */
export function shippedMemberIds(): ReadonlyMap<number, string> {
  shippedIds ??= new Map(Object.entries(memberIdTable.ids).map(([m, p]) => [Number(m), `${memberIdTable.person}${p}`]));
  return shippedIds;
}

export function buildOverlay(input: BuildInput): Overlay {
  const byId = new Map(input.bundled.map((p) => [p.id, p]));
  const ids = input.memberIds ?? shippedMemberIds();
  const histories = new Map(input.histories.map((h) => [h.id, h]));
  const people: OverlayPerson[] = [];
  const skipped: Overlay['skipped'] = [];
  const taken = new Set<string>();
  for (const s of input.summaries) {
    const h = histories.get(s.id);
    if (!h) { skipped.push({ memberId: s.id, reason: 'no history in the answer' }); continue; }
    const terms = termsSince(h, input.since);
    if ('problem' in terms) { skipped.push({ memberId: s.id, reason: terms.problem }); continue; }
    if (!terms.length) continue; // not in the Commons since the verified date (a peer, or left before)
    const names = namesOf(s);
    const person = byId.get(`${API_PERSON}${s.id}`) ?? byId.get(ids.get(s.id) ?? '') ?? bySeat(input.bundled, h, input.since, names.family);
    if (person && taken.has(person.id)) { skipped.push({ memberId: s.id, reason: `matched ${person.name}, already taken` }); continue; }
    if (person) {
      taken.add(person.id);
      people.push({ id: person.id, memberId: s.id, name: person.name, given: person.given, family: person.family, aliases: names.aliases, terms });
    } else if (firstInCommons(h) >= input.since) {
      people.push({ id: `${API_PERSON}${s.id}`, memberId: s.id, ...names, added: true, terms });
    } else {
      skipped.push({ memberId: s.id, reason: `${names.name} is not in the bundled data` });
    }
  }
  return {
    format: OVERLAY_FORMAT,
    source: { name: MEMBERS_API_NAME, url: input.sourceUrl },
    licence: OPL_ATTRIBUTION,
    fetched: input.fetched,
    verifiedTo: input.verifiedTo,
    since: input.since,
    bundledGenerated: input.bundledGenerated,
    people,
    skipped,
  };
}

/** "Bone, Mr Peter" → Peter Bone; the display form ("Mr Peter Bone") is kept as another name. */
function namesOf(s: ApiMemberSummary): { name: string; given: string; family: string; aliases: string[] } {
  const [family, rest = ''] = s.nameListAs.split(/,\s*/, 2);
  const given = stripTitles(rest) || stripTitles(s.nameDisplayAs).split(' ')[0] || '';
  const name = given ? `${given} ${family.trim()}` : stripTitles(s.nameDisplayAs);
  const aliases = s.nameDisplayAs !== name ? [s.nameDisplayAs] : [];
  return { name, given, family: family.trim(), aliases };
}

const TITLES = /^(?:(?:the|rt|right|hon|honourable|mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof|professor|rev|reverend)\.?\s+)+/i;

function stripTitles(s: string): string {
  return s.trim().replace(TITLES, '').trim();
}

/** The one bundled person sitting for the member's seat on the first day that counts, with the same surname. */
function bySeat(bundled: readonly KbPerson[], h: ApiMemberHistory, since: string, family: string): KbPerson | undefined {
  const m = h.memberships.find((x) => x.house === COMMONS && (x.end === null || x.end >= since));
  if (!m) return undefined;
  const day = m.start > since ? m.start : since;
  const seat = seatKey(m.constituency);
  const surname = bareName(family);
  const found = bundled.filter((p) => bareName(p.family) === surname
    && p.terms.some((t) => t.start <= day && (t.end === null || t.end >= day) && seatKey(t.constituency) === seat));
  return found.length === 1 ? found[0] : undefined;
}

function firstInCommons(h: ApiMemberHistory): string {
  return h.memberships.filter((m) => m.house === COMMONS).map((m) => m.start).sort()[0] ?? '9999-12-31';
}
