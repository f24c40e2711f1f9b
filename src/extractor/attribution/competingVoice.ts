import type { Speaker } from '../salience';
import { speechVerbStem } from '../speechVerbs';
import type { CueIndex } from './cueIndex';
import { type AttributionInput, type ResolvedCue, tokenBefore } from './input';

/**
 * Who a quote with no cue of its own is handed on to. News copy continues the last speaker only when
 * nobody else is put forward in between:
 * - a reporting verb in the quote's own sentence that could not be read ("agrees Jane Doe, 29, of
 *   Ohio") means the quote has a speaker of its own: decline rather than guess the earlier one;
 * - a sentence in between that reports someone's words ("…, Mr Lang said." ¶ “…”) hands the quote
 *   to that speaker, or to nobody when the reporter is unnamed ("one official said");
 * - another person opening a sentence in between ("Moore thanked him for “…”") is a new subject: decline.
 */
export type HandOn = { to: 'previous' } | { to: 'cue'; cue: ResolvedCue } | { to: 'nobody' };

/** How many words after a quote its own cue may take: "…,” said Jane Doe, 29, of Meridian, Ind." */
const TAIL = 12;

export function handOn(input: AttributionInput, cues: CueIndex, from: number, q: number, previous: Speaker): HandOn {
  const quote = input.quotes[q];
  const { tokens } = input;
  const ownSentence = input.quoteSentence[q];
  const qEnd = quote.close ? quote.close.end : quote.end;
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
    // "went on to say", "critics who ask": no verb of the sentence's own subject.
    if (speechVerbStem(tokens[t].norm) && !/^(?:to|who|that|which)$/.test(tokens[t - 1]?.norm ?? '')) {
      const cue = verbs.get(t);
      if (s === ownSentence) {
        // A pronoun's cue ("he added") or a definite description's ("the senator said") points back to
        // someone already spoken of; any other verb of the quote's own sentence names someone else.
        if (!cue || !pointsBack(cue)) return { to: 'nobody' };
      } else if (cue && !pointsBack(cue) && s !== fromSentence && cues.quotesIn[s] === 0) {
        // Only a sentence of reported speech with no quotation of its own hands a quote on: the rest
        // of the earlier quote's sentence ("…,” Mr Lang told Any Questions) belongs to that quote.
        latest = cue;
        current = cue.speaker;
      }
    }
    // A person opening a sentence (or a clause after connectives) becomes what the text is about.
    const e = input.personAt[t];
    if (e >= 0 && (t === sentenceOpen || (sentenceOpen >= 0 && t > sentenceOpen && opensClause(input, sentenceOpen, t))) && !sameSpeaker(current, input, e)) {
      current = { type: 'person', entity: input.entities[e] };
    }
  }
  if (latest && sameSpeakers(current, latest.speaker)) {
    if (sameSpeakers(latest.speaker, previous)) return { to: 'previous' };
    return latest.speaker ? { to: 'cue', cue: latest } : { to: 'nobody' };
  }
  return sameSpeakers(current, previous) ? { to: 'previous' } : { to: 'nobody' };
}

function sameSpeaker(s: Speaker, input: AttributionInput, entity: number): boolean {
  return s?.type === 'person' && s.entity === input.entities[entity];
}

function sameSpeakers(a: Speaker, b: Speaker): boolean {
  if (!a || !b) return a === b;
  if (a.type === 'person' && b.type === 'person') return a.entity === b.entity;
  return a.type === 'organisation' && b.type === 'organisation' && a.name === b.name;
}

function pointsBack(cue: ResolvedCue): boolean {
  const subject = cue.subject;
  return subject.type === 'pronoun' || (subject.type === 'role' && !subject.role.anonymous && /^the\b/.test(subject.role.phrase));
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
