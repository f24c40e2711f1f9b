/**
 * Which spans of an article get which highlight, and the colour of each party. Pure (no VS Code
 * API): src/editor/decorations.ts turns the plan into decoration types and ranges.
 *
 * Keys name the decoration types (and are what the test API reports):
 * - `party:<party>` for the names of sitting MPs, `<party>` the data's party reduced to one key
 *   ("Labour (Co-op)" → `labour`, "Conservative" → `conservative`);
 * - `speaker` for speakers who are not sitting MPs (people and organisations);
 * - `tint:party:<party>` for quotes by a sitting MP: a faint background in their party's colour;
 * - `tint:<n>` for quotes by anyone else, the n-th of the neutral tints (0–3, repeating, by first
 *   appearance): greys and sand that no party uses, so a tint never suggests a party;
 * - `cue` for the words that attribute a quote.
 */
import type { Analysis, Span } from '../../extractor/types';
import { canonicalParty } from '../../extractor/kb/parties';
import { groupBySpeaker } from '../speakers/groups';
import { quoteExtent } from './quotations';

export interface HighlightSwitches {
  /** The master switch (the Toggle Highlights command). */
  enabled: boolean;
  mps: boolean;
  speakers: boolean;
  quotesBySpeaker: boolean;
  cues: boolean;
}

/** The neutral tints for speakers who are not MPs (theme colours pressGallery.quoteTint1–4). */
export const TINT_COUNT = 4;

/** A span of the text by offsets. */
export type Range = Pick<Span, 'start' | 'end'>;

/** "Labour (Co-op)" → "labour", "Change UK - The Independent Group" → "change uk – the independent group". */
export function partyKey(party: string): string {
  return canonicalParty(party);
}

/** The spans each highlight gets, by key. Keys switched off are absent. */
export function planHighlights(a: Analysis, on: HighlightSwitches): Map<string, Range[]> {
  const plan = new Map<string, Range[]>();
  if (!on.enabled) return plan;
  const add = (key: string, r: Range) => {
    let list = plan.get(key);
    if (!list) plan.set(key, (list = []));
    list.push({ start: r.start, end: r.end });
  };
  const groups = groupBySpeaker(a);
  const speaking = new Set(groups.map((g) => g.id));
  for (const p of a.people) {
    if (p.mpStatus === 'mp' && p.mp) {
      if (on.mps) for (const m of p.mentions) add(`party:${partyKey(p.mp.party)}`, m);
    } else if (on.speakers && speaking.has(p.id)) {
      for (const m of p.mentions) add('speaker', m);
    }
  }
  if (on.speakers) for (const o of a.organisations) if (speaking.has(o.id)) for (const m of o.mentions) add('speaker', m);
  if (on.quotesBySpeaker) {
    let neutral = 0;
    for (const g of groups) {
      const mp = g.person?.mpStatus === 'mp' ? g.person.mp : null;
      const key = mp ? `tint:party:${partyKey(mp.party)}` : `tint:${neutral++ % TINT_COUNT}`;
      for (const q of g.quotes) add(key, quoteExtent(q));
    }
  }
  if (on.cues) for (const q of a.quotes) if (q.cue) add('cue', q.cue);
  return plan;
}

/** A colour as the settings give it: a hex value, or the id of a theme colour. */
export type Colour = { kind: 'hex'; value: string } | { kind: 'theme'; id: string };

/** The theme colour for parties without an entry in pressGallery.partyColors. */
export const OTHER_PARTY_COLOUR = 'pressGallery.party.other';

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const THEME_ID = /^[a-z][\w-]*(?:\.[\w-]+)+$/i;

/** Reads one value of pressGallery.partyColors; undefined when it is neither a hex colour nor a theme colour id. */
export function parseColour(value: unknown): Colour | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (HEX.test(v)) return { kind: 'hex', value: v };
  if (THEME_ID.test(v)) return { kind: 'theme', id: v };
  return undefined;
}

/**
 * The colour of a party key (see partyKey) from the pressGallery.partyColors map, whose names match
 * as the data's would ("Labour" also colours "Labour (Co-op)"); the theme's "other party" colour
 * when no entry fits. An entry whose value is not a colour is passed over.
 */
export function partyColour(key: string, map: Readonly<Record<string, unknown>>): Colour {
  // VS Code merges a user's entries after the defaults: the last entry for a party wins, so
  // "Lib Dems": "#FAA61A" overrides the default "Liberal Democrat" entry.
  let found: Colour | undefined;
  for (const [name, value] of Object.entries(map)) {
    if (partyKey(name) !== key) continue;
    found = parseColour(value) ?? found;
  }
  return found ?? { kind: 'theme', id: OTHER_PARTY_COLOUR };
}

/**
 * The faint background of quotes by an MP of a party: the theme's tint for a default party colour
 * (pressGallery.party.labour → pressGallery.quoteTint.labour), or a user's hex colour made faint.
 */
export function partyTint(colour: Colour): Colour {
  if (colour.kind === 'hex') {
    const v = colour.value.length <= 5 ? `#${[...colour.value.slice(1, 4)].map((c) => c + c).join('')}` : colour.value.slice(0, 7);
    return { kind: 'hex', value: `${v}26` };
  }
  const party = /^pressGallery\.party\.(\w+)$/.exec(colour.id);
  return party ? { kind: 'theme', id: `pressGallery.quoteTint.${party[1]}` } : { kind: 'theme', id: 'pressGallery.quoteTint.other' };
}

/** Entries of pressGallery.partyColors whose value is not a colour (to tell the user once). */
export function invalidPartyColours(map: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(map).filter(([, v]) => !parseColour(v)).map(([k]) => k);
}
