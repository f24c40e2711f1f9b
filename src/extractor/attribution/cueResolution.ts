import type { Cue } from '../cues';
import { Salience, type Speaker } from '../salience';
import { antecedent } from './antecedent';
import { sameSpeakers } from './competingVoice';
import { cueInBackground, mentionSalience } from './mentionRoles';
import { bodyHolder } from './bodyHolder';
import { groupOf } from './personsGroup';
import { describedHolder } from './describedHolder';
import { documentAuthor, noteCueDocument, pronounDocumentAuthor } from './documentAuthor';
import { institutionSubjects } from './institutionSubjects';
import { usPresident } from './usPresident';
import { partyMember, recentHolder, roleHolder, spokesperson } from './roleHolders';
import { type AttributionInput, type ResolvedCue, addOrganisationMention, personSpeaker, spanOf } from './input';

/**
 * Resolves every cue's subject in document order, so that pronouns can see earlier speakers. Returns
 * the cues and the salience they leave behind (every mention, and every cue's speaker) for later
 * pronoun look-ups by the sieves.
 */
export function resolveCues(input: AttributionInput, cues: Cue[]): { cues: ResolvedCue[]; salience: Salience } {
  const bodies = institutionSubjects(input);
  const mentions = mentionSalience(input);
  const salient = new Salience(bodies.length ? [...mentions, ...bodies].sort((a, b) => a.pos - b.pos) : mentions);
  const out: ResolvedCue[] = [];
  for (const cue of cues) {
    // A verb with no subject of its own shares the latest earlier cue of its sentence (cues come in verb order).
    const last = out[out.length - 1];
    const sameSentence = cue.shared && last && last.sentence === cue.sentence && last.verb < cue.verb ? last : undefined;
    const earlier = sameSentence ?? (cue.orphan ? previousSentenceCue(input, cue, out) : undefined);
    if (cue.orphan && !earlier) continue;
    const resolved = earlier ? resolvedAs(cue, earlier.speaker, earlier.method) : resolveSubject(input, cue, salient);
    // "the Texas senator said" with nobody so described: read as before there was such a cue, not as an unknown speaker.
    // ("the group said" with no group, or two, in reach: likewise.)
    if (!resolved.speaker && ((cue.subject.type === 'role' && cue.subject.role.described && !cue.subject.role.former) || cue.subject.type === 'body')) continue;
    const background = cueInBackground(input, cue, out);
    out.push(resolved);
    if (cue.subject.type !== 'thing') noteCueDocument(input, cue.from, cue.to, resolved.speaker);
    // A document stops a pronoun's search (its words are nobody's); a plural group ("critics") is no he or she.
    const thing = cue.subject.type === 'thing' && !cue.subject.anonymous;
    // "an aide to Mr Lang said…; he added": he is the aide, whom nobody names.
    const anonymous = (cue.subject.type === 'role' && cue.subject.role.anonymous) || (cue.subject.type === 'organisation' && !!cue.subject.spokesperson) ||
      (cue.subject.type === 'thing' && !!cue.subject.unnamedPerson);
    const role = background ? 'mention' : 'cue';
    // "The mayor had said… he called": a role nobody could resolve is still the nearest subject, so a
    // later he or she is that unknown person's, never someone named before.
    const unknownRole = cue.subject.type === 'role' && !resolved.speaker;
    if (resolved.speaker || thing || anonymous || unknownRole) salient.add({ pos: input.tokens[subjectToken(cue)].start, speaker: resolved.speaker, role, spokesperson: anonymous || unknownRole, document: thing && !earlier });
  }
  return { cues: out, salience: salient };
}

/**
 * "Ann Smith said the plan was dead. Adding, “…”": a participle that opens its sentence and, past a comma
 * or colon, the quote goes on with the sentence before, when every cue there gives one speaker.
 */
