import type { Cue } from '../cues';
import type { Salient } from '../salience';
import { breaks } from '../tokens';
import { afterOpeningPhrase } from './openingPhrase';
import { describesPerson } from '../contextNames';
import { isRoleHead } from '../roleNouns';
import { type AttributionInput, type ResolvedCue, mentionEnd } from './input';

/*
 * The part each person mention and each cue's speaker plays for a later pronoun: the subject of a
 * sentence or of a reporting verb (a he or she most likely means them), or a mention in the
 * background (a name inside a subordinate or reported clause).
 */

/** The cue is background, not the speaker a later pronoun means: in a subordinate clause, or inside what an earlier cue reports. */
export function cueInBackground(input: AttributionInput, cue: Cue, earlier: readonly ResolvedCue[]): boolean {
  return subordinate(input, cue.from) || reportedClause(input, cue, earlier);
}

/** "when Mr Blunkett argued": a cue inside a subordinate clause is background, not the main speaker. */
function subordinate(input: AttributionInput, t: number): boolean {
  const prev = input.tokens[t - 1];
  return !!prev && input.sentenceOf[t - 1] === input.sentenceOf[t] && /^(?:when|while|whilst|after|before|as|if|because|although|though|since|until|unless|whereas)$/.test(prev.norm);
}

/**
 * "Rubio claimed that Obama is to blame… “…,” he said": a cue inside the reported clause of an earlier
 * cue of its sentence is what the speaker said about someone, not a speaker of its own; a later he or
 * she is the sentence's speaker.
 */
function reportedClause(input: AttributionInput, cue: Cue, earlier: readonly ResolvedCue[]): boolean {
  const last = earlier[earlier.length - 1];
  if (!last || cue.shared || last.sentence !== cue.sentence || last.verb >= cue.from) return false;
  // back over a title or description before the name ("that President Barack Obama is to blame")
  let k = cue.from - 1;
  while (k > last.verb && cue.from - k < 4 && input.tokens[k].cap && !breaks(input.tokens[k + 1])) k--;
  return input.tokens[k].norm === 'that' && !breaks(input.tokens[k + 1]);
}


/**
 * The mention opens its sentence, perhaps after a conjunction or a title ("Tory leader Michael Howard"),
 * or opens a clause of its own after a comma and a conjunction ("…, but Mr Ross was harsher"): a
 * subject a later "he" may mean, nearer than the sentence's first.
 */
function opensSentence(input: AttributionInput, i: number, lead: LeadingWords): boolean {
  const { tokens } = input;
  const k = lead.stopBefore(i);
  if (k < 0 || input.sentenceOf[k] !== input.sentenceOf[i]) return true;
  const conjunction = tokens[k + 1];
  return (k + 1 < i && /[,;]/.test(conjunction.gap) && /^(?:but|while|whilst|whereas|yet)$/.test(conjunction.norm)) || afterOpeningPhrase(input, i);
}

/**
 * The words that may stand before a subject in its sentence (capitalised words, conjunctions, a
 * description: "But Tory leader Michael Howard"), walked back from a mention to the first word that
 * may not, and remembered for every word crossed: a sentence naming 8,000 people joined by "and"
 * walked back over all of those before each of them (issue 16).
 */
class LeadingWords {
  /** For a word that may lead, where the walk from it stops. */
  private readonly stops = new Map<number, number>();

  constructor(private readonly input: AttributionInput) {}

  /** The last word before token i, in its sentence or before it, that may not lead (-1: none). */
  stopBefore(i: number): number {
    const crossed: number[] = [];
    let k = i - 1;
    while (k >= 0 && this.mayLead(k)) {
      const stop = this.stops.get(k);
      if (stop !== undefined) { k = stop; break; }
      crossed.push(k--);
    }
    for (const c of crossed) this.stops.set(c, k);
    return k;
  }

  /** Word k may stand before the next one at a sentence's head: the same sentence, no comma or colon between. */
  private mayLead(k: number): boolean {
    const { tokens, sentenceOf } = this.input;
    return sentenceOf[k] === sentenceOf[k + 1] && !/[,;:]/.test(tokens[k + 1].gap) &&
      (tokens[k].cap || /^(?:but|and|so|yet|meanwhile|however|former|shadow|then|deputy|the)$/.test(tokens[k].norm) || describesBefore(this.input, k));
  }
}

/** "Then there's Axelrod.", "Here is Mr Smith": a person a sentence presents is its topic, as a subject is. */
function presented(input: AttributionInput, i: number): boolean {
  const { tokens } = input;
  const prev = tokens[i - 1], before = tokens[i - 2];
  if (!prev || breaks(tokens[i]) || input.sentenceOf[i - 1] !== input.sentenceOf[i]) return false;
  if (prev.possessive && /^(?:there|here)$/.test(prev.norm)) return true;
  return !!before && /^(?:is|was|comes|came)$/.test(prev.norm) && /^(?:there|here)$/.test(before.norm) && !breaks(prev);
}

/** "Obama consultant Cornell Belcher": a lower-case word describing a person, between a name or title and the person's name. */
function describesBefore(input: AttributionInput, k: number): boolean {
  const t = input.tokens[k], next = input.tokens[k + 1];
  return !t.cap && !!next && next.cap && next.gap === ' ' && input.personAt[k + 1] >= 0 && (describesPerson(t.norm) || isRoleHead(t.norm));
}

/** "Obama consultant Cornell Belcher": the name ending at `last` describes the person named next, who is the subject. */
function modifies(input: AttributionInput, last: number): boolean {
  return !input.tokens[last].possessive && last + 1 < input.tokens.length && input.tokens[last + 1].gap === ' ' && describesBefore(input, last + 1);
}

export function mentionSalience(input: AttributionInput): Salient[] {
  const list: Salient[] = [];
  const { tokens, personAt, inQuote } = input; // read once: the loop visits every token, mostly unoptimised
  const lead = new LeadingWords(input);
  for (let i = 0; i < tokens.length; i++) {
    const e = personAt[i];
    if (e < 0 || inQuote[i] || (i > 0 && personAt[i - 1] === e)) continue;
    const last = mentionEnd(input, i);
    const agent = i > 0 && tokens[i - 1].norm === 'by' && !/[,.;:]/.test(tokens[i].gap); // "was joined by Steve Baker"
    const opens = (opensSentence(input, i, lead) || presented(input, i)) && !modifies(input, last);
    // "Sir Keir’s policies are…": a possessive opening a sentence is its topic, a subject for later sentences
    const role = (opens || agent) && !tokens[last].possessive ? 'subject' : opens ? 'topic' : 'mention';
    list.push({ pos: tokens[i].start, speaker: { type: 'person', entity: input.entities[e] }, role });
  }
  return list;
}

