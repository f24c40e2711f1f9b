import type { Sieve } from '../sieve';
import { isStatement, standsAlone } from './statement';
import { handOn, sameSpeaker } from '../competingVoice';
import { genderOf } from '../antecedent';
import { type AttributionInput, firstSentenceOf, fromCue, sameSentence, tokenAt, tokenBefore } from '../input';
import { introducingPronoun } from '../quoteIntroduction';
import { quoteEnd } from '../../quotes';
import { speechVerbStem } from '../../speechVerbs';
import { INDEFINITE } from '../../unnamedSubject';
import type { Speaker } from '../../salience';

/**
 * A whole-sentence quote with no cue of its own continues the latest speech quote of this or the
 * previous paragraph, when that one has a speaker and nobody else is put forward in between. A
 * paragraph of its own that introduces the quote with he or she ("“…,” Blackwell wrote. ¶ He then
 * listed the qualities a nominee needs: ¶ “…”") is no break: the quote goes on from the one before it,
 * if the pronoun can stand for that speaker.
 */
export const statementContinuation: Sieve = {
  name: 'statement continuation',
  apply({ input, cues, done, lastSpeech }, q) {
    if (!(isStatement(input.quotes[q].text) || standsAlone(input, q)) || lastSpeech < 0) return null;
    const speaker = done[lastSpeech].speaker;
    if (!speaker) return null;
    // "“I do not accept that,” the governor replied": a reply whose subject could not be read is
    // another turn, not the speaker before going on (who was asking).
    if (replyRightAfter(input, q) || unnamedOpensQuote(input, q)) return null;
    const pronoun = introducingPronoun(input, q);
    if (pronoun >= 0 && !fits(input, pronoun, speaker)) return null;
    const reach = (pronoun >= 0 && introductionParagraph(input, pronoun, q)) || aboutSpeaker(input, lastSpeech, q, speaker) ? 2 : 1;
    if (input.quotes[lastSpeech].paragraph < input.quotes[q].paragraph - reach) return null;
    const previous = input.quotes[lastSpeech];
    const next = handOn(input, cues, quoteEnd(previous), q, speaker);
    if (next.to === 'cue') return fromCue(input, next.cue, 'adjacent');
    if (next.to === 'nobody') return null;
    return { kind: 'speech', speaker, cue: null, method: 'continuation' };
  },
};

/** He or she at `pronoun` can stand for `speaker`: a person whose gender, if known, agrees; they or we an organisation; I nobody quoted before. */
function fits(input: AttributionInput, pronoun: number, speaker: Speaker): boolean {
  const word = input.tokens[pronoun].norm;
  if (word === 'they' || word === 'we') return speaker?.type === 'organisation';
  if (speaker?.type !== 'person' || word === 'i') return false;
  const g = genderOf(speaker.entity);
  return g === 'unknown' || g === (word === 'he' ? 'male' : 'female');
}

/** The pronoun opens the paragraph right before the quote's, and that paragraph is the introduction alone. */
function introductionParagraph(input: AttributionInput, pronoun: number, q: number): boolean {
  const s = input.sentences[input.sentenceOf[pronoun]];
  const quote = input.quotes[q];
  if (!s || s.paragraph !== quote.paragraph - 1 || input.sentenceOf[pronoun - 1] === input.sentenceOf[pronoun]) return false;
  const prev = input.sentences[input.sentenceOf[pronoun] - 1];
  return !prev || prev.paragraph !== s.paragraph;
}

/**
 * The paragraph between the earlier quote's and this one's is about the earlier speaker: it opens with
 * that person's name or a he or she that can stand for them, and quotes nothing ("“…,” Viguerie notes. ¶
 * Viguerie is upbeat about Cruz's chances. ¶ “…”"). Where the quote has a cue of its own that could not
 * be read ("the host said"), the paragraph must name nobody else either: the description may be theirs.
 */
