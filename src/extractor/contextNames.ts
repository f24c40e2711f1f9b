import type { Token } from './tokens';
import { isCommonWord, isFirstName, isPlaceName } from './lexicon';
import { speechVerbStem } from './speechVerbs';
import { isRoleHead } from './roleNouns';
import { isWordGivenName } from './wordGivenNames';
import { describesNotNames } from './derivedWords';
import { isCapitalised, isNameShaped } from './charClass';

/**
 * Two or three capitalised words are a person's name, whatever the first name, where news copy only
 * puts a person: next to a reporting verb ("said Lael Brainard", "Morton Blackwell said"), before an
 * apposition about them ("Rosette Pambakian, a spokeswoman", "Akhil Amar, who teaches"), or after a
 * description of them ("delegate Beau Correll", "host Bill Maher"). Words that are common English,
 * that end organisations or places, or that the caller lists as never a name, rule it out.
 */

/** Capitalised words that end the name of an institution, never a person's: "Sierra Club", "U.S. Army". */
const ORGANISATION_HEADS = new Set([
  'army', 'navy', 'senate', 'house', 'congress', 'court', 'department', 'council', 'committee', 'university', 'college',
  'school', 'institute', 'center', 'centre', 'foundation', 'association', 'party', 'campaign', 'group', 'company', 'corp',
  'inc', 'bank', 'times', 'news', 'journal', 'street', 'avenue', 'road', 'square', 'county', 'city', 'state', 'airport',
  'station', 'hospital', 'church', 'club', 'board', 'commission', 'agency', 'bureau', 'office', 'service', 'government',
  'administration', 'capitol', 'circuit', 'district', 'research', 'network', 'media', 'press', 'magazine', 'radio', 'tv',
  'television', 'channel', 'fund', 'trust', 'society', 'alliance', 'league', 'coalition', 'project', 'services', 'ministry',
  'police', 'force', 'tribune', 'herald', 'gazette', 'forum', 'union', 'pac', 'llc', 'ltd', 'partners', 'capital',
  'international', 'institution', 'caucus', 'chamber', 'federation', 'organization', 'organisation',
]);

/** Capitalised words that end the name of a document, a policy or a prize: "the Sharon Statement", "the Marshall Plan". */
const THING_HEADS = new Set([
  'statement', 'declaration', 'doctrine', 'manifesto', 'memorandum', 'amendment', 'accord', 'accords', 'agreement',
  'treaty', 'plan', 'award', 'awards', 'prize', 'medal', 'cup', 'trophy', 'lecture', 'memorial',
]);

/** A word that ends an institution's or a thing's name, never a person's; a hyphenated word by its last part ("Sun-Times", "Star-Tribune"). */
export function endsOrganisation(norm: string): boolean {
  if (ORGANISATION_HEADS.has(norm) || THING_HEADS.has(norm)) return true;
  const hyphen = norm.lastIndexOf('-');
  return hyphen > 0 && (ORGANISATION_HEADS.has(norm.slice(hyphen + 1)) || THING_HEADS.has(norm.slice(hyphen + 1)));
}

/** Capitalised words that make the run an organisation, a place or a thing. */
const NOT_PERSON_WORDS = new Set([
  ...ORGANISATION_HEADS,
  'post', 'watch', 'review', 'daily', 'weekly', 'global', 'america', 'americans', 'republicans', 'democrats', 'republican',
  'democratic', 'democrat', 'conservative', 'liberal', 'federal', 'national', 'white', 'fox', 'cnn', 'msnbc', 'abc', 'cbs',
  'nbc', 'twitter', 'facebook', 'google', 'reuters', 'politico', 'hill', 'poll', 'survey', 'report', 'act', 'bill', 'law',
  'day', 'week', 'month', 'year', 'north', 'south', 'east', 'west', 'new', 'united', 'states', 'kingdom', 'island', 'islands',
  'valley', 'beach', 'lake', 'river', 'mountain', 'village', 'town', 'park',
]);

/** Words that end the name of a place or a day ("Capitol Hill", "Central Park", "Election Day"), or of an institution. */
const PLACE_OR_DAY_HEADS = new Set(['day', 'hill', 'park', 'lake', 'valley', 'beach', 'island', 'islands', 'mountain', 'mountains', 'village', 'town', 'river', 'bay', 'heights', 'gardens']);

/** "Election Day", "Capitol Hill", "Catholic Church": a word that ends a place's, a day's or an institution's name, not a surname there. */
export function endsPlaceOrDay(norm: string): boolean {
  return PLACE_OR_DAY_HEADS.has(norm) || endsOrganisation(norm);
}

/** A capitalised word that makes a run an organisation, a place or a thing ("Club", "Fox", "Valley"), never a person. */
export function isNotPersonWord(norm: string): boolean {
  return NOT_PERSON_WORDS.has(norm);
}

