import type { Speaker } from '../../salience';
import { quoteEnd } from '../../quotes';
import { speechVerbStem } from '../../speechVerbs';
import { isPassiveReport } from '../../passiveReport';
import { antecedent } from '../antecedent';
import { hasClauseBreak } from '../clauseBreaks';
import { breaks } from '../../tokens';
import { type AttributionInput, afterDeterminer, mentionEnd, organisationAt, personSpeaker, tokenBefore } from '../input';
import type { SieveState } from '../sieve';
import { isStatement } from '../sieves/statement';
import { namesNobody } from './unnamedPhrase';
import { isHangingVerb, opensVerb } from './verbs';
import { allLower, charKind, isLetterKind, OTHER, startsUpper, UNKNOWN } from '../../charClass';
import { lazyPattern } from '../../lazyPattern';

/**
 * The people and organisations a quote with no cue could belong to, each with the evidence for it as
 * numbers a model can weigh: who opens the quote's sentence, who is named after it, a pronoun subject
 * resolved where its gender fits, the latest speaker, the subject of the sentence before, the speaker of a
 * recent cue. Every look is bounded (a few sentences, a few dozen tokens), so a long article stays linear.
 */
export interface Candidate {
  speaker: NonNullable<Speaker>;
  /** Token where the text names (or refers to) the candidate nearest the quote, shown as the cue; -1 for none (the latest speaker). */
  token: number;
  features: Record<FeatureName, number>;
  /** Named with someone else as one subject ("Orla Stone and Kasimir Dole, both tired:"): nobody can tell which of them spoke. */
  joint: boolean;
}

