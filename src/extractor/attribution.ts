import type { AttributionMethod, QuoteKind, Span } from './types';
import type { Token } from './tokens';
import type { Sentence } from './sentences';
import type { RawQuote } from './quotes';
import type { Entity, EntityContext } from './entities';
import { entityGender } from './entities';
import { findCues, Cue, CueContext } from './cues';
import { roleKey, roleNounEndingAt } from './roleNouns';
import { couldBeOrganisationWord, knownOrganisation, partyOrganisation } from './organisations';
import { Salience, Salient, Speaker } from './salience';
import type { Budget } from './budget';
import { lastIndexWhere, pushTo } from './search';

export type { Speaker };


export interface Attribution {
  kind: QuoteKind;
  speaker: Speaker;
  cue: Span | null;
  method: AttributionMethod | null;
}

export interface AttributionInput extends CueContext {
  text: string;
  quotes: readonly RawQuote[];
  entities: Entity[];
  entityContext: EntityContext;
  /** Per quote: index of the sentence holding its opening mark. */
  quoteSentence: Int32Array;
  budget: Budget;
  /** Where the header line ends (0 when there is none): quotes before it are the headline's. */
  headlineEnd: number;
  /** Organisation mentions found as speakers, by name (filled here). */
  organisationMentions: Map<string, Span[]>;
}

/** A resolved cue: the speaker its subject stands for (null when a careful reader could not tell). */
interface ResolvedCue extends Cue {
  speaker: Speaker;
  method: AttributionMethod;
}

const TERM_MARKERS = /(?:so-called|so called|dubbed|nicknamed|slogan|entitled|titled|headlined|known as|reading:?|the word|the phrase|the term|branded as|marked|(?:the|a|an|his|her|their|its|new) (?:study|book|report|film|programme|play|song|album|campaign|slogan|headline|article|poster|motto|column|series|show|documentary|novel|memoir|pamphlet|manifesto))\s*$/i;

export function attributeQuotes(input: AttributionInput): Attribution[] {
  recordAppositions(input);
  const cues = resolveCues(input, findCues(input));
  const out: Attribution[] = [];
  const index = indexCues(input, cues);
  for (let q = 0; q < input.quotes.length; q++) {
    // Out of time: the remaining quotes keep their marks but get no speaker (the analysis says so).
    out.push(input.budget.spent(q, 64) ? UNATTRIBUTED : attributeOne(input, index, out, q));
  }
  fromBody(input, out);
  return out;
}

/**
 * A headline quotes words the body attributes ("'No more concessions' on terror"): a headline quote
 * with no speaker of its own takes the speaker of the same words in the body.
 */
function fromBody(input: AttributionInput, out: Attribution[]): void {
  if (input.headlineEnd <= 0) return;
  input.quotes.forEach((q, i) => {
    if (q.start >= input.headlineEnd || out[i].speaker) return;
    const words = normaliseQuote(q.text);
    if (words.split(' ').length < 2 && words.length < 6) return;
    const match = input.quotes.findIndex((b, j) => j !== i && b.start >= input.headlineEnd && out[j].speaker && normaliseQuote(b.text).includes(words));
    if (match >= 0) out[i] = { kind: 'speech', speaker: out[match].speaker, cue: null, method: 'adjacent' };
  });
}

