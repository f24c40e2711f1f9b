import type { Entity } from '../entities';
import { entityGender } from '../entities';
import type { Gender } from '../types';
import type { Salience, Salient, Speaker } from '../salience';
import { headlineReferent } from './headlineReferent';
import { surnameLike } from './surnameSubject';
import { type AttributionInput, mentionEnd, paragraphFloor, sentenceFloor, tokenAt } from './input';
import { LOWER, OTHER, UNKNOWN, charKind, isLetterKind, isSpaceCode } from '../charClass';
import { lazyPattern } from '../lazyPattern';
import { propertyPattern } from '../propertyPattern';

/**
 * How far back a pronoun looks, in salient entries: past this many mentions no careful reader keeps
 * the antecedent in mind, and the bound keeps each look-up constant-time in a run-on paragraph.
 */
export const LOOK_BACK = 64;

/** Gender of an entity, computed once per analysis (its mentions no longer change here). */
const genders = new WeakMap<Entity, Gender>();
export function genderOf(e: Entity): Gender {
  let g = genders.get(e);
  if (g === undefined) genders.set(e, (g = entityGender(e)));
  return g;
}

/**
 * The antecedent of a pronoun: the most recent subject (of a reporting verb or of a sentence) that
 * fits — he/she by gender, it/they an organisation — in the current and previous sentence, else the
 * most recent fitting mention within a few paragraphs. Possessives (Mr Blair's) are passed over. In the
 * two nearest sentences the nearest subject that may fit wins, one of unknown gender included: "After
 * Paul Hendry spoke, Corvin Ashdale said…; “…,” he said" is Ashdale's, as a reader takes it.
 */
