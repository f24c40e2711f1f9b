import type { Token } from './tokens';
import type { Mention } from './types';
import { isFirstName, isCommonWord, isPlaceName } from './lexicon';
import type { KnowledgeBase, KbPerson } from './kb/knowledgeBase';
import type { NameEntry } from './kb/nameIndex';
import { addTo, pushTo } from './search';
import { foldName } from './kb/names';
import { isRoleHead, isRoleWord } from './roleNouns';
import { initialNameEnd } from './initialNames';
import { speechVerbStem } from './speechVerbs';
import { isGeneralListGivenName, isWordGivenName } from './wordGivenNames';
import { contextNameEnd, describedNameEnd, describesPerson, endsOrganisation, endsPlaceOrDay, isNameParticle, isNotPersonWord, loneGivenName } from './contextNames';
import { firstNameBeforePlaced, placedSurnames } from './placedSurnames';
import { describesNotNames, isAgentNoun, isInflectedWord, isLyAdverb } from './derivedWords';
import { isCapitalised } from './charClass';

/** A name found in the text, before mentions are grouped into people. */
export interface NameMention extends Mention {
  /** Title as written (Mr, Sir, Lady…), or null. */
  title: string | null;
  /** The name without the title, as tokens (normalised). */
  parts: string[];
  /** People of the knowledge base whose full name or alias this is. */
  kb: KbPerson[];
  /** Index of the token where the name (title included) starts, for context look-ups. */
  token: number;
  /** A surname that names its person alone, after a description ("Hacker Guccifer"): a person of its own, though of one word. */
  alone?: true;
}

export const TITLES = new Map<string, 'male' | 'female' | 'unknown'>([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['dame', 'female'],
  ['lord', 'male'], ['lady', 'female'], ['baroness', 'female'], ['dr', 'unknown'], ['prof', 'unknown'],
  ['professor', 'unknown'], ['rev', 'unknown'],
  // local councillors: "Cllr Jane Doe", "Councillor Doe" (UK local copy)
  ['cllr', 'unknown'], ['councillor', 'unknown'],
  // US titles before a name: "Rep. Bobby Scott", "Sen. Tim Kaine", "Gov. Jerry Brown", "Del. Eleanor Norton"
  ['rep', 'unknown'], ['sen', 'unknown'], ['gov', 'unknown'], ['del', 'unknown'], ['senator', 'unknown'],
  ['congressman', 'male'], ['congresswoman', 'female'],
  // offices written as titles: "President Obama", "Gov. Jerry Brown" / "Governor Brown", "Judge Berman", "Mayor Emanuel"
  // (only before a word that is no ordinary one: a headline's "CNN President On Trump" names nobody)
  ['president', 'unknown'], ['governor', 'unknown'], ['judge', 'unknown'], ['mayor', 'unknown'], ['justice', 'unknown'], ['representative', 'unknown'],
  // military ranks: "Army Capt. Christian Pardo", "Gen. Jane Doe"
  ['gen', 'unknown'], ['capt', 'unknown'], ['lt', 'unknown'], ['col', 'unknown'], ['sgt', 'unknown'], ['maj', 'unknown'], ['adm', 'unknown'],
  // British police ranks: "Sergeant Brown of Northumbria Police", "Inspector Jane Hale"
  ['sergeant', 'unknown'], ['inspector', 'unknown'], ['constable', 'unknown'], ['superintendent', 'unknown'],
]);

/** Offices abbreviated in capitals before a surname, "AG Lynch", "DA Foxx": titles only so written ("Da Silva" is a name). */
const CAPITALS_TITLES = new Set(['ag', 'da']);

/** Whether token t is a title before a name: "Mr", "Sen.", "Judge", and "AG" or "DA" in capitals. */
function isTitle(t: Token): boolean {
  return TITLES.has(t.norm) || (CAPITALS_TITLES.has(t.norm) && t.text === t.text.toUpperCase());
}

/**
 * Titles a full stop may abbreviate ("Mr. Corbyn", "Sen. Kaine"): only after these does a name run on
 * past ". ". A whole word before a stop ends its sentence: "…elected governor. Judge Ames said" and
 * "…asked the Judge. He said" name no "Judge Judge Ames" and no "He".
 */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'cllr', 'rep', 'sen', 'gov', 'del', 'gen', 'capt', 'lt', 'col', 'sgt', 'maj', 'adm']);

/** Offices written as titles, which are also ordinary capitalised words in a headline. */
const OFFICE_TITLES = new Set(['president', 'governor', 'judge', 'mayor', 'justice', 'representative', 'councillor']);

/** Letters that follow a person's name: "Guy Mansfield QC", "Andrew Tyrie MP". */
export const POSTNOMINALS = new Set(['qc', 'kc', 'mp', 'mep', 'msp', 'obe', 'cbe', 'mbe', 'kbe']);