function previousSentenceCue(input: AttributionInput, cue: Cue, out: readonly ResolvedCue[]): ResolvedCue | undefined {
  const { tokens } = input;
  const v = cue.verb;
  const opens = v === 0 || input.sentenceOf[v - 1] !== cue.sentence;
  if (!opens || !/ing$/.test(tokens[v].norm) || !input.inQuote[v + 1] || !/^[,:]\s*[“"‘']/.test(tokens[v + 1].gap)) return undefined;
  let found: ResolvedCue | undefined;
  for (let i = out.length - 1; i >= 0 && out[i].sentence >= cue.sentence - 1; i--) {
    const c = out[i];
    if (c.sentence !== cue.sentence - 1) continue;
    if (!c.speaker || (found && !sameSpeakers(found.speaker, c.speaker))) return undefined;
    found = c;
  }
  return found;
}

function subjectToken(cue: Cue): number {
  const s = cue.subject;
  switch (s.type) {
    case 'mention': case 'pronoun': return s.token;
    case 'role': return s.role.from;
    case 'body': return s.body.from;
    case 'organisation': case 'thing': return s.from;
  }
}

/**
 * The cue with its speaker. Written out rather than spread ({ ...cue, speaker, method }): cues come in
 * several shapes (with and without `shared`, `orphan`), and their spread took V8's generic copy, a few
 * milliseconds of a long analysis; written out, every resolved cue has one shape. `satisfies` asks for
 * every field, so that a field added to Cue and not copied here fails to compile.
 */
function resolvedAs(cue: Cue, speaker: Speaker, method: ResolvedCue['method']): ResolvedCue {
  return { verb: cue.verb, subject: cue.subject, from: cue.from, to: cue.to, sentence: cue.sentence, inverted: cue.inverted, shared: cue.shared, orphan: cue.orphan, speaker, method } satisfies Record<keyof ResolvedCue, unknown>;
}

function resolveSubject(input: AttributionInput, cue: Cue, salient: Salience): ResolvedCue {
  const s = cue.subject;
  switch (s.type) {
    case 'mention':
      return resolvedAs(cue, groupOf(personSpeaker(input, s.token), s.group), 'cue');
    case 'pronoun':
    {
      // "Ann Smith issued a statement. “…,” it read": the statement's author, not the nearest body.
      const document = s.group ? undefined : pronounDocumentAuthor(input, s.token, cue.verb, salient);
      if (document !== undefined) return resolvedAs(cue, document, 'pronoun');
      return resolvedAs(cue, groupOf(antecedent(input, s.word, input.tokens[s.token].start, salient), s.group), 'pronoun');
    }
    case 'role':
    {
      const pos = input.tokens[s.role.from].start;
      if (s.role.anonymous) return resolvedAs(cue, spokesperson(input, s.role.phrase, pos, salient) ?? partyMember(input, s.role.phrase, pos, salient) ?? describedHolder(input, s.role.phrase, pos, salient), 'role');
      // A seat names its member or nobody ("the Yorkshire MP" is no one the data knows): no fallback on a recent MP.
      if (s.role.seat) return resolvedAs(cue, s.role.former ? null : roleHolder(input, s.role.phrase, false), 'role');
      return resolvedAs(cue, roleHolder(input, s.role.phrase, s.role.former) ?? recentHolder(input, s.role.phrase, pos, salient) ?? describedHolder(input, s.role.phrase, pos, salient) ?? usPresident(input, s.role.phrase, s.role.former), 'role');
    }
    case 'body':
      return resolvedAs(cue, bodyHolder(input, s.body.noun, input.tokens[s.body.from].start, salient), 'role');
    case 'thing':
      // "the guidance said": the document's author, where the text names one ("published by the CPS").
      return resolvedAs(cue, s.anonymous ? null : documentAuthor(input, s.to, salient), 'cue');
    case 'organisation':
      addOrganisationMention(input, s.name, spanOf(input, s.from, s.to - 1));
      return resolvedAs(cue, { type: 'organisation', name: s.name }, 'cue');
  }
}
