import { quoteEnd } from '../quotes';
import type { Speaker } from '../salience';
import { AUXILIARIES, speechVerbStem } from '../speechVerbs';
import { breaks } from '../tokens';
import { AFTER_CLOSING, type AttributionInput, sameSentence, tokenAt } from './input';

/**
 * What the subject of a quote's own reporting verb is, read from its words alone: a person ("the
 * senator", "the woman", "he"), a body ("the group", "the company", "it"), a document ("the email",
 * "the statement"), several people ("the committee chairmen", "they"), or someone unnamed ("one
 * official", "a source").
 */
export type SubjectKind = 'person' | 'body' | 'document' | 'group' | 'unnamed';

/** Bodies that speak, called by their kind: "the group said", "the newspaper wrote". */
const BODIES = new Set([
  'group', 'organization', 'organisation', 'company', 'campaign', 'committee', 'agency', 'department', 'ministry',
  'newspaper', 'paper', 'tabloid', 'magazine', 'network', 'channel', 'station', 'firm', 'union', 'party', 'board',
  'foundation', 'council', 'administration', 'government', 'office', 'court', 'panel', 'commission', 'association',
  'institute', 'coalition', 'alliance', 'club', 'team', 'league', 'outlet', 'publication', 'charity', 'trust', 'center',
  'centre', 'bank', 'university', 'school', 'college', 'church', 'body', 'pac', 'super-pac', 'watchdog', 'regulator',
  'authority', 'service', 'website', 'site', 'blog', 'corporation', 'retailer', 'manufacturer', 'airline',
]);

/** Texts that speak for whoever issued them: their words are the issuer's, never the person last reported. */
const DOCUMENTS = new Set([
  'statement', 'email', 'e-mail', 'letter', 'release', 'ad', 'advert', 'advertisement', 'editorial', 'report', 'note',
  'memo', 'post', 'tweet', 'message', 'video', 'suit', 'lawsuit', 'filing', 'complaint', 'petition', 'sign', 'banner',
  'headline', 'poll', 'survey', 'study', 'book', 'article', 'column', 'piece', 'page', 'story', 'transcript', 'document',
  'guidance', 'guidelines', 'leaflet', 'manifesto', 'briefing', 'platform', 'plan', 'proposal', 'bill', 'order', 'ruling',
  'opinion', 'decision', 'text', 'caption', 'description', 'slogan', 'script', 'speech', 'flyer', 'mailer', 'brochure',
  'pamphlet', 'invitation', 'notice', 'announcement', 'update', 'clip', 'spot', 'commercial', 'voiceover', 'narrator',
]);

/** Plural nouns that do not end in -s. */
const PLURALS = new Set(['men', 'women', 'people', 'children', 'chairmen', 'chairwomen', 'spokesmen', 'spokeswomen', 'congressmen', 'businessmen', 'police', 'staff', 'crowd', 'audience']);
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'other', 'others', 'both']);
/** Verbs of documents that are no reporting verbs of people: "“…,” the email read". */
const DOCUMENT_VERBS = new Set(['read', 'reads', 'states', 'stated']);
/** Words that end a subject noun phrase read forwards after its verb: "said the woman, who…", "said the senator in an interview". */
const ENDS_PHRASE = new Set(['who', 'whose', 'which', 'that', 'in', 'on', 'at', 'to', 'of', 'for', 'from', 'with', 'during', 'after', 'before', 'as', 'and', 'about', 'when', 'while', 'into', 'via', 'through']);

/**
 * The kind of the subject of the reporting verb right after quote `q`'s closing mark ("“…,” the group
 * said", "“…,” said the woman"), or null where there is none, or where it names someone (a name or a
 * cue of its own decides those).
 */
export function ownSubjectKind(input: AttributionInput, q: number): SubjectKind | null {
  const { tokens } = input;
  const first = tokenAt(tokens, quoteEnd(input.quotes[q]));
  if (first < 0 || input.inQuote[first] || input.sentenceOf[first] !== input.quoteSentence[q]) return null;
  if (!AFTER_CLOSING.test(tokens[first].gap)) return null;
  if (isVerb(input, first)) return byVerb(input, first, phraseKind(input, first + 1, phraseEndAfter(input, first + 1)));
  // "“…,” the group said": the noun phrase up to its verb (past auxiliaries and adverbs).
  for (let v = first + 1; v < tokens.length && v < first + 8 && sameSentence(input, first, v) && !input.inQuote[v] && !breaks(tokens[v]); v++) {
    if (!isVerb(input, v)) continue;
    let end = v - 1;
    while (end > first && (AUXILIARIES.has(tokens[end].norm) || /ly$/.test(tokens[end].norm))) end--;
    return byVerb(input, v, phraseKind(input, first, end));
  }
  return null;
}

/** "“…,” it reads": what only a text does makes its subject a document. */
function byVerb(input: AttributionInput, v: number, kind: SubjectKind | null): SubjectKind | null {
  return kind === 'body' && DOCUMENT_VERBS.has(input.tokens[v].norm) ? 'document' : kind;
}

/** The subject of a quote's own verb fits `speaker`: a person for a person, a body for an organisation. */
export function subjectFits(kind: SubjectKind, speaker: Speaker): boolean {
  if (!speaker) return false;
  return speaker.type === 'person' ? kind === 'person' : kind === 'body';
}

function isVerb(input: AttributionInput, t: number): boolean {
  const norm = input.tokens[t].norm;
  return (!!speechVerbStem(norm) || DOCUMENT_VERBS.has(norm)) && !input.tokens[t].cap;
}

/** The last token of a noun phrase read forwards from `s` (at most seven words, to a break or a clause). */
function phraseEndAfter(input: AttributionInput, s: number): number {
  const { tokens } = input;
  let e = s;
  while (e + 1 < tokens.length && e + 1 < s + 7 && sameSentence(input, s, e + 1) && !input.inQuote[e + 1] && !breaks(tokens[e + 1]) && !ENDS_PHRASE.has(tokens[e + 1].norm)) e++;
  return e;
}

/** The kind of the noun phrase `from`…`to` (inclusive), or null when it names someone or is no noun phrase. */
function phraseKind(input: AttributionInput, from: number, to: number): SubjectKind | null {
  const { tokens } = input;
  if (from >= tokens.length || to < from || input.inQuote[from]) return null;
  for (let k = from; k <= to; k++) if (input.personAt[k] >= 0) return null;
  const det = tokens[from].norm;
  if (from === to) {
    if (det === 'he' || det === 'she') return 'person';
    if (det === 'it') return 'body';
    if (det === 'they' || det === 'we') return 'group';
    if (INDEFINITE.has(det)) return 'unnamed'; // "“…,” read one."
    return null;
  }
  if (INDEFINITE.has(det)) return 'unnamed';
  if (!DEFINITE.has(det)) return null;
  const head = tokens[to].norm;
  if (DOCUMENTS.has(head)) return 'document';
  if (BODIES.has(head)) return 'body';
  if (PLURALS.has(head) || (/[^s]s$/.test(head) && head.length > 3)) return 'group';
  return 'person';
}

