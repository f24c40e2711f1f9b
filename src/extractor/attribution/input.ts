import type { AttributionMethod, QuoteKind, Span } from '../types';
import { type Token, breaks } from '../tokens';
import type { Sentence } from '../sentences';
import type { RawQuote } from '../quotes';
import type { Entity, EntityContext } from '../entities';
import type { Cue, CueContext } from '../cues';
import type { Budget } from '../budget';
import type { Speaker } from '../salience';
import { lastAtOrBefore } from '../search';

/** Who said one quotation, how that was found, and the words that say so. */
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
export interface ResolvedCue extends Cue {
  speaker: Speaker;
  method: AttributionMethod;
}

export const TERM: Attribution = { kind: 'term', speaker: null, cue: null, method: null };
export const UNATTRIBUTED: Attribution = { kind: 'speech', speaker: null, cue: null, method: null };

export function spanOf(input: AttributionInput, from: number, to: number): Span {
  const start = input.tokens[from].start, end = input.tokens[to].end;
  return { start, end, text: input.text.slice(start, end) };
}

export function fromCue(input: AttributionInput, cue: ResolvedCue, method: AttributionMethod): Attribution {
  return { kind: 'speech', speaker: cue.speaker, cue: spanOf(input, cue.from, cue.to - 1), method };
}

/** Speech by the person whose mention starts at token `t`, the mention its cue. */
export function fromMention(input: AttributionInput, t: number): Attribution {
  return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t, mentionEnd(input, t)), method: 'cue' };
}

/** The gap after a quotation that holds only its closing: a stop, the closing mark(s), white space (',” ', '” ', ".'' "). */
export const AFTER_CLOSING = /^[,.!?]?\s*[”"’']+\s*$|^[,.!?]?['’]{2}\s*$/;

const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|their|its|our|this|that)\s+$/i;

/** A determiner stands right before the quote's opening mark: 'the “tent city”', 'a “no” vote'. */
export function afterDeterminer(input: AttributionInput, q: number): boolean {
  const open = input.quotes[q].open.start;
  return DETERMINER_BEFORE.test(input.text.slice(Math.max(0, open - 7), open));
}

export function personSpeaker(input: AttributionInput, token: number): Speaker {
  return { type: 'person', entity: input.entities[input.personAt[token]] };
}

/** The first token of the person mention that covers `t`, walking back no further than punctuation. */
export function mentionStart(input: AttributionInput, t: number): number {
  let first = t;
  while (first > 0 && input.personAt[first - 1] === input.personAt[t] && !breaks(input.tokens[first])) first--;
  return first;
}

/** The last token of the person mention that covers `t`. */
export function mentionEnd(input: AttributionInput, t: number): number {
  const e = input.personAt[t];
  let end = t;
  while (end + 1 < input.tokens.length && input.personAt[end + 1] === e) end++;
  return end;
}

/** Organisation mentions by start offset, so a sieve can ask "is an organisation named here?" in O(1). */
const organisationStarts = new WeakMap<Map<string, Span[]>, Map<number, string>>();

export function addOrganisationMention(input: AttributionInput, name: string, span: Span): void {
  const spans = input.organisationMentions.get(name) ?? [];
  spans.push(span);
  input.organisationMentions.set(name, spans);
  const starts = organisationAt(input);
  if (!starts.has(span.start)) starts.set(span.start, name);
}

export function organisationAt(input: AttributionInput): Map<number, string> {
  let starts = organisationStarts.get(input.organisationMentions);
  if (!starts) {
    starts = new Map();
    for (const [name, spans] of input.organisationMentions) for (const s of spans) if (!starts.has(s.start)) starts.set(s.start, name);
    organisationStarts.set(input.organisationMentions, starts);
  }
  return starts;
}

/** Index of the last token that ends at or before `pos`, or -1. */
export function tokenBefore(tokens: readonly Token[], pos: number): number {
  // lastAtOrBefore(tokens, 'end', pos) written out, over the tokens' ends in one typed array: asked
  // several times per quote, and each probe of the token objects themselves (185,000 of them on the
  // 1 MB article, spread over the heap) was a load from memory far from the last.
  const ends = tokenEnds(tokens);
  let lo = 0, hi = ends.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** The `end` of every token, made once per token list (the lists are never changed once made). */
function tokenEnds(tokens: readonly Token[]): Int32Array {
  let ends = endsOf.get(tokens);
  if (ends === undefined) {
    ends = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ends[i] = tokens[i].end;
    endsOf.set(tokens, ends);
  }
  return ends;
}

const endsOf = new WeakMap<readonly Token[], Int32Array>();

/** Index of the first token starting at or after `pos`, or -1. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  const i = tokenBefore(tokens, pos) + 1;
  return i < tokens.length ? i : -1;
}

/** Index of the sentence that holds (or last starts before) `pos`. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  return Math.max(0, lastAtOrBefore(sentences, 'start', pos));
}

/** Index of the first sentence of a paragraph, or of the next paragraph that has sentences; -1 if none. */
export function firstSentenceOf(input: AttributionInput, paragraph: number): number {
  const sentences = input.sentences;
  if (paragraph < 0) return -1;
  // Paragraphs are numbered and sentences come in their order: the first sentence of paragraph p is
  // the count of sentences before it, read from a table made once per sentence list (several sieves
  // ask for every quote; a search each time was a binary search over every sentence of the article).
  const before = sentencesBefore(sentences);
  const first = paragraph < before.length ? before[paragraph] : sentences.length;
  return first >= sentences.length ? -1 : first;
}

/** Per paragraph number p (up to the last sentence's paragraph + 1): how many sentences lie in paragraphs before p. */
const sentenceCounts = new WeakMap<readonly Sentence[], Int32Array>();
function sentencesBefore(sentences: readonly Sentence[]): Int32Array {
  let before = sentenceCounts.get(sentences);
  if (before === undefined) {
    const paragraphs = sentences.length ? sentences[sentences.length - 1].paragraph + 2 : 0;
    before = new Int32Array(Math.max(0, paragraphs));
    let s = 0;
    for (let p = 0; p < before.length; p++) {
      while (s < sentences.length && sentences[s].paragraph < p) s++;
      before[p] = s;
    }
    sentenceCounts.set(sentences, before);
  }
  return before;
}

/** Whether tokens `a` and `b` stand in the same sentence. */
export function sameSentence(input: AttributionInput, a: number, b: number): boolean {
  return input.sentenceOf[a] === input.sentenceOf[b];
}

/** Start offset of the sentence `back` sentences before the one holding `pos`. */
export function sentenceFloor(input: AttributionInput, pos: number, back: number): number {
  return input.sentences[Math.max(0, sentenceAt(input.sentences, pos) - back)].start;
}

/** Start offset of the paragraph `back` paragraphs before the one holding `pos`. */
export function paragraphFloor(input: AttributionInput, pos: number, back: number): number {
  const idx = sentenceAt(input.sentences, pos);
  const para = input.sentences[idx]?.paragraph ?? 0;
  const first = firstSentenceOf(input, para - back);
  return first < 0 ? 0 : input.sentences[first].start;
}

export function tokenCount(input: AttributionInput, s: Sentence): number {
  return tokenBefore(input.tokens, s.end) - tokenBefore(input.tokens, s.start);
}
