import { quoteEnd } from '../quotes';
import { PHRASE_BREAK } from '../tokens';
import type { Speaker } from '../salience';
import { speechVerbStem } from '../speechVerbs';
import type { CueIndex } from './cueIndex';
import { AFTER_CLOSING, type AttributionInput, type ResolvedCue, mentionEnd, tokenBefore } from './input';
import { afterOpeningPhrase } from './openingPhrase';
import { introducingNames } from './quoteIntroduction';

/**
 * Who a quote with no cue of its own is handed on to. News copy continues the last speaker only when
 * nobody else is put forward in between:
 * - a reporting verb in the quote's own sentence that could not be read ("agrees Jane Doe, 29, of
 *   Ohio") means the quote has a speaker of its own: decline rather than guess the earlier one;
 * - a sentence in between that reports someone's words ("…, Mr Lang said." ¶ “…”) hands the quote
 *   to that speaker, or to nobody when the reporter is unnamed ("one official said");
 * - another person opening a sentence in between ("Moore thanked him for “…”") is a new subject: decline;
 * - a clause of the quote's own sentence that introduces it and names someone else ("Jeb Bush told a
 *   paper: “…”", "Mr. Trump was prompted to say, “…”") gives the quote a speaker of its own: decline.
 */
export type HandOn = { to: 'previous' } | { to: 'cue'; cue: ResolvedCue } | { to: 'nobody' };

/** How many words after a quote its own cue may take: "…,” said Jane Doe, 29, of Meridian, Ind." */
const TAIL = 12;

export function handOn(input: AttributionInput, cues: CueIndex, from: number, q: number, previous: Speaker): HandOn {
  const introducers = introducingNames(input, q);
  if (introducers && introducers.some((t) => !sameSpeaker(previous, input, input.personAt[t]))) return { to: 'nobody' };
  const quote = input.quotes[q];
  const { tokens } = input;
  const ownSentence = input.quoteSentence[q];
  const qEnd = quoteEnd(quote);
  const sentence = input.sentences[ownSentence];
  const first = tokenBefore(tokens, from) + 1;
  const fromSentence = first < tokens.length ? input.sentenceOf[first] : -1;
  // To the end of the quote's sentence, but only a cue's length past the quote (one huge sentence stays linear).
  const last = Math.min(tokenBefore(tokens, Math.max(qEnd, sentence ? sentence.end : qEnd)), tokenBefore(tokens, qEnd) + TAIL);
  const verbs = cueByVerb(cues);
  let latest: ResolvedCue | null = null;
  let current: Speaker = previous; // who the text is about at this point
  let sentenceOpen = -1; // the current sentence's first token outside quotations
  for (let t = first; t <= last; t++) {
    if (input.inQuote[t]) continue;
    const s = input.sentenceOf[t];
    // A sentence opens here, or a name follows a quotation with nothing between ("‘…’ John Major; ‘…’").
    if (t === 0 || input.sentenceOf[t - 1] !== s || (input.inQuote[t - 1] && !/[,;:.]/.test(tokens[t].gap.slice(1)))) sentenceOpen = t;
    if (ownReportingVerb(input, t)) {
      const cue = verbs.get(t);
      if (!cue && inPhrase(input, t)) {
        // "in an early morning tweet", "in his statement": a reporting word no cue was read at, after a
        // preposition and a determiner, is a noun; it puts nobody forward.
      } else if (s === ownSentence) {
        // A pronoun's cue ("he added") or a definite description's ("the senator said") points back to
        // someone already spoken of; any other verb of the quote's own sentence names someone else.
        if (!pointsBack(input, cue, t)) return { to: 'nobody' };
      } else if (cue && !pointsBack(input, cue, t) && s !== fromSentence && cues.quotesIn[s] === 0) {
        // Only a sentence of reported speech with no quotation of its own hands a quote on: the rest
        // of the earlier quote's sentence ("…,” Mr Lang told Any Questions) belongs to that quote.
        latest = cue;
        current = cue.speaker;
      }
    }
    // A person opening a sentence (or a clause after connectives) becomes what the text is about.
    const e = input.personAt[t];
    if (e >= 0 && (t === sentenceOpen || (sentenceOpen >= 0 && t > sentenceOpen && (opensClause(input, sentenceOpen, t) || afterOpeningPhrase(input, t)))) && !sameSpeaker(current, input, e)) {
      current = { type: 'person', entity: input.entities[e] };
    }
  }
  if (latest && sameSpeakers(current, latest.speaker)) {
    if (sameSpeakers(latest.speaker, previous)) return { to: 'previous' };
    return latest.speaker ? { to: 'cue', cue: latest } : { to: 'nobody' };
  }
  return sameSpeakers(current, previous) ? { to: 'previous' } : { to: 'nobody' };
}

