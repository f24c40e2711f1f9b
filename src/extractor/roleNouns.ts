import type { Token } from './tokens';
import { INDEFINITE } from './unnamedSubject';
import { officeQuery } from './kb/offices';

/** Head words of role nouns that name a speaker by office: "the Labour leader", "the home secretary". */
const ROLE_HEADS = new Set([
  'leader', 'minister', 'secretary', 'chancellor', 'speaker', 'general', 'premier', 'president', 'mayor', 'chairman',
  'chairwoman', 'chair', 'mp', 'whip', 'frontbencher', 'backbencher', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'aide', 'source', 'adviser', 'advisor', 'official', 'colleague', 'insider', 'ally', 'critic',
  'campaigner', 'veteran', 'candidate', 'deputy', 'prosecutor', 'judge', 'lawyer', 'director', 'boss', 'pm',
]);

/** Role nouns that never name one knowable person on their own: the speaker stays unknown. */
const ANONYMOUS_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'source', 'adviser', 'advisor', 'official', 'colleague', 'insider',
  'ally', 'critic', 'campaigner', 'veteran', 'candidate', 'backbencher', 'mp', 'lawyer',
]);

/**
 * Words that may stand inside a role noun phrase. The word lists of this file are sets, not
 * alternations: an alternation is compiled on its first use (the first analysis pays for it; this one
 * has 150 words) and tries its words in turn, where a set looks the word up once.
 */
const ROLE_WORDS = new Set([
  'the', 'us', 'american', 'former', 'ex', 'then', 'shadow', 'deputy', 'prime', 'foreign', 'home', 'health',
  'education', 'justice', 'defence', 'culture', 'business', 'brexit', 'work', 'pensions', 'environment', 'transport',
  'trade', 'chief', 'labour', 'tory', 'conservative', 'liberal', 'democrat', 'lib', 'dem', 'snp', 'dup', 'ukip',
  'plaid', 'party', 'opposition', 'attorney', 'general', 'commons', 'house', 'of', 'for', 'and', 'leader',
  'minister', 'secretary', 'chancellor', 'speaker', 'exchequer', 'state', 'treasury', 'senior', 'junior', 'cabinet',
  "britain's", 'uk', 'british', 'scottish', 'welsh', 'northern', 'irish', 'ireland', 'scotland', 'wales',
  'international', 'development', 'communities', 'local', 'government', 'housing', 'energy', 'climate', 'digital',
  'media', 'sport', 'women', 'equalities', 'whip', 'mayor', 'london', 'president', 'co-chair', 'chair', 'chairman',
  'chairwoman', "party's", "government's", 'european', 'union', 'affairs', 'security', 'immigration', 'policing',
  'armed', 'forces', 'veterans', 'constitutional', 'powerhouse', 'paymaster', 'lord', 'privy', 'seal', 'council',
  'duchy', 'lancaster', 'solicitor', 'first', 'second', 'independent', 'group', 'new', 'newly', 'elected', 'outgoing',
  'incoming', 'current', 'acting', 'interim', 'mp', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'source',
  'adviser', 'advisor', 'official', 'colleague', 'insider', 'ally', 'critic', 'campaigner', 'veteran', 'candidate',
  'backbencher', 'frontbencher', 'commissioner', 'premier', 'prosecutor', 'judge', 'lawyer', 'director', 'boss', 'a',
  'an', 'his', 'her', 'their', 'its', 'one', 'pm',
]);

/** Members of a seat: the Commons' "MP", and the devolved parliaments' (Senedd, Holyrood, Stormont). */
const MEMBER_WORDS = new Set(['MP', 'MS', 'MSP', 'MLA', 'AM']);
/** Words that join the parts of a seat's name: "Bethnal Green and Stepney", "Kingston upon Hull East". */
const SEAT_JOINERS = new Set(['and', 'upon', 'on', 'under', 'in', 'the', 'of', 'with', 'by']);
/** Words of time before a seat reference: "the former MP for Caerphilly", "the newly elected Rochdale MP". */
const SEAT_TIME = new Set(['former', 'ex', 'then', 'new', 'newly', 'elected', 'outgoing', 'veteran', 'long-serving']);
/** Party words that may stand before "MP" in a seat reference: "the Tory MP for Bracknell". */
const SEAT_PARTY = new Set(['tory', 'conservative', 'labour', 'lib', 'dem', 'liberal', 'democrat', 'snp', 'plaid', 'green', 'reform', 'ukip', 'dup', 'independent']);
/** Words that open a role noun phrase: "the Labour leader", "his deputy". */
const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** Words that may open a seat reference; the indefinite ones make it anonymous ("a Yorkshire MP"). */
const SEAT_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another']);
/** Words that say a seat's member is one of the past: "the former MP for Caerphilly". */
const SEAT_FORMER = new Set(['former', 'ex', 'then']);
/** Words a role key leaves out: determiners and words of time ("the former Labour leader" → "labour leader"). */
const NOT_IN_ROLE_KEY = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'ex', 'then', 'new', 'newly', 'elected', 'outgoing', 'incoming', 'current', 'acting', 'interim']);