/** Capitalised words that start a run but are not names (sentence openers, parties, institutions). */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'in', 'on', 'at', 'but', 'and',
  'labour', 'conservative', 'conservatives', 'tory', 'tories', 'liberal', 'democrat', 'democrats', 'lib', 'dem', 'green',
  'snp', 'ukip', 'reform', 'independent', 'commons', 'lords', 'parliament', 'government', 'minister', 'prime', 'secretary',
  'mp', 'mps', 'brexit', 'eu', 'uk', 'britain', 'british', 'england', 'scotland', 'wales', 'london', 'westminster',
  'downing', 'street', 'house', 'party', 'group', 'bbc', 'itv', 'twitter', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'chancellor', 'leader', 'shadow', 'home', 'foreign', 'office', 'treasury', 'cabinet',
  'speaker', 'deputy', 'former', 'new', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'lady', 'dr', 'news', 'today', 'this',
  'that', 'there', 'when', 'while', 'if', 'as', 'after', 'before', 'one', 'two', 'other', 'some', 'many', 'more', 'most',
  'yes', 'no', 'so', 'what', 'why', 'how', 'who', 'where', 'since', 'under', 'for', 'of', 'with', 'by', 'from', 'to',
  'scottish', 'welsh', 'irish', 'european', 'america', 'american', 'union', 'council', 'committee', 'bill', 'act',
  'qc', 'kc', 'mep', 'msp', 'obe', 'cbe', 'mbe', 'kbe', 'frs', 'jr', 'jnr', 'snr',
]);


/**
 * The indices of the capitalised tokens, in order. Every pass of the people finder starts at a
 * capitalised word, and each walks this list instead of every token: on the 1 MB article 26,404 of
 * 184,934 tokens, in loops that run once per article and so stay in V8's interpreter, where each
 * token passed over cost a property load (six such passes: about 20 ms of its first analysis). The
 * passes read `caps.length` once: in interpreted code each read of a typed array's length is a call.
 */
export function capitalIndices(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].cap) out[n++] = i;
  return out.subarray(0, n);
}

/** Runs of capitalised words that may hold names: one space between words, broken by a possessive. */
export function capitalisedRuns(tokens: readonly Token[], caps: Int32Array = capitalIndices(tokens)): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let c = 0, n = caps.length; c < n; c++) {
    const i = caps[c];
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].cap && !tokens[j].possessive && joins(tokens[j], tokens[j + 1])) j++;
    runs.push([i, j + 1]);
    c += j - i; // the run's other tokens are the next capitals
  }
  return runs;
}

function joins(a: Token, b: Token): boolean {
  if (b.gap === ' ' || b.gap === '\u00a0') return true;
  // Mr. Corbyn, J. K. Rowling, J.J. Berger
  return (b.gap === '. ' && (ABBREVIATED_TITLES.has(a.norm) || a.text.length === 1)) || (b.gap === '.' && a.text.length === 1 && b.text.length === 1);
}

/**
 * Asked by the first names pass as it goes through the text (every STOP_EVERY runs of capitals, with
 * the offset it has reached): true stops the pass there. The analysis stops it when the pass shows the
 * people will not fit the time budget (analyze.ts), then finds them in a shorter top of the text.
 */
export type StopAt = (offset: number) => boolean;
/** Where a pass was stopped. */
export interface Stopped { stoppedAt: number }
const STOP_EVERY = 64;

/**
 * Finds full names and titled names in the text: names the knowledge base knows (longest match), a
 * title before capitalised words (Mr Corbyn, Sir Keir Starmer), and a known first name before a
 * capitalised word (Spencer Livermore). Single words are left to `findShortForms`, once the full names
 * are known.
 */
export function findFullNames(tokens: readonly Token[], kb: KnowledgeBase, caps?: Int32Array): NameMention[];
export function findFullNames(tokens: readonly Token[], kb: KnowledgeBase, caps: Int32Array, stop: StopAt | undefined): NameMention[] | Stopped;
export function findFullNames(tokens: readonly Token[], kb: KnowledgeBase, caps: Int32Array = capitalIndices(tokens), stop?: StopAt): NameMention[] | Stopped {
  const out: NameMention[] = [];
  const runs = capitalisedRuns(tokens, caps);
  const placed = placedSurnames(tokens, caps, titledAlone(tokens, runs), foldName, NOT_NAMES);
  for (let r = 0; r < runs.length; r++) {
    const from = runs[r][0], to = runs[r][1]; // no destructuring: unoptimised code would make an iterator for it
    if (stop && r % STOP_EVERY === 0 && stop(tokens[from].start)) return { stoppedAt: tokens[from].start };
    let i = from;
    while (i < to) {
      const found = matchAt(tokens, i, to, kb, from, placed);
      if (found) {
        out.push(found.mention);
        i = found.next;
      } else i++;
    }
  }
  return withSameNameElsewhere(tokens, runs, withNicknames(tokens, caps, withParticleSurnames(tokens, caps, withoutFusedSurnames(withPlacedSurnames(tokens, runs, out, kb, placed)), kb), kb));
}