/** Lower-case words that describe a person just before their name. */
const DESCRIBES_PERSON: ReadonlySet<string> = new Set([
  'delegate', 'host', 'anchor', 'attorney', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'columnist',
  'commentator', 'strategist', 'pollster', 'analyst', 'economist', 'professor', 'activist', 'adviser', 'advisor',
  'aide', 'voter', 'supporter', 'resident', 'student', 'founder', 'chairman', 'chairwoman', 'director', 'executive',
  'candidate', 'nominee', 'officer', 'official', 'constituent', 'veteran', 'author', 'writer', 'reporter',
  'correspondent', 'editor', 'historian', 'consultant', 'organizer', 'organiser', 'volunteer', 'donor', 'member',
  'lawmaker', 'leader', 'manager', 'worker', 'owner', 'president', 'chief', 'secretary', 'senator', 'congressman',
  'congresswoman', 'governor', 'mayor', 'judge', 'justice', 'pastor', 'rabbi', 'reverend', 'father', 'mother', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'friend', 'colleague', 'comedian', 'actor', 'actress',
  'singer', 'star', 'businessman', 'businesswoman', 'billionaire', 'investor', 'scientist', 'doctor', 'nurse',
  'teacher', 'farmer', 'firefighter', 'sheriff', 'deputy', 'captain', 'sergeant', 'lieutenant', 'colonel', 'general',
  'admiral', 'ambassador', 'envoy', 'minister', 'commissioner', 'treasurer', 'chair', 'coach', 'player', 'widow',
  'mom', 'dad',
]);

/** A lower-case word that describes a person just before their name ("consultant Cornell Belcher"). */
export function describesPerson(norm: string): boolean {
  return DESCRIBES_PERSON.has(norm);
}

/**
 * A capitalised word a person's name may be made of: "Sperling", "O'Rourke", "Ki-moon", and the inner
 * capital of "VanderSloot", "McConnell", "DeSantis". A first word may also be a first name that is an
 * English word ("Frank", "Gene"): the caller has already found a person's place around the run.
 */
function isNameWord(t: Token, notNames: ReadonlySet<string>, first = false): boolean {
  return t.cap && isNameShaped(t.text) && !t.text.includes('.') && !notNames.has(t.norm)
    && !NOT_PERSON_WORDS.has(t.norm) && !endsOrganisation(t.norm) && (!isCommonWord(t.text) || (first && isWordGivenName(t.text))) && !speechVerbStem(t.norm) && !isRoleHead(t.norm)
    && (!first || !describesNotNames(t.text)); // "Hacker Guccifer said": the first word describes him
}

/**
 * The end (exclusive) of a name of two or three words starting at token `i` (the start of a
 * capitalised run ending at `to`) that stands where only a person stands; else -1. `isPlace` says
 * whether words name a place ("Fort Worth").
 */
export function contextNameEnd(tokens: readonly Token[], i: number, to: number, notNames: ReadonlySet<string>, isPlace: (norms: string[]) => boolean): number {
  const n = to - i;
  if (n < 2 || n > 3) return -1;
  for (let k = i; k < to; k++) {
    if (!isNameWord(tokens[k], notNames, k === i)) return -1;
    if (k > i && tokens[k].gap !== ' ') return -1;
  }
  if (tokens[to - 1].possessive) return -1;
  // "the Chicago Sun-Times reported", "Boston Globe said": a run led by a city, a state or a country is
  // a place's newspaper, team or firm (a lexicon's place is never one of its first names).
  if (isPlaceName([tokens[i].norm])) return -1;
  // "Headteacher Simon Drake said", "Mum-of-two Kerry Wells said": a word before a first name
  // describes the person the two words after it name (the finder takes them from the first name on).
  if (n === 3 && isFirstName(tokens[i + 1].text) && !isFirstName(tokens[i].text)) return -1;
  if (isPlace(tokens.slice(i, to).map((t) => t.norm))) return -1;
  return personPlace(tokens, i, to) ? to : -1;
}

/**
 * "Refugee Council Chief Executive Maeve Sherlock", "MSNBC Host Chris Matthews": inside one capitalised
 * run, two or three name words after a capitalised word that describes a person (a title or role) are
 * that person's name, not more of the organisation's or the title's, where a person stands after it
 * ("… Maeve Sherlock called", "…, who"). Returns the end (exclusive) or -1.
 */