/**
 * The quote's own sentence puts someone forward other than `speaker`: a person outside the quotation
 * ("“…,” Ms. Abedin answered"), or a reporting verb that does not point back ("reacted Trump").
 * Looks at most a cue's length either side of the quote, so a huge sentence stays linear.
 */
export function ownSentenceCompetes(input: AttributionInput, cues: CueIndex, q: number, speaker: Speaker): boolean {
  const quote = input.quotes[q];
  const { tokens } = input;
  const own = input.quoteSentence[q];
  const sentence = input.sentences[own];
  if (!sentence) return false;
  const qEnd = quoteEnd(quote);
  const first = Math.max(tokenBefore(tokens, sentence.start) + 1, tokenBefore(tokens, quote.open.start) - TAIL);
  const last = Math.min(tokenBefore(tokens, sentence.end), tokenBefore(tokens, qEnd) + TAIL);
  const verbs = cueByVerb(cues);
  for (let t = Math.max(0, first); t <= last; t++) {
    if (input.inQuote[t] || input.sentenceOf[t] !== own) continue;
    // A person counts as a subject: next to a reporting verb ("Ms. Abedin answered", "reacted Trump"),
    // not as its object ("he told Hannity").
    const e = input.personAt[t];
    if (e >= 0 && !sameSpeaker(speaker, input, e) && (input.personAt[t - 1] !== e) && besideVerb(input, t)) return true;
    if (ownReportingVerb(input, t)) {
      const cue = verbs.get(t);
      if (!pointsBack(input, cue, t)) return true;
    }
  }
  return false;
}

/** A reporting verb at `t` whose subject is the sentence's own: not "went on to say", "critics who ask". */
function ownReportingVerb(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  return !!speechVerbStem(tokens[t].norm) && !/^(?:to|who|that|which)$/.test(tokens[t - 1]?.norm ?? '');
}

/** The mention starting at `t` stands right before a reporting verb, right after one, or right after the quotation. */
function besideVerb(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  const after = tokens[mentionEnd(input, t) + 1], before = tokens[t - 1];
  // "“…,” Derek Vasquez answered": a name right after the quotation is the subject of its cue.
  if (before && input.inQuote[t - 1] && AFTER_CLOSING.test(tokens[t].gap)) return true;
  return (!!after && !/[,;:]/.test(after.gap) && !!speechVerbStem(after.norm)) || (!!before && !!speechVerbStem(before.norm) && !input.inQuote[t - 1]);
}

/** `s` is the person the text's person `entity` stands for. */
export function sameSpeaker(s: Speaker, input: AttributionInput, entity: number): boolean {
  return s?.type === 'person' && s.entity === input.entities[entity];
}

/** The same person (entity) or the same organisation (name), or both nobody. */
export function sameSpeakers(a: Speaker, b: Speaker): boolean {
  if (!a || !b) return a === b;
  if (a.type === 'person' && b.type === 'person') return a.entity === b.entity;
  return a.type === 'organisation' && b.type === 'organisation' && a.name === b.name;
}

