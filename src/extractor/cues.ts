import { type Token, breaks } from './tokens';
import type { Sentence } from './sentences';
import { speechVerbStem, canInvert, AUXILIARIES, bareSpeechVerb } from './speechVerbs';
import { isRoleHead, isRoleWord, roleNounEndingAt, RoleNoun } from './roleNouns';
import { definiteRoleEndingAt } from './definiteRoles';
import { type DefiniteBody, definiteBodyEndingAt } from './definiteBodies';
import { isTightVerb, tightSpeechVerb } from './tightVerbs';
import { couldBeOrganisationWord, knownOrganisation, otherNationsGovernment, partyOrganisation } from './organisations';
import { ABBREVIATED_TITLES, POSTNOMINALS } from './mentions';
import { institutionReferent, spokespersonsInstitution } from './institutionReference';
import { isPassiveReport } from './passiveReport';
import { indefiniteBefore, namedModifierHead, unnamedAfter, unnamedBefore } from './unnamedSubject';
import { allLower, allUpper, startsLower } from './charClass';
import { pushTo } from './search';

/** What stands in the subject place of a reporting verb. */
export type Subject =
  /** `group`: "Clinton's campaign said", the person's campaign speaking, not the person. */
  | { type: 'mention'; token: number; group?: string } // a token inside a person's mention
  | { type: 'pronoun'; word: string; token: number; group?: string }
  | { type: 'role'; role: RoleNoun }
  /** "the group said", "according to the newspaper": an organisation referred to by its kind. */
  | { type: 'body'; body: DefiniteBody }
  /** `spokesperson`: "a Downing Street spokesman", the organisation speaking through someone a later "he" may mean. */
  | { type: 'organisation'; name: string; from: number; to: number; spokesperson?: boolean }
  /** "the guidance says": words of a document nobody is named for; `anonymous`: "Labour sources", "critics". */
  | { type: 'thing'; from: number; to: number; anonymous?: boolean; unnamedPerson?: boolean };

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
  /** A shared verb with no subject in reach: it is a cue only when its sentence has an earlier one. */
  orphan?: boolean;
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
  'email', 'e-mail', 'ad', 'release', 'documents', 'filing', 'filings', 'lawsuit', 'complaint', 'indictment', 'affidavit',
]);

/** Every reporting verb outside quotations that has a subject we can read, in document order. */
export function findCues(ctx: CueContext): Cue[] {
  const out: Cue[] = [];
  const { tokens, inQuote } = ctx;
  // Whether a word can open a cue at all, asked once per distinct word: most of the 185,000 tokens of
  // the 1 MB article are no reporting verb, and the four tests below (four calls, two set look-ups and
  // a pass over the word's letters each) cost the scan about 20 ms of its 68 (CPU profile).
  const heads = new Map<string, boolean>();
  for (let v = nextHead(tokens, inQuote, heads, 0); v < tokens.length; v = nextHead(tokens, inQuote, heads, v + 1)) {
    const t = tokens[v];
    if (accordingTo(tokens, v)) {
      const cue = forwardSubject(ctx, v, v + 2);
      if (cue) out.push(cue);
      continue;
    }
    const stem = speechVerbStem(t.norm) ?? phrasalSpeechVerb(tokens, v) ?? tightSpeechVerb(ctx, v);
    if (!stem || shouted(tokens, v) || insideName(ctx, v) || isPassiveReport(tokens, v, (a, b) => sameSentence(ctx, a, b)) || gerundNoun(ctx, v) || indefiniteNoun(ctx, v) || definiteNoun(ctx, v)) continue;
    const back = backwardSubject(ctx, v);
    if (back) { out.push(back); continue; }
    if ((canInvert(stem) || t.norm === 'says' || rightAfterQuote(ctx, v)) && !/ing$/.test(t.norm) && invertible(ctx, v)) {
      const fwd = forwardSubject(ctx, v, v + 1);
      if (fwd) out.push(fwd);
    }
  }
  return out;
}

/**
 * The first token from `v` outside the quotes whose word may open a cue (`heads` remembers the answer
 * for each word), or the end. A function of its own so that V8 optimises the scan, called once per
 * cue: the command-line tool turns off on-stack replacement (compilerTuning.ts), so a loop in a
 * function called once runs unoptimised to its end, and this one reads every token.
 */
function nextHead(tokens: readonly Token[], inQuote: Uint8Array, heads: Map<string, boolean>, v: number): number {
  for (; v < tokens.length; v++) {
    if (inQuote[v]) continue;
    const norm = tokens[v].norm;
    let head = heads.get(norm);
    if (head === undefined) heads.set(norm, (head = opensCue(norm)));
    if (head) return v;
  }
  return v;
}

/** The word may be where a cue's verb stands: "according", a reporting verb, a phrasal one's first word or a tight one. */
function opensCue(norm: string): boolean {
  return norm === 'according' || speechVerbStem(norm) !== undefined || PHRASAL.has(norm) || isTightVerb(norm);
}

/**
 * "according to" at `k`, the two words unbroken: it reports words as a verb does ("according to the
 * minister, “…”"), its subject after it. The one test of the phrase, for the cue finder and the sieves.
 */
export function accordingTo(tokens: readonly Token[], k: number): boolean {
  return tokens[k].norm === 'according' && tokens[k + 1]?.norm === 'to' && !breaks(tokens[k + 1]);
}

/**
 * "RED STATES OUTNUMBER BLUE STATES": a word in a run of capitals (a shouted headline or label) is not
 * read as a reporting verb; nothing there tells a verb from a noun.
 */
function shouted(tokens: readonly Token[], v: number): boolean {
  const caps = (t: Token | undefined) => !!t && allUpper(t.text, true);
  return caps(tokens[v]) && (caps(tokens[v - 1]) || caps(tokens[v + 1]));
}

/** "the United States", "Secretary of State": a capitalised verb form right after a capitalised word is part of a name. */
function insideName(ctx: CueContext, v: number): boolean {
  const t = ctx.tokens[v], prev = ctx.tokens[v - 1];
  return t.cap && !!prev && prev.cap && sameSentence(ctx, v - 1, v) && !breaks(t) && ctx.personAt[v - 1] < 0 && !ctx.inQuote[v - 1] && !/^(?:The|A|An|But|And|So|Then|He|She|They|It|We|I)$/.test(prev.text);
}

/**
 * "offered a Trump-style retort", "made a bold claim": a bare verb form right after "a" or "an" (perhaps
 * past one describing word) is a noun. A singular subject after "a" would take "retorts". So is one
 * right after a preposition ("in answer to").
 */
function indefiniteNoun(ctx: CueContext, v: number): boolean {
  const { tokens } = ctx;
  if (!bareSpeechVerb(tokens[v].norm) || breaks(tokens[v])) return false;
  const det = (k: number) => k >= 0 && /^(?:a|an)$/.test(tokens[k].norm) && sameSentence(ctx, k, v);
  // "In answer to critics", "in reply": right after a preposition the bare form is a noun too.
  const preposition = v > 0 && /^(?:in|on|by|without|with|for)$/.test(tokens[v - 1].norm) && sameSentence(ctx, v - 1, v);
  const describedBy = (k: number) => !breaks(tokens[k]) && ctx.personAt[k] < 0;
  // "in a heavily Democratic state": "a", an adverb, one describing word; a subject there would take "states".
  const adverbThenWord = det(v - 3) && adverb(tokens[v - 2].norm) && describedBy(v - 2) && describedBy(v - 1);
  return det(v - 1) || preposition || (det(v - 2) && describedBy(v - 1)) || adverbThenWord || namedModifierNoun(ctx, v) || subjectOfNextVerb(ctx, v);
}

/**
 * "said the remarks were “deeply offensive”": a verb's -s form right after "the" or a possessive
 * determiner, itself followed by "were", "are", "had"…, is a plural noun, the subject of the clause.
 */
function definiteNoun(ctx: CueContext, v: number): boolean {
  const { tokens } = ctx;
  const t = tokens[v], next = tokens[v + 1];
  return v > 0 && !t.cap && t.norm.endsWith('s') && !breaks(t) && /^(?:the|his|her|their|its|these|those|such)$/.test(tokens[v - 1].norm) && sameSentence(ctx, v - 1, v)
    && !!next && next.gap === ' ' && /^(?:were|are|was|is|had|have|has|would|could|will|might|may)$/.test(next.norm);
}

/** Nouns that end in -ly and so could pass for adverbs between "a" and a noun ("a family state"). */
const LY_NOUNS = new Set(['family', 'rally', 'ally', 'assembly', 'supply', 'monopoly', 'anomaly', 'belly', 'bully', 'lily', 'jelly', 'folly', 'homily', 'july']);