/** The features, in the order of the weights file. Quote-level ones are the same for every candidate. */
export const FEATURES = [
  // what the quote is
  'statement', 'words', 'firstPerson', 'titleCase', 'afterDeterminer', 'afterAs', 'afterPreposition', 'opensSentence',
  'opensParagraph', 'fillsParagraph', 'speechVerbInSentence', 'candidates', 'peopleNearby', 'verbAfterQuote',
  // where the candidate stands
  'subjectFirst', 'subjectLater', 'objectOfVerb', 'possessive', 'clauseBreak', 'distance', 'namedAfter', 'rightAfterQuote',
  'pronoun', 'previousSpeaker', 'previousSameParagraph', 'previousSentenceSubject', 'previousSentenceMention', 'earlierSentenceSubject', 'recentCue',
  'organisation', 'mentions', 'otherPersonBetween',
  // the verb the candidate is the subject of, and the one a phrase hangs on
  'verbAfter', 'hangingVerb', 'previousColon',
  // rivals: other people the context puts forward as strongly, an unnamed source who spoke just before
  'rivals', 'unnamedCueBefore',
  // who signs the quote when it is nobody named: "“…,” one user wrote", "“…,” the nominee riffed", "Some chanted “…”",
  // "The headline reads: “…”"
  'unnamedSigner', 'describedSigner', 'unnamedLead', 'describedLead',
  // the candidate's own verb opens the quote ("Hillary Clinton cracked, “…”"); the name only describes a noun ("the Clinton campaign")
  'verbOpensQuote', 'nameAsModifier',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** How far before the quote its own sentence is read for a subject, and after it for a name. */
const REACH_BEFORE = 40;
const REACH_AFTER = 12;
const CONNECTIVE = /^(?:but|and|so|yet|then|meanwhile|however|earlier|later|instead|now|also|still|separately|last|this|on|in|at|yesterday|today)$/;
const PREPOSITION = /^(?:of|for|about|to|with|from|on|in|at|by|over|against)$/;
const FIRST_PERSON = lazyPattern(() => /(?:^|[^\p{L}])(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'll|my|our|me|us)(?=$|[^\p{L}])/iu);
const FIRST_PERSON_WORDS = new Set(['i', 'we', 'my', 'our', 'me', 'us']);

/**
 * FIRST_PERSON.test(text): a word (a run of letters) that is "I", "we", "my", "our", "me" or "us", in
 * any case; the pattern's "I'm", "we're"… are found by their first word, which a non-letter ends. Read
 * by character code where charClass can: the pattern, case-blind over Unicode letters, was the
 * costliest to compile of those a first analysis ran.
 */
export function hasFirstPersonWord(text: string): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? charKind(text.charCodeAt(i)) : OTHER;
    if (k === UNKNOWN) return FIRST_PERSON().test(text);
    if (isLetterKind(k)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= 3 && FIRST_PERSON_WORDS.has(text.slice(start, i).toLowerCase())) return true;
    start = -1;
  }
  return false;
}

const SUBJECT_PRONOUN = /^(?:he|she|it|they)$/;
/** Signed words end with their own mark before the closing one: "“…,” one user wrote", not "called it “a sham” the day it …". */
const SIGNED_CLOSE = /[,.!?]\s*[”"’']+\s*$/;

/** The first token from `first` to `last` past the connectives that open a sentence ("But", "Meanwhile"): where its subject stands. */
function leadOf(input: AttributionInput, first: number, last: number): number {
  let lead = first;
  while (lead <= last && CONNECTIVE.test(input.tokens[lead].norm) && input.personAt[lead] < 0) lead++;
  return lead;
}

/** The words from `t` on in the sentence of `t`, outside quotes, the first with no break before it: where a subject's verb would stand. */
function verbFollows(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  if (t >= tokens.length || breaks(tokens[t])) return false;
  const s = input.sentenceOf[t];
  return opensVerb((k) => (k < tokens.length && input.sentenceOf[k] === s && !input.inQuote[k] ? tokens[k].norm : undefined), t);
}

/** A reporting or paraphrase verb between `from` and `to` (exclusive) with no person named before it: the one a phrase hangs on. */
function hangingVerbBetween(input: AttributionInput, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (input.inQuote[k]) continue;
    if (input.personAt[k] >= 0) return false;
    if (isHangingVerb(input.tokens[k].norm)) return true;
  }
  return false;
}

function keyOf(s: NonNullable<Speaker>): string {
  return s.type === 'person' ? `p:${s.entity.id}` : `o:${s.name}`;
}

function blank(): Record<FeatureName, number> {
  const f = {} as Record<FeatureName, number>;
  for (const n of FEATURES) f[n] = 0;
  return f;
}

/** The candidates for quote `q`, merged by who they are (one person named twice is one candidate). */
export function candidatesFor(state: SieveState, q: number): Candidate[] {
  const { input } = state;
  const quote = input.quotes[q];
  const { tokens } = input;
  const si = input.quoteSentence[q];
  const sentence = input.sentences[si];
  if (!sentence) return [];
  const found = new Map<string, Candidate>();
  const open = quote.open.start, end = quoteEnd(quote);
  const openTok = tokenBefore(tokens, open) + 1; // first token at or after the opening mark
  const add = (speaker: Speaker, token: number, set: Partial<Record<FeatureName, number>>): void => {
    if (!speaker) return;
    const k = keyOf(speaker);
    let c = found.get(k);
    if (!c) found.set(k, (c = { speaker, token, features: blank(), joint: false }));
    else if (token >= 0 && (c.token < 0 || Math.abs(token - openTok) < Math.abs(c.token - openTok))) c.token = token;
    for (const [n, v] of Object.entries(set) as Array<[FeatureName, number]>) c.features[n] = Math.max(c.features[n], v);
  };

  // The quote's own sentence, before the quote: its subject, later names, a pronoun subject.
  const sFirst = tokenBefore(tokens, sentence.start) + 1;
  let lead = sFirst;
  while (lead < openTok && !input.inQuote[lead] && CONNECTIVE.test(tokens[lead].norm) && input.personAt[lead] < 0) lead++;
  const orgs = organisationAt(input);
  const sameSentence = (a: number, b: number) => input.sentenceOf[a] === input.sentenceOf[b];
  let order = 0;
  for (let t = Math.max(sFirst, openTok - REACH_BEFORE); t < openTok && t < tokens.length; t++) {
    if (input.inQuote[t]) continue;
    // "Mr Lang was told: “…”": the sentence's subject heard the words; whose they are, it does not say.
    if (speechVerbStem(tokens[t].norm) && isPassiveReport(tokens, t, sameSentence)) return [];
    const person = input.personAt[t] >= 0;
    const org = !person ? orgs.get(tokens[t].start) : undefined;
    if (!person && !org && !(t === lead && SUBJECT_PRONOUN.test(tokens[t].norm))) continue;
    let speaker: Speaker, last = t;
    if (person) { speaker = personSpeaker(input, t); last = mentionEnd(input, t); } else if (org) speaker = { type: 'organisation', name: org };
    else {
      speaker = antecedent(input, tokens[t].norm, tokens[t].start, state.salience);
      // "She …" with nobody she can be: the sentence is about someone the text does not name here.
      if (!speaker) return [];
      add(speaker, t, { pronoun: 1, distance: Math.log1p(openTok - t) });
      continue;
    }
    const before = tokens[t - 1];
    const joint = (before?.norm === 'and' && !!tokens[t - 2]?.cap) || (tokens[last + 1]?.norm === 'and' && !!tokens[last + 2]?.cap);
    const verb = verbFollows(input, last + 1);
    add(speaker, t, {
      verbAfter: verb ? 1 : 0,
      verbOpensQuote: verb && openTok - last <= 3 && !input.inQuote[openTok - 1] ? 1 : 0,
      nameAsModifier: !verb && modifiesNoun(input, last) ? 1 : 0,
      hangingVerb: !clauseBreakBefore(input, last, openTok) && hangingVerbBetween(input, last + 1, Math.min(openTok, last + 16)) ? 1 : 0,
      subjectFirst: t === lead ? 1 : 0,
      subjectLater: t !== lead ? 1 / (1 + order) : 0,
      objectOfVerb: t !== lead && before && !before.cap && !PREPOSITION.test(before.norm) && !/[,;:]/.test(tokens[t].gap) ? 1 : 0,
      possessive: tokens[last].possessive ? 1 : 0,
      clauseBreak: hasClauseBreak(input, tokens[last].end, open) ? 1 : 0,
      distance: Math.log1p(openTok - last),
    });
    if (joint && speaker) found.get(keyOf(speaker))!.joint = true;
    order++;
    t = last;
  }

  // Named right after the quote in its sentence ("“…” Murphy, the head of …, tweeted").
  const closeTok = tokenBefore(tokens, end) + 1;
  const sLast = tokenBefore(tokens, sentence.end);
  // "“…,” he explains": a pronoun signing the quote with a verb the cues do not read, resolved where its gender fits.
  if (closeTok <= sLast && SUBJECT_PRONOUN.test(tokens[closeTok].norm) && !input.inQuote[closeTok] && SIGNED_CLOSE.test(tokens[closeTok].gap) && allLower(tokens[closeTok + 1]?.text ?? '')) {
    const signer = antecedent(input, tokens[closeTok].norm, tokens[closeTok].start, state.salience);
    if (!signer) return []; // "…,” she beams" with no she in sight: nobody else is the speaker either
    add(signer, closeTok, { pronoun: 1, rightAfterQuote: 1 });
  }
  for (let t = closeTok; t <= sLast && t < closeTok + REACH_AFTER; t++) {
    if (input.inQuote[t] || input.personAt[t] < 0) continue;
    const last = mentionEnd(input, t);
    const verb = verbFollows(input, last + 1);
    add(personSpeaker(input, t), t, {
      namedAfter: 1, rightAfterQuote: t === closeTok ? 1 : 0, distance: Math.log1p(t - closeTok), verbAfter: verb ? 1 : 0,
      nameAsModifier: !verb && modifiesNoun(input, last) ? 1 : 0,
    });
    t = last;
  }

  // The latest speaker, if within this or the previous paragraph.
  if (state.lastSpeech >= 0) {
    const prev = state.done[state.lastSpeech];
    const dp = quote.paragraph - input.quotes[state.lastSpeech].paragraph;
    if (prev.speaker && dp <= 1) {
      add(prev.speaker, -1, { previousSpeaker: 1, previousSameParagraph: dp === 0 ? 1 : 0, otherPersonBetween: otherPersonBetween(input, quoteEnd(input.quotes[state.lastSpeech]), open, prev.speaker) ? 1 : 0 });
    }
  }

  // The sentence before (in this paragraph or the one before): its subject and other names.
  // The headline is no sentence of the story: "With Clinton, FBI's bad rep grows." puts nobody forward for the first quote.
  const inStory = (sentence: { start: number } | undefined) => !!sentence && sentence.start >= input.headlineEnd;
  const ps = input.sentences[si - 1];
  if (inStory(ps) && ps.paragraph >= quote.paragraph - 1) {
    const pFirst = tokenBefore(tokens, ps.start) + 1, pLast = tokenBefore(tokens, ps.end);
    const pLead = leadOf(input, pFirst, pLast);
    // "X issued the following statement:" and the quote opens the next paragraph or sentence.
    const colon = /:\s*$/.test(input.text.slice(ps.start, ps.end)) ? 1 : 0;
    let n = 0;
    for (let t = Math.max(pFirst, pLast - REACH_BEFORE); t <= pLast && n < 4; t++) {
      if (input.inQuote[t] || input.personAt[t] < 0) continue;
      const subject = t === pLead;
      add(personSpeaker(input, t), t, subject ? { previousSentenceSubject: 1, previousColon: colon } : { previousSentenceMention: 1 });
      t = mentionEnd(input, t);
      n++;
    }
    if (pLead <= pLast && input.personAt[pLead] < 0) {
      const org = orgs.get(tokens[pLead].start);
      if (org) add({ type: 'organisation', name: org }, pLead, { previousSentenceSubject: 1, previousColon: colon });
    }
  }

  // Subjects of the two sentences before that: rivals a careful reader weighs too.
  for (let back = 2; back <= 3; back++) {
    const es = input.sentences[si - back];
    if (!inStory(es) || es.paragraph < quote.paragraph - 1) break;
    const eLast = tokenBefore(tokens, es.end);
    const lead = leadOf(input, tokenBefore(tokens, es.start) + 1, eLast);
    if (lead <= eLast && !input.inQuote[lead] && input.personAt[lead] >= 0) add(personSpeaker(input, lead), lead, { earlierSentenceSubject: 1 / (back - 1) });
  }

  // The speaker of a cue in the two sentences before; "one official said" there (a cue nobody can be named for)
  // makes the quote likelier the unnamed source's than anyone's put forward.
  let unnamedCueBefore = 0;
  for (let back = 1; back <= 2; back++) {
    const list = state.cues.bySentence.get(si - back);
    const cue = list?.[list.length - 1];
    if (!cue || input.sentences[si - back].paragraph < quote.paragraph - 1) continue;
    if (cue.speaker) {
      add(cue.speaker, cue.from, { recentCue: 1 / back });
      break;
    }
    unnamedCueBefore = 1 / back;
    break;
  }

  const list = [...found.values()];
  const quoteLevel = quoteFeatures(input, q, sFirst, openTok);
  // "“…,” said the strategist": a reporting verb right after the quote whose subject is nobody above.
  quoteLevel.verbAfterQuote = closeTok <= sLast && [closeTok, closeTok + 1].some((k) => k <= sLast && !input.inQuote[k] && !!speechVerbStem(tokens[k].norm)) ? 1 : 0;
  quoteLevel.peopleNearby = Math.log1p(peopleNamed(input, si));
  quoteLevel.unnamedCueBefore = unnamedCueBefore;
  const signer = signerAfter(input, closeTok, sLast);
  if (signer && DETERMINER.test(tokens[signer.from].norm)) {
    quoteLevel.describedSigner = 1;
    quoteLevel.unnamedSigner = namesNobody(phraseText(input, signer.from, signer.to)) ? 1 : 0;
  }
  quoteLevel.unnamedLead = lead < openTok && unnamedSubjectFrom(input, lead, openTok) ? 1 : 0;
  quoteLevel.describedLead = lead < openTok - 1 && describedSubjectOpens(input, lead, openTok) ? 1 : 0;
  const strong = (c: Candidate) => c.features.subjectFirst || c.features.previousSentenceSubject || c.features.earlierSentenceSubject || c.features.previousSpeaker || c.features.namedAfter;
  const strongCount = list.filter(strong).length;
  for (const c of list) {
    c.features.rivals = Math.log1p(strongCount - (strong(c) ? 1 : 0));
    Object.assign(c.features, quoteLevel);
    c.features.candidates = Math.log1p(list.length - 1);
    c.features.organisation = c.speaker.type === 'organisation' ? 1 : 0;
    c.features.mentions = c.speaker.type === 'person' ? Math.log1p(c.speaker.entity.mentions.length) : 0;
  }
  return list;
}

/** Words after a name that do not make it a modifier: clause and phrase words, auxiliaries. */
const NOT_NOUN = /^(?:and|or|but|nor|who|whom|whose|which|that|of|to|in|on|at|by|for|with|from|as|about|after|before|than|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|not|also|then|himself|herself|itself|themselves)$/;

/**
 * The name ending at `last` describes the lower-case noun right after it ("the Clinton campaign", "a Trump
 * adviser", "Obama administration officials"): the words are the noun's, not the person's.
 */
function modifiesNoun(input: AttributionInput, last: number): boolean {
  const { tokens } = input;
  const next = tokens[last + 1];
  if (!next || tokens[last].possessive || breaks(next) || input.inQuote[last + 1] || input.sentenceOf[last + 1] !== input.sentenceOf[last]) return false;
  return /^\p{Ll}[\p{Ll}-]+$/u.test(next.text) && !NOT_NOUN.test(next.norm);
}

/** Words that open a noun phrase: a signer that opens with one is described, not named ("the group", "one user"). */
const DETERMINER = /^(?:the|a|an|one|another|some|several|many|this|that|these|those|his|her|their|its)$/;
/** How many words a signer or a subject before its verb may run to. */
const PHRASE_REACH = 8;

function phraseText(input: AttributionInput, from: number, to: number): string {
  return input.text.slice(input.tokens[from].start, input.tokens[to].end);
}

/**
 * The words signing a quote right after its closing mark, as a token range with no person named first, or
 * null: the subject after a reporting verb ("“…,” said a longtime adviser to Trump") or a phrase and the
 * finite verb after it ("“…,” one user wrote", "“…,” the nominee riffed", a verb the cues do not read).
 */
function signerAfter(input: AttributionInput, closeTok: number, sLast: number): { from: number; to: number } | null {
  const { tokens } = input;
  if (closeTok > sLast || input.inQuote[closeTok] || !SIGNED_CLOSE.test(tokens[closeTok].gap)) return null;
  const open = (k: number) => k <= sLast && !input.inQuote[k] && !breaks(tokens[k]);
  // "said one official", and with a verb the cues do not read, "begins a scripted message", "read the statement".
  if (speechVerbStem(tokens[closeTok].norm) || (DETERMINER.test(tokens[closeTok + 1]?.norm ?? '') && opensVerb((k) => tokens[k]?.norm, closeTok))) {
    const from = closeTok + 1;
    if (!open(from) || input.personAt[from] >= 0) return null;
    let to = from;
    while (to < from + PHRASE_REACH && open(to + 1)) to++;
    return { from, to };
  }
  if (input.personAt[closeTok] >= 0) return null;
  for (let k = closeTok + 1; k < closeTok + PHRASE_REACH && open(k); k++) if (verbFollows(input, k)) return { from: closeTok, to: k - 1 };
  return null;
}

/** The subject opening at `lead`, up to its finite verb before `openTok`, names nobody: "Some chanted “…”", "A familiar voice wrote: “…”". */
function unnamedSubjectFrom(input: AttributionInput, lead: number, openTok: number): boolean {
  if (input.personAt[lead] >= 0 || input.inQuote[lead]) return false;
  for (let k = lead + 1; k < openTok && k < lead + PHRASE_REACH; k++) {
    if (input.inQuote[k] || breaks(input.tokens[k])) return false;
    if (verbFollows(input, k)) return namesNobody(phraseText(input, lead, k - 1));
  }
  return false;
}

/**
 * "The snarky headline reads: “…”", "A message on the site begins, “…”": the sentence's subject is a described
 * thing or person, not a name, and its own verb stands right before the opening mark.
 */
function describedSubjectOpens(input: AttributionInput, lead: number, openTok: number): boolean {
  const verb = openTok - 1;
  // (Not "… in a note: “…”": a noun after its determiner is no verb.)
  return DETERMINER.test(input.tokens[lead].norm) && input.personAt[lead] < 0 && !input.inQuote[verb] && verbFollows(input, verb) &&
    !DETERMINER.test(input.tokens[verb - 1].norm);
}

/** What the quote itself is: a whole statement or a phrase, a title, first-person words, how it is set in its sentence. */
function quoteFeatures(input: AttributionInput, q: number, sFirst: number, openTok: number): Partial<Record<FeatureName, number>> {
  const quote = input.quotes[q];
  const { tokens } = input;
  const text = quote.text.trim();
  const words = text.split(/\s+/).filter(Boolean);
  const sentence = input.sentences[input.quoteSentence[q]];
  const before = tokens[openTok - 1];
  const sameSentence = before && input.sentenceOf[openTok - 1] === input.quoteSentence[q];
  let verb = 0;
  const sLast = tokenBefore(tokens, sentence.end);
  for (let t = Math.max(sFirst, openTok - REACH_BEFORE); t <= sLast && t < openTok + 60; t++) {
    if (!input.inQuote[t] && speechVerbStem(tokens[t].norm)) { verb = 1; break; }
  }
  const paraStart = paragraphStart(input, q);
  return {
    statement: isStatement(quote.text) ? 1 : 0,
    words: Math.log1p(words.length),
    firstPerson: hasFirstPersonWord(text) ? 1 : 0,
    titleCase: words.length <= 8 && words.every((w) => startsUpperOrDigit(w) || /^(?:of|the|and|a|in|on|for|to)$/.test(w)) ? 1 : 0,
    afterDeterminer: afterDeterminer(input, q) ? 1 : 0,
    afterAs: sameSentence && before.norm === 'as' ? 1 : 0,
    afterPreposition: sameSentence && PREPOSITION.test(before.norm) ? 1 : 0,
    opensSentence: sentence.start >= quote.open.start ? 1 : 0,
    opensParagraph: paraStart ? 1 : 0,
    fillsParagraph: paraStart && /^\s*$/.test(input.text.slice(quoteEnd(quote), paragraphEnd(input, q))) ? 1 : 0,
    speechVerbInSentence: verb,
  };
}

/** A comma-free clause break (semicolon, colon, dash) between the candidate and the quote. */
function clauseBreakBefore(input: AttributionInput, last: number, openTok: number): boolean {
  return openTok > last + 1 && hasClauseBreak(input, input.tokens[last].end, input.tokens[openTok - 1].end);
}

function paragraphStart(input: AttributionInput, q: number): boolean {
  const quote = input.quotes[q];
  const s = input.quoteSentence[q];
  const first = input.sentences[s - 1]?.paragraph !== quote.paragraph;
  return first && input.sentences[s].start >= quote.open.start;
}

function paragraphEnd(input: AttributionInput, q: number): number {
  let s = input.quoteSentence[q];
  const para = input.quotes[q].paragraph;
  // Bounded: a quote's paragraph rarely has more than a few sentences after it, and a long one ends the look.
  for (let n = 0; n < 8 && input.sentences[s + 1]?.paragraph === para; n++) s++;
  return input.sentences[s].end;
}

/** Someone other than `speaker` is named outside quotation marks between two points (a bounded look). */
function otherPersonBetween(input: AttributionInput, from: number, to: number, speaker: NonNullable<Speaker>): boolean {
  const { tokens } = input;
  const first = tokenBefore(tokens, from) + 1;
  for (let t = first; t < tokens.length && tokens[t].start < to && t < first + 80; t++) {
    const e = input.personAt[t];
    if (e < 0 || input.inQuote[t]) continue;
    if (speaker.type !== 'person' || input.entities[e] !== speaker.entity) return true;
  }
  return false;
}

/** How many different people are named outside quotation marks in the quote's sentence and the three before it (a bounded look). */
function peopleNamed(input: AttributionInput, si: number): number {
  const from = input.sentences[Math.max(0, si - 3)].start;
  const { tokens } = input;
  const seen = new Set<number>();
  const first = tokenBefore(tokens, from) + 1, last = tokenBefore(tokens, input.sentences[si].end);
  for (let t = Math.max(first, last - 200); t <= last; t++) if (!input.inQuote[t] && input.personAt[t] >= 0) seen.add(input.personAt[t]);
  return seen.size;
}

/** `/^[\p{Lu}\d]/u.test(w)`: a capital or an ASCII digit first. */
function startsUpperOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || startsUpper(w);
}