/** A space and an opening quotation mark, and a closing one and a space, around a nickname inside a name. */
const OPENS_NICKNAME = /^ (?:["“‘']|'')$/;
const CLOSES_NICKNAME = /^(?:["”’']|'') $/;

/**
 * Juan “Chico” Manriquez, Rep. Jim "Jimbo" Doyle: a nickname in quotation marks between a first name and a
 * surname is part of the name, which the marks break into runs. A first name the lexicon lists, one or two
 * capitalised words inside the marks, and a surname-shaped word after them that no other capital follows
 * make one name of the first name and the surname (the nickname is no part of how the person is named
 * later). A title before the first name stays the name's.
 */
function withNicknames(tokens: readonly Token[], caps: Int32Array, found: NameMention[], kb: KnowledgeBase): NameMention[] {
  let out: NameMention[] | null = null;
  let covered: Uint8Array | null = null;
  let next = 0; // tokens before it are inside a name this pass made
  for (let c = 0, n = caps.length; c < n; c++) {
    const i = caps[c];
    if (i + 2 >= tokens.length) break;
    if (i < next) continue;
    const t = tokens[i], nick = tokens[i + 1];
    // (the gap's length first: a space and a quotation mark are two or three characters, and most gaps are one)
    if (t.possessive || !nick.cap || nick.gap.length < 2 || !OPENS_NICKNAME.test(nick.gap) || !isFirstName(t.text)) continue;
    let k = i + 2;
    if (k < tokens.length && tokens[k].cap && tokens[k].gap === ' ') k++; // "Big Dog"
    const surname = tokens[k];
    if (!surname || !surname.cap || !CLOSES_NICKNAME.test(surname.gap) || !/^\p{Lu}\p{Ll}/u.test(surname.text) || isCommonWord(surname.text)
      || NOT_NAMES.has(surname.norm) || isNotPersonWord(surname.norm) || endsOrganisation(surname.norm)) continue;
    if (tokens[k + 1]?.cap && tokens[k + 1].gap === ' ') continue; // more capitals after: a longer name or a title-case headline
    covered ??= coveredTokens(tokens, found);
    if (covered[k]) continue;
    out ??= found.slice();
    // the first name as the finder already has it: a title and the first name ("Rep. Jim") or nothing
    const at = out.findIndex((m) => m.start <= t.start && t.end <= m.end);
    const before = at >= 0 ? out[at] : null;
    if (before && !(before.title && before.parts.length === 1)) continue; // the first name ends another name
    const from = before ? before.token : i;
    const end = surname.possessive ? surname.start + surname.norm.length : surname.end;
    const parts = [foldName(t.norm), foldName(surname.norm)];
    const mention: NameMention = {
      start: tokens[from].start, end, text: '', form: before ? 'title' : 'full', title: before ? before.title : null, parts,
      kb: kb.byWrittenName(`${t.text} ${surname.text}`), token: from,
    };
    if (before) out[at] = mention;
    else out.push(mention);
    next = k + 1;
  }
  return out ? out.sort((a, b) => a.start - b.start) : found;
}

/**
 * "Bill de Blasio", "Pierre de Vos", "Ursula von der Leyen": a first name, one or two lower-case
 * particles and a capitalised word that is no English word make one name, though the particle breaks
 * the run of capitals. A title before the first name stays the name's ("Mayor Bill de Blasio"). The
 * surname is the last word, so "de Blasio said" and "Mr. de Blasio" find the person as "Blasio".
 */
function withParticleSurnames(tokens: readonly Token[], caps: Int32Array, found: NameMention[], kb: KnowledgeBase): NameMention[] {
  let byEnd: Map<number, number> | null = null; // last token of each mention -> its index in found
  let covered: Uint8Array | null = null; // the tokens the mentions of found cover
  let out: NameMention[] | null = null;
  let next = 0; // tokens before it are inside a name this pass made
  for (let c = 0, n = caps.length; c < n; c++) {
    const i = caps[c];
    if (i + 2 >= tokens.length) break;
    if (i < next) continue;
    const t = tokens[i], p = tokens[i + 1];
    if (p.cap || p.gap !== ' ' || !isNameParticle(p.norm) || t.possessive) continue;
    // a first name the lexicon lists: with the general list's and the word-like ones it cost a quote on PolNeAR dev
    if (!isFirstName(t.text)) continue;
    let k = i + 2;
    if (!tokens[k].cap && isNameParticle(tokens[k].norm) && tokens[k].gap === ' ' && k + 1 < tokens.length) k++; // "von der", "de la"
    const surname = tokens[k];
    if (!surname.cap || surname.gap !== ' ' || !/^\p{Lu}\p{Ll}/u.test(surname.text) || isCommonWord(surname.text) || isNotPersonWord(surname.norm)) continue;
    if (tokens[k + 1]?.cap && tokens[k + 1].gap === ' ') continue; // "Tour de France Route", a longer name
    if (!byEnd) {
      byEnd = new Map();
      for (let m = 0; m < found.length; m++) {
        let last = found[m].token;
        while (last + 1 < tokens.length && tokens[last + 1].start < found[m].end) last++;
        byEnd.set(last, m);
      }
      covered = coveredTokens(tokens, found);
    }
    out ??= found.slice();
    const at = byEnd.get(i);
    const before = at === undefined ? null : found[at];
    if (before && !(before.title && before.parts.length === 1)) continue; // the first name is part of another name
    if (!before && covered![i]) continue;
    const from = before ? before.token : i;
    const mention = build(tokens, from, k + 1, before ? before.title : null, kb.byWrittenName(tokens.slice(i, k + 1).map((x) => x.text).join(' ')));
    if (before) out[at!] = mention;
    else out.push(mention);
    next = k + 1;
  }
  return out ? out.sort((a, b) => a.start - b.start) : found;
}

/** Folded words that end a capitalised run right after a title ("said Mr Priebus."): the surnames titles give alone. */
function titledAlone(tokens: readonly Token[], runs: ReadonlyArray<[number, number]>): string[] {
  const out: string[] = [];
  for (let r = 0; r < runs.length; r++) {
    const k = runs[r][1] - 2;
    if (k < runs[r][0] || !isTitle(tokens[k]) || (OFFICE_TITLES.has(tokens[k].norm) && isCommonWord(tokens[k + 1].text))) continue;
    const next = tokens[k + 1].norm;
    if (!NOT_NAMES.has(next) && !endsOrganisation(next) && !TITLES.has(next)) out.push(foldName(next)); // not the "Justice Department"
  }
  return out;
}

/**
 * The end (exclusive) of the name after a title at token `s` of a run ending at `to`, or -1 when the
 * title names nobody there: "Miss The Mark", "Justice Department", and a title-case headline's
 * "Senator Endorsed Trump" or "Gov. Hears About Obama", where an inflected English verb follows the
 * title and more capitals follow it. An English word is a surname where it is alone ("Mr Brown said") or
 * where the text places it as one ("Mrs May Vows…" beside "Mrs May said"). Else the name is the next
 * three words at most. (Ending it at a headline's English word, as after a first name, lost surnames
 * on PolNeAR dev: an English word as surname after a mis-encoded first name.)
 */
function titledNameEnd(tokens: readonly Token[], s: number, to: number, placed: ReadonlySet<string>, recordedSurname: boolean): number {
  const first = tokens[s];
  // "Lt. Gov. Dan Patrick": the second title starts the name; "Mr Green" is a name (a party word that is members' surname)
  if ((NOT_NAMES.has(first.norm) && !isWordGivenName(first.text) && !recordedSurname) || endsOrganisation(first.norm) || TITLES.has(first.norm)) return -1; // "Gov. Bill Weld" is a name
  // "Inspector General Steve Linick", "Mr Speaker": an office's head word after the title is more of the title
  if (isRoleHead(first.norm) && !recordedSurname) return -1;
  const given = isFirstName(first.text) || isWordGivenName(first.text) || isGeneralListGivenName(first.text);
  if (!given && isCommonWord(first.text) && s + 1 < to) {
    if (placed.has(foldName(first.norm))) return s + 1;
    if (isInflectedWord(first.text)) return -1;
  }
  // "Mr. Sanders Is Not…", "Justice John Roberts Did…": a headline's verb after the name ends it
  let end = s + 1;
  while (end < Math.min(to, s + 3) && !headlineVerb(tokens[end])) end++;
  return end;
}

/**
 * "the firm Quarles Marchetti" beside "Rick Quarles" ("Davis Manafort" on PolNeAR): a word that is the
 * surname of someone the text names in full is no first name before another surname (a firm's name, a
 * list), unless a list of first names has it as one. Only names found without a record or a title.
 */
function withoutFusedSurnames(found: NameMention[]): NameMention[] {
  const surnames = new Set<string>();
  const givenBefore = new Map<string, Set<string>>(); // first word -> the surnames it comes before
  for (const m of found) {
    if (m.parts.length < 2) continue;
    surnames.add(m.parts[m.parts.length - 1]);
    addTo(givenBefore, m.parts[0], m.parts[m.parts.length - 1]);
  }
  // the word is also a first name elsewhere ("Davis Love" as well as "Davis Manafort") when it comes before another surname too
  const fused = (m: NameMention) => !m.title && m.kb.length === 0 && m.parts.length === 2 && surnames.has(m.parts[0]) && givenBefore.get(m.parts[0])!.size === 1 &&
    m.parts[0] !== m.parts[1] && !isFirstName(m.parts[0]);
  return found.some(fused) ? found.filter((m) => !fused(m)) : found;
}

/**
 * "Barack Obama … Obama said": two capitalised words ending a run, the second a surname the text puts
 * alone in a person's place elsewhere (placedSurnames.ts), are that person's full name. A word before
 * them in the run must be one that describes them ("President Barack Obama") or none.
 */
function withPlacedSurnames(tokens: readonly Token[], runs: ReadonlyArray<[number, number]>, found: NameMention[], kb: KnowledgeBase, placed: ReadonlySet<string>): NameMention[] {
  if (placed.size === 0) return found;
  const covered = coveredTokens(tokens, found);
  const more: NameMention[] = [];
  for (let r = 0; r < runs.length; r++) {
    const from = runs[r][0], to = runs[r][1];
    if (to - from < 2) continue;
    const a = to - 2, b = to - 1;
    if (covered[a] || covered[b] || tokens[b].gap !== ' ' || !placed.has(foldName(tokens[b].norm))) continue;
    if (a > from && !describesWhoFollows(tokens[a - 1].norm)) continue;
    if (!firstNameBeforePlaced(tokens, a, NOT_NAMES)) {
      if (describedAlone(tokens, a, b, found)) more.push({ ...build(tokens, b, to, null, []), alone: true });
      continue;
    }
    if (kb.isPlace([tokens[a].norm]) || kb.isPlace([tokens[a].norm, tokens[b].norm])) continue;
    more.push(build(tokens, a, to, null, kb.byWrittenName(`${tokens[a].text} ${tokens[b].text}`)));
  }
  return more.length ? [...found, ...more].sort((x, y) => x.start - y.start) : found;
}

/**
 * "Hacker Guccifer: …" beside "Guccifer said": a word for what a person does ("Hacker", "Host") before
 * a surname the text places, which is no English word, is not their first name; the surname alone names
 * them, where no one the text names in full has it (then that person is the one meant).
 */
function describedAlone(tokens: readonly Token[], a: number, b: number, found: readonly NameMention[]): boolean {
  const t = tokens[a], surname = tokens[b];
  if (t.possessive || isCommonWord(surname.text) || isFirstName(surname.text) || isNotPersonWord(surname.norm)) return false;
  if (!(describesPerson(t.norm) || (isAgentNoun(t.text) && describesNotNames(t.text)))) return false;
  const key = foldName(surname.norm);
  return !found.some((m) => m.parts.length > 1 && m.parts[m.parts.length - 1] === key);
}

/** A capitalised word that may stand before a person's name in the same run: a title, an office, a role. */
function describesWhoFollows(norm: string): boolean {
  return TITLES.has(norm) || OFFICE_TITLES.has(norm) || NOT_NAMES.has(norm) || isRoleHead(norm) || describesPerson(norm);
}

/**
 * "On the last day, Ivanka Trump strode across the stage… Ivanka Trump, 34, said": a name found where
 * only a person stands is that person wherever the text writes it again as a run of its own, in places
 * that tell nothing ("Ivanka Trump strode"). Only runs that are exactly the name: "Ivanka Trump
 * Champions Work" in a title-case headline is left alone.
 */
function withSameNameElsewhere(tokens: readonly Token[], runs: ReadonlyArray<[number, number]>, found: NameMention[]): NameMention[] {
  const written = new Map<string, NameMention>();
  // The first words of those names: most runs start with none of them, and are passed over without a key.
  const firstWords = new Set<string>();
  for (const m of found) {
    if (m.title || m.parts.length < 2 || m.parts.length > 3) continue;
    written.set(m.parts.join(' '), m);
    firstWords.add(m.parts[0]);
  }
  if (written.size === 0) return found;
  const starts = new Set<number>();
  for (let k = 0; k < found.length; k++) starts.add(found[k].token);
  const more: NameMention[] = [];
  for (let r = 0; r < runs.length; r++) {
    const from = runs[r][0], to = runs[r][1], n = to - from;
    if (n < 2 || n > 3 || starts.has(from)) continue;
    const first = foldName(tokens[from].norm);
    if (!firstWords.has(first)) continue;
    let key = first;
    for (let k = from + 1; k < to; k++) key += ` ${foldName(tokens[k].norm)}`;
    const like = written.get(key);
    if (like) more.push(build(tokens, from, to, null, like.kb));
  }
  return more.length ? [...found, ...more].sort((a, b) => a.start - b.start) : found;
}

/**
 * "Barnaby Whitcombe said": a first name of the general list starts a name where it opens the run of
 * capitals, written as a name (not "ISIS"), and is no member's surname ("Robinson Humphrey" is a firm);
 * inside a run ("New York Post", "La Raza") it is part of another name.
 */
function generalListName(tokens: readonly Token[], i: number, runStart: number, kb: KnowledgeBase): boolean {
  const t = tokens[i];
  return i === runStart && isGeneralListGivenName(t.text) && isCapitalised(t.text) && !kb.bySurname(t.text).length;
}

/** Words that name a place: a seat's (or two or three words of one) in the records, or a city, state or country of the lexicon. */
function placeWords(kb: KnowledgeBase, norms: string[]): boolean {
  return kb.isPlace(norms) || isPlaceName(norms);
}

/** "South Carolina", "San Francisco", "West Virginia": token i ends a place's name that the word before it in the run starts. */
function endsPlaceBegunBefore(tokens: readonly Token[], i: number, runStart: number): boolean {
  return i > runStart && isPlaceName([tokens[i - 1].norm, tokens[i].norm]);
}

function matchAt(tokens: readonly Token[], i: number, to: number, kb: KnowledgeBase, runStart: number, placed: ReadonlySet<string>): { mention: NameMention; next: number } | null {
  // "South Carolina Republicans", "San Francisco Supervisor Jane Kim": "Carolina" and "Francisco" start no name there.
  if (endsPlaceBegunBefore(tokens, i, runStart)) return null;
  // A run's last word (most runs are one word: "The", "He") starts no name of the run: every rule
  // below but the letters after a name needs a second word in it. Skipping them here saved the 1 MB
  // article's 15,000 such calls (of 21,000) their look-ups and a closure each.
  if (i + 1 === to) return postnominalName(tokens, i, kb);
  const title = isTitle(tokens[i]) && i + 1 < to && !(OFFICE_TITLES.has(tokens[i].norm) && isCommonWord(tokens[i + 1].text)) ? tokens[i].text : null;
  const nameStart = title ? i + 1 : i;
  const known = longestKnown(tokens, nameStart, to, kb);
  if (known && !longerNameThan(tokens, known.end, to, kb)) return { mention: build(tokens, i, known.end, title, known.people), next: known.end };
  if (title) {
    const end = titledNameEnd(tokens, nameStart, to, placed, kb.bySurname(foldName(tokens[nameStart].norm)).length > 0);
    if (end < 0) return null;
    const people = end - nameStart >= 2 ? kb.byWrittenName(tokens.slice(nameStart, end).map((t) => t.text).join(' ')) : [];
    return { mention: build(tokens, i, end, title, people), next: end };
  }
  // "Jock A. Finlayson", "J. J. Price": initials make a name whatever the first name is.
  const initials = initialNameEnd(tokens, i, to, NOT_NAMES);
  if (initials > 0) return { mention: build(tokens, i, initials, null, kb.byWrittenName(tokens.slice(i, initials).map((t) => t.text).join(' '))), next: initials };
  const first = tokens[i];
  if (i + 1 < to && (((isFirstName(first.text) || generalListName(tokens, i, runStart, kb)) && !NOT_NAMES.has(first.norm)) || givenDespiteWord(tokens, i)) && !NOT_NAMES.has(tokens[i + 1].norm) && !TITLES.has(tokens[i + 1].norm)
    && !headlineVerb(tokens[i + 1])) {
    let end = i + 2;
    // "South Carolina Gov. Jim Hodges": a title starts the next name.
    while (end < to && end < i + 3 && !NOT_NAMES.has(tokens[end].norm) && !TITLES.has(tokens[end].norm) && !headlineWord(tokens, end, to) && !headlineVerb(tokens[end])
      && !formLabel(tokens, end) && !isLyAdverb(tokens[end].text)) end++; // "Anthony Weiner Reportedly…"
    // "Jorge Antonio Villasenor Llamas, 31,": a fourth word that ends the run and can only be a surname.
    if (end === i + 3 && longerNameThan(tokens, end, to, kb) && !headlineWord(tokens, end, to)) end++;
    const people = kb.byWrittenName(tokens.slice(i, end).map((t) => t.text).join(' '));
    // "Sierra Club", "Jackson County": an institution's name, unless the records know it as a person's.
    if (!people.length && endsOrganisation(tokens[end - 1].norm)) return null;
    // "Hazel Grove", "Stoke Newington", "San Francisco": a place, unless the records know the name.
    if (people.length || !placeWords(kb, tokens.slice(i, end).map((t) => t.norm))) return { mention: build(tokens, i, end, null, people), next: end };
  }
  // "said Lael Brainard", "Rosette Pambakian, a spokeswoman": a name where only a person stands.
  if (i === runStart) {
    const placed = contextNameEnd(tokens, i, to, NOT_NAMES, (norms) => placeWords(kb, norms));
    if (placed > 0) return { mention: build(tokens, i, placed, null, kb.byWrittenName(tokens.slice(i, placed).map((t) => t.text).join(' '))), next: placed };
  }
  // "Refugee Council Chief Executive Maeve Sherlock": the name after the title that describes them.
  if (i > runStart) {
    const described = describedNameEnd(tokens, i, to, NOT_NAMES, (norms) => placeWords(kb, norms));
    if (described > 0) return { mention: build(tokens, i, described, null, kb.byWrittenName(tokens.slice(i, described).map((t) => t.text).join(' '))), next: described };
  }
  const lettersAfter = postnominalName(tokens, i, kb);
  if (lettersAfter) return lettersAfter;
  // "Nahim Zahawi": an unknown first word before an MP's surname; the grouping step checks the spelling.
  // "Bethnal Green" is a place, not a misspelt Green; nor are "Election Day", "Capitol Hill" or "Central
  // Park" people, though MPs are called Day, Hill and Park: a word that ends a place's, a day's or an institution's name.
  if (to - i === 2 && first.text.length > 1 && !NOT_NAMES.has(first.norm) && !isCommonWord(first.text) && kb.bySurname(foldName(tokens[i + 1].norm)).length > 0
    && !kb.isPlace([first.norm, tokens[i + 1].norm]) && !endsPlaceOrDay(tokens[i + 1].norm)) {
    return { mention: build(tokens, i, to, null, []), next: to };
  }
  return null;
}

/**
 * "Guy Mansfield QC": two capitalised words before letters that only follow a person's name;
 * "the Bury South MP" is a seat's member, not a person called Bury South.
 */
function postnominalName(tokens: readonly Token[], i: number, kb: KnowledgeBase): { mention: NameMention; next: number } | null {
  const first = tokens[i];
  if (i + 2 < tokens.length && POSTNOMINALS.has(tokens[i + 2].norm) && tokens[i + 1].cap && !NOT_NAMES.has(first.norm) && !NOT_NAMES.has(tokens[i + 1].norm)
    && !kb.isPlace([first.norm, tokens[i + 1].norm])) {
    return { mention: build(tokens, i, i + 2, null, kb.byWrittenName(`${first.text} ${tokens[i + 1].text}`)), next: i + 2 };
  }
  return null;
}

/** Words a form or a fact box puts before a colon: "Name: Jane Doe Age: 27 City: Tulsa". */
const FORM_LABELS = new Set([
  'name', 'age', 'city', 'town', 'hometown', 'home', 'job', 'occupation', 'profession', 'pay', 'wage', 'salary', 'income',
  'title', 'role', 'position', 'employer', 'location', 'residence', 'born', 'education', 'family', 'party', 'status',
  'nationality', 'gender', 'sex', 'state', 'country',
]);

/** "Gabrielle Doe Age: 27": a form's label, right before its colon, ends the name before it. */
function formLabel(tokens: readonly Token[], k: number): boolean {
  return FORM_LABELS.has(tokens[k].norm) && k + 1 < tokens.length && tokens[k + 1].gap.startsWith(':');
}

/**
 * "Hillary Clinton Calls ISIS Violence…": in a title-case headline every word is capitalised, so an
 * English word after a first name and surname ("Calls", "Says", "Is") ends the name where more
 * capitals follow it; a name the run ends with keeps its third word ("Michael Ian Black said"), and so
 * does one before a suffix or letters after a name ("Martin Luther King Jr.", "Mary Ann Rose QC").
 */
function headlineWord(tokens: readonly Token[], k: number, to: number): boolean {
  return k + 1 < to && isCommonWord(tokens[k].text) && !POSTNOMINALS.has(tokens[k + 1].norm) && !NAME_SUFFIXES.test(tokens[k + 1].norm);
}

/**
 * "Hillary Will…", "Megyn Kelly Is…", "Ted Cruz Tells…": in a title-case headline the verb after a
 * name is capitalised too. An auxiliary or a reporting verb's -s form is no part of a name (a verb in
 * -ing or -ed may be: "Harding", "Manning").
 */
function headlineVerb(t: Token): boolean {
  return HEADLINE_AUXILIARIES.test(t.norm) || (t.norm.endsWith('s') && !!speechVerbStem(t.norm));
}

const HEADLINE_AUXILIARIES = /^(?:is|was|were|are|will|would|could|should|can|does|did|has|had|just|gets|got)$/;

/** Words that follow a person's name and end it: "Luther Stan Pate IV", "Martin Luther King Jr.". */
const NAME_SUFFIXES = /^(?:jr|sr|jnr|snr|ii|iii|iv)$/;

/**
 * "Bill Eastland": a first name that is also a word the finder never takes alone ("the Bill", "a bill")
 * is a name before a capitalised surname that is no common word, unless an article comes before it.
 */
function givenDespiteWord(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].text === 'Bill' && !/^(?:the|a|an|this|that)$/.test(tokens[i - 1]?.norm ?? '') && !isCommonWord(next.text) && /^\p{Lu}\p{Ll}+/u.test(next.text);
}

/**
 * "said John Ward Anderson, a current employee": a name followed, as the last word of its run, by one
 * more surname-shaped word that is no common word, title, place or institution's ending is part of a
 * longer name: a member's name there is another person's, and a three-word name takes a fourth.
 */
function longerNameThan(tokens: readonly Token[], end: number, to: number, kb: KnowledgeBase): boolean {
  if (end + 1 !== to) return false;
  const t = tokens[end];
  return t.gap === ' ' && !t.possessive && isCapitalised(t.text) && !isCommonWord(t.text) && !NOT_NAMES.has(t.norm) && !TITLES.has(t.norm) &&
    !endsPlaceOrDay(t.norm) && !isNotPersonWord(t.norm) && !kb.isPlace([t.norm]); // endsPlaceOrDay includes an institution's ending
}

function longestKnown(tokens: readonly Token[], i: number, to: number, kb: KnowledgeBase): { end: number; people: KbPerson[] } | null {
  if (i + 1 >= to) return null; // every name the scanner takes has two words or more
  const first = foldName(tokens[i].norm);
  const starting = kb.namesStartingWith(first);
  if (starting.length === 0) return null;
  const candidates = bySecondWord(starting).get(foldName(tokens[i + 1].norm));
  if (candidates === undefined) return null;
  let best: NameEntry | null = null;
  for (let c = 0; c < candidates.length; c++) {
    const words = candidates[c].tokens;
    const n = words.length;
    if (i + n > to || (best && best.tokens.length >= n) || words[0] !== first) continue;
    let k = 2;
    while (k < n && foldName(tokens[i + k].norm) === words[k]) k++;
    if (k === n) best = candidates[c];
  }
  return best && { end: i + best.tokens.length, people: best.people };
}

/**
 * The names of two words or more among those starting with one word, by their second word, longest
 * first as given: a common first name starts hundreds of known names, and the scanner asks at every
 * capitalised word. Made once per list (the knowledge base answers with the same list for a word).
 */
const secondWordIndex = new WeakMap<readonly NameEntry[], Map<string, NameEntry[]>>();
function bySecondWord(starting: readonly NameEntry[]): Map<string, NameEntry[]> {
  let index = secondWordIndex.get(starting);
  if (index === undefined) {
    index = new Map();
    for (const entry of starting) if (entry.tokens.length >= 2) pushTo(index, entry.tokens[1], entry);
    secondWordIndex.set(starting, index);
  }
  return index;
}

function build(tokens: readonly Token[], from: number, to: number, title: string | null, kb: KbPerson[]): NameMention {
  const start = tokens[from].start;
  const last = tokens[to - 1];
  const end = last.possessive ? last.start + last.norm.length : last.end;
  const parts: string[] = []; // a loop, not slice().map(): one array per mention, not two and a closure
  for (let k = title ? from + 1 : from; k < to; k++) parts.push(foldName(tokens[k].norm));
  return { start, end, text: '', form: title ? 'title' : 'full', title, parts, kb, token: from };
}

/**
 * A surname after an office title is the holder of that office on the date: "Prime Minister Major",
 * "Chancellor Hunt", "Home Secretary Braverman", "former Prime Minister Blair". Only where the records
 * of the office reach the date and one holder has that surname; else nothing (not a guess).
 */
export function findTitledSurnames(
  tokens: readonly Token[], taken: readonly NameMention[], kb: KnowledgeBase, date: string, caps: Int32Array = capitalIndices(tokens),
): NameMention[] {
  const covered = coveredTokens(tokens, taken);
  const out: NameMention[] = [];
  for (let c = 0, n = caps.length; c < n; c++) {
    const i = caps[c];
    if (i === 0) continue;
    const t = tokens[i];
    if (covered[i] || NOT_NAMES.has(t.norm) || (t.gap !== ' ' && /[,.;:!?()“”"‘’—–]/.test(t.gap))) continue; // a plain space first: no pattern run
    const head = tokens[i - 1];
    if (!head.cap || !isRoleHead(head.norm)) continue;
    const person = titleHolder(tokens, i, kb, date);
    if (!person) continue;
    const end = t.possessive ? t.start + t.norm.length : t.end;
    out.push({ start: t.start, end, text: '', form: 'surname', title: null, parts: [foldName(t.norm)], kb: [person], token: i });
  }
  return out;
}

/** The one holder, on the date, of the longest office title ending before token i who has its surname. */
function titleHolder(tokens: readonly Token[], i: number, kb: KnowledgeBase, date: string): KbPerson | null {
  const surname = foldName(tokens[i].norm);
  let from = i - 1;
  while (from - 1 >= 0 && i - from < 7 && isRoleWord(tokens[from - 1].norm) && !/[,.;:!?()“”"‘’—–]/.test(tokens[from].gap)
    && (tokens[from - 1].cap || /^(?:and|of|for|the|former|ex|then)$/.test(tokens[from - 1].norm))) from--;
  for (let k = from; k < i; k++) {
    if (!tokens[k].cap && !/^(?:former|ex|then)$/.test(tokens[k].norm)) continue;
    const phrase = tokens.slice(k, i).map((t) => t.norm).join(' ');
    const holders = kb.resolveRole(phrase, date).filter((p) => kb.bySurname(surname).includes(p));
    if (holders.length === 1) return holders[0];
  }
  return null;
}

/**
 * Single capitalised words that are the surname or first name of a person already named in full
 * (Corbyn, Keir), or the surname of a sitting MP (Blair, in 2005). Common words (Brown, Hands, May)
 * count only with a title, handled by `findFullNames`.
 */
export function findShortForms(
  tokens: readonly Token[], taken: readonly NameMention[], knownParts: { surnames: Set<string>; given: Set<string> },
  sittingSurname: (surname: string) => boolean, caps: Int32Array = capitalIndices(tokens),
): NameMention[] {
  const covered = coveredTokens(tokens, taken);
  const out: NameMention[] = [];
  // surnames written after a particle in a full name ("Bill de Blasio"): "De Blasio said" is that person
  const particleSurnames = new Set<string>();
  for (const m of taken) if (m.parts.length > 2 && isNameParticle(m.parts[m.parts.length - 2])) particleSurnames.add(m.parts[m.parts.length - 1]);
  let after = 0; // tokens before it are inside a two-word surname this pass found
  for (let c = 0, n = caps.length; c < n; c++) {
    const i = caps[c];
    if (i < after) continue;
    const t = tokens[i];
    if (covered[i] || NOT_NAMES.has(t.norm)) continue;
    const next = tokens[i + 1];
    if (next && next.cap && joins(t, next) && !covered[i + 1] && knownParts.surnames.has(`${foldName(t.norm)}-${foldName(next.norm)}`)) {
      // "Long Bailey" for Long-Bailey
      const end = next.possessive ? next.start + next.norm.length : next.end;
      out.push({ start: t.start, end, text: '', form: 'surname', title: null, parts: [`${foldName(t.norm)}-${foldName(next.norm)}`], kb: [], token: i });
      after = i + 2;
      continue;
    }
    // "Corbyn" inside "Jeremy Corbyn Street" is not a mention; after a verb opening the sentence ("Continued Stone:") it is.
    // "De Blasio said" opening a sentence: the particle of a surname the text writes with one is no other name.
    if (i > 0 && tokens[i - 1].cap && joins(tokens[i - 1], t) && !tokens[i - 1].possessive && !NOT_NAMES.has(tokens[i - 1].norm) && !speechVerbStem(tokens[i - 1].norm)
      && !(isNameParticle(tokens[i - 1].norm) && particleSurnames.has(foldName(t.norm)))) continue;
    const key = foldName(t.norm);
    const isSurname = knownParts.surnames.has(key);
    const isGiven = !isSurname && knownParts.given.has(key);
    const kbSurname = !isSurname && !isGiven && !isCommonWord(t.text) && !isFirstName(t.text) && sittingSurname(key);
    if (!isSurname && !isGiven && !kbSurname) continue;
    if (isNameInsideLongerCapitalisedRun(tokens, i)) continue;
    const end = t.possessive ? t.start + t.norm.length : t.end;
    out.push({ start: t.start, end, text: '', form: isGiven ? 'given' : 'surname', title: null, parts: [key], kb: [], token: i });
  }
  return out;
}

/** Per token: 1 where one of the mentions covers it (a flag per token, not a set of ten thousand numbers). */
function coveredTokens(tokens: readonly Token[], taken: readonly NameMention[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (let k = 0; k < taken.length; k++) {
    const m = taken[k];
    for (let t = m.token; t < tokens.length && tokens[t].start < m.end; t++) covered[t] = 1;
  }
  return covered;
}

/**
 * "Corbyn Street" or "Blair Babes" are not people: a short form must not run on into another name-like
 * word, nor into a word that ends an institution's name ("Fox News", "Fox Club"), though that word
 * (News, Street, Party) never starts a name itself.
 */
function isNameInsideLongerCapitalisedRun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i].possessive || !next || !next.cap || !joins(tokens[i], next)) return false;
  return !NOT_NAMES.has(next.norm) || endsOrganisation(next.norm);
}

/**
 * "Michelle, a mother of twins, said": first names alone where only a person stands, among the tokens
 * no other mention covers, unless the name is also a member's surname (then it is theirs to place).
 */
export function findLoneGivenNames(tokens: readonly Token[], taken: readonly NameMention[], kb: KnowledgeBase, caps: Int32Array = capitalIndices(tokens)): NameMention[] {
  const covered = coveredTokens(tokens, taken);
  const out: NameMention[] = [];
  for (let c = 0, n = caps.length; c < n; c++) {
    const i = caps[c];
    if (covered[i] || !loneGivenName(tokens, i, NOT_NAMES)) continue;
    const key = foldName(tokens[i].norm);
    if (kb.bySurname(key).length > 0) continue;
    out.push({ start: tokens[i].start, end: tokens[i].end, text: '', form: 'given', title: null, parts: [key], kb: [], token: i });
  }
  return out;
}