export function antecedent(input: AttributionInput, word: string, pos: number, salient: Salience): Speaker {
  const wantOrg = word === 'it' || word === 'they';
  const want = word === 'he' ? 'male' : word === 'she' ? 'female' : null;
  const speakerOf = (s: Salient): Speaker => (s.document && !wantOrg ? null : s.speaker);
  const fits = (s: Salient): 'exact' | 'maybe' | null => {
    // an unnamed spokesman or a document: the pronoun is theirs, and unknown (a document's author is an "it")
    if (!s.speaker || (s.document && !wantOrg)) return 'exact';
    // "A CPS spokesperson said…; it said": a spokesperson is a he or a she, not the "it" of the organisation.
    if (wantOrg) return s.speaker.type === 'organisation' && !s.spokesperson && !(word === 'it' && pluralName(input, s.pos)) ? 'exact' : null;
    if (s.spokesperson) return 'exact';
    // "Cruz said. ¶ “…,” he said.": a reporting verb's subject that can only be a surname.
    if (s.speaker.type === 'organisation') return s.role === 'cue' && surnameLike(input, s.speaker.name) ? 'maybe' : null;
    if (s.speaker.type !== 'person') return null;
    const g = genderOf(s.speaker.entity);
    return g === want ? 'exact' : g === 'unknown' ? 'maybe' : null;
  };
  const near = sentenceFloor(input, pos, 1);
  const thisSentence = sentenceFloor(input, pos, 0);
  // "Mr Blair has failed, he claimed": in a cue after reported words, he is not someone in those words.
  // Only a cue that closes its clause ("…, he claimed."), not one that goes on ("and in an editorial, he
  // called the US leader “…”"), where the comma ends an adverbial, not reported words.
  const reported = /[,”"’]\s*$/.test(input.text.slice(Math.max(thisSentence, pos - 3), pos)) &&
    closesCue(input.text.slice(pos, pos + 40));
  const ceiling = reported ? thisSentence : pos;
  // "Mr Johnson’s administration—which he calls": in a relative clause, he is the one just named.
  if (/\b(?:which|that|whom)\s+$/i.test(input.text.slice(Math.max(thisSentence, pos - 7), pos))) {
    for (const s of salient.before(pos, thisSentence, LOOK_BACK)) if (fits(s) === 'exact') return speakerOf(s);
  }
  // "A reporter asked Sanders how he felt. He replied: “…”": the answer is the one asked's.
  if (want && REPLY.test(input.text.slice(pos, pos + 30))) {
    const asked = personAsked(input, near, pos);
    if (asked && genderOf(asked) !== (want === 'male' ? 'female' : 'male')) return { type: 'person', entity: asked };
  }
  const pick = (floor: number, roles: ReadonlyArray<Salient['role']>, nearest: boolean): Speaker | undefined => {
    let maybe: Speaker | undefined;
    for (const s of salient.before(ceiling, floor, LOOK_BACK)) {
      const role = s.role === 'topic' && s.pos < thisSentence ? 'subject' : s.role;
      if (!roles.includes(role)) continue;
      const f = fits(s);
      // "Jeremy Corbyn and Tom Watson met. “…,” he said": either could be he; a careful reader cannot tell.
      if (f === 'exact' && want && s.role !== 'cue' && s.speaker?.type === 'person' && pairedAlike(input, s.pos, s.speaker.entity, want)) return null;
      if (f === 'exact') return speakerOf(s);
      if (f === 'maybe' && maybe === undefined) { maybe = s.speaker; if (nearest) return maybe; }
    }
    return maybe;
  };
  const far = paragraphFloor(input, pos, 3);
  // The nearest two sentences, then a few paragraphs, then mentions there too. Three calls, not a loop
  // over a list of [floor, roles, nearest] made for each pronoun (four arrays and an iterator apiece).
  // (Not `??`: null, "nobody a reader can name", is an answer that ends the search.)
  let found = pick(near, SUBJECTS, true);
  if (found === undefined) found = pick(far, SUBJECTS, false);
  if (found === undefined) found = pick(far, SUBJECTS_OR_MENTIONS, false);
  if (found !== undefined) return found;
  // Nobody at all before it: the one the headline is about, if it names one.
  if (!wantOrg && salient.before(pos, 0, 1).next().done) return headlineReferent(input, want);
  return null;
}

/** The roles `antecedent` takes a pronoun's antecedent from, nearest first and then further back. */
const SUBJECTS: ReadonlyArray<Salient['role']> = ['cue', 'subject'];
const SUBJECTS_OR_MENTIONS: ReadonlyArray<Salient['role']> = ['cue', 'subject', 'mention'];

/**
 * Whether the person mentioned at `pos` is one of two joined by "and" ("Corbyn and Watson", "Watson
 * and Corbyn") and the other is a different person of the same sex.
 */
function pairedAlike(input: AttributionInput, pos: number, e: Entity, want: Gender): boolean {
  const { tokens, personAt } = input;
  const first = tokenAt(tokens, pos);
  if (first < 0) return false;
  const who = personAt[first];
  const last = mentionEnd(input, first);
  const other = (k: number) => {
    const o = personAt[k];
    if (o < 0 || o === who) return false;
    const partner = input.entities[o];
    return partner !== e && genderOf(partner) === want;
  };
  const before = first >= 2 && tokens[first - 1].norm === 'and' && tokens[first - 1].gap === ' ' && tokens[first].gap === ' ' && other(first - 2);
  const after = last + 2 < tokens.length && tokens[last + 1].norm === 'and' && tokens[last + 1].gap === ' ' && tokens[last + 2].gap === ' ' && other(last + 2);
  return before || after;
}

/** A he or she that replies: "he replied", "she answered", "he responded". */
const REPLY = propertyPattern(String.raw`^\p{L}+\s+(?:replied|answered|responded|retorted)\b`, 'u');

/**
 * The person someone asked, in the sentence before the pronoun or its own ("A reporter asked Sanders
 * how…", "Asked by Maddow, Clinton…" is not this form): the name right after "asked", outside quotes.
 * Null when no one or more than one was asked there.
 */
function personAsked(input: AttributionInput, from: number, pos: number): Entity | null {
  const { tokens } = input;
  let found: Entity | null = null;
  for (let k = tokenAt(tokens, from); k >= 0 && k + 1 < tokens.length && tokens[k + 1].start < pos; k++) {
    if (tokens[k].norm !== 'asked' || input.inQuote[k] || tokens[k + 1].gap !== ' ' || input.personAt[k + 1] < 0) continue;
    const e = input.entities[input.personAt[k + 1]];
    if (found && found !== e) return null;
    found = e;
  }
  return found;
}

/** "the Tories", "the Lib Dems": a party named in the plural is a "they", never an "it". */
function pluralName(input: AttributionInput, pos: number): boolean {
  return /^(?:the\s+)?(?:tories|lib\s+dems|liberal\s+democrats|conservatives|greens|nationalists|democrats|republicans|unionists)\b/i.test(input.text.slice(pos, pos + 24));
}

const CLOSES_CUE = lazyPattern(() => /^\p{L}+\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s*(?:[.,;:!?”"’]|$)/u);

/**
 * CLOSES_CUE.test(s): a word, white space, a lower-case verb (an -ly adverb before it allowed), then a
 * stop or the end ("he claimed.", "she flatly denied,"). Read by character code where charClass can,
 * so that English text does not compile the pattern's Unicode classes; no part of it can match a
 * shorter run than the longest, so the reading never backtracks.
 */
export function closesCue(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) if (charKind(s.charCodeAt(i)) === UNKNOWN) return CLOSES_CUE().test(s);
  const kind = (i: number) => (i < n ? charKind(s.charCodeAt(i)) : OTHER);
  const spacesFrom = (i: number) => { while (i < n && isSpaceCode(s.charCodeAt(i))) i++; return i; };
  const lowersFrom = (i: number) => { while (kind(i) === LOWER) i++; return i; };
  const closes = (i: number) => { const k = spacesFrom(i); return k === n || '.,;:!?”"’'.includes(s[k]); };
  let i = 0;
  while (isLetterKind(kind(i))) i++;
  const verb = spacesFrom(i);
  if (i === 0 || verb === i) return false;
  const verbEnd = lowersFrom(verb);
  if (verbEnd === verb) return false;
  if (closes(verbEnd)) return true;
  // the lower-case word was the adverb before the verb ("flatly denied")
  const next = spacesFrom(verbEnd);
  if (verbEnd - verb < 3 || !s.endsWith('ly', verbEnd) || next === verbEnd) return false;
  const nextEnd = lowersFrom(next);
  return nextEnd > next && closes(nextEnd);
}
