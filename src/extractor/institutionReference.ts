import type { CueContext } from './cues';
import { knownOrganisation } from './organisations';
import { breaks } from './tokens';
import { allLower } from './charClass';

/** Nouns by which a named body is referred to again: "the Work and Pensions Committee" … "the committee said". */
const INSTITUTION_NOUNS = new Set([
  'committee', 'commission', 'inquiry', 'council', 'authority', 'agency', 'board', 'panel', 'tribunal', 'watchdog',
  'regulator', 'union', 'federation', 'association', 'institute', 'trust', 'charity', 'foundation', 'service', 'office',
]);
/** Words that make a body's name a police force's, which "the force" refers to again ("a spokesman for the force"). */
const POLICE_HEADS = new Set(['police', 'constabulary']);
/** Small words inside a body's name: "Work and Pensions Committee", "Commission for Racial Equality". */
const NAME_JOINERS = /^(?:and|of|for|on|the|&)$/;

const named = new WeakMap<CueContext, Map<string, Array<{ at: number; name: string }>>>();

/** Every capitalised name ending in an institution noun, by that noun, in document order (found once). */
function namesByNoun(ctx: CueContext): Map<string, Array<{ at: number; name: string }>> {
  let found = named.get(ctx);
  if (found) return found;
  found = new Map();
  const { tokens } = ctx;
  const add = (noun: string, at: number, name: string) => {
    const list = found!.get(noun) ?? [];
    list.push({ at, name });
    found!.set(noun, list);
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.cap || ctx.inQuote[j]) continue;
    // "the Commons work and pensions committee": a select committee written in lower case after its House
    if (t.norm === 'commons' || t.norm === 'lords') {
      const body = j + 1 < tokens.length && !ctx.inQuote[j + 1] ? lowerCaseBodyAt(ctx, j) : null;
      if (body) add(body.noun, body.end - 1, body.name);
      continue;
    }
    if (!INSTITUTION_NOUNS.has(t.norm) && !POLICE_HEADS.has(t.norm)) continue;
    let from = j;
    while (from > 0 && from > j - 7 && !/[,.;:!?()“”"]/.test(tokens[from].gap) && (tokens[from - 1].cap || (NAME_JOINERS.test(tokens[from - 1].norm) && from - 2 >= 0 && tokens[from - 2].cap))) from--;
    while (from < j && (NAME_JOINERS.test(tokens[from].norm) || !tokens[from].cap)) from++;
    if (from === j) continue; // "Committee" alone names nothing
    const name = tokens.slice(from, j + 1).map((k, i) => (i ? k.gap : '') + k.text).join('').replace(/\s+/g, ' ');
    const body = knownOrganisation(name) ?? name;
    if (INSTITUTION_NOUNS.has(t.norm)) add(t.norm, j, body);
    // "Greater Manchester Police", "Thames Valley Police", "Dyfed-Powys Constabulary", "the Metropolitan Police Service": a force.
    if (tokens.slice(from, j + 1).some((k) => POLICE_HEADS.has(k.norm) && k.cap)) add('force', j, body);
  }
  // Both kinds were added in token order, except a lower-case body, added at its House: sort by position.
  for (const list of found.values()) list.sort((a, b) => a.at - b.at);
  named.set(ctx, found);
  return found;
}

/** Bodies written in lower case: "the Commons work and pensions committee". */
const BODY_HEADS = /^(?:committee|commission|inquiry|council|authority|agency|board|panel|tribunal|watchdog|regulator)$/;
/** Where a body sits, not part of its name: the Commons work and pensions committee is the Work and Pensions Committee. */
const LOCATORS = /^(?:commons|lords|parliamentary|select|house|of|the)$/;

/**
 * A body named in lower case from token `s`: "(the) (Commons) work and pensions committee" is the
 * "Work and Pensions Committee" (the name it calls itself), its head noun and its end (exclusive); null
 * unless two or more words end in a body's head noun within the sentence, unbroken.
 */
export function lowerCaseBodyAt(ctx: CueContext, s: number): { name: string; noun: string; end: number } | null {
  const { tokens } = ctx;
  let k = s;
  while (k < tokens.length && k < s + 3 && LOCATORS.test(tokens[k].norm) && ctx.sentenceOf[k] === ctx.sentenceOf[s]) k++;
  const words: string[] = [];
  for (let e = k; e < tokens.length && e < k + 7 && ctx.sentenceOf[e] === ctx.sentenceOf[s] && !ctx.inQuote[e]; e++) {
    const t = tokens[e];
    if ((e > s && breaks(t)) || t.cap || !allLower(t.text)) return null;
    words.push(t.norm);
    if (BODY_HEADS.test(t.norm)) {
      if (words.length < 2 || NAME_JOINERS.test(words[0])) return null;
      return { name: words.map((w) => (NAME_JOINERS.test(w) ? w : w[0].toUpperCase() + w.slice(1))).join(' '), noun: t.norm, end: e + 1 };
    }
  }
  return null;
}

/**
 * "the committee" at token `j` (lower case, after "the"): the body of that kind named last before it,
 * when exactly one body of that kind has been named so far; otherwise null (a careful reader could
 * not tell which).
 */
export function institutionReferent(ctx: CueContext, j: number): { name: string; from: number } | null {
  const t = ctx.tokens[j];
  if (t.cap || !referable(t.norm) || j === 0 || ctx.tokens[j - 1].norm !== 'the') return null;
  const name = namedBefore(ctx, t.norm, j);
  return name === null ? null : { name, from: j - 1 };
}

/**
 * "a council spokesman", "a force spokeswoman": the body a lower-case institution noun before a
 * spokesperson word (at `j`) refers to, as institutionReferent reads "the council"; null when none or two.
 */
export function spokespersonsInstitution(ctx: CueContext, j: number): { name: string; from: number } | null {
  const t = ctx.tokens[j], det = ctx.tokens[j - 1];
  if (t.cap || !referable(t.norm) || !det || !/^(?:a|an|the)$/.test(det.norm) || breaks(t)) return null;
  const name = namedBefore(ctx, t.norm, j);
  return name === null ? null : { name, from: j - 1 };
}

/** A lower-case noun that refers back to a body named before: "the council", "the force". */
function referable(norm: string): boolean {
  return INSTITUTION_NOUNS.has(norm) || norm === 'force';
}

/** The names of bodies of kind `noun` before token `j`, in order (the list is sorted by position): the one name, unless another differs. */
function namedBefore(ctx: CueContext, noun: string, j: number): string | null {
  const list = namesByNoun(ctx).get(noun);
  if (!list || !list.length || list[0].at >= j) return null;
  // The list is sorted: the names before j are a prefix of it, all one name unless the first other
  // one is among them. Read from the list's first other name, not by walking the prefix at every "the
  // committee" and "the union" (a walk as long as the article's mentions of the noun so far).
  return firstOtherAt(list) < j ? null : list[0].name;
}

/** Per list of names: the position of its first name other than its first one (Infinity if none). */
const otherAts = new WeakMap<ReadonlyArray<{ at: number; name: string }>, number>();
function firstOtherAt(list: ReadonlyArray<{ at: number; name: string }>): number {
  let at = otherAts.get(list);
  if (at === undefined) {
    const other = list.find((n) => n.name !== list[0].name);
    otherAts.set(list, (at = other ? other.at : Infinity));
  }
  return at;
}