export interface RoleNoun {
  /** Token range of the phrase. */
  from: number;
  to: number;
  /** The phrase lower-cased, e.g. "the former attorney general". */
  phrase: string;
  former: boolean;
  anonymous: boolean;
  /** The seat a reference names ("the Bassetlaw MP", "the MP for Dover"), as written, lower-cased. */
  seat?: string;
  /** A definite description of US copy ("the Texas senator"): it stands for someone only when the article described them so. */
  described?: boolean;
}

/**
 * A role noun phrase that ends at token `end` (inclusive), read backwards: "the Labour leader",
 * "the former attorney general", "a Downing Street spokesman".
 */
export function roleNounEndingAt(tokens: readonly Token[], end: number, floor: number): RoleNoun | null {
  const head = tokens[end]?.norm;
  if (!head) return null;
  const seat = seatReferenceEndingAt(tokens, end, floor);
  if (seat) return seat;
  if (!ROLE_HEADS.has(head)) return officeOfEndingAt(tokens, end, floor);
  let from = end;
  while (from - 1 >= floor && ROLE_WORDS.has(tokens[from - 1].norm) && !/[,.;:!?“”"]/.test(tokens[from].gap)) {
    from--;
    if (ROLE_DETERMINERS.has(tokens[from].norm)) break;
  }
  const words = tokens.slice(from, end + 1).map((t) => t.norm);
  const determiner = ROLE_DETERMINERS.has(words[0]);
  if (!determiner && words.length < 2) return null;
  // "a minister", "one minister", "one former minister": an indefinite role is nobody the reader can name.
  const anonymous = (ANONYMOUS_HEADS.has(head) && !theMp(words)) || INDEFINITE.has(words[0]);
  // "the PM", "the deputy PM": the press's short form of the office the records name in full
  const phrase = words.join(' ').replace(/\bpm\b/, 'prime minister');
  return { from, to: end + 1, phrase, former: isFormer(words), anonymous };
}

/**
 * The House's long titles, which end in the office's place rather than its head word: "the Leader of
 * the Opposition", "the Chancellor of the Exchequer", "the Chief Secretary to the Treasury", "the
 * Leader of the House (of Commons)", "the Speaker of the House of Commons". Not "the Speaker of the
 * House" alone: US copy's Speaker is no member of the Commons.
 */
const OFFICE_TAILS: ReadonlyArray<{ heads: ReadonlySet<string>; tail: readonly string[] }> = [
  { heads: new Set(['leader']), tail: ['of', 'the', 'opposition'] },
  { heads: new Set(['chancellor']), tail: ['of', 'the', 'exchequer'] },
  { heads: new Set(['secretary']), tail: ['to', 'the', 'treasury'] },
  { heads: new Set(['leader']), tail: ['of', 'the', 'house'] },
  { heads: new Set(['leader', 'speaker']), tail: ['of', 'the', 'house', 'of', 'commons'] },
  { heads: new Set(['leader', 'speaker']), tail: ['of', 'the', 'commons'] },
];

/** The last word of each of OFFICE_TAILS: no other word can end one. */
const OFFICE_TAIL_ENDS = new Set(OFFICE_TAILS.map(({ tail }) => tail[tail.length - 1]));

function officeOfEndingAt(tokens: readonly Token[], end: number, floor: number): RoleNoun | null {
  // Asked of every word a role may end at that is no role's head (a surname before "said", most of
  // them): the six tails' tests, a destructuring and a closure each, ran for words none can end.
  if (!OFFICE_TAIL_ENDS.has(tokens[end].norm)) return null;
  for (const { heads, tail } of OFFICE_TAILS) {
    const at = end - tail.length + 1;
    if (at - 1 < floor || !tail.every((w, k) => tokens[at + k].norm === w && (k === 0 || !/[,.;:!?“”"()]/.test(tokens[at + k].gap)))) continue;
    if (/[,.;:!?“”"()]/.test(tokens[at].gap) || !heads.has(tokens[at - 1].norm)) continue;
    const inner = roleNounEndingAt(tokens, at - 1, floor);
    if (!inner || inner.anonymous || inner.seat || !ROLE_DETERMINERS.has(tokens[inner.from].norm)) return null;
    const phrase = `${inner.phrase} ${tail.join(' ')}`;
    // Only a title the records answer ("the deputy leader of the opposition" is none): no new way to name nobody.
    return officeQuery(phrase) ? { ...inner, to: end + 1, phrase } : null;
  }
  return null;
}

/**
 * "the MP said", "the former MP", "the local MP": the member just spoken of, where the records say
 * that person sits (or sat) on the date; with a party ("the Tory MP") the text's own descriptions decide.
 */
function theMp(words: readonly string[]): boolean {
  return words[0] === 'the' && words[words.length - 1] === 'mp' && words.slice(1, -1).every((w) => /^(?:former|ex|local|veteran)$/.test(w));
}

/** The words of a role say it was held before: "the former Labour leader", "the ex-minister". */
export function isFormer(words: readonly string[]): boolean {
  return words.includes('former') || words.includes('ex');
}

/**
 * A seat used as a reference to its member: "the Bassetlaw MP", "the Bethnal Green and Stepney MP",
 * "the MP for Dover", "the Tory MP for Bracknell", or "Bolsover MP" before a name. The seat is a
 * run of capitalised words (and the small words of seat names); the knowledge base decides whether
 * it is a constituency of the date. "A Yorkshire MP" is anonymous: an indefinite MP is nobody known.
 */
function seatReferenceEndingAt(tokens: readonly Token[], end: number, floor: number): RoleNoun | null {
  const last = tokens[end];
  let mp: number, seatFrom: number, seatTo: number;
  if (MEMBER_WORDS.has(last.text)) {
    seatTo = end;
    seatFrom = seatStart(tokens, end - 1, floor);
    if (seatFrom === end) return null;
    mp = end;
  } else if (last.cap) {
    seatFrom = seatStart(tokens, end, floor);
    const k = seatFrom - 1; // "for"
    if (k - 1 < floor || tokens[k]?.norm !== 'for' || !MEMBER_WORDS.has(tokens[k - 1].text) || breaksBefore(tokens[k]) || breaksBefore(tokens[seatFrom])) return null;
    seatTo = end + 1;
    mp = k - 1;
  } else return null;
  let from = seatTo === end ? seatFrom : mp;
  while (from - 1 >= floor && (SEAT_PARTY.has(tokens[from - 1].norm) || SEAT_TIME.has(tokens[from - 1].norm)) && !breaksBefore(tokens[from])) from--;
  if (from - 1 >= floor && SEAT_DETERMINERS.has(tokens[from - 1].norm) && !breaksBefore(tokens[from])) from--;
  const words = tokens.slice(from, end + 1).map((t) => t.norm);
  const seat = tokens.slice(seatFrom, seatTo).map((t) => t.norm).join(' ');
  const indefinite = INDEFINITE.has(words[0]);
  // "the former Labour MP for Caerphilly" is not the member of the date; the data cannot say which former one.
  const former = words.some((w) => SEAT_FORMER.has(w));
  // "the Labour MS for Cardiff South and Penarth", "the MSP for Edinburgh Central": a member of a devolved
  // parliament, whom the records (of the Commons) do not hold; never the MP for a seat of that name.
  if (tokens[mp].text !== 'MP') return { from, to: end + 1, phrase: words.join(' '), former, anonymous: true };
  return { from, to: end + 1, phrase: words.join(' '), former, anonymous: indefinite, seat };
}

/** The first token of the capitalised run (seat words) ending at `end`, or end + 1 when there is none. */
function seatStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  while (k >= floor && k > end - 8) {
    const t = tokens[k];
    const word = t.cap && !ROLE_WORDS.has(t.norm) && t.norm !== 'mp' && t.norm !== 'mps' && !t.possessive;
    const joiner = !t.cap && SEAT_JOINERS.has(t.norm) && k < end && tokens[k + 1].cap;
    if (!word && !joiner) break;
    if (k < end && /[,.;:!?()“”"‘’—–]/.test(tokens[k + 1].gap)) break;
    k--;
  }
  let first = k + 1;
  // A seat starts with a capital, and not with a party's name ("the Reform MP", "the Green MP").
  while (first <= end && (!tokens[first].cap || SEAT_PARTY.has(tokens[first].norm))) first++;
  return first > end ? end + 1 : first;
}

function breaksBefore(t: Token): boolean {
  return /[.;:!?()“”"‘’—–]/.test(t.gap);
}

/** The role as a key for appositions: "the former Labour leader" → "labour leader". */
export function roleKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !NOT_IN_ROLE_KEY.has(w))
    .join(' ')
    .replace(/\btory\b/g, 'conservative');
}

/** A word that may stand in an office title before a name ("Work and Pensions Secretary"). */
export function isRoleWord(norm: string): boolean {
  return ROLE_WORDS.has(norm);
}

export function isRoleHead(norm: string): boolean {
  return ROLE_HEADS.has(norm);
}