export function describedNameEnd(tokens: readonly Token[], i: number, to: number, notNames: ReadonlySet<string>, isPlace: (norms: string[]) => boolean): number {
  const before = tokens[i - 1];
  if (!before || !before.cap || before.possessive || tokens[i].gap !== ' ' || !(isRoleHead(before.norm) || DESCRIBES_PERSON.has(before.norm))) return -1;
  const n = to - i;
  if (n < 2 || n > 3) return -1;
  for (let k = i; k < to; k++) if (!isNameWord(tokens[k], notNames, k === i) || (k > i && tokens[k].gap !== ' ')) return -1;
  if (isPlace(tokens.slice(i, to).map((t) => t.norm))) return -1;
  return personPlace(tokens, i, to) ? to : -1;
}

/** A lower-case word inside a surname ("de" of "Bill de Blasio", "von der" of "Ursula von der Leyen"). */
export function isNameParticle(norm: string): boolean {
  return SURNAME_PARTICLES.has(norm);
}

/** The particles that join a first name to a surname in news copy: "de", "van", "von der". ("al", "la", "le" are words too; "bin" names after a quote drew a speaker onto a name the quote ended at.) */
// Sets, not patterns: asked of the word after nearly every capitalised word, where a set look-up is a fraction of a pattern's test.
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'dos', 'das']);

/** Lower-case words inside a surname: the particles above and more ("Pierre de Vos", "Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ap', 'ter', 'ten', 'st']);

/**
 * "Michelle, a mother of twins, said", "said Michelle": a first name alone, where only a person stands
 * (a reporting verb next to it, an apposition after it). Vox pops and case studies name people so.
 * Returns false for a word that is also common English, a run longer than the name, or a name
 * (first or only word of a capitalised run) that the caller rules out.
 */
export function loneGivenName(tokens: readonly Token[], i: number, notNames: ReadonlySet<string>): boolean {
  const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
  // The cheap tests on the neighbours first: most capitalised words fail them before any word list is read.
  if (!t.cap || t.possessive || notNames.has(t.norm) || (prev && prev.cap && t.gap === ' ') || (next && next.cap && next.gap === ' ')) return false;
  // "Pierre de Vos", "Federico de Jesús": a surname with a particle follows
  if (next && next.gap === ' ' && NAME_PARTICLES.has(next.norm)) return false;
  if (!personPlace(tokens, i, i + 1) || !isCapitalised(t.text)) return false;
  return isFirstName(t.text) && !isCommonWord(t.text);
}

/** Whether tokens [i, to) stand where news copy only puts a person (next to a reporting verb, before an apposition about them…). */
export function personPlace(tokens: readonly Token[], i: number, to: number): boolean {
  const before = tokens[i - 1], after = tokens[to];
  // "said Lael Brainard", "delegate Beau Correll": nothing but a space between.
  if (before && before.end === tokens[i].start - 1 && tokens[i].gap === ' ') {
    if (speechVerbStem(before.norm) && !before.cap) return true;
    if (!before.cap && DESCRIBES_PERSON.has(before.norm)) return true;
  }
  // "a 52-year-old resident named Caroline", "a man named Omar Mateen"
  if (before && !before.cap && before.norm === 'named' && tokens[i].gap === ' ') return true;
  // "Kazakhstan's foreign minister, Erlan Idrissov, said": an apposition naming the person a role noun describes
  if (before && !before.cap && tokens[i].gap === ', ' && (DESCRIBES_PERSON.has(before.norm) || isRoleHead(before.norm)) && after && after.gap === ', ') return true;
  if (!after) return false;
  // "Morton Blackwell said", "Morton Blackwell told"
  if (after.gap === ' ' && speechVerbStem(after.norm) && !after.cap) return true;
  // "Rosette Pambakian, a Tinder spokeswoman,", "Akhil Amar, who", "Jane Doe, 31,"
  if (after.gap !== ', ') return false;
  return /^(?:a|an|who|whose)$/.test(after.norm) || /^\d{1,3}$/.test(after.text) || describedAfter(tokens, to);
}

/** How far an apposition is read for the word that describes a person: "the [GOP national] chairman". */
const APPOSITION_REACH = 5;

/**
 * "Reince Priebus, the GOP chairman,", "Alixandria Lapp, executive director of the House Majority PAC":
 * after the comma, "the" or nothing, then within a few words of the same phrase a word that describes
 * a person (chairman, director, spokeswoman). "Goldman Sachs, the bank" describes no person.
 */
function describedAfter(tokens: readonly Token[], at: number): boolean {
  let k = at + (tokens[at].norm === 'the' ? 1 : 0);
  for (const end = Math.min(tokens.length, k + APPOSITION_REACH); k < end; k++) {
    const t = tokens[k];
    if (k > at && !/^[ -]$/.test(t.gap)) return false;
    if (t.cap && k === at) continue; // "Trump's campaign manager", "GOP chairman"
    if (!t.cap && (DESCRIBES_PERSON.has(t.norm) || isRoleHead(t.norm))) return true;
  }
  return false;
}
