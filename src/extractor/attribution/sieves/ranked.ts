import { type Candidate, candidatesFor } from '../ranker/candidates';
import { score, threshold } from '../ranker/model';
import { quoteEnd } from '../../quotes';
import { speechVerbStem } from '../../speechVerbs';
import { accordingTo } from '../../cues';
import { breaks } from '../../tokens';
import { type AttributionInput, mentionEnd, spanOf, tokenAt, tokenBefore } from '../input';
import type { Sieve, SieveState } from '../sieve';

/**
 * The last resort before the fallback: no cue was found, so the candidates the context puts forward
 * (the sentence's subject, a name after the quote, a resolved pronoun, the latest speaker, the subject of
 * the sentence before) are scored by a small logistic model trained on PolNeAR train
 * (scripts/train-ranker.mjs), and the best is named only when it is likely enough: a wrong speaker is
 * worse than none. Headline quotes are left to the headline sieves.
 */
export const ranked: Sieve = {
  name: 'ranked',
  apply(state, q) {
    const { input } = state;
    if (input.quotes[q].open.start < input.headlineEnd) return null;
    const candidates = candidatesFor(state, q);
    if (collector) {
      collector(q, candidates);
      return null;
    }
    let best: Candidate | null = null, bestScore = -1, second: Candidate | null = null, secondScore = -1;
    for (const c of candidates) {
      const s = score(c);
      if (s > bestScore) { second = best; secondScore = bestScore; best = c; bestScore = s; } else if (s > secondScore) { second = c; secondScore = s; }
    }
    if (!best || best.joint || bestScore < threshold(best)) return null;
    // "“…,” one user wrote", "“…,” said a longtime adviser to Trump", "the Christie supporter retorted: “…”":
    // the quote's own reporting verb has a subject the cue sieves could not name, so the words are that
    // subject's; only a name or pronoun right beside the verb may still sign them.
    const verb = reportingVerbBeside(input, q);
    if (verb >= 0 && !besideVerb(input, best, verb)) return null;
    // "“…,” the Republican nominee riffed", "The headline reads: “…”": a described subject signs the quote
    // with a verb the cues do not read; whoever it describes, it is not a name the ranker may put forward.
    if (best.features.describedSigner || best.features.describedLead) return null;
    // "The Clinton campaign, in a Q&A, worded it: “…”": a name that only describes the noun is not who spoke.
    if (best.features.nameAsModifier) return null;
    // "Ware said in a statement, according to The Blaze. “…”": the outlet that passes the words on is no speaker.
    if (relayer(input, best.token)) return null;
    // "“…,” one user wrote. “…”": a quote going on in the paragraph of a speech quote nobody could be
    // named for goes on with that unknown speaker.
    if (followsUnknownSpeaker(state, q) && (!inOwnSentence(best) || sameSentenceAsLastSpeech(state, q))) return null;
    // "And Boris Johnson? ¶ “I like Boris, but…”": an interviewer's question names whom it asks about, not who answers.
    if (!inOwnSentence(best) && inQuestion(input, best.token)) return null;
    if (!inOwnSentence(best) && !voicedJustBefore(state, q, best)) {
      // "…, one official said. ¶ “…”": the words are likelier the unnamed source's than anyone named before.
      if (best.features.unnamedCueBefore) return null;
      // "Tom Baker visited. Anna Price met him there. ¶ “…”": two subjects in reach, and nothing in the quote's sentence to tell them apart.
      if (second && isSubject(second) && secondScore >= RIVAL_SHARE * bestScore) return null;
    }
    const t = best.token;
    const to = t >= 0 && input.personAt[t] >= 0 ? mentionEnd(input, t) : t;
    return { kind: 'speech', speaker: best.speaker, cue: t >= 0 ? spanOf(input, t, to) : null, method: 'context' };
  },
};

/** Words after the closing mark that may stand between it and its reporting verb ("the former Florida governor said"). */
const REPORTER_REACH = 6;

/**
 * The reporting verb of the quote's own sentence right beside it, or -1: a few words after the closing
 * mark with no phrase break before it ("“…,” the group said"), or a few words before the opening mark
 * ("the supporter retorted: “…”", "an adviser said of the senator, “…”"). For "according to" it is the "to",
 * so that the name after it stands beside it as after "said".
 */