/** "heavily", "largely", "traditionally": a word of six letters or more in -ly that is not one of those nouns. */
function adverb(word: string): boolean {
  return word.length >= 6 && word.endsWith('ly') && !LY_NOUNS.has(word);
}

/** "testifies Benghazi attack was linked": a bare verb form right before "was" or "is" is a noun, the next verb's subject. */
function subjectOfNextVerb(ctx: CueContext, v: number): boolean {
  const next = ctx.tokens[v + 1];
  return !!next && next.gap === ' ' && /^(?:was|were|is|are|has|had)$/.test(next.norm) && sameSentence(ctx, v, v + 1);
}

/**
 * "after the initial Benghazi attack": a bare verb form after "the", a lower-case describing word and
 * one capitalised word (a place or a name used as a modifier) is a noun; a subject there would take
 * "attacks". A plural name ("the embattled Tories attack") is left alone.
 */
function namedModifierNoun(ctx: CueContext, v: number): boolean {
  const { tokens } = ctx;
  if (v < 3 || tokens[v - 3].norm !== 'the' || !sameSentence(ctx, v - 3, v)) return false;
  const adjective = tokens[v - 2], name = tokens[v - 1];
  return !adjective.cap && !/ly$/.test(adjective.norm) && !isAuxiliary(adjective) && name.cap && !name.possessive && !/s$/.test(name.norm) &&
    ctx.personAt[v - 1] < 0 && !breaks(adjective) && !breaks(name) && !breaks(tokens[v]);
}

/** "the right calling card", "a warning": an -ing word after a determiner (and perhaps one adjective) is a noun, not a verb. */
function gerundNoun(ctx: CueContext, v: number): boolean {
  const { tokens } = ctx;
  if (!/ing$/.test(tokens[v].norm) || breaks(tokens[v])) return false;
  const det = /^(?:the|a|an|this|that|his|her|their|its|our|my|your)$/;
  if (v > 0 && det.test(tokens[v - 1].norm) && sameSentence(ctx, v - 1, v)) return true;
  // "the right calling card": determiner, adjective, then the -ing word before its noun ("a statement saying, …" is a verb).
  const next = tokens[v + 1];
  return v > 1 && det.test(tokens[v - 2].norm) && !breaks(tokens[v - 1]) && !tokens[v - 1].cap && sameSentence(ctx, v - 2, v) && !/ly$/.test(tokens[v - 1].norm) &&
    !!next && !breaks(next) && !next.cap && sameSentence(ctx, v, v + 1) && !/^(?:that|it|he|she|they|we|i|you|the|a|an|to|his|her|their|its|what|how|why|whether|about|of|for|up|out|on)$/.test(next.norm);
}

