import { sentenceEndToken } from '../cues';
import { institutionReferent } from '../institutionReference';
import { couldBeOrganisationWord, knownOrganisation } from '../organisations';
import { isRoleHead, isRoleWord } from '../roleNouns';
import type { Salient } from '../salience';
import { breaks } from '../tokens';
import type { AttributionInput } from './input';

/**
 * "The committee reached its conclusions… It warned…": a named body referred to again as the subject
 * of a sentence ("The committee", "But the commission") is whom a later "it" may mean, though no
 * reporting verb made it a speaker. In document order, as the salience list wants them; one pass over
 * the tokens, reading only the words that open a sentence.
 */
export function institutionSubjects(input: AttributionInput): Salient[] {
  const out: Salient[] = [];
  const { tokens, sentenceOf } = input;
  // From the first word of each sentence to the next's: the loop stepping over every token to find them
  // was most of this function's own 5 ms on the 1 MB article (CPU profile), run once, in the interpreter.
  for (let t = 0; t + 1 < tokens.length; t = sentenceEndToken(input, t) + 1) {
    let the = t;
    if (/^(?:but|and|yet|so)$/.test(tokens[the].norm) && sentenceOf[the + 1] === sentenceOf[the]) the++;
    const noun = the + 1;
    const named = namedBodySubject(input, the);
    if (named) { out.push(named); continue; }
    if (tokens[the].norm !== 'the' || input.inQuote[the] || noun >= tokens.length || sentenceOf[noun] !== sentenceOf[the]) continue;
    // "The committee's report": a possessive is the topic of a noun phrase, not the subject
    if (tokens[noun].possessive || /[,.;:]/.test(tokens[noun].gap)) continue;
    const body = institutionReferent(input, noun);
    if (body) out.push({ pos: tokens[the].start, speaker: { type: 'organisation', name: body.name }, role: 'subject' });
  }
  return out;
}

/** Head words that make a run of capitalised words an organisation's name. */
const BODY_HEADS = /^(?:committee|party|campaign|association|council|department|ministry|institute|foundation|union|group|company|corporation|corp|inc|agency|commission|network|bank|board|office|administration|coalition|alliance|federation|league|society|trust|fund|centre|center|organization|organisation|service|authority|court|university|college|church|times|post|news|journal|herald|telegraph|guardian)$/;

/**
 * "The Republican National Committee released an advertisement… “…,” they said", "Labour hit back…
 * It said": an organisation named in capitals as the subject opening its sentence (followed by its
 * verb) is whom a later "it" or "they" may mean, though no reporting verb made it a speaker.
 */
function namedBodySubject(input: AttributionInput, t: number): Salient | null {
  const { tokens, sentenceOf } = input;
  let k = t;
  if (tokens[k].norm === 'the') k++;
  const first = k;
  const words: string[] = [];
  for (; k < tokens.length && k < first + 6 && sentenceOf[k] === sentenceOf[t] && !input.inQuote[k] && (k === first || !breaks(tokens[k])); k++) {
    const w = tokens[k];
    if (w.cap && input.personAt[k] < 0 && !w.possessive && couldBeOrganisationWord(w.norm)) words.push(w.text);
    else if (words.length && /^(?:of|for|and)$/.test(w.norm) && tokens[k + 1]?.cap) words.push(w.norm);
    else break;
  }
  const next = tokens[k];
  if (!words.length || !next || sentenceOf[k] !== sentenceOf[t] || breaks(next) || next.cap || input.inQuote[k] || tokens[k - 1].possessive) return null;
  // "The Treasury secretary also lauded…": the name describes the noun after it, which is the subject.
  if (isRoleWord(next.norm) || isRoleHead(next.norm) || /^(?:spokesman|spokeswoman|spokesperson|official|officials|member|members|staff|chief|source|sources|aide|aides)$/.test(next.norm)) return null;
  const name = words.join(' ');
  const known = knownOrganisation(tokens[t].norm === 'the' ? `the ${name}` : name) ?? knownOrganisation(name);
  if (!known && (words.length < 2 || !BODY_HEADS.test(words[words.length - 1].toLowerCase()))) return null;
  return { pos: tokens[t].start, speaker: { type: 'organisation', name: known ?? name }, role: 'subject' };
}