function reportingVerbBeside(input: AttributionInput, q: number): number {
  const { tokens } = input;
  const quote = input.quotes[q], sentence = input.quoteSentence[q];
  const first = tokenAt(tokens, quoteEnd(quote));
  for (let k = first; k >= 0 && k < tokens.length && k < first + REPORTER_REACH; k++) {
    if (input.inQuote[k] || input.sentenceOf[k] !== sentence || (k > first && breaks(tokens[k]))) break;
    if (speechVerbStem(tokens[k].norm)) return k;
    if (accordingTo(tokens, k)) return k + 1;
  }
  // "said of the senator, “…”": back from the opening mark, past no other phrase break.
  const before = tokenBefore(tokens, quote.open.start);
  for (let k = before; k >= 0 && k > before - REPORTER_REACH; k--) {
    if (input.inQuote[k] || input.sentenceOf[k] !== sentence || (k < before && breaks(tokens[k + 1]))) break;
    if (speechVerbStem(tokens[k].norm)) return k;
    if (accordingTo(tokens, k)) return k + 1;
  }
  return -1;
}

/**
 * The candidate at `t` follows "according to" (and perhaps "the") after a reporting verb of its own
 * sentence: "X said …, according to The Blaze", where it relays X's words (issue 12, item 10).
 */
function relayer(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  if (t < 0) return false;
  // (A cue's organisation after "according to" stands at "according" itself.)
  const k = accordingTo(tokens, t) ? t : t >= 3 && tokens[t - 1].norm === 'the' ? t - 3 : t - 2;
  if (k < 0) return false;
  if (!accordingTo(tokens, k) || (k < t && breaks(tokens[k + 2])) || input.sentenceOf[k] !== input.sentenceOf[t]) return false;
  for (let j = k - 1; j >= 0 && input.sentenceOf[j] === input.sentenceOf[k]; j--) if (!input.inQuote[j] && speechVerbStem(tokens[j].norm)) return true;
  return false;
}

/** The candidate's name or pronoun stands right before the verb ("Tom Baker wrote") or right after it ("said Tom Baker"). */
function besideVerb(input: AttributionInput, c: Candidate, verb: number): boolean {
  const t = c.token;
  if (t < 0) return false;
  const last = input.personAt[t] >= 0 ? mentionEnd(input, t) : t;
  return last === verb - 1 || t === verb + 1;
}

/** The latest speech quote is in the quote's paragraph, in its sentence or the one before, and has no speaker. */
function followsUnknownSpeaker({ input, done, lastSpeech }: SieveState, q: number): boolean {
  if (lastSpeech < 0 || done[lastSpeech].speaker) return false;
  const prev = input.quotes[lastSpeech], quote = input.quotes[q];
  return prev.paragraph === quote.paragraph && input.quoteSentence[q] - input.quoteSentence[lastSpeech] <= 1;
}

/** "“…,” one aide said, “but …”": the quote is the second part of the latest speech quote's sentence. */
function sameSentenceAsLastSpeech({ input, lastSpeech }: SieveState, q: number): boolean {
  return input.quoteSentence[q] === input.quoteSentence[lastSpeech];
}

/** The token stands in a sentence of the text's own (no quotation mark in it) that ends with a question mark. */
function inQuestion(input: AttributionInput, t: number): boolean {
  if (t < 0 || input.inQuote[t]) return false;
  const s = input.sentences[input.sentenceOf[t]];
  const text = s ? input.text.slice(s.start, s.end).trim() : '';
  return text.endsWith('?') && !/["“”‘’]/.test(text);
}

/** A rival in reach scored at least a third of the best candidate's score leaves the reader unable to tell. */
const RIVAL_SHARE = 1 / 3;

/** The quote's own sentence puts the candidate forward (its subject, a name or pronoun signing the quote). */
function inOwnSentence(c: Candidate): boolean {
  const f = c.features;
  return !!(f.subjectFirst || f.subjectLater || f.namedAfter || f.rightAfterQuote);
}

/**
 * The candidate is named in the sentence right before the quote and that sentence reports words ("Ms Shaw
 * remembered how one colleague called all women “Betty”. ¶ “When I said …”"): the quote goes on with it.
 */
function voicedJustBefore(state: SieveState, q: number, c: Candidate): boolean {
  const before = state.input.quoteSentence[q] - 1;
  return !!(c.features.previousSentenceSubject || c.features.previousSentenceMention) && !!state.cues.bySentence.get(before)?.length;
}

/** The candidate is the subject of a sentence in reach. */
function isSubject(c: Candidate): boolean {
  const f = c.features;
  return !!(f.subjectFirst || f.previousSentenceSubject || f.earlierSentenceSubject);
}

/** Training (scripts/train-ranker.mjs): told every quote's candidates, and the sieve then declines; null in normal use. */
type Collector = (quote: number, candidates: Candidate[]) => void;
let collector: Collector | null = null;
export function collectCandidates(fn: Collector | null): void {
  collector = fn;
}
