import type { Token } from './tokens';
import type { Sentence } from './sentences';
import { speechVerbStem, canInvert, AUXILIARIES } from './speechVerbs';
import { roleNounEndingAt, RoleNoun } from './roleNouns';
import { couldBeOrganisationWord, knownOrganisation } from './organisations';
import { POSTNOMINALS } from './mentions';

/** What stands in the subject place of a reporting verb. */
export type Subject =
  | { type: 'mention'; token: number } // a token inside a person's mention
  | { type: 'pronoun'; word: string; token: number }
  | { type: 'role'; role: RoleNoun }
  | { type: 'organisation'; name: string; from: number; to: number }
  | { type: 'thing'; from: number; to: number }; // "the guidance says": words of a document nobody is named for

/** A reporting verb with its subject: a possible attribution. */
export interface Cue {
  verb: number;
  subject: Subject;
  /** Token range of the cue's words (subject and verb). */
  from: number;
  to: number;
  sentence: number;
  /** The subject comes after the verb ("said Mr Smith"). */
  inverted: boolean;
  /** The verb has no subject of its own ("…, claiming", "and said"): it shares an earlier cue's speaker. */
  shared?: boolean;
}

export interface CueContext {
  tokens: readonly Token[];
  /** Per token: inside a quotation. */
  inQuote: Uint8Array;
  /** Per token: index of the person entity whose mention covers it, or -1. */
  personAt: Int32Array;
  sentenceOf: Int32Array;
  sentences: readonly Sentence[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Nouns for texts that speak for an unnamed author. */
const DOCUMENTS = new Set([
  'guidance', 'guidelines', 'leaflet', 'report', 'statement', 'letter', 'document', 'manifesto', 'study', 'survey', 'paper',
  'review', 'memo', 'briefing', 'poll', 'website', 'note', 'notice', 'advice', 'bill', 'white', 'order',
]);

/** Every reporting verb outside quotations that has a subject we can read, in document order. */
export function findCues(ctx: CueContext): Cue[] {
  const out: Cue[] = [];
  const { tokens, inQuote } = ctx;
  for (let v = 0; v < tokens.length; v++) {
    if (inQuote[v]) continue;
    const t = tokens[v];
    if (t.norm === 'according' && tokens[v + 1]?.norm === 'to') {
      const cue = forwardSubject(ctx, v, v + 2);
      if (cue) out.push(cue);
      continue;
    }
    const stem = speechVerbStem(t.norm) ?? phrasalSpeechVerb(tokens, v);
    if (!stem) continue;
    const back = backwardSubject(ctx, v);
    if (back) { out.push(back); continue; }
    if ((canInvert(stem) || t.norm === 'says') && !/ing$/.test(t.norm) && invertible(ctx, v)) {
      const fwd = forwardSubject(ctx, v, v + 1);
      if (fwd) out.push(fwd);
    }
  }
  return out;
}

/** "…,” said X", ", says X", or a sentence that opens with the verb: where a subject may follow its verb. */
function invertible(ctx: CueContext, v: number): boolean {
  const t = ctx.tokens[v];
  if (v === 0 || !sameSentence(ctx, v - 1, v)) return true;
  return /[,”"’']\s*$/.test(t.gap) || ctx.inQuote[v - 1] === 1;
}

/** "hitting out", "lashed out", "went on": reporting verbs of two words. */
function phrasalSpeechVerb(tokens: readonly Token[], v: number): string | undefined {
  const next = tokens[v + 1]?.norm;
  if (next === 'out' && /^(?:hit|hits|hitting|lash|lashes|lashed|lashing)$/.test(tokens[v].norm)) return 'hit out';
  if (next === 'on' && /^(?:go|goes|went|going)$/.test(tokens[v].norm)) return 'go on';
  return undefined;
}

function sameSentence(ctx: CueContext, a: number, b: number): boolean {
  return ctx.sentenceOf[a] === ctx.sentenceOf[b];
}

/** Walks back from a verb over auxiliaries and an apposition to its subject. */
function backwardSubject(ctx: CueContext, v: number): Cue | null {
  const { tokens, inQuote } = ctx;
  let j = v - 1;
  while (j >= 0 && sameSentence(ctx, j, v) && !inQuote[j] && isAuxiliary(tokens[j]) && !breaks(tokens[j + 1])) j--;
  if (j < 0 || !sameSentence(ctx, j, v) || inQuote[j]) return participleSubject(ctx, v);
  if (breaks(tokens[j + 1])) {
    if (!tokens[j + 1].gap.includes(',')) return participleSubject(ctx, v);
    // "Sir Stuart Bell, said", "Martin O'Neill, who chairs the committee, said", "X, the leader of Y, said"
    const direct = subjectEndingAt(ctx, j);
    const opener = appositionSubject(ctx, j, v);
    const relative = opener >= 0 && opener < j && /^(?:who|whose|which|one|the|a|an|his|her|its|their|now|then|himself|herself)$/.test(tokens[opener + 1]?.norm ?? '');
    const k = relative ? opener : direct && direct.type !== 'organisation' ? j : opener;
    if (k < 0) return participleSubject(ctx, v);
    j = k;
  } else if (tokens[j].norm === 'who' || tokens[j].norm === 'and' || tokens[j].norm === 'but') {
    // "Mrs May, who pointedly responded", "She does support it, and states"
    const k = tokens[j].norm === 'who' ? j - 1 : -1;
    if (k >= 0 && sameSentence(ctx, k, v) && ctx.personAt[k] >= 0) j = k;
    else return participleSubject(ctx, v);
  }
  const subject = subjectEndingAt(ctx, j);
  if (!subject) return participleSubject(ctx, v);
  // "the report says" is a cue; "manifesto pledges" is a noun phrase
  if (subject.type === 'thing' && !DOCUMENT_VERBS.has(speechVerbStem(tokens[v].norm) ?? '')) return null;
  return { verb: v, subject, from: subjectFrom(ctx, subject), to: v + 1, sentence: ctx.sentenceOf[v], inverted: false };
}

/**
 * For a verb with no subject of its own (a participle such as "claiming", "calling", or a verb after
 * "and"), the subject of its sentence: its first person or pronoun outside quotations.
 */
function participleSubject(ctx: CueContext, v: number): Cue | null {
  const { tokens } = ctx;
  const t = tokens[v];
  const participle = /ing$/.test(t.norm) || t.norm === 'self-proclaimed' || (v > 0 && /^(?:and|but)$/.test(tokens[v - 1].norm));
  if (!participle) return null;
  const k = firstSubjectToken(ctx, v);
  if (k < 0) return null;
  const subject: Subject = ctx.personAt[k] >= 0 ? { type: 'mention', token: k } : { type: 'pronoun', word: tokens[k].norm, token: k };
  return { verb: v, subject, from: v, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false, shared: true };
}

/** Per token: the first person or he/she of its sentence outside quotations (or -1), found once per sentence. */
const firstSubjects = new WeakMap<Int32Array, Int32Array>();

/** The first person or he/she of the verb's sentence outside quotations, other than the verb itself. */
function firstSubjectToken(ctx: CueContext, v: number): number {
  let first = firstSubjects.get(ctx.sentenceOf);
  if (!first) {
    first = new Int32Array(ctx.tokens.length).fill(-1);
    let found = -1;
    for (let k = 0; k < ctx.tokens.length; k++) {
      if (k === 0 || !sameSentence(ctx, k - 1, k)) found = -1;
      if (found < 0 && !ctx.inQuote[k] && (ctx.personAt[k] >= 0 || ctx.tokens[k].norm === 'he' || ctx.tokens[k].norm === 'she')) found = k;
      first[k] = found;
    }
    firstSubjects.set(ctx.sentenceOf, first);
  }
  // The sentence's first subject, as seen from its last token; a verb is never a person or a pronoun.
  const last = sentenceEndToken(ctx, v);
  return first[last] === v ? -1 : first[last];
}

/**
 * The person or pronoun that opens an apposition ending before the verb's comma, or -1: the
 * earliest one in the clause ("Mr Johnson, who edits a magazine about Ken Bigley, said" → Mr Johnson).
 */
function appositionSubject(ctx: CueContext, j: number, v: number): number {
  let found = -1;
  for (let k = j - 1; k > j - 30 && k >= 0 && sameSentence(ctx, k, v); k--) {
    if (ctx.inQuote[k]) continue; // "X, one of the so-called “Blair Babes”, told"
    if (/[;:]/.test(ctx.tokens[k + 1].gap)) break;
    if (!ctx.tokens[k + 1].gap.includes(',')) continue;
    if (ctx.personAt[k] >= 0 || PRONOUNS.has(ctx.tokens[k].norm) || (DOCUMENTS.has(ctx.tokens[k].norm) && !ctx.tokens[k].cap)) found = k;
    else if (roleNounEndingAt(ctx.tokens, k, sentenceStartToken(ctx, k))) found = k;
  }
  return found;
}

/** A subject after the verb: "said Mr Smith", "says Neil Kinnock", "according to the minister". */
function forwardSubject(ctx: CueContext, v: number, s: number): Cue | null {
  const { tokens, inQuote } = ctx;
  if (s >= tokens.length || inQuote[s] || !sameSentence(ctx, s, v) || breaks(tokens[s])) return null;
  if (ctx.personAt[s] >= 0) {
    let e = s;
    while (e + 1 < tokens.length && ctx.personAt[e + 1] === ctx.personAt[s] && !breaks(tokens[e + 1])) e++;
    return { verb: v, subject: { type: 'mention', token: s }, from: v, to: e + 1, sentence: ctx.sentenceOf[v], inverted: true };
  }
  // "said Chancellor Clarke", "said Bolsover MP Mark Fletcher": a title or seat before the name; the name is the subject.
  let named = s;
  while (named < s + 7 && named < tokens.length && ctx.personAt[named] < 0 && !inQuote[named] && (named === s || !breaks(tokens[named])) && tokens[named].cap) named++;
  if (named > s && named < tokens.length && ctx.personAt[named] >= 0 && !breaks(tokens[named]) && sameSentence(ctx, named, v)) return forwardSubject(ctx, v, named);
  // "said the Labour leader": the role phrase ends before a break or the sentence end.
  for (let e = s; e < Math.min(tokens.length, s + 7) && sameSentence(ctx, e, v) && !inQuote[e]; e++) {
    if (e > s && breaks(tokens[e])) break;
    const role = roleNounEndingAt(tokens, e, s);
    if (role && role.from === s && (e + 1 >= tokens.length || breaks(tokens[e + 1]) || !sameSentence(ctx, e + 1, v))) {
      return { verb: v, subject: { type: 'role', role }, from: v, to: e + 1, sentence: ctx.sentenceOf[v], inverted: true };
    }
  }
  const org = organisationAfter(ctx, s, v);
  return org ? { verb: v, subject: org, from: v, to: org.to, sentence: ctx.sentenceOf[v], inverted: true } : null;
}

/** Letters after a name: "Andrew Tyrie MP", "Guy Mansfield QC". */
const AFTER_SUBJECT = new Set([...POSTNOMINALS, 'ms', 'am', 'jr', 'jnr']); // and Senedd members, juniors

function subjectEndingAt(ctx: CueContext, j: number): Subject | null {
  const t = ctx.tokens[j];
  if (ctx.personAt[j] >= 0) return { type: 'mention', token: j };
  if (j > 0 && ctx.personAt[j - 1] >= 0 && AFTER_SUBJECT.has(t.norm) && !breaks(t)) return { type: 'mention', token: j - 1 };
  if (PRONOUNS.has(t.norm) && t.text !== 'I') return { type: 'pronoun', word: t.norm, token: j };
  const role = roleNounEndingAt(ctx.tokens, j, sentenceStartToken(ctx, j));
  if (role) return { type: 'role', role };
  if (DOCUMENTS.has(t.norm) && !t.cap) return { type: 'thing', from: documentStart(ctx, j), to: j + 1 };
  return organisationEndingAt(ctx, j);
}

/** What documents do in news text ("the report says"); "manifesto pledges" is a noun phrase, not a cue. */
const DOCUMENT_VERBS = new Set(['say', 'state', 'warn', 'add', 'argue', 'conclude', 'note', 'suggest', 'claim', 'explain', 'insist']);

function documentStart(ctx: CueContext, j: number): number {
  let k = j;
  while (k > 0 && k > j - 3 && sameSentence(ctx, k - 1, j) && !breaks(ctx.tokens[k]) && /^(?:the|new|a|its|their|latest|official|draft)$/.test(ctx.tokens[k - 1].norm)) k--;
  return k;
}

/** Per token: the first and last token of its sentence, worked out once per analysis. */
const sentenceBounds = new WeakMap<Int32Array, { start: Int32Array; end: Int32Array }>();

function boundsOf(ctx: CueContext): { start: Int32Array; end: Int32Array } {
  let b = sentenceBounds.get(ctx.sentenceOf);
  if (!b) {
    const n = ctx.tokens.length;
    b = { start: new Int32Array(n), end: new Int32Array(n) };
    for (let k = 0; k < n; k++) b.start[k] = k > 0 && sameSentence(ctx, k - 1, k) ? b.start[k - 1] : k;
    for (let k = n - 1; k >= 0; k--) b.end[k] = k + 1 < n && sameSentence(ctx, k + 1, k) ? b.end[k + 1] : k;
    sentenceBounds.set(ctx.sentenceOf, b);
  }
  return b;
}

function sentenceStartToken(ctx: CueContext, j: number): number {
  return boundsOf(ctx).start[j];
}

function sentenceEndToken(ctx: CueContext, j: number): number {
  return boundsOf(ctx).end[j];
}

/** "The Tories have warned", "Momentum says", "the government said". */
function organisationEndingAt(ctx: CueContext, j: number): Subject | null {
  const { tokens } = ctx;
  const floor = sentenceStartToken(ctx, j);
  // A known organisation of one or two words (the government, Downing Street, the Tories).
  for (let from = j; from >= Math.max(floor, j - 2); from--) {
    const phrase = tokens.slice(from, j + 1).map((t) => t.norm).join(' ');
    const known = knownOrganisation(phrase);
    if (known) {
      const start = from > floor && tokens[from - 1].norm === 'the' ? from - 1 : from;
      return { type: 'organisation', name: known, from: start, to: j + 1 };
    }
  }
  if (!tokens[j].cap || !couldBeOrganisationWord(tokens[j].norm)) return null;
  let from = j;
  if (ctx.personAt[j] >= 0) return null;
  while (from - 1 >= floor && tokens[from - 1].cap && !breaks(tokens[from]) && couldBeOrganisationWord(tokens[from - 1].norm) && ctx.personAt[from - 1] < 0) from--;
  // A capitalised word that merely opens the sentence is not a name by itself.
  if (from === j && j === floor && !/^\p{Lu}{2,}$/u.test(tokens[j].text) && !isLikelyName(tokens[j].text)) return null;
  const name = tokens.slice(from, j + 1).map((t) => t.text).join(' ');
  return { type: 'organisation', name: knownOrganisation(name) ?? name, from, to: j + 1 };
}

function organisationAfter(ctx: CueContext, s: number, v: number): (Subject & { type: 'organisation' }) | null {
  const { tokens } = ctx;
  let from = s;
  if (tokens[s].norm === 'the') from = s + 1;
  let e = from;
  while (e < tokens.length && sameSentence(ctx, e, v) && tokens[e].cap && !ctx.inQuote[e] && (e === from || !breaks(tokens[e]))) e++;
  if (e === from) {
    const known = knownOrganisation(tokens.slice(s, s + 2).map((t) => t.norm).join(' '));
    return known ? { type: 'organisation', name: known, from: s, to: s + 2 } : null;
  }
  const name = tokens.slice(from, e).map((t) => t.text).join(' ');
  if (!couldBeOrganisationWord(tokens[from].norm)) return null;
  return { type: 'organisation', name: knownOrganisation(name) ?? name, from: s, to: e };
}

/** Words at the start of a sentence that are names rather than ordinary capitalised words. */
function isLikelyName(word: string): boolean {
  return /^[A-Z][a-z]+[A-Z]/.test(word) || /^[A-Z][a-z]*$/.test(word) && word.length > 3 && !/^(?:The|This|That|These|Those|There|Their|They|When|While|After|Before|Since|Other|Some|Many|Most|Eight|Seven|Three|Four|Five|Nine|Several|Both|Each|Every|Such|What|Which|Where|Yesterday|Today|Earlier|Later|Last|Next|Even|Also|However|Meanwhile|Asked|Speaking|Writing|Labour)$/.test(word) && !speechVerbStem(word);
}

function isAuxiliary(t: Token): boolean {
  return AUXILIARIES.has(t.norm) || (/ly$/.test(t.norm) && t.norm.length > 4 && !t.cap);
}

/** Punctuation between two tokens that ends a phrase. */
function breaks(t: Token): boolean {
  return /[,.;:!?()“”"‘’—–]|\s-\s/.test(t.gap);
}

function subjectFrom(ctx: CueContext, s: Subject): number {
  switch (s.type) {
    case 'mention': {
      let k = s.token;
      while (k > 0 && ctx.personAt[k - 1] === ctx.personAt[s.token] && !breaks(ctx.tokens[k])) k--;
      return k;
    }
    case 'pronoun': return s.token;
    case 'role': return s.role.from;
    case 'organisation': return s.from;
    case 'thing': return s.from;
  }
}
