import { nearestCueOf } from '../cueIndex';
import { type AttributionInput, type ResolvedCue, mentionStart, personSpeaker, spanOf } from '../input';
import { roleNounEndingAt } from '../../roleNouns';
import { roleHolder } from '../roleHolders';
import type { Speaker } from '../../salience';
import type { Sieve } from '../sieve';
import { breaks } from '../../tokens';
import { accordingTo } from '../../cues';

/** Verbs by which one person passes on another's words: "quoted Mr Blair as saying", "cites the PM as warning". */
const RELAYING = /^(?:quote|quotes|quoted|quoting|cite|cites|cited|citing|report|reports|reported|reporting|describe|describes|described|describing)$/;

/**
 * Relayed speech (issue 12, item 10): the words belong to the one whose speech is passed on, not to
 * the one who passes it on. "Mr Peston quotes Mr Blair as saying: “…”" is Mr Blair's; "One minister
 * quoted the prime minister as saying “…”" is the prime minister's on the date; "Peter Lang,
 * according to Mr Peston, told the cabinet: “…”" is Peter Lang's, not the source's in the aside.
 * ("According to Mr Peston, the prime minister said “…”" needs nothing here: the nearer cue decides.)
 */
export const relayed: Sieve = {
  name: 'relayed speech',
  apply({ input, cues }, q) {
    const cue = nearestCueOf(input, cues, q);
    if (!cue) return null;
    return quotedAs(input, cue) ?? besideAccordingTo(input, cue);
  },
};

/** "X quoted Y as saying": the cue's verb follows "as", after Y, the object of a relaying verb. */
function quotedAs(input: AttributionInput, cue: ResolvedCue): ReturnType<Sieve['apply']> {
  const { tokens } = input;
  const as = cue.verb - 1;
  if (as < 2 || tokens[as].norm !== 'as' || breaksBefore(input, cue.verb) || breaksBefore(input, as)) return null;
  const last = as - 1;
  let first = last;
  let speaker: Speaker = null;
  if (input.personAt[last] >= 0) {
    first = mentionStart(input, last);
    speaker = personSpeaker(input, last);
  } else {
    const role = roleNounEndingAt(tokens, last, Math.max(0, last - 7));
    if (!role) return null;
    first = role.from;
    // "cites an aide as saying": someone unnamed, so nobody a reader could name (never the one who cites)
    speaker = role.anonymous ? null : roleHolder(input, role.phrase, role.former);
  }
  const verb = first - 1;
  if (verb < 0 || !RELAYING.test(tokens[verb].norm) || breaksBefore(input, first) || input.sentenceOf[verb] !== input.sentenceOf[cue.verb]) return null;
  return { kind: 'speech', speaker, cue: spanOf(input, first, cue.verb), method: speaker ? 'cue' : 'role' };
}

/** "Peter Lang, according to Mr Peston, told": the cue's subject is the source in an aside; the speaker stands before it. */
function besideAccordingTo(input: AttributionInput, cue: ResolvedCue): ReturnType<Sieve['apply']> {
  if (cue.inverted || cue.subject.type !== 'mention') return null;
  const { tokens } = input;
  const s = mentionStart(input, cue.subject.token);
  const according = s - 2;
  if (according < 1 || !accordingTo(tokens, according) || !tokens[according].gap.includes(',')) return null;
  const before = according - 1;
  if (input.personAt[before] < 0 || input.sentenceOf[before] !== input.sentenceOf[cue.verb] || !tokens[cue.verb].gap.includes(',')) return null;
  return { kind: 'speech', speaker: personSpeaker(input, before), cue: spanOf(input, mentionStart(input, before), cue.verb), method: 'cue' };
}

/** Punctuation in the gap before token `t` ends a phrase. */
function breaksBefore(input: AttributionInput, t: number): boolean {
  return breaks(input.tokens[t]);
}