function aboutSpeaker(input: AttributionInput, previous: number, q: number, speaker: Speaker): boolean {
  const middle = input.quotes[q].paragraph - 1;
  if (speaker?.type !== 'person' || input.quotes[previous].paragraph !== middle - 1) return false;
  for (let k = previous + 1; k < q; k++) if (input.quotes[k].paragraph === middle) return false;
  const s = firstSentenceOf(input, middle);
  if (s < 0 || input.sentences[s].paragraph !== middle) return false;
  const t = tokenAt(input.tokens, input.sentences[s].start);
  if (t < 0) return false;
  const e = input.personAt[t];
  const opens = e >= 0 ? sameSpeaker(speaker, input, e) : /^(?:he|she)$/.test(input.tokens[t].norm) && fits(input, t, speaker);
  if (!opens) return false;
  return !reportingVerbNear(input, q) || namesOnly(input, t, input.quotes[q].open.start, speaker);
}

/** A reporting verb stands in the quote's own sentence, within a cue's length before its opening mark or after its end, outside any quotation. */
function reportingVerbNear(input: AttributionInput, q: number): boolean {
  const { tokens } = input;
  const quote = input.quotes[q];
  const before = tokenBefore(tokens, quote.open.start), after = tokenBefore(tokens, quoteEnd(quote)) + 1;
  for (let k = before; k >= 0 && k > before - 8 && !input.inQuote[k] && input.sentenceOf[k] === input.quoteSentence[q]; k--) if (speechVerbStem(tokens[k].norm)) return true;
  for (let k = after; k > 0 && k < tokens.length && k < after + 8 && !input.inQuote[k] && sameSentence(input, k, after - 1); k++) if (speechVerbStem(tokens[k].norm)) return true;
  return false;
}

/**
 * "Outside court, a spokeswoman for the women said: “…”": a reporting verb right before the colon that
 * opens the quote, its clause opened by "a", "an", "one" or "another" (or "the" before "read"): someone
 * unnamed, or something written, introduces the words (the cues could not read who), not the previous
 * speaker going on.
 */
function unnamedOpensQuote(input: AttributionInput, q: number): boolean {
  const { tokens } = input;
  const quote = input.quotes[q];
  const verb = tokenBefore(tokens, quote.open.start);
  // "The post from Labour's official account read: “…”": what a written thing reads is its own text.
  const reads = /^(?:read|reads)$/.test(tokens[verb]?.norm ?? '');
  if (verb < 1 || input.inQuote[verb] || input.sentenceOf[verb] !== input.quoteSentence[q] || !(reads || speechVerbStem(tokens[verb].norm))) return false;
  if (!/^[\s:]*:\s*$/.test(input.text.slice(tokens[verb].end, quote.open.start))) return false;
  for (let k = verb - 1; k >= 0 && k > verb - 8 && !input.inQuote[k] && input.sentenceOf[k] === input.sentenceOf[verb]; k--) {
    const opensClause = k === 0 || input.sentenceOf[k - 1] !== input.sentenceOf[k] || tokens[k].gap.includes(',');
    if (opensClause) return INDEFINITE.has(tokens[k].norm) || (reads && tokens[k].norm === 'the');
  }
  return false;
}

/** Verbs of answering: the words are a new turn of a conversation. */
const REPLY_VERBS = /^(?:replied|replies|responded|responds|answered|answers|retorted|retorts|countered|counters)$/;

/** A verb of answering within three words after the quote's closing mark, in its sentence, outside any quotation. */
function replyRightAfter(input: AttributionInput, q: number): boolean {
  const { tokens } = input;
  const after = tokenBefore(tokens, quoteEnd(input.quotes[q])) + 1;
  for (let k = after; k > 0 && k < tokens.length && k < after + 3 && !input.inQuote[k] && sameSentence(input, k, after - 1); k++) if (REPLY_VERBS.test(tokens[k].norm)) return true;
  return false;
}

/** Every person named from token `from` up to offset `end` is `speaker`. */
function namesOnly(input: AttributionInput, from: number, end: number, speaker: Speaker): boolean {
  for (let k = from; k < input.tokens.length && input.tokens[k].start < end; k++) {
    const e = input.personAt[k];
    if (e >= 0 && !sameSpeaker(speaker, input, e)) return false;
  }
  return true;
}