/** "…,” said X", ", says X", or a sentence that opens with the verb: where a subject may follow its verb. */
function invertible(ctx: CueContext, v: number): boolean {
  const t = ctx.tokens[v];
  if (v === 0 || !sameSentence(ctx, v - 1, v)) return true;
  return /[,”"’']\s*$/.test(t.gap) || ctx.inQuote[v - 1] === 1;
}

/**
 * "“…,” recalled Mr Rhodes", "“…,” tweeted Alex Conant": any reporting verb right after a quotation's
 * closing mark and its comma may come before its subject.
 */
function rightAfterQuote(ctx: CueContext, v: number): boolean {
  return v > 0 && ctx.inQuote[v - 1] === 1 && /^[,.!?]?\s*[”"’']+\s*$|^[,.!?]?['’]{2}\s*$|^[,!?]\s*[”"’']/.test(ctx.tokens[v].gap);
}

/** "hitting out", "lashed out", "went on": reporting verbs of two words. */
function phrasalSpeechVerb(tokens: readonly Token[], v: number): string | undefined {
  const forms = PHRASAL.get(tokens[v].norm);
  if (!forms) return undefined;
  const next = tokens[v + 1]?.norm;
  for (const [particle, verb] of forms) if (next === particle) return verb;
  return undefined;
}

/** Per first word: the second words that make a phrasal reporting verb of it, and the verb's stem, in order. */
const PHRASAL = new Map<string, [particle: string, verb: string][]>();
for (const [forms, particle, verb] of [
  ['hit hits hitting lash lashes lashed lashing', 'out', 'hit out'],
  ['go goes went going', 'on', 'go on'],
  ['point points pointed pointing', 'out', 'point out'],
  ['shot shoots shooting fired fires hit hits', 'back', 'shoot back'],
]) for (const form of forms.split(' ')) pushTo(PHRASAL, form, [particle, verb] as [string, string]);

function sameSentence(ctx: CueContext, a: number, b: number): boolean {
  return ctx.sentenceOf[a] === ctx.sentenceOf[b];
}

/** Walks back from a verb over auxiliaries and an apposition to its subject. */
function backwardSubject(ctx: CueContext, v: number): Cue | null {
  const { tokens, inQuote } = ctx;
  let j = v - 1;
  for (;;) {
    while (j >= 0 && sameSentence(ctx, j, v) && !inQuote[j] && isAuxiliary(tokens[j]) && !breaks(tokens[j + 1])) j--;
    // "Trump on Monday said", "Ms Cole last week told reporters": a time phrase between subject and verb.
    const time = j >= 1 ? timePhraseStart(ctx, j, v) : -1;
    if (time < 0) break;
    j = time - 1;
  }
  if (j < 0 || !sameSentence(ctx, j, v) || inQuote[j]) return participleSubject(ctx, v);
  // "Clinton's remarks", "Islamic State's claim": after a possessive the word is a noun, not a reporting verb.
  if (j === v - 1 && tokens[j].possessive && !breaks(tokens[v])) return null;
  const tagged = beforePartyTag(ctx, j);
  const dashed = tagged === j && DASH.test(tokens[j + 1].gap) ? dashAppositionSubject(ctx, j, v) : -1;
  if (tagged !== j) j = tagged;
  else if (dashed >= 0) j = dashed;
  else if (breaks(tokens[j + 1])) {
    if (!tokens[j + 1].gap.includes(',')) return participleSubject(ctx, v);
    // "urged women to vote for Hillary Clinton, saying", "told the BBC he was sorry to his deputy, adding":
    // after a comma, a participle's subject is the sentence's, not the words just before the comma.
    if (/ing$/.test(tokens[v].norm) && tokens[v].gap.includes(',')) return participleSubject(ctx, v);
    // "Sir Stuart Bell, said", "Martin O'Neill, who chairs the committee, said", "X, the leader of Y, said"
    const direct = subjectEndingAt(ctx, j);
    const opener = appositionSubject(ctx, j, v);
    // "Mr. Trump, asked about Mr. Putin, had said": a participle's phrase describes the opener too.
    // "Dominic Raab, 44, the housing minister who replaced Mr Davis, said": an age may come first.
    const described = opener >= 0 && /^\d{1,3}$/.test(tokens[opener + 1]?.norm ?? '') && tokens[opener + 2]?.gap.trim() === ',' ? opener + 2 : opener + 1;
    const relative = opener >= 0 && opener < j && (/^(?:who|whose|which|one|the|a|an|his|her|its|their|now|then|himself|herself)$/.test(tokens[described]?.norm ?? '') || participlePhrase(tokens[described]));
    // "William Daley, President Obama's former chief of staff, said": a role that runs unbroken from
    // the opener's comma to the verb describes the opener, who speaks ("Mr. Obama's" is unbroken too).
    const describesOpener = direct?.type === 'role' && opener >= 0 && opener < j && !tokens.slice(opener + 2, j + 1).some((t, i) => breaks(t) && !afterDottedTitle(ctx, opener + 2 + i));
    // "…and the population was overwhelmingly white, said Alan Abramowitz": a document word ("white",
    // "order") right before the comma ends a paraphrase; it is no subject, so the verb's comes after it.
    const document = direct?.type === 'thing' && !direct.anonymous;
    const k = relative || describesOpener ? opener : direct && direct.type !== 'organisation' && !document ? j : opener;
    if (k < 0) return unnamedCue(ctx, j, v) ?? participleSubject(ctx, v);
    j = k;
  } else if (tokens[j].norm === 'who' || tokens[j].norm === 'and' || tokens[j].norm === 'but') {
    // "Mrs May, who pointedly responded", "She does support it, and states"
    const k = tokens[j].norm === 'who' ? j - 1 : -1;
    if (k >= 0 && sameSentence(ctx, k, v) && ctx.personAt[k] >= 0) j = k;
    else return participleSubject(ctx, v);
  }
  const subject = firstOfPair(ctx, personBeforeOrganisation(ctx, subjectEndingAt(ctx, j)) ?? personBeforeBodyWords(ctx, j));
  if (!subject) return unnamedCue(ctx, j, v) ?? participleSubject(ctx, v);
  // "one senior Democrat said", "a Republican told": a party's member, unnamed, not the party.
  if (subject.type === 'organisation' && !subject.spokesperson && PARTY_MEMBERS.test(tokens[j].norm) && indefiniteBefore(ctx, subject.from)) {
    return { verb: v, subject: { type: 'thing', from: subject.from, to: j + 1, anonymous: true, unnamedPerson: true }, from: subject.from, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false };
  }
  // "an aide to Mr Johnson said", "a friend of Ms Smith told": the unnamed one speaks, not the person named.
  // "a source close to the Prime Minister", "allies of Downing Street": likewise for an office or a body.
  const unnamed = subject.type === 'mention' || subject.type === 'role' || (subject.type === 'organisation' && !subject.spokesperson)
    ? unnamedRelation(ctx, subjectFrom(ctx, subject)) : -1;
  if (unnamed >= 0) return { verb: v, subject: { type: 'thing', from: unnamed, to: j + 1, anonymous: true, unnamedPerson: true }, from: unnamed, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false };
  // "a delegate from Ohio told", "the head of Labour said": a name after a preposition is not the subject.
  // Their words are someone's all the same: an unnamed speaker, so no neighbouring cue claims them.
  // "responded to the question on Facebook writing, …": a participle after a preposition's object shares the sentence's subject.
  // ("with Trump yelling" is Trump's: a person after "with" is the participle's own subject.)
  if (subject.type === 'organisation' && /ing$/.test(tokens[v].norm) && afterPreposition(ctx, j, subject.from) && !afterWith(ctx, subject.from)) {
    const shared = participleSubject(ctx, v);
    if (shared && !shared.orphan) return shared;
  }
  if (subject.type === 'organisation' && afterPreposition(ctx, j, subject.from)) {
    // "A spokeswoman for the House Armed Services Committee said", as "a Committee spokeswoman said".
    const spokesperson = spokespersonFor(ctx, subject);
    if (spokesperson) return { verb: v, subject: spokesperson, from: spokesperson.from, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false };
    const from = groupStart(ctx, subject.from);
    return { verb: v, subject: { type: 'thing', from, to: j + 1, anonymous: true }, from, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false };
  }
  // "the report says" is a cue; "manifesto pledges" is a noun phrase
  if (subject.type === 'thing' && !subject.anonymous && !documentVerb(tokens[v].norm)) return null;
  // "Ann Lutz released a statement saying": the document is the object of the sentence's verb, and its words are the sentence's subject's.
  if (subject.type === 'thing' && !subject.anonymous && /ing$/.test(tokens[v].norm) && documentAsObject(ctx, subject.from)) return participleSubject(ctx, v) ?? null;
  return { verb: v, subject, from: subjectFrom(ctx, subject), to: v + 1, sentence: ctx.sentenceOf[v], inverted: false };
}

const DASH = /[—–]|\s-\s/;

/** "asked about…", "pressed by…", "speaking on…": a lower-case participle that opens an apposition. */
function participlePhrase(t: Token | undefined): boolean {
  return !!t && !t.cap && /^(?:asked|pressed|told|given|shown|seen|known|flanked|joined|speaking|standing|sitting|responding|referring|writing|appearing|campaigning|citing|echoing|facing)$/.test(t.norm);
}

/**
 * "Mr Parish – the MP for Tiverton and Honiton – said": the person or pronoun before the opening dash
 * of an apposition that ends at `j`, or -1.
 */
function dashAppositionSubject(ctx: CueContext, j: number, v: number): number {
  for (let k = j - 1; k > j - 25 && k >= 0 && sameSentence(ctx, k, v); k--) {
    if (ctx.inQuote[k] || /[;:()]/.test(ctx.tokens[k + 1].gap)) return -1;
    if (!DASH.test(ctx.tokens[k + 1].gap)) continue;
    const s = subjectEndingAt(ctx, k);
    return s && (s.type === 'mention' || s.type === 'pronoun') ? k : -1;
  }
  return -1;
}

/**
 * Titles written with a full stop before a name: "Rep. Bobby Scott", "Sen. Tim Kaine", "Mr. Morgan". Those
 * a name runs on past in the people finder (mentions.ts), and the rarer ones it does not join ("Cllr.", "Hon.").
 */
const DOTTED_TITLES = new Set([...ABBREVIATED_TITLES, 'reps', 'sens', 'cmdr', 'supt', 'insp', 'cllr', 'atty', 'lt-gen', 'hon']);

/**
 * "Rep. Bobby", "Jock A. Finlayson": a token whose gap is only the full stop of a title or of an
 * initial inside the same person's name before it.
 */
export function afterDottedTitle(ctx: CueContext, k: number): boolean {
  if (k <= 0 || ctx.tokens[k].gap.trim() !== '.') return false;
  const prev = ctx.tokens[k - 1];
  return DOTTED_TITLES.has(prev.norm) || (prev.text.length === 1 && prev.cap && ctx.personAt[k] >= 0 && ctx.personAt[k] === ctx.personAt[k - 1]);
}

/** "Rep. Bobby Scott (D-Va.) said": the last token of the name before a party-and-state tag, else `j`. */
function beforePartyTag(ctx: CueContext, j: number): number {
  const { tokens } = ctx;
  if (!/\)[,]?\s*$/.test(tokens[j + 1]?.gap ?? '')) return j;
  let k = j;
  while (k > j - 4 && k > 0 && !tokens[k].gap.includes('(')) k--;
  if (!tokens[k].gap.includes('(') || !/^[A-Z]{1,3}(?:-[A-Z][A-Za-z.]*)?$/.test(tokens.slice(k, j + 1).map((t, i) => (i ? t.gap : '') + t.text).join('').replace(/\.$/, ''))) return j;
  return ctx.personAt[k - 1] >= 0 && sameSentence(ctx, k - 1, j) ? k - 1 : j;
}

const PREPOSITIONS = new Set(['to', 'for', 'with', 'at', 'from', 'on', 'about', 'against', 'by', 'of', 'into', 'toward', 'towards', 'over', 'like']);

/**
 * The phrase ending at `j` is the object of a preposition ("vote for Hillary Clinton", "a source speaking
 * to Fox News"). `from`: where an organisation's name starts, since it may run over several words.
 */
function afterPreposition(ctx: CueContext, j: number, from = j): boolean {
  let k = Math.min(from, j);
  const e = ctx.personAt[j];
  if (e >= 0) while (k > 0 && ctx.personAt[k - 1] === e) k--;
  // "a member of the Cabinet": past the article to the preposition
  if (k > 1 && /^(?:the|a|an)$/.test(ctx.tokens[k - 1].norm) && !breaks(ctx.tokens[k])) k--;
  const prev = ctx.tokens[k - 1];
  return !!prev && sameSentence(ctx, k - 1, j) && !breaks(ctx.tokens[k]) && PREPOSITIONS.has(prev.norm);
}

/**
 * "a spokesman for the Home Office", "the spokeswoman of the DNC": the organisation after the preposition
 * speaks through its spokesperson, as in "a Home Office spokesman" (organisationSpokesperson). Null otherwise.
 */
function spokespersonFor(ctx: CueContext, org: Subject & { type: 'organisation' }): (Subject & { type: 'organisation' }) | null {
  const { tokens } = ctx;
  let p = org.from - 1;
  if (p > 0 && /^(?:the|a|an)$/.test(tokens[p].norm)) p--;
  if (p < 1 || !/^(?:for|of|at)$/.test(tokens[p].norm) || !SPOKESPEOPLE.has(tokens[p - 1].norm) || breaks(tokens[p]) || breaks(tokens[p + 1])) return null;
  return { type: 'organisation', name: org.name, from: withArticle(ctx, p - 1, p), to: org.to, spokesperson: true };
}

/**
 * "an aide to Mr Johnson", "a source close to her", "one friend of Ms Smith": an unnamed person known
 * by their tie to the one named. Returns the first token of the phrase, or -1.
 */
function unnamedRelation(ctx: CueContext, from: number): number {
  const { tokens } = ctx;
  // "Allies of the chancellor, Jeremy Hunt, insisted": the name is the apposition of the one they are tied to.
  const described = appositionOfRole(ctx, from);
  if (described >= 0) return unnamedRelation(ctx, described);
  let p = from - 1;
  if (p < 1 || !/^(?:of|to|for)$/.test(tokens[p].norm) || breaks(tokens[from]) || !sameSentence(ctx, p - 1, from)) return -1;
  if (tokens[p].norm === 'to' && tokens[p - 1].norm === 'close' && p >= 2) p--;
  const noun = p - 1, det = p - 2;
  if (breaks(tokens[p]) || SPOKESPEOPLE.has(tokens[noun].norm)) return -1;
  // "Sources close to the Chancellor", "Friends of Mr Sunak", "Labour sources close to him": a plural
  // group needs no article, and may open the sentence.
  if (ANONYMOUS_GROUPS.has(tokens[noun].norm) && (noun === 0 || !sameSentence(ctx, noun - 1, noun) || !breaks(tokens[noun]))) return groupStart(ctx, noun);
  if (det < 0 || breaks(tokens[noun]) || tokens[noun].cap) return -1;
  return /^(?:a|an|the|one|his|her|their|its|two|three|several|some|another|senior)$/.test(tokens[det].norm) && sameSentence(ctx, det, from) ? det : -1;
}

/**
 * "Allies of the chancellor, Jeremy Hunt,", "friends of his wife, Ann,": a plural group tied by "of",
 * "to" or "close to" to a definite description that the name at `from` stands in apposition to (a
 * group is no one person, so the name is the one they are tied to). The description's first word, else
 * -1. Not "The resident of the house, Dan Ware," (a singular head may be the one the name is).
 */
function appositionOfRole(ctx: CueContext, from: number): number {
  const { tokens } = ctx;
  if (from < 4 || tokens[from].gap.trim() !== ',' || !sameSentence(ctx, from - 1, from)) return -1;
  for (let k = from - 1; k > 1 && k >= from - 4; k--) {
    const t = tokens[k];
    if (t.cap || ctx.personAt[k] >= 0 || ctx.inQuote[k] || !sameSentence(ctx, k - 1, k)) return -1;
    if (/^(?:of|to)$/.test(tokens[k - 1].norm)) {
      const noun = tokens[k - 1].norm === 'to' && tokens[k - 2].norm === 'close' ? k - 3 : k - 2;
      const tied = noun >= 0 && ANONYMOUS_GROUPS.has(tokens[noun].norm) && !breaks(tokens[noun + 1]) && !breaks(tokens[k - 1]);
      return tied && !breaks(t) && /^(?:the|his|her|their)$/.test(t.norm) ? k : -1;
    }
    if (breaks(t)) return -1;
  }
  return -1;
}

/**
 * "Edward Jones and Gabriel Perez wrote": two people named together speak together, and the first named
 * stands for both (as PolNeAR's annotators read it). Only where the pair opens its clause (a description
 * before it is fine: "nuclear experts A and B wrote"); "Trump attacked Cruz and Rubio said" is two clauses.
 */
function firstOfPair(ctx: CueContext, subject: Subject | null): Subject | null {
  if (!subject || subject.type !== 'mention') return subject;
  const { tokens } = ctx;
  const second = subjectFrom(ctx, subject);
  const and = second - 1, last = second - 2;
  if (last < 0 || tokens[and].norm !== 'and' || breaks(tokens[and]) || breaks(tokens[second]) || !sameSentence(ctx, last, second)) return subject;
  if (ctx.personAt[last] < 0 || ctx.personAt[last] === ctx.personAt[subject.token] || ctx.inQuote[last]) return subject;
  const first = subjectFrom(ctx, { type: 'mention', token: last });
  for (let k = first; k > first - 6; k--) {
    if (k === 0 || !sameSentence(ctx, k - 1, k) || ctx.inQuote[k - 1] || (breaks(tokens[k]) && !afterDottedTitle(ctx, k))) return { type: 'mention', token: last };
    const prev = tokens[k - 1];
    if (ctx.personAt[k - 1] >= 0 || NOT_PREMODIFIERS.has(prev.norm) || PREPOSITIONS.has(prev.norm) || speechVerbStem(prev.norm) || /ed$/.test(prev.norm)) return subject;
  }
  return subject;
}

/** "Mr Morgan of the Sierra Club said": the person speaks, not the organisation after "of". */
function personBeforeOrganisation(ctx: CueContext, subject: Subject | null): Subject | null {
  if (!subject || (subject.type !== 'organisation' && subject.type !== 'mention')) return subject;
  let from = subjectFrom(ctx, subject);
  const { tokens } = ctx;
  if (from > 0 && /^(?:the|our|their|its|his|her)$/i.test(tokens[from - 1].norm) && !breaks(tokens[from])) from--;
  let of = from - 1;
  // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": the organisation's
  // name may hold small words ("for", "of"); walk back over it to the "of" after the person.
  if (subject.type === 'organisation') {
    for (let k = of; k > 1 && k > from - 9 && sameSentence(ctx, k, from) && !breaks(tokens[k + 1]); k--) {
      if (/^(?:of|at|from)$/.test(tokens[k].norm) && ctx.personAt[k - 1] >= 0 && !breaks(tokens[k])) { of = k; break; }
      if (!(tokens[k].cap || /^(?:for|of|and|the|on)$/.test(tokens[k].norm))) break;
    }
  }
  if (of < 1 || !/^(?:of|at|from|for)$/.test(tokens[of].norm) || breaks(tokens[of + 1]) || breaks(tokens[of])) return subject;
  const person = of - 1 >= 0 && ctx.personAt[of - 1] >= 0 ? of - 1 : appositionOwner(ctx, of);
  if (person < 0 || ctx.personAt[person] < 0 || !sameSentence(ctx, person, from)) return subject;
  if (subject.type === 'mention' && ctx.personAt[subject.token] === ctx.personAt[person]) return subject;
  return { type: 'mention', token: person };
}

/**
 * "Ms Patel from the chamber of commerce said", "Mr Ng of the local rotary club said": a person, then
 * "of", "from" or "at" and a body in lower-case words up to the verb. The person speaks (the words
 * name no organisation the finder knows, so nothing else would).
 */
function personBeforeBodyWords(ctx: CueContext, j: number): Subject | null {
  const { tokens } = ctx;
  for (let k = j; k > 1 && k > j - 7; k--) {
    const t = tokens[k];
    if (ctx.inQuote[k] || breaks(t) || !sameSentence(ctx, k - 1, k) || !allLower(t.norm) || t.cap) return null;
    if (k < j && /^(?:of|from|at)$/.test(t.norm) && ctx.personAt[k - 1] >= 0) return { type: 'mention', token: k - 1 };
    if (speechVerbStem(t.norm)) return null;
  }
  return null;
}

/**
 * "Jane Doe, president and CEO of the Diner Association said", "Jane Doe, who is chairman of Our
 * Values PAC said": the person whose apposition (left open before the verb) the "of" phrase ends, or -1.
 */
function appositionOwner(ctx: CueContext, of: number): number {
  const { tokens } = ctx;
  for (let k = of - 1; k > 0 && k >= of - 8 && sameSentence(ctx, k, of) && !ctx.inQuote[k]; k--) {
    if (ctx.personAt[k] >= 0 || /[;:()“”"‘’—–]/.test(tokens[k].gap)) return -1;
    if (!allLower(tokens[k].norm) && !allUpper(tokens[k].text)) return -1; // lower-case words ("who", "the"…), or capitals
    if (tokens[k].gap.includes(',')) return ctx.personAt[k - 1] >= 0 ? k - 1 : -1;
  }
  return -1;
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
  let k = firstSubjectToken(ctx, v);
  // "When asked whom she supported, Ms. Sherry smiled and said": the verb after "and" shares the main clause's subject.
  if (/^(?:and|but)$/.test(tokens[v - 1]?.norm ?? '')) k = pastOpeningClause(ctx, k, v);
  // "The leader accused Ms Sturgeon of…, and claimed": a name after another verb is its object.
  if (k >= 0 && k < v && ctx.personAt[k] >= 0 && !inSubjectPlace(ctx, k)) k = -1;
  // "The Tory chairman attacked the plan and said Mr Blair…": no subject of its own before the verb, so
  // it can only share the sentence's earlier cue; a name after the verb is its object, never its subject.
  if (k < 0) return { verb: v, subject: { type: 'thing', from: v, to: v + 1 }, from: v, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false, shared: true, orphan: true };
  // "Ryan’s campaign shrugged off the remarks, telling reporters": the owner is not the subject, and
  // the campaign (or team, or office) is no one the text names.
  if (ctx.personAt[k] >= 0 && ownerOfSubject(ctx, k, v)) {
    const noun = mentionLast(ctx, k) + 1;
    return { verb: v, subject: { type: 'thing', from: k, to: noun + 1, anonymous: true }, from: v, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false, shared: true };
  }
  const subject: Subject = ctx.personAt[k] >= 0 ? { type: 'mention', token: k } : { type: 'pronoun', word: tokens[k].norm, token: k };
  return { verb: v, subject, from: v, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false, shared: true };
}

/** The mention at `k` is a possessive before a lower-case noun that is the subject ("Ryan’s campaign shrugged"), not a role ("Clinton’s spokesman Brian Fallon"). */
function ownerOfSubject(ctx: CueContext, k: number, v: number): boolean {
  const last = mentionLast(ctx, k);
  const noun = ctx.tokens[last + 1];
  if (!ctx.tokens[last].possessive || !noun || breaks(noun) || noun.cap || last + 1 >= v || !sameSentence(ctx, last + 1, v)) return false;
  // "Clinton's spokesman Brian Fallon said, adding": a name after the noun is the subject.
  for (let i = last + 1; i < Math.min(v, last + 5); i++) if (ctx.personAt[i] >= 0) return false;
  return !isRoleWord(noun.norm);
}

/** Words that open a subordinate clause at the head of a sentence ("When asked…, she said"). */
const SUBORDINATORS = /^(?:when|while|whilst|after|before|as|if|because|although|though|since|until|unless|whereas|once|asked|pressed)$/;

/**
 * The sentence opens with a subordinate clause ("When asked whom she supported, …") that holds `k`:
 * the first person or he/she after the last comma before the verb, else -1. Otherwise `k`.
 */
function pastOpeningClause(ctx: CueContext, k: number, v: number): number {
  const { tokens } = ctx;
  const start = sentenceStartToken(ctx, v);
  if (k < 0 || k >= v || !SUBORDINATORS.test(tokens[start].norm)) return k;
  // The main clause starts after the last comma before the verb (an apposition may hold earlier ones).
  let comma = -1;
  for (let i = v; i > start; i--) if (!ctx.inQuote[i] && tokens[i].gap.includes(',')) { comma = i; break; }
  if (comma < 0 || k >= comma) return k;
  for (let i = comma; i < v; i++) {
    if (ctx.inQuote[i]) continue;
    if (ctx.personAt[i] >= 0 || tokens[i].norm === 'he' || tokens[i].norm === 'she') return i;
  }
  return -1;
}

/**
 * A person's mention is not the object of a verb or a preposition just before it ("accused Ms Sturgeon",
 * "thanked Ann Smith", "to Mr Lang"); a description before it is fine ("chief executive Doug Smith").
 */
function inSubjectPlace(ctx: CueContext, k: number): boolean {
  const { tokens } = ctx;
  let i = k;
  while (i > 0 && sameSentence(ctx, i - 1, i) && !breaks(tokens[i]) && (ctx.personAt[i - 1] === ctx.personAt[k] || tokens[i - 1].cap)) i--;
  if (i === 0 || !sameSentence(ctx, i - 1, i) || breaks(tokens[i])) return true;
  const prev = tokens[i - 1].norm;
  return !(PREPOSITIONS.has(prev) || speechVerbStem(prev) || (/ed$/.test(prev) && !isRoleWord(prev)));
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
  // The sentence's first subject before the verb; a participle that opens its sentence ("Speaking on
  // Radio 4, Mr Smith said") takes the first one after it. A verb is never a person or a pronoun.
  const start = sentenceStartToken(ctx, v);
  if (v > start && first[v - 1] >= 0) return first[v - 1];
  // "as a self-proclaimed “socialist” she…": the one so described follows.
  const opens = v === start || (v === start + 1 && /^(?:and|but|then|also)$/.test(ctx.tokens[start].norm)) || ctx.tokens[v].norm === 'self-proclaimed';
  const last = sentenceEndToken(ctx, v);
  return !opens || first[last] === v ? -1 : first[last];
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
    // "Of Carson, Levine, who…, said", "In a statement, Brian Fallon, …, said": a phrase after a preposition opens nothing.
    if (inPrepositionalPhrase(ctx, k)) continue;
    if (ctx.personAt[k] >= 0 || PRONOUNS.has(ctx.tokens[k].norm) || (DOCUMENTS.has(ctx.tokens[k].norm) && !ctx.tokens[k].cap)) found = k;
    else if (roleNounEndingAt(ctx.tokens, k, sentenceStartToken(ctx, k))) found = k;
  }
  return found;
}

/** "with the Tories yelling": the phrase starting at `from` follows "with", which makes it the participle's own subject. */
function afterWith(ctx: CueContext, from: number): boolean {
  const t = ctx.tokens;
  return t[from - 1]?.norm === 'with' || (/^(?:the|a|an)$/.test(t[from - 1]?.norm ?? '') && t[from - 2]?.norm === 'with');
}

/** The phrase ending at `k` (a name, or a noun after a determiner) is the object of a preposition: "Of Carson", "In a statement". */
function inPrepositionalPhrase(ctx: CueContext, k: number): boolean {
  const { tokens } = ctx;
  let i = k;
  const e = ctx.personAt[k];
  if (e >= 0) while (i > 0 && ctx.personAt[i - 1] === e && sameSentence(ctx, i - 1, k)) i--;
  else while (i > 0 && i > k - 3 && sameSentence(ctx, i - 1, k) && !breaks(tokens[i]) && /^(?:a|an|the|its|his|her|their|new|joint|written|brief|short)$/.test(tokens[i - 1].norm)) i--;
  return i > 0 && sameSentence(ctx, i - 1, k) && !breaks(tokens[i]) && /^(?:of|in|on|with|for|about|from|to|by|at|through|via|against)$/.test(tokens[i - 1].norm);
}

/** A subject after the verb: "said Mr Smith", "says Neil Kinnock", "according to the minister". */
function forwardSubject(ctx: CueContext, v: number, s: number): Cue | null {
  const { tokens, inQuote } = ctx;
  if (s >= tokens.length || inQuote[s] || !sameSentence(ctx, s, v) || (breaks(tokens[s]) && !afterDottedTitle(ctx, s))) return null;
  // "said Cruz constituent Dan Golvach", "said Clinton's top aide Jake Sullivan", "said Rep. Bobby Scott",
  // "said Bolsover MP Mark Fletcher": words that describe the person before the name; the name is the subject.
  // "said one Trump confidant", "said a senior Cruz adviser": the unnamed one speaks, not the name inside the phrase.
  const head = namedModifierHead(ctx, s, v);
  if (head >= 0) return { verb: v, subject: { type: 'thing', from: s, to: head + 1, anonymous: true, unnamedPerson: true }, from: v, to: head + 1, sentence: ctx.sentenceOf[v], inverted: true };
  const named = premodifiedName(ctx, v, s);
  if (named > s) return forwardSubject(ctx, v, named);
  // "said another Twitter user, Johanna Bayer", "said Rubio’s deputy campaign manager, Rich Beeson": the name after the description.
  const appositive = nameAfterDescription(ctx, v, s);
  if (appositive > s) return { verb: v, subject: { type: 'mention', token: appositive }, from: v, to: mentionLast(ctx, appositive) + 1, sentence: ctx.sentenceOf[v], inverted: true };
  if (ctx.personAt[s] >= 0) {
    let e = s;
    while (e + 1 < tokens.length && ctx.personAt[e + 1] === ctx.personAt[s] && (!breaks(tokens[e + 1]) || afterDottedTitle(ctx, e + 1))) e++;
    return { verb: v, subject: { type: 'mention', token: s }, from: v, to: e + 1, sentence: ctx.sentenceOf[v], inverted: true };
  }
  // "said the Labour leader": the role phrase ends before a break or the sentence end.
  for (let e = s; e < Math.min(tokens.length, s + 7) && sameSentence(ctx, e, v) && !inQuote[e]; e++) {
    if (e > s && breaks(tokens[e])) break;
    const role = roleNounEndingAt(tokens, e, s) ?? definiteRoleEndingAt(tokens, e, s);
    const ends = e + 1 >= tokens.length || breaks(tokens[e + 1]) || !sameSentence(ctx, e + 1, v);
    if (role && role.from === s && ends) {
      return { verb: v, subject: { type: 'role', role }, from: v, to: e + 1, sentence: ctx.sentenceOf[v], inverted: true };
    }
    // "…,” said the group.", "according to the newspaper, …"
    const body = ends ? definiteBodyEndingAt(tokens, e, s) : null;
    if (body && body.from === s) return { verb: v, subject: { type: 'body', body }, from: v, to: e + 1, sentence: ctx.sentenceOf[v], inverted: true };
  }
  // "…, said the leaflet published jointly by the CPS": a document after its verb
  const doc = documentAfter(ctx, s, v);
  if (doc >= 0) return { verb: v, subject: { type: 'thing', from: s, to: doc + 1 }, from: v, to: doc + 1, sentence: ctx.sentenceOf[v], inverted: true };
  const org = organisationAfter(ctx, s, v);
  if (org) return { verb: v, subject: org, from: v, to: org.to, sentence: ctx.sentenceOf[v], inverted: true };
  const spoke = spokespersonAfter(ctx, s, v);
  if (spoke) return { verb: v, subject: spoke, from: v, to: spoke.type === 'organisation' ? spoke.to : mentionLast(ctx, (spoke as { token: number }).token) + 1, sentence: ctx.sentenceOf[v], inverted: true };
  // "said one pensioner": someone the text does not name
  const end = unnamedAfter(ctx, s, v);
  return end < 0 ? null : { verb: v, subject: { type: 'thing', from: s, to: end, anonymous: true, unnamedPerson: true }, from: v, to: end, sentence: ctx.sentenceOf[v], inverted: true };
}

/**
 * "said a spokesman for the force", "said a spokeswoman for Leeds City Council", "said a spokesman for
 * Ann Smith": after the verb as before it (spokespersonFor), the one spoken for is the speaker, where
 * the phrase ends there. Null otherwise.
 */
function spokespersonAfter(ctx: CueContext, s: number, v: number): Subject | null {
  const { tokens } = ctx;
  const k = /^(?:a|an|the)$/.test(tokens[s].norm) ? s + 1 : s;
  const o = k + 2;
  if (o >= tokens.length || !SPOKESPEOPLE.has(tokens[k].norm) || !/^(?:for|of|at)$/.test(tokens[k + 1].norm) || breaks(tokens[k]) || breaks(tokens[k + 1]) || breaks(tokens[o]) ||
    !sameSentence(ctx, o, v) || ctx.inQuote[o]) return null;
  const closes = (e: number) => e >= tokens.length || breaks(tokens[e]) || !sameSentence(ctx, e, v) || !!ctx.inQuote[e];
  if (ctx.personAt[o] >= 0) return closes(mentionLast(ctx, o) + 1) ? { type: 'mention', token: o } : null;
  const body = tokens[o].norm === 'the' && o + 1 < tokens.length && !breaks(tokens[o + 1]) ? institutionReferent(ctx, o + 1) : null;
  if (body) return closes(o + 2) ? { type: 'organisation', name: body.name, from: s, to: o + 2, spokesperson: true } : null;
  const org = organisationAfter(ctx, o, v);
  return org && closes(org.to) ? { type: 'organisation', name: org.name, from: s, to: org.to, spokesperson: true } : null;
}

/** "A voter outside the station said": a cue whose speaker is someone the text does not name. */
function unnamedCue(ctx: CueContext, j: number, v: number): Cue | null {
  const from = unnamedBefore(ctx, j, v);
  return from < 0 ? null : { verb: v, subject: { type: 'thing', from, to: j + 1, anonymous: true, unnamedPerson: true }, from, to: v + 1, sentence: ctx.sentenceOf[v], inverted: false };
}

/** Words that end a premodifier run: a clause or a prepositional phrase begins there. */
const NOT_PREMODIFIERS = new Set([
  'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'but', 'who', 'that', 'which', 'when', 'while',
  'as', 'after', 'before', 'about', 'than', 'if', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'said', 'says', 'told',
  'during', 'in', 'into', 'yesterday', 'today', 'last', 'this', 'on', 'he', 'she', 'they', 'it', 'we', 'i', 'you',
]);

/**
 * The first token of a person's name reached from `s` over at most six words that describe them
 * ("Cruz constituent", "Republican party boss", "Rep.", "Clinton’s top foreign policy aide"), or `s`.
 */
function premodifiedName(ctx: CueContext, v: number, s: number): number {
  const { tokens } = ctx;
  const first = ctx.personAt[s];
  let reach = s + 8;
  for (let k = s; k < Math.min(tokens.length, reach); k++) {
    if (ctx.inQuote[k] || !sameSentence(ctx, k, v)) return s;
    if (k > s && breaks(tokens[k]) && !afterDottedTitle(ctx, k)) return s;
    const e = ctx.personAt[k];
    if (e >= 0 && k > s && e !== ctx.personAt[k - 1]) return e === first ? s : k;
    if (e >= 0) continue;
    // "said former Ohio Gov. and party Chairman Dan Whitlow": two titles of one person, no one named between.
    if (k > s && first < 0 && titlesJoined(ctx, k)) { reach = s + 12; continue; }
    if (NOT_PREMODIFIERS.has(tokens[k].norm) || (k === s ? false : tokens[k].norm === 'the')) return s;
  }
  return s;
}

/** An "and" between two capitalised words of a description before a name ("Gov. and Democratic National Committee Chairman"). */
function titlesJoined(ctx: CueContext, k: number): boolean {
  const { tokens } = ctx;
  const next = tokens[k + 1];
  return tokens[k].norm === 'and' && (!breaks(tokens[k]) || afterDottedTitle(ctx, k)) && tokens[k - 1].cap && !!next && next.cap && !breaks(next) && ctx.personAt[k + 1] < 0;
}

/**
 * "another Twitter user, Johanna Bayer", "his best friend at Lehigh, Bruce Turry": a description that
 * opens with a determiner or an owner ("Rubio’s"), names nobody else and ends at a comma, before a
 * person's name that ends its phrase. Returns the name's first token, or -1.
 */
function nameAfterDescription(ctx: CueContext, v: number, s: number): number {
  const { tokens } = ctx;
  const owner = ctx.personAt[s] >= 0 ? mentionLast(ctx, s) : -1;
  if (owner >= 0 ? !tokens[owner].possessive : !/^(?:a|an|the|his|her|their|its|another|one)$/.test(tokens[s].norm)) return -1;
  for (let k = (owner >= 0 ? owner : s) + 1; k < tokens.length && k < s + 10 && sameSentence(ctx, k, v) && !ctx.inQuote[k]; k++) {
    if (tokens[k].gap.trim() === ',') {
      if (k === s + 1 || ctx.personAt[k] < 0 || (k > 0 && ctx.personAt[k - 1] === ctx.personAt[k])) return -1;
      const last = mentionLast(ctx, k);
      const after = tokens[last + 1];
      return !after || breaks(after) || !sameSentence(ctx, last + 1, k) ? k : -1;
    }
    if (breaks(tokens[k]) || ctx.personAt[k] >= 0 || NOT_PREMODIFIERS.has(tokens[k].norm) && !/^(?:at|of|for|in)$/.test(tokens[k].norm)) return -1;
  }
  return -1;
}

/** The last token of the person mention starting at or covering `k`. */
function mentionLast(ctx: CueContext, k: number): number {
  let e = k;
  while (e + 1 < ctx.tokens.length && ctx.personAt[e + 1] === ctx.personAt[k] && (!breaks(ctx.tokens[e + 1]) || afterDottedTitle(ctx, e + 1))) e++;
  return e;
}

/** Letters after a name: "Andrew Tyrie MP", "Guy Mansfield QC". */
const AFTER_SUBJECT = new Set([...POSTNOMINALS, 'ms', 'am', 'jr', 'jnr']); // and Senedd members, juniors

function subjectEndingAt(ctx: CueContext, j: number): Subject | null {
  const t = ctx.tokens[j];
  if (ctx.personAt[j] >= 0) return placeInSeat(ctx, j) ?? { type: 'mention', token: j };
  if (j > 0 && ctx.personAt[j - 1] >= 0 && AFTER_SUBJECT.has(t.norm) && !breaks(t)) return { type: 'mention', token: j - 1 };
  if (PRONOUNS.has(t.norm) && t.text !== 'I') return { type: 'pronoun', word: t.norm, token: j };
  const spokesperson = organisationSpokesperson(ctx, j);
  if (spokesperson) return spokesperson;
  const group = personsGroup(ctx, j);
  if (group) return group;
  const role = roleNounEndingAt(ctx.tokens, j, sentenceStartToken(ctx, j)) ?? definiteRoleEndingAt(ctx.tokens, j, sentenceStartToken(ctx, j));
  if (role) return { type: 'role', role };
  if (DOCUMENTS.has(t.norm) && !t.cap) return { type: 'thing', from: documentStart(ctx, j), to: j + 1 };
  // "the committee said", after "the Work and Pensions Committee"
  const body = institutionReferent(ctx, j);
  if (body) return { type: 'organisation', name: body.name, from: body.from, to: j + 1 };
  const kind = definiteBodyEndingAt(ctx.tokens, j, sentenceStartToken(ctx, j));
  if (kind) return { type: 'body', body: kind };
  // ("Pollsters agree": a group noun opening its sentence is capitalised all the same.)
  if (ANONYMOUS_GROUPS.has(t.norm) && (!t.cap || j === sentenceStartToken(ctx, j))) return { type: 'thing', from: groupStart(ctx, j), to: j + 1, anonymous: true };
  return organisationEndingAt(ctx, j);
}

/**
 * "The Labour MS for Cardiff South and Penarth told": a one-word "person" that ends a member's seat is
 * the place, and the seat reference the subject.
 */
function placeInSeat(ctx: CueContext, j: number): Subject | null {
  if (j > 0 && ctx.personAt[j - 1] === ctx.personAt[j] && !breaks(ctx.tokens[j])) return null;
  const role = roleNounEndingAt(ctx.tokens, j, sentenceStartToken(ctx, j));
  return role && role.from < j && ctx.tokens[role.from].norm !== 'for' && /\bfor\b/.test(role.phrase) ? { type: 'role', role } : null;
}

/** A person's organisation that speaks for them: "the Clinton campaign", "Trump's campaign", "his campaign". */
const PERSONS_GROUPS = new Set(['campaign', 'camp']);
// A Map, not an object: the word looked up is the text's ("the constructor campaign").
const OWNER_PRONOUNS = new Map([['his', 'he'], ['her', 'she']]);

/** "the Sanders campaign said", "Cruz’s campaign says", "her campaign said": the owner and the group, or null. */
function personsGroup(ctx: CueContext, j: number): Subject | null {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!PERSONS_GROUPS.has(t.norm) || t.cap || j === 0 || breaks(t) || !sameSentence(ctx, j - 1, j) || ctx.inQuote[j - 1]) return null;
  const owner = j - 1;
  if (ctx.personAt[owner] >= 0) return { type: 'mention', token: owner, group: t.norm };
  const word = OWNER_PRONOUNS.get(tokens[owner].norm);
  return word ? { type: 'pronoun', word, token: owner, group: t.norm } : null;
}

/** A party's member, named by the party: "a Democrat", "one senior Republican", "a Tory". */
const PARTY_MEMBERS = /^(?:democrat|republican|conservative|tory|liberal|libertarian|progressive|socialist|unionist|nationalist)$/;

/** Plural speakers nobody is named for: their words are speech, by no one a reader could name. */
const ANONYMOUS_GROUPS = new Set([
  'sources', 'critics', 'officials', 'insiders', 'allies', 'aides', 'residents', 'voters', 'campaigners', 'observers',
  'analysts', 'experts', 'supporters', 'opponents', 'protesters', 'protestors', 'colleagues', 'friends', 'neighbours',
  'neighbors', 'locals', 'members', 'backbenchers', 'rebels', 'activists', 'organisers', 'organizers', 'witnesses',
  'pollsters', 'strategists', 'economists', 'scientists', 'researchers', 'lawmakers', 'advocates', 'commentators',
]);

/** "Labour sources", "senior Tory backbenchers", "some critics": the words before a group noun. */
function groupStart(ctx: CueContext, j: number): number {
  const { tokens } = ctx;
  const floor = sentenceStartToken(ctx, j);
  let k = j;
  while (k > floor && k > j - 4 && !breaks(tokens[k]) && ctx.personAt[k - 1] < 0 && (tokens[k - 1].cap || GROUP_WORDS.has(tokens[k - 1].norm))) k--;
  return k;
}

const GROUP_WORDS = new Set(['the', 'some', 'many', 'several', 'other', 'senior', 'government', 'party', 'local', 'leading', 'former', 'close', 'two', 'three', 'security', 'intelligence', 'police', 'campaign', 'administration', 'military']);

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "A Downing Street spokesman", "a Home Office spokeswoman", "a White House spokesperson": an
 * organisation speaking through an unnamed spokesperson. The organisation is the speaker; a later
 * "he said" is the spokesperson's, so theirs too.
 */
function organisationSpokesperson(ctx: CueContext, j: number): Subject | null {
  const { tokens } = ctx;
  if (!SPOKESPEOPLE.has(tokens[j].norm) || j === 0 || breaks(tokens[j])) return null;
  // "Mr Blair's official spokesman said": the person speaks through them, as "her spokesman" is hers.
  const owner = tokens[j - 1].norm === 'official' && !breaks(tokens[j - 1]) ? j - 2 : j - 1;
  // Not "Michael Briggs, Sanders's spokesman, said": there the description is the spokesman's, who speaks.
  if (owner >= 0 && ctx.personAt[owner] >= 0 && tokens[owner].possessive && !ctx.inQuote[owner] && sameSentence(ctx, owner, j)) {
    let first = owner;
    while (first > 0 && ctx.personAt[first - 1] === ctx.personAt[owner] && !breaks(tokens[first])) first--;
    return tokens[first].gap.includes(',') ? null : { type: 'mention', token: owner };
  }
  // "A council spokesman", "a force spokeswoman": the body named before.
  const body = spokespersonsInstitution(ctx, j - 1);
  if (body) return { type: 'organisation', name: body.name, from: body.from, to: j + 1, spokesperson: true };
  const org = organisationEndingAt(ctx, j - 1);
  // "The Prime Minister's spokesman", "the Chancellor's spokeswoman": an office's, read as a role, not a body "Prime Minister's".
  if (org && org.type === 'organisation' && tokens[j - 1].possessive && tokens.slice(org.from, j).every((t) => isRoleWord(t.norm) || isRoleHead(t.norm))) return null;
  // A party's spokesperson is read as a role ("the Tory spokesman" may be the member just named).
  if (!org || org.type !== 'organisation' || tokens.slice(org.from, j).some((t) => partyOrganisation(t.norm))) return null;
  return { type: 'organisation', name: org.name, from: withArticle(ctx, org.from, j), to: j + 1, spokesperson: true };
}

/** The phrase starting at `from` taken back over the article before it ("a", "an", "the") in `j`'s sentence, with no break between. */
function withArticle(ctx: CueContext, from: number, j: number): number {
  const { tokens } = ctx;
  return from > 0 && /^(?:a|an|the)$/.test(tokens[from - 1].norm) && !breaks(tokens[from]) && sameSentence(ctx, from - 1, j) ? from - 1 : from;
}

/** What documents do in news text ("the report says"); "manifesto pledges" is a noun phrase, not a cue. */
const DOCUMENT_VERBS = new Set(['say', 'state', 'warn', 'add', 'argue', 'conclude', 'note', 'suggest', 'claim', 'explain', 'insist', 'urge', 'recommend']);

/** A verb a document may be the subject of: a reporting verb of DOCUMENT_VERBS, or "“…,” the email read" (tightVerbs.ts). */
function documentVerb(norm: string): boolean {
  const stem = speechVerbStem(norm);
  return stem ? DOCUMENT_VERBS.has(stem) : norm === 'read' || norm === 'reads';
}

/** "released a statement", "issued a joint letter": a document phrase that follows its verb as the object. */
function documentAsObject(ctx: CueContext, from: number): boolean {
  const prev = ctx.tokens[from - 1];
  return !!prev && sameSentence(ctx, from - 1, from) && !breaks(ctx.tokens[from]) && !prev.cap && /(?:ed|sent|put|gave|wrote|posted|issued)$/.test(prev.norm) && !PREPOSITIONS.has(prev.norm);
}

function documentStart(ctx: CueContext, j: number): number {
  let k = j;
  while (k > 0 && k > j - 3 && sameSentence(ctx, k - 1, j) && !breaks(ctx.tokens[k]) && /^(?:the|new|a|an|its|their|latest|official|draft)$/.test(ctx.tokens[k - 1].norm)) k--;
  return k;
}

const OWNERS = /^(?:his|her|its|their|our|my|your|this|that|these|those|whose)$/;

/**
 * "said the report", "says the new guidance", "said a court document", "according to court documents":
 * the document noun's token after a verb documents use (or "according to"), or -1.
 */
function documentAfter(ctx: CueContext, s: number, v: number): number {
  const { tokens } = ctx;
  const according = accordingTo(tokens, v);
  if (!according && !documentVerb(tokens[v].norm)) return -1;
  let k = s;
  while (k < s + 2 && k < tokens.length && /^(?:the|new|a|its|their|latest|official|draft)$/.test(tokens[k].norm) && !ctx.inQuote[k]) k++;
  // One lower-case noun that says what kind of document: "a court document", "the police report".
  const kind = tokens[k + 1];
  if (k < tokens.length && kind && allLower(tokens[k].text) && !DOCUMENTS.has(tokens[k].norm) && DOCUMENTS.has(kind.norm) && !kind.cap && !breaks(kind) && !breaks(tokens[k]) && !ctx.inQuote[k] && !PREPOSITIONS.has(tokens[k].norm) && !NOT_PREMODIFIERS.has(tokens[k].norm) && !OWNERS.test(tokens[k].norm)) k++;
  const t = tokens[k];
  return (k > s || according) && t && !t.cap && DOCUMENTS.has(t.norm) && sameSentence(ctx, k, v) && !ctx.inQuote[k] && (k === s || !breaks(t)) ? k : -1;
}

/** Per token: the first and last token of its sentence, worked out once per analysis. */
const sentenceBounds = new WeakMap<Int32Array, { start: Int32Array; end: Int32Array }>();

function boundsOf(ctx: CueContext): { start: Int32Array; end: Int32Array } {
  let b = sentenceBounds.get(ctx.sentenceOf);
  if (!b) {
    const n = ctx.tokens.length;
    b = { start: new Int32Array(n), end: new Int32Array(n) };
    // sameSentence written out: a call per token, twice over 185,000 tokens, was most of this
    // function's 10 ms on the 1 MB article (CPU profile), the loops running once, in the interpreter.
    const { sentenceOf } = ctx, { start, end } = b;
    for (let k = 0; k < n; k++) start[k] = k > 0 && sentenceOf[k - 1] === sentenceOf[k] ? start[k - 1] : k;
    for (let k = n - 1; k >= 0; k--) end[k] = k + 1 < n && sentenceOf[k + 1] === sentenceOf[k] ? end[k + 1] : k;
    sentenceBounds.set(ctx.sentenceOf, b);
  }
  return b;
}

/** The first token of the run of tokens that share token `j`'s sentence (or the gap between two sentences). */
export function sentenceStartToken(ctx: CueContext, j: number): number {
  return boundsOf(ctx).start[j];
}

/** The last token of the run of tokens that share token `j`'s sentence (or the gap between two sentences). */
export function sentenceEndToken(ctx: CueContext, j: number): number {
  return boundsOf(ctx).end[j];
}

/**
 * "the Scottish Government", "the US Treasury", "an Irish government source": a capitalised word before
 * "government" or "treasury" names another country's or nation's, never the UK Government or HM Treasury.
 */
function otherNations(ctx: CueContext, from: number, floor: number, phrase: string): boolean {
  const before = from > floor ? ctx.tokens[from - 1] : null;
  return !!before && before.cap && !breaks(ctx.tokens[from]) && otherNationsGovernment(before.norm, phrase);
}

/** Words for someone's place in an organisation, before its "of": "CEO of", "founder of", "head of". */
const NOT_IN_NAMES = /^(?:ceo|cfo|coo|executive|founder|co-founder|head|member|members|friend|friends|governor|senator|manager|editor|professor|partner|owner|vice|dean|principal|rector|provost)$/;

/** "The Tories have warned", "Momentum says", "the government said". */
function organisationEndingAt(ctx: CueContext, j: number): Subject | null {
  const { tokens } = ctx;
  const floor = sentenceStartToken(ctx, j);
  // A known organisation of one or two words (the government, Downing Street, the Tories).
  for (let from = j; from >= Math.max(floor, j - 2); from--) {
    const phrase = tokens.slice(from, j + 1).map((t) => t.norm).join(' ');
    const known = knownOrganisation(phrase);
    if (known && !otherNations(ctx, from, floor, phrase)) {
      const start = from > floor && tokens[from - 1].norm === 'the' ? from - 1 : from;
      return { type: 'organisation', name: known, from: start, to: j + 1 };
    }
  }
  if (!tokens[j].cap || !couldBeOrganisationWord(tokens[j].norm)) return null;
  let from = j;
  if (ctx.personAt[j] >= 0) return null;
  // "the Sunday Times": a weekday inside a title after "the"; elsewhere ("On Monday the Tories…") it is a date.
  // ("the US Treasury": "US" is the country there, not the pronoun "us".)
  const word = (k: number) => couldBeOrganisationWord(tokens[k].norm) || (WEEKDAYS.test(tokens[k].norm) && k - 1 >= floor && tokens[k - 1].norm === 'the') || tokens[k].text === 'US';
  while (from - 1 >= floor && tokens[from - 1].cap && !breaks(tokens[from]) && word(from - 1) && ctx.personAt[from - 1] < 0) from--;
  // "the Department of Health and Social Care", "the Department for Business and Trade": one word after
  // "of" or "for" joined by "and" to the rest of the name.
  if (from - 4 >= floor && tokens[from - 1].text === 'and' && tokens[from - 2].cap && /^(?:of|for)$/.test(tokens[from - 3].text) && tokens[from - 4].cap &&
    !breaks(tokens[from]) && !breaks(tokens[from - 1]) && !breaks(tokens[from - 2]) && !breaks(tokens[from - 3]) && ctx.personAt[from - 2] < 0 && ctx.personAt[from - 4] < 0) from -= 2;
  // "the Bank of England", "the Department for Education": a name that joins its words with "of" or "for"
  // ("Members of Congress said": a capital that only opens the sentence joins nothing).
  // ("Anthony Anton, president and CEO of Washington Restaurant Association stated": a role is no part of the name.)
  while (from - 2 > floor && /^(?:of|for)$/.test(tokens[from - 1].text) && !ANONYMOUS_GROUPS.has(tokens[from - 2].norm) && !isRoleHead(tokens[from - 2].norm) && !NOT_IN_NAMES.test(tokens[from - 2].norm) && !breaks(tokens[from]) && !breaks(tokens[from - 1]) &&
    tokens[from - 2].cap && couldBeOrganisationWord(tokens[from - 2].norm) && ctx.personAt[from - 2] < 0 && !ctx.inQuote[from - 2]) {
    from -= 2;
    while (from - 1 >= floor && tokens[from - 1].cap && !breaks(tokens[from]) && word(from - 1) && ctx.personAt[from - 1] < 0) from--;
  }

  // A capitalised word that merely opens the sentence is not a name by itself.
  if (from === j && j === floor && !allUpper(tokens[j].text, true) && !isLikelyName(tokens[j].text)) return null;
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
  if (!couldBeOrganisationWord(tokens[from].norm) || (e === from + 1 && DOTTED_TITLES.has(tokens[from].norm))) return null;
  // "said Republican party boss Reince Priebus", "said Virginia delegate X": the capitals describe whoever follows.
  if (e < tokens.length && sameSentence(ctx, e, v) && !breaks(tokens[e]) && !ctx.inQuote[e] && startsLower(tokens[e].text) && !NOT_PREMODIFIERS.has(tokens[e].norm)) return null;
  return { type: 'organisation', name: knownOrganisation(name) ?? name, from: s, to: e };
}

/** Words at the start of a sentence that are names rather than ordinary capitalised words. */
function isLikelyName(word: string): boolean {
  return /^[A-Z][a-z]+[A-Z]/.test(word) || /^[A-Z][a-z]*$/.test(word) && word.length > 3 && !/^(?:The|This|That|These|Those|There|Their|They|When|While|After|Before|Since|Other|Some|Many|Most|Eight|Seven|Three|Four|Five|Nine|Several|Both|Each|Every|Such|What|Which|Where|Yesterday|Today|Earlier|Later|Last|Next|Even|Also|However|Meanwhile|Asked|Speaking|Writing|Labour)$/.test(word) && !speechVerbStem(word);
}

const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/;
const TIME_UNIT = /^(?:week|weekend|month|year|night|spring|summer|fall|autumn|winter)$/;

/**
 * The first token of a time phrase ending at `j`, unbroken up to the verb `v` and outside quotations:
 * "on Monday", "on Tuesday night", "last week", "this past week", "earlier this month"; else -1.
 */
function timePhraseStart(ctx: CueContext, j: number, v: number): number {
  const { tokens, inQuote } = ctx;
  const word = (k: number) => (k >= 0 && sameSentence(ctx, k, v) && !inQuote[k] && !breaks(tokens[k + 1]) ? tokens[k].norm : '');
  let k = j;
  if (PART_OF_DAY.test(word(k)) && WEEKDAYS.test(word(k - 1))) k--;
  if (WEEKDAYS.test(word(k))) return word(k - 1) === 'on' ? k - 1 : -1;
  if (!TIME_UNIT.test(word(k))) return -1;
  if (word(k - 1) === 'past' && word(k - 2) === 'this') return k - 2;
  if (word(k - 1) === 'last' || word(k - 1) === 'this') return word(k - 2) === 'earlier' ? k - 2 : k - 1;
  return -1;
}

function isAuxiliary(t: Token): boolean {
  return AUXILIARIES.has(t.norm) || (/ly$/.test(t.norm) && t.norm.length > 4 && !t.cap);
}

function subjectFrom(ctx: CueContext, s: Subject): number {
  switch (s.type) {
    case 'mention': {
      let k = s.token;
      while (k > 0 && ctx.personAt[k - 1] === ctx.personAt[s.token] && (!breaks(ctx.tokens[k]) || afterDottedTitle(ctx, k))) k--;
      return k;
    }
    case 'pronoun': return s.token;
    case 'role': return s.role.from;
    case 'body': return s.body.from;
    case 'organisation': return s.from;
    case 'thing': return s.from;
  }
}