/**
 * The verb's subject refers back to someone already spoken of: a pronoun ("he added") or a definite
 * description ("the senator said", "said the Florida senator", "the organization wrote"), not an
 * indefinite one ("one official said") or a name.
 */
function pointsBack(input: AttributionInput, cue: ResolvedCue | undefined, verb: number): boolean {
  const subject = cue?.subject;
  if (subject?.type === 'pronoun') return true;
  if (subject?.type === 'role') return !subject.role.anonymous && /^the\b/.test(subject.role.phrase);
  if (subject?.type === 'mention' || subject?.type === 'organisation' && !/^the$/i.test(input.tokens[subject.from].norm)) return false;
  if (subject?.type === 'thing' && subject.anonymous) return false;
  // With no cue read, only a finite verb form counts: "the question is:" has the noun, not the verb.
  if (!cue && !finiteVerb(input, verb)) return false;
  return definiteBeside(input, verb);
}

/** "in an early morning tweet", "on his podcast": the word ends a prepositional phrase (a preposition, a determiner, at most two words), in no finite verb form. */
function inPhrase(input: AttributionInput, t: number): boolean {
  if (finiteVerb(input, t)) return false;
  const { tokens } = input;
  for (let d = t - 1; d >= 1 && d >= t - 3; d--) {
    if (PHRASE_BREAK.test(tokens[d + 1].gap) || input.sentenceOf[d] !== input.sentenceOf[t]) return false;
    if (/^(?:a|an|the|his|her|their|its|this|that|my|our|your)$/.test(tokens[d].norm)) {
      return !PHRASE_BREAK.test(tokens[d].gap) && /^(?:in|on|via|through|with|during|at|after|from|by|into)$/.test(tokens[d - 1].norm);
    }
  }
  return false;
}

/** A reporting word in a finite verb form: "said", "tweeted", "writes", not "tweet" or "statement". */
function finiteVerb(input: AttributionInput, t: number): boolean {
  return /(?:ed|s)$|^(?:said|told|wrote|spoke|says)$/.test(input.tokens[t].norm);
}

/** "the Republican presidential candidate said", "said the woman": a definite noun phrase as the verb's subject. */
function definiteBeside(input: AttributionInput, v: number): boolean {
  const { tokens } = input;
  const brk = (k: number) => /[,.;:!?()“”"‘’—–]/.test(tokens[k].gap);
  if (tokens[v + 1]?.norm === 'the' && !brk(v + 1) && input.sentenceOf[v + 1] === input.sentenceOf[v]) return true;
  for (let k = v - 1; k >= 0 && k > v - 7 && input.sentenceOf[k] === input.sentenceOf[v] && !input.inQuote[k] && input.personAt[k] < 0; k--) {
    if (tokens[k].norm === 'the') return true;
    if (brk(k)) return false;
  }
  return false;
}

/** Cues by their verb's token, made once per analysis. */
const byVerb = new WeakMap<CueIndex, Map<number, ResolvedCue>>();
function cueByVerb(cues: CueIndex): Map<number, ResolvedCue> {
  let map = byVerb.get(cues);
  if (!map) {
    map = new Map();
    for (const c of cues.all) if (!map.has(c.verb)) map.set(c.verb, c);
    byVerb.set(cues, map);
  }
  return map;
}

/** The words from the sentence's opening to `t` are only connectives or descriptions: "But Mr Lou", "Texas delegate Bill Eastland". */
function opensClause(input: AttributionInput, open: number, t: number): boolean {
  if (t - open > 4) return false;
  for (let k = open; k < t; k++) {
    const w = input.tokens[k];
    if (input.personAt[k] >= 0 || /[,;:]/.test(input.tokens[k + 1].gap)) return false;
    if (!(w.cap || /^(?:but|and|so|yet|then|meanwhile|however|former|the|a|an)$/.test(w.norm))) return false;
  }
  return true;
}