function normaliseQuote(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** "Jeremy Corbyn, the Labour leader," / "Labour leader Jeremy Corbyn": roles the text gives people. */
function recordAppositions(input: AttributionInput): void {
  const { tokens, personAt } = input;
  for (let i = 0; i < tokens.length; i++) {
    const e = personAt[i];
    if (e < 0 || (i > 0 && personAt[i - 1] === e)) continue;
    const entity = input.entities[e];
    // premodifier or "the Labour leader, Jeremy Corbyn"
    if (i > 0 && !/[.;:!?“”"]/.test(tokens[i].gap)) {
      const role = roleNounEndingAt(tokens, i - 1, Math.max(0, i - 7));
      if (role && !role.anonymous) addRole(entity, roleKey(role.phrase));
    }
    // "Jeremy Corbyn, the Labour leader,"
    let end = i;
    while (end + 1 < tokens.length && personAt[end + 1] === e) end++;
    const next = end + 1;
    if (next < tokens.length && tokens[next].gap.trim() === ',') {
      for (let k = next; k < Math.min(tokens.length, next + 7); k++) {
        if (k > next && /[,.;:!?]/.test(tokens[k].gap)) break;
        const role = roleNounEndingAt(tokens, k, next);
        if (role && role.from === next && (k + 1 >= tokens.length || /[,.;:]/.test(tokens[k + 1].gap))) {
          if (!role.anonymous) addRole(entity, roleKey(role.phrase));
          break;
        }
      }
    }
  }
}

function addRole(e: Entity, key: string): void {
  if (key && !e.roles.includes(key)) e.roles.push(key);
}

/** Resolves every cue's subject in document order, so that pronouns can see earlier speakers. */
const salienceOf = new WeakMap<ResolvedCue[], Salience>();

function cueSalience(input: AttributionInput, cues: ResolvedCue[]): Salience {
  return salienceOf.get(cues) ?? new Salience(mentionSalience(input));
}

function resolveCues(input: AttributionInput, cues: Cue[]): ResolvedCue[] {
  const salient = new Salience(mentionSalience(input));
  const out: ResolvedCue[] = [];
  for (const cue of cues) {
    const earlier = cue.shared ? out.filter((c) => c.sentence === cue.sentence && c.verb < cue.verb).pop() : undefined;
    const resolved = earlier ? { ...cue, speaker: earlier.speaker, method: earlier.method } : resolveSubject(input, cue, salient);
    out.push(resolved);
    const thing = cue.subject.type === 'thing';
    const anonymous = cue.subject.type === 'role' && cue.subject.role.anonymous;
    const role = subordinate(input, cue.from) ? 'mention' : 'cue';
    if (resolved.speaker || thing || anonymous) salient.add({ pos: input.tokens[subjectToken(cue)].start, speaker: resolved.speaker, role, spokesperson: anonymous });
  }
  salienceOf.set(out, salient);
  return out;
}

/** "when Mr Blunkett argued": a cue inside a subordinate clause is background, not the main speaker. */
function subordinate(input: AttributionInput, t: number): boolean {
  const prev = input.tokens[t - 1];
  return !!prev && input.sentenceOf[t - 1] === input.sentenceOf[t] && /^(?:when|while|whilst|after|before|as|if|because|although|though|since|until|unless|whereas)$/.test(prev.norm);
}

function subjectToken(cue: Cue): number {
  const s = cue.subject;
  switch (s.type) {
    case 'mention': case 'pronoun': return s.token;
    case 'role': return s.role.from;
    case 'organisation': case 'thing': return s.from;
  }
}

/** The mention opens its sentence, perhaps after a conjunction or a title ("Tory leader Michael Howard"). */
function opensSentence(input: AttributionInput, i: number): boolean {
  const { tokens } = input;
  let k = i - 1;
  while (k >= 0 && input.sentenceOf[k] === input.sentenceOf[i] && !/[,;:]/.test(tokens[k + 1].gap) &&
    (tokens[k].cap || /^(?:but|and|so|yet|meanwhile|however|former|shadow|then|deputy|the)$/.test(tokens[k].norm))) k--;
  return k < 0 || input.sentenceOf[k] !== input.sentenceOf[i];
}

function mentionSalience(input: AttributionInput): Salient[] {
  const list: Salient[] = [];
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const e = input.personAt[i];
    if (e < 0 || input.inQuote[i] || (i > 0 && input.personAt[i - 1] === e)) continue;
    let last = i;
    while (last + 1 < tokens.length && input.personAt[last + 1] === e) last++;
    const agent = i > 0 && tokens[i - 1].norm === 'by' && !/[,.;:]/.test(tokens[i].gap); // "was joined by Steve Baker"
    const opens = opensSentence(input, i);
    // "Sir Keir’s policies are…": a possessive opening a sentence is its topic, a subject for later sentences
    const role = (opens || agent) && !tokens[last].possessive ? 'subject' : opens ? 'topic' : 'mention';
    list.push({ pos: tokens[i].start, speaker: { type: 'person', entity: input.entities[e] }, role });
  }
  return list;
}


function resolveSubject(input: AttributionInput, cue: Cue, salient: Salience): ResolvedCue {
  const s = cue.subject;
  switch (s.type) {
    case 'mention':
      return { ...cue, speaker: { type: 'person', entity: input.entities[input.personAt[s.token]] }, method: 'cue' };
    case 'pronoun':
      return { ...cue, speaker: antecedent(input, s.word, input.tokens[s.token].start, salient), method: 'pronoun' };
    case 'role':
      if (s.role.anonymous) return { ...cue, speaker: spokesperson(input, s.role.phrase, input.tokens[s.role.from].start, salient), method: 'role' };
      // A seat names its member or nobody ("the Yorkshire MP" is no one the data knows): no fallback on a recent MP.
      if (s.role.seat) return { ...cue, speaker: s.role.former ? null : roleHolder(input, s.role.phrase, false), method: 'role' };
      return { ...cue, speaker: roleHolder(input, s.role.phrase, s.role.former) ?? recentHolder(input, s.role.phrase, input.tokens[s.role.from].start, salient), method: 'role' };
    case 'thing':
      return { ...cue, speaker: null, method: 'cue' };
    case 'organisation': {
      const spans = input.organisationMentions.get(s.name) ?? [];
      const start = input.tokens[s.from].start, end = input.tokens[s.to - 1].end;
      spans.push({ start, end, text: input.text.slice(start, end) });
      input.organisationMentions.set(s.name, spans);
      return { ...cue, speaker: { type: 'organisation', name: s.name }, method: 'cue' };
    }
  }
}

/**
 * The antecedent of a pronoun: the most recent subject (of a reporting verb or of a sentence) that
 * fits — he/she by gender, it/they an organisation — in the current and previous sentence, else the
 * most recent fitting mention within a few paragraphs. Possessives (Mr Blair's) are passed over.
 */
function antecedent(input: AttributionInput, word: string, pos: number, salient: Salience): Speaker {
  const wantOrg = word === 'it' || word === 'they';
  const want = word === 'he' ? 'male' : word === 'she' ? 'female' : null;
  const fits = (s: Salient): 'exact' | 'maybe' | null => {
    if (!s.speaker) return 'exact'; // an unnamed spokesman or a document: the pronoun is theirs, and unknown
    if (wantOrg) return s.speaker.type === 'organisation' ? 'exact' : null;
    if (s.spokesperson) return 'exact';
    if (s.speaker.type !== 'person') return null;
    const g = entityGender(s.speaker.entity);
    return g === want ? 'exact' : g === 'unknown' ? 'maybe' : null;
  };
  const near = sentenceFloor(input, pos, 1);
  const thisSentence = sentenceFloor(input, pos, 0);
  // "Mr Blair has failed, he claimed": in a cue after reported words, he is not someone in those words.
  const reported = /[,”"’]\s*$/.test(input.text.slice(Math.max(thisSentence, pos - 3), pos));
  const ceiling = reported ? thisSentence : pos;
  // "Mr Johnson’s administration—which he calls": in a relative clause, he is the one just named.
  if (/\b(?:which|that|whom)\s+$/i.test(input.text.slice(Math.max(thisSentence, pos - 7), pos))) {
    for (const s of salient.before(pos, thisSentence)) if (fits(s) === 'exact') return s.speaker;
  }
  const pick = (floor: number, roles: ReadonlyArray<Salient['role']>): Speaker | undefined => {
    let maybe: Speaker | undefined;
    for (const s of salient.before(ceiling, floor)) {
      const role = s.role === 'topic' && s.pos < thisSentence ? 'subject' : s.role;
      if (!roles.includes(role)) continue;
      const f = fits(s);
      if (f === 'exact') return s.speaker;
      if (f === 'maybe' && maybe === undefined) maybe = s.speaker;
    }
    return maybe;
  };
  const far = paragraphFloor(input, pos, 3);
  for (const [floor, roles] of [[near, ['cue', 'subject']], [far, ['cue', 'subject']], [far, ['cue', 'subject', 'mention']]] as const) {
    const found = pick(floor, roles);
    if (found !== undefined) return found;
  }
  return null;
}

/** Start offset of the sentence `back` sentences before the one holding `pos`. */
function sentenceFloor(input: AttributionInput, pos: number, back: number): number {
  return input.sentences[Math.max(0, sentenceAt(input.sentences, pos) - back)].start;
}

/** Start offset of the paragraph `back` paragraphs before the one holding `pos`. */
function paragraphFloor(input: AttributionInput, pos: number, back: number): number {
  const idx = sentenceAt(input.sentences, pos);
  const para = input.sentences[idx]?.paragraph ?? 0;
  const first = firstSentenceOf(input, para - back);
  return first < 0 ? 0 : input.sentences[first].start;
}




/**
 * "a Labour spokesman said": the party speaks. "The Tory spokesman said": the definite article points
 * back to the member of that party just spoken of, when there is one. Any other unnamed spokesperson
 * stays unknown.
 */
function spokesperson(input: AttributionInput, phrase: string, pos: number, salient: Salience): Speaker {
  if (!/\b(?:spokesman|spokeswoman|spokesperson|source)$/.test(phrase)) return null;
  const party = phrase.split(' ').map(partyOrganisation).find((x): x is string => !!x);
  if (!party) return null;
  if (/^the\b/.test(phrase)) {
    const member = recentMember(input, party, pos, salient);
    if (member) return member;
  }
  return { type: 'organisation', name: party };
}

/** The latest person named within a few sentences who sat for the party on the date. */
function recentMember(input: AttributionInput, party: string, pos: number, salient: Salience): Speaker {
  const floor = sentenceFloor(input, pos, 3);
  const ctx = input.entityContext;
  for (const s of salient.before(pos, floor)) {
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
function recentHolder(input: AttributionInput, phrase: string, pos: number, salient: Salience): Speaker {
  const head = phrase.split(' ').pop() ?? '';
  const floor = sentenceFloor(input, pos, 2);
  for (const s of salient.before(pos, floor)) {
    if (s.speaker?.type !== 'person' || s.role === 'mention') continue;
    if (holds(input, s.speaker.entity, head)) return s.speaker;
  }
  return null;
}

function holds(input: AttributionInput, e: Entity, head: string): boolean {
  if (e.roles.some((r) => r.split(' ').includes(head))) return true;
  if (!e.kb) return false;
  const ctx = input.entityContext;
  if (head === 'mp') return ctx.kb.isSitting(e.kb, ctx.date);
  return ctx.kb.offices(e.kb.id, ctx.date).some((o) => o.role.toLowerCase().includes(head));
}

/** The person a role noun stands for: by the text's own appositions, else by the offices of the date. */
function roleHolder(input: AttributionInput, phrase: string, former: boolean): Speaker {
  const key = roleKey(phrase);
  const byText = input.entities.filter((e) => e.roles.includes(key));
  if (byText.length === 1) return { type: 'person', entity: byText[0] };
  const ctx = input.entityContext;
  const holders = ctx.kb.resolveRole(phrase, ctx.date);
  const named = holders.map((p) => input.entities.find((e) => e.kb?.id === p.id)).filter((e): e is Entity => !!e);
  if (named.length === 1) return { type: 'person', entity: named[0] };
  if (named.length === 0 && holders.length === 1 && !former) {
    const p = holders[0];
    const entity: Entity = {
      id: `p${input.entities.length}`, name: p.name, parts: p.name.toLowerCase().split(/\s+/), mentions: [], kb: p,
      ambiguous: [], roles: [key],
    };
    input.entities.push(entity);
    return { type: 'person', entity };
  }
  return null;
}

/** Cues and quotes by sentence and paragraph, so each quote looks only at its neighbourhood. */
interface CueIndex {
  all: ResolvedCue[];
  bySentence: Map<number, ResolvedCue[]>;
  byParagraph: Map<number, ResolvedCue[]>;
  /** Number of quotes opening in each sentence. */
  quotesIn: Int32Array;
  /** Offset of the last opening mark in each paragraph. */
  lastQuoteIn: Map<number, number>;
}

function indexCues(input: AttributionInput, cues: ResolvedCue[]): CueIndex {
  const bySentence = new Map<number, ResolvedCue[]>(), byParagraph = new Map<number, ResolvedCue[]>();
  for (const c of cues) {
    pushTo(bySentence, c.sentence, c);
    pushTo(byParagraph, input.sentences[c.sentence]?.paragraph ?? -1, c);
  }
  const quotesIn = new Int32Array(input.sentences.length);
  const lastQuoteIn = new Map<number, number>();
  input.quotes.forEach((q, i) => {
    quotesIn[input.quoteSentence[i]]++;
    lastQuoteIn.set(q.paragraph, q.open.start);
  });
  return { all: cues, bySentence, byParagraph, quotesIn, lastQuoteIn };
}


function attributeOne(input: AttributionInput, cues: CueIndex, done: Attribution[], q: number): Attribution {
  const quote = input.quotes[q];
  const before = input.text.slice(Math.max(0, quote.open.start - 30), quote.open.start);
  if (TERM_MARKERS.test(before) || isNameLike(quote.text)) return TERM;
  if (quote.continued && q > 0 && done[q - 1].kind === 'speech') {
    return { kind: 'speech', speaker: done[q - 1].speaker, cue: null, method: 'continuation' };
  }
  const sentence = input.quoteSentence[q];
  const passive = passiveAgent(input, quote) ?? possessiveWords(input, quote);
  if (passive) return passive;
  const own = nearestCue(input, cues.bySentence.get(sentence) ?? [], quote);
  if (own) return fromCue(input, own, own.method);
  const colon = colonSpeaker(input, quote);
  if (colon) return colon;
  const adjacent = adjacentCue(input, cues, sentence) ?? leadInCue(input, cues, quote);
  if (adjacent) return fromCue(input, adjacent, 'adjacent');
  const statement = isStatement(quote.text);
  const previous = previousSpeech(input, done, q);
  if (statement && previous) return { kind: 'speech', speaker: previous.speaker, cue: null, method: 'continuation' };
  const subject = statement ? null : sentenceSubject(input, sentence, quote, cues.all);
  if (subject) return subject;
  return statement ? { kind: 'speech', speaker: null, cue: null, method: null } : TERM;
}

const TERM: Attribution = { kind: 'term', speaker: null, cue: null, method: null };
const UNATTRIBUTED: Attribution = { kind: 'speech', speaker: null, cue: null, method: null };

/** “…” by William Wragg: a reporting verb before the quote and "by" a person after it. */
function passiveAgent(input: AttributionInput, quote: RawQuote): Attribution | null {
  if (!quote.close) return null;
  const after = input.text.slice(quote.close.end, quote.close.end + 4);
  if (!/^[,]?\s+by\s/.test(after + ' ')) return null;
  const lead = input.text.slice(Math.max(0, quote.open.start - 40), quote.open.start);
  if (!/\b(?:described|called|branded|labelled|dismissed|condemned|hailed|criticised|denounced|attacked)\b[^.;]*$/.test(lead)) return null;
  const t = tokenAt(input.tokens, quote.close.end + after.indexOf('by') + 3);
  if (t < 0 || input.personAt[t] < 0) return null;
  const e = input.personAt[t];
  let end = t;
  while (end + 1 < input.tokens.length && input.personAt[end + 1] === e) end++;
  const span = spanOf(input, t - 1, end);
  return { kind: 'speech', speaker: { type: 'person', entity: input.entities[e] }, cue: span, method: 'cue' };
}

/** Nouns for what someone said: "the government's edict to “stay home”", "Mr Johnson's pledge that “…”". */
const SAYING_NOUNS = /^(?:edict|order|orders|call|calls|advice|warning|message|instruction|instructions|pledge|pledges|promise|claim|claims|demand|demands|plea|appeal|statement|words|verdict|description|insistence|boast|vow|slogan|mantra|refrain|catchphrase|accusation|charge|complaint|comment|comments|remark|remarks|description|description)$/;

/** “…” said in so many words by the owner of a saying noun just before it: "X's pledge to “…”". */
function possessiveWords(input: AttributionInput, quote: RawQuote): Attribution | null {
  const { tokens } = input;
  const last = tokenBefore(tokens, quote.open.start);
  for (let k = last; k >= 0 && k > last - 4; k--) {
    if (!SAYING_NOUNS.test(tokens[k].norm)) continue;
    const owner = k - 1;
    if (owner < 0 || !tokens[owner].possessive || /[,.;:!?]/.test(tokens[k].gap)) return null;
    const span = spanOf(input, owner, k);
    if (input.personAt[owner] >= 0) return { kind: 'speech', speaker: { type: 'person', entity: input.entities[input.personAt[owner]] }, cue: span, method: 'cue' };
    const org = knownOrganisation(tokens[owner].norm) ?? (tokens[owner - 1]?.norm === 'the' ? knownOrganisation(`the ${tokens[owner].norm}`) : null);
    return org ? { kind: 'speech', speaker: { type: 'organisation', name: org }, cue: span, method: 'cue' } : null;
  }
  return null;
}

/** Index of the first token starting at or after `pos`, or -1. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  const before = tokenBefore(tokens, pos);
  const i = before + 1;
  return i < tokens.length ? i : -1;
}

/**
 * A quote paragraph with no cue of its own, right after a paragraph that ends by reporting someone's
 * words without quoting them ("Hands had said that …" ¶ “…”).
 */
function leadInCue(input: AttributionInput, cues: CueIndex, quote: RawQuote): ResolvedCue | null {
  const first = firstSentenceOf(input, quote.paragraph);
  if (first < 0 || quote.open.start !== input.sentences[first].start) return null;
  const previousPara = quote.paragraph - 1;
  const inPrev = cues.byParagraph.get(previousPara);
  if (!inPrev?.length) return null;
  const last = inPrev[inPrev.length - 1];
  // A paragraph that quoted its speaker hands on by continuation instead.
  return cues.lastQuoteIn.has(previousPara) || !last.speaker ? null : last;
}

function fromCue(input: AttributionInput, cue: ResolvedCue, method: AttributionMethod): Attribution {
  const start = input.tokens[cue.from].start, end = input.tokens[cue.to - 1].end;
  return { kind: 'speech', speaker: cue.speaker, cue: { start, end, text: input.text.slice(start, end) }, method };
}

/** The cue of the sentence closest to the quote (before its opening or after its closing mark). */
function nearestCue(input: AttributionInput, cues: ResolvedCue[], quote: RawQuote): ResolvedCue | null {
  let best: ResolvedCue | null = null, bestDist = Infinity;
  const qEnd = quote.close ? quote.close.end : quote.end;
  for (const c of cues) {
    const s = input.tokens[c.from].start, e = input.tokens[c.to - 1].end;
    let dist = s >= qEnd ? s - qEnd : quote.open.start >= e ? quote.open.start - e : 0;
    const between = s >= qEnd ? input.text.slice(qEnd, s) : quote.open.start >= e ? input.text.slice(e, quote.open.start) : '';
    if (/[;—–()]|\s-\s/.test(between)) dist += 1000; // another clause: a cue there is a weaker claim
    if (dist < bestDist) { best = c; bestDist = dist; }
  }
  return best;
}

/** "Mr Smith: “…”" */
function colonSpeaker(input: AttributionInput, quote: RawQuote): Attribution | null {
  const gapStart = Math.max(0, quote.open.start - 3);
  if (!/:\s*$/.test(input.text.slice(gapStart, quote.open.start))) return null;
  let t = tokenBefore(input.tokens, quote.open.start);
  if (t < 0 || input.personAt[t] < 0) return null;
  const e = input.personAt[t];
  const end = input.tokens[t].end;
  while (t > 0 && input.personAt[t - 1] === e) t--;
  const start = input.tokens[t].start;
  return { kind: 'speech', speaker: { type: 'person', entity: input.entities[e] }, cue: { start, end, text: input.text.slice(start, end) }, method: 'colon' };
}


/** A cue in the previous or next sentence of the same paragraph that has no quotation of its own. */
function adjacentCue(input: AttributionInput, cues: CueIndex, sentence: number): ResolvedCue | null {
  const here = input.sentences[sentence];
  for (const other of [sentence - 1, sentence + 1]) {
    const s = input.sentences[other];
    if (!s || s.paragraph !== here.paragraph) continue;
    if (cues.quotesIn[other] > 0) continue;
    if (other > sentence && tokenCount(input, s) > 10) continue; // only a short cue sentence after the quote
    const found = cues.bySentence.get(other);
    if (found?.length) return other < sentence ? found[found.length - 1] : found[0];
  }
  return null;
}

function tokenCount(input: AttributionInput, s: Sentence): number {
  return tokenBefore(input.tokens, s.end) - tokenBefore(input.tokens, s.start);
}

/** The last speech quote before this one, in the same or the previous paragraph, if it has a speaker. */
function previousSpeech(input: AttributionInput, done: Attribution[], q: number): Attribution | null {
  const para = input.quotes[q].paragraph;
  for (let k = q - 1; k >= 0; k--) {
    if (input.quotes[k].paragraph < para - 1) return null;
    if (done[k].kind === 'speech') return done[k].speaker ? done[k] : null;
  }
  return null;
}

/** A quote that reads as someone's whole sentence rather than a phrase. */
function isStatement(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return (/^\p{Lu}/u.test(text.trim()) && words >= 5) || (/[.!?,]$/.test(text.trim()) && words >= 4);
}

/** “Get Brexit Done”, ‘Winter of Discontent’: every long word capitalised reads as a name or title. */
function isNameLike(text: string): boolean {
  const words = text.trim().replace(/[.,:;!?]+$/, '').split(/\s+/);
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return words.length >= 2 && content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'de', 'is', 'are']);

/**
 * A partial quote in a sentence with no reporting verb belongs to the sentence's subject when it is
 * a named person, a pronoun for one, or an organisation, in the same clause as the quote
 * ("Momentum, the campaign group, is to hold “mass events”"; "He also wants to prevent “illegal wars”").
 */
function sentenceSubject(input: AttributionInput, sentence: number, quote: RawQuote, cues: ResolvedCue[]): Attribution | null {
  const s = input.sentences[sentence];
  let t = tokenBefore(input.tokens, s.start) + 1;
  if (t >= input.tokens.length || input.tokens[t].start >= quote.open.start) return null;
  if (/^(?:but|and|so|yet)$/.test(input.tokens[t].norm)) t++;
  if (/[;—–:]|\s-\s/.test(input.text.slice(input.tokens[t].end, quote.open.start))) return null;
  // 'the “tent city”', 'a “new deal”': a quoted noun after a determiner names a thing.
  if (/\b(?:the|a|an|this|that|its|their|his|her|our)\s+$/i.test(input.text.slice(Math.max(0, quote.open.start - 7), quote.open.start))) return null;
  const e = input.personAt[t];
  if (e >= 0) {
    let end = t;
    while (end + 1 < input.tokens.length && input.personAt[end + 1] === e) end++;
    return { kind: 'speech', speaker: { type: 'person', entity: input.entities[e] }, cue: spanOf(input, t, end), method: 'cue' };
  }
  if (input.tokens[t].norm === 'he' || input.tokens[t].norm === 'she') {
    const speaker = antecedent(input, input.tokens[t].norm, input.tokens[t].start, cueSalience(input, cues));
    return speaker ? { kind: 'speech', speaker, cue: spanOf(input, t, t), method: 'pronoun' } : null;
  }
  for (const [name, spans] of input.organisationMentions) {
    if (spans.some((sp) => sp.start === input.tokens[t].start)) return { kind: 'speech', speaker: { type: 'organisation', name }, cue: spanOf(input, t, t), method: 'cue' };
  }
  return organisationSubject(input, t);
}

/** "Momentum, the …, is to hold": a capitalised name opening the sentence before an apposition or a verb. */
function organisationSubject(input: AttributionInput, t: number): Attribution | null {
  const { tokens } = input;
  let end = t;
  while (end + 1 < tokens.length && tokens[end + 1].cap && tokens[end + 1].gap === ' ') end++;
  const after = tokens[end + 1];
  const first = tokens[t];
  if (!first.cap || !couldBeOrganisationWord(first.norm) || end - t > 3 || !after) return null;
  if (!(after.gap.trim() === ',' || /^(?:is|has|was|will|wants|plans|says|said)$/.test(after.norm))) return null;
  const known = knownOrganisation(tokens.slice(t, end + 1).map((k) => k.norm).join(' '));
  if (!known && (end === t && !/^[A-Z][a-z]{3,}$/.test(first.text) && !/^\p{Lu}{2,}$/u.test(first.text))) return null;
  const span = spanOf(input, t, end);
  const name = known ?? span.text;
  const spans = input.organisationMentions.get(name) ?? [];
  spans.push(span);
  input.organisationMentions.set(name, spans);
  return { kind: 'speech', speaker: { type: 'organisation', name }, cue: span, method: 'cue' };
}

function spanOf(input: AttributionInput, from: number, to: number): Span {
  const start = input.tokens[from].start, end = input.tokens[to].end;
  return { start, end, text: input.text.slice(start, end) };
}

/** Index of the sentence that holds (or last starts before) `pos`. */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  return Math.max(0, lastIndexWhere(sentences.length, (k) => sentences[k].start <= pos));
}

/** Index of the first sentence of a paragraph, or of the next paragraph that has sentences; -1 if none. */
function firstSentenceOf(input: AttributionInput, paragraph: number): number {
  const sentences = input.sentences;
  const first = lastIndexWhere(sentences.length, (k) => sentences[k].paragraph < paragraph) + 1;
  return paragraph < 0 || first >= sentences.length ? -1 : first;
}

/** Index of the last token that ends at or before `pos`, or -1. */
function tokenBefore(tokens: readonly Token[], pos: number): number {
  return lastIndexWhere(tokens.length, (k) => tokens[k].end <= pos);
}
