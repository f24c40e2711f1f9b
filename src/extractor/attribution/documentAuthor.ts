import { sentenceEndToken, sentenceStartToken } from '../cues';
import { lowerCaseBodyAt } from '../institutionReference';
import { couldBeOrganisationWord, knownOrganisation } from '../organisations';
import type { Salience, Speaker } from '../salience';
import { AUXILIARIES } from '../speechVerbs';
import { breaks } from '../tokens';
import { antecedent } from './antecedent';
import { groupOf } from './personsGroup';
import { type AttributionInput, paragraphFloor, personSpeaker, sameSentence, sentenceFloor } from './input';
import { allUpper } from '../charClass';
import { isRoleHead, isRoleWord } from '../roleNouns';

/**
 * Documents speak for whoever issued them (issue 12, item 3): "the leaflet, published jointly by the
 * Crown Prosecution Service (CPS) and the Association of Chief Police Officers", "a report by the
 * Commons work and pensions committee", "the committee's report". A document cue ("the guidance
 * said", "new guidelines say") is its author's where the text names exactly one author for documents
 * of that kind; "the report says" with no author named, or with two, is nobody's.
 */

/** Document nouns by kind: "guidelines", "guidance" and "the leaflet" are one document in a report about it. */
const KINDS = new Map<string, string>([
  ['guidance', 'guidance'], ['guidelines', 'guidance'], ['leaflet', 'guidance'], ['booklet', 'guidance'], ['advice', 'guidance'],
  ['report', 'report'], ['study', 'report'], ['review', 'report'], ['survey', 'report'], ['findings', 'report'],
  ['letter', 'letter'], ['statement', 'statement'], ['manifesto', 'manifesto'], ['memo', 'memo'], ['briefing', 'briefing'],
  ['document', 'document'], ['documents', 'document'], ['filing', 'document'], ['filings', 'document'], ['affidavit', 'document'],
  ['lawsuit', 'lawsuit'], ['complaint', 'lawsuit'], ['indictment', 'indictment'], ['paper', 'paper'],
  ['email', 'email'], ['e-mail', 'email'], ['note', 'note'], ['ad', 'ad'], ['advert', 'ad'], ['advertisement', 'ad'],
  ['release', 'release'],
]);

/** Kinds of document that come from someone: "a letter from X", "a handwritten note from X". */
const SENT = new Set(['letter', 'email', 'note', 'memo']);

/** Verbs of issuing between a document and "by": "published (jointly) by", "drawn up by". */
const ISSUED = /^(?:published|issued|produced|compiled|written|prepared|released|drawn|commissioned|filed|submitted|lodged|brought)$/;
/** Verbs of making a document public, which for a letter or an email is not writing it. */
const MADE_PUBLIC = /^(?:published|released)$/;
const ISSUE_ADVERBS = /^(?:jointly|together|up|yesterday|today|earlier|recently|last|this|week|month|year|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const JOINERS = /^(?:and|of|for|on|&)$/;
/** "a report by the Audit Office on Monday": a day or month after "on" or "and" is a date, not more of the body's name. */
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

interface Authored {
  kind: string;
  /** The document noun's token. */
  at: number;
  /** Null where the text names no author for this mention of the document. */
  author: Speaker;
  /** Brought into the text as new: "a statement", "a brief written statement". */
  introduced: boolean;
  /** The author is the subject of the verb that put the document out ("Ann Smith issued a statement"). */
  issued: boolean;
}

/** Every document noun of the text, in order, with the author its own words name. */
const cache = new WeakMap<AttributionInput, Authored[]>();
/** Documents a resolved cue gives an author: "X said in a statement", "In a letter, X wrote". */
const byCue = new WeakMap<AttributionInput, Map<number, Speaker>>();

/** Words between a possessive and its document: "his resignation letter", "her brief statement". */
const DOCUMENT_MODIFIERS = /^(?:resignation|annual|final|latest|new|interim|joint|official|open|written|brief|short|own|formal|lengthy|two-page|prepared|fundraising|handwritten|press|campaign|television|tv|radio|digital|online|web|[\d-]+-(?:second|minute|page))$/;

/**
 * The author of the document a cue's subject names (its tokens end before `to`), or null: the author
 * its own words name ("the report by X", "X's letter", "his resignation letter"); else the author of
 * the same kind of document last brought up within a few paragraphs ("Obama released a statement…
 * “…,” the statement said"); else the one author the text names for documents of that kind.
 */
export function documentAuthor(input: AttributionInput, to: number, salient?: Salience): Speaker {
  const head = to - 1;
  const kind = KINDS.get(input.tokens[head]?.norm ?? '');
  if (!kind) return null;
  const author = findAuthor(input, head, kind, salient);
  // Remembered, so that "the statement added" after "the statement said" is the same author's.
  if (author) cuedDocuments(input).set(head, author);
  return author;
}

function findAuthor(input: AttributionInput, head: number, kind: string, salient?: Salience): Speaker {
  const all = authoredDocuments(input);
  const own = all.find((d) => d.at === head);
  if (own?.author) return own.author;
  const pronoun = salient ? possessivePronoun(input, head) : -1;
  if (pronoun >= 0) return antecedent(input, PRONOUN_OF.get(input.tokens[pronoun].norm)!, input.tokens[pronoun].start, salient!);
  // Documents of this kind brought up within the paragraph and the two before, latest first, back to
  // one brought in as new ("put out a statement"): their one author. Two authors there, or a new
  // document with no author read, and a careful reader could not tell whose.
  const cued = cuedDocuments(input);
  const floor = paragraphFloor(input, input.tokens[head].start, 2);
  const near = new Map<string, Speaker>();
  for (let i = all.length - 1; i >= 0; i--) {
    const d = all[i];
    if (d.at >= head || d.kind !== kind) continue;
    if (input.tokens[d.at].start < floor) break;
    const author = d.author ?? cued.get(d.at) ?? null;
    if (author) near.set(nameOf(author), author);
    else if (d.introduced && !near.size) return null;
    if (d.introduced) break;
  }
  if (near.size) return near.size === 1 ? [...near.values()][0] : null;
  const authors = new Map<string, Speaker>();
  for (const d of all) if (d.kind === kind && d.author) authors.set(nameOf(d.author), d.author);
  return authors.size === 1 ? [...authors.values()][0] : null;
}

/** What a text does and a body does not: "it read", "it reads". */
const READS = /^(?:read|reads)$/;

/**
 * "Ann Smith issued a statement. “…,” it read": the "it" of a cue standing for a document, and so the
 * speaker its author. With "read", which a text does and a body does not, "it" is the latest document
 * brought up in its paragraph or the one before, and the speaker is that document's author, or nobody
 * where none is named ("A coalition of groups sent a letter"): never the nearest organisation, which
 * did not write it. With another verb ("it said"), "it" is a document only when the sentence before
 * the quote brought it in as new, put out by its sentence's subject ("Ann Smith issued a statement",
 * "the trust released the following statement"), and no body is named after it: there "it" may be that
 * body ("The trust criticised a report by the council. “…,” it said" is the trust's). Undefined
 * where "it" is not read as a document.
 */
export function pronounDocumentAuthor(input: AttributionInput, pronoun: number, verb: number, salient: Salience): Speaker | undefined {
  const { tokens } = input;
  if (tokens[pronoun].norm !== 'it') return undefined;
  const reads = READS.test(tokens[verb]?.norm ?? '');
  const pos = tokens[pronoun].start;
  const floor = reads ? paragraphFloor(input, pos, 1) : sentenceFloor(input, tokens[beforeQuote(input, pronoun)].start, 0);
  const all = authoredDocuments(input);
  for (let i = all.length - 1; i >= 0; i--) {
    const d = all[i];
    if (d.at >= pronoun) continue;
    if (tokens[d.at].start < floor) break;
    const author = d.author ?? cuedDocuments(input).get(d.at) ?? null;
    if (reads) return author ?? (d.introduced ? null : documentAuthor(input, d.at + 1, salient));
    if (bodyBetween(salient, tokens[d.at].start, pos)) return undefined;
    // "“…,” Officer Dale wrote in the affidavit. It continued: “…”": the document a cue's speaker spoke
    // in, in the sentence before, is the "it" that goes on; its words are that speaker's.
    const cuedAuthor = cuedDocuments(input).get(d.at);
    if (cuedAuthor) return cuedAuthor;
    return d.introduced && d.issued ? d.author : undefined;
  }
  return undefined;
}

/**
 * "The DNC issued a statement apologising to Sanders.": the one author who put a document out, as new,
 * in sentence `sentence` (the subject of the verb that did: "issued a statement", "released the
 * following statement"), with the document noun's token; null where none did, or more than one.
 */
export function issuerIn(input: AttributionInput, sentence: number): { author: Speaker; at: number } | null {
  let found: { author: Speaker; at: number } | null = null;
  for (const d of authoredDocuments(input)) {
    if (input.sentenceOf[d.at] !== sentence || !d.introduced || !d.issued) continue;
    if (found && nameOf(found.author) !== nameOf(d.author)) return null;
    found ??= { author: d.author, at: d.at };
  }
  return found;
}

/** The last token before `t` outside a quotation ("Smith issued a statement. “…,” it said": the stop after "statement"), or `t`. */
function beforeQuote(input: AttributionInput, t: number): number {
  let k = t - 1;
  while (k >= 0 && input.inQuote[k]) k--;
  return k >= 0 ? k : t;
}

/** An organisation is brought up between offsets `from` and `to`. */
function bodyBetween(salient: Salience, from: number, to: number): boolean {
  for (const s of salient.before(to, from)) if (s.speaker?.type === 'organisation') return true;
  return false;
}

function cuedDocuments(input: AttributionInput): Map<number, Speaker> {
  let cued = byCue.get(input);
  if (!cued) byCue.set(input, (cued = new Map()));
  return cued;
}

/**
 * After a cue is resolved: "X said in a statement", "In a letter to the board, X wrote", "X, in a
 * statement, said": the document its sentence brings up after "in" is the cue's speaker's.
 */
export function noteCueDocument(input: AttributionInput, from: number, to: number, speaker: Speaker): void {
  if (!speaker) return;
  const { tokens, sentenceOf } = input;
  const s = sentenceOf[from];
  // Only the cue's sentence can hold the document: the window is cut to it before the walk, which
  // looked at 22 tokens or more for each of the 1 MB article's 11,000 cues, most outside the sentence.
  const last = Math.min(tokens.length, to + 10, sentenceEndToken(input, from) + 1);
  for (let k = Math.max(0, from - 12, sentenceStartToken(input, from)); k < last; k++) {
    if (input.inQuote[k] || !KINDS.has(tokens[k].norm) || tokens[k].cap) continue; // k is in the cue's sentence: the bounds above
    let i = k - 1;
    while (i > 0 && i > k - 3 && DOCUMENT_MODIFIERS.test(tokens[i].norm) && !breaks(tokens[i + 1])) i--;
    if (i < 1 || !/^(?:a|an|the|his|her|its|their)$/.test(tokens[i].norm) || tokens[i - 1].norm !== 'in' || breaks(tokens[i]) || sentenceOf[i - 1] !== s) continue;
    const cued = cuedDocuments(input);
    if (!cued.has(k)) cued.set(k, speaker);
  }
}

/**
 * "a statement", "a brief written statement", "the following statement": the article that brings a
 * document into the text as new (for "the following", the "the"), or -1.
 */
function introducingArticle(input: AttributionInput, d: number): number {
  const { tokens } = input;
  let k = d - 1;
  while (k > 0 && k > d - 4 && DOCUMENT_MODIFIERS.test(tokens[k].norm) && !breaks(tokens[k + 1])) k--;
  if (k > 0 && tokens[k].norm === 'following' && tokens[k - 1].norm === 'the' && !breaks(tokens[k]) && !breaks(tokens[k + 1])) return k - 1;
  return k >= 0 && /^(?:a|an)$/.test(tokens[k].norm) && !breaks(tokens[k + 1]) ? k : -1;
}

/** A word for a document that speaks for whoever issued it ("statement", "letter", "email"). */
export function isDocumentNoun(norm: string): boolean {
  return KINDS.has(norm);
}

/**
 * The author the words of the document noun at `head` name themselves ("Obama released the following
 * statement", "Ms Lee's letter", "a report by the council"), or null: no author of another document is
 * borrowed, for a document brought in as new is nobody else's.
 */
export function ownAuthor(input: AttributionInput, head: number): Speaker {
  return authoredDocuments(input).find((d) => d.at === head)?.author ?? null;
}

// A Map, not an object: the word looked up is the text's ("constructor" would find Object's own).
const PRONOUN_OF = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);

/** "His resignation letter said", "her statement added": the possessive pronoun before the document noun, or -1. */
function possessivePronoun(input: AttributionInput, d: number): number {
  const { tokens } = input;
  let k = d - 1;
  while (k >= 0 && k > d - 3 && DOCUMENT_MODIFIERS.test(tokens[k].norm) && !breaks(tokens[k + 1])) k--;
  return k >= 0 && PRONOUN_OF.has(tokens[k].norm) && !breaks(tokens[k + 1]) && sameSentence(input, k, d) ? k : -1;
}

function nameOf(s: Speaker): string {
  return !s ? '' : s.type === 'person' ? s.entity.id : s.name.toLowerCase();
}

function authoredDocuments(input: AttributionInput): Authored[] {
  let found = cache.get(input);
  if (found) return found;
  found = [];
  const { tokens } = input;
  for (let d = 0; d < tokens.length; d++) {
    const kind = KINDS.get(tokens[d].norm);
    if (!kind || tokens[d].cap || input.inQuote[d]) continue;
    const by = byAfter(input, d);
    const article = introducingArticle(input, d);
    const named = by >= 0 ? authorAt(input, by + 1) : possessiveAuthor(input, d);
    const issued = by < 0 && !named ? issuer(input, d, article) : null;
    found.push({ kind, at: d, author: named ?? issued, introduced: article >= 0, issued: !!issued });
  }
  cache.set(input, found);
  return found;
}

/** "report by", "leaflet, published jointly by", "guidance issued on Tuesday by", "a letter from": the token of "by" (or "from", "to"), or -1. */
function byAfter(input: AttributionInput, d: number): number {
  const { tokens } = input;
  let k = d + 1;
  // "the statement, which was attributed to Miller": the token of "to".
  if (k + 3 < tokens.length && tokens[k].norm === 'which' && /^(?:was|is)$/.test(tokens[k + 1].norm) && tokens[k + 2].norm === 'attributed' &&
    tokens[k + 3].norm === 'to' && !breaks(tokens[k + 1]) && !breaks(tokens[k + 2]) && !breaks(tokens[k + 3]) && sameSentence(input, d, k + 3)) return k + 3;
  if (k < tokens.length && ISSUED.test(tokens[k].norm) && !/[.;:!?]/.test(tokens[k].gap)) {
    k++;
    while (k < tokens.length && k < d + 6 && ISSUE_ADVERBS.test(tokens[k].norm) && !breaks(tokens[k])) k++;
  }
  // "The email, released by Judicial Watch": who made a letter or an email public did not write it.
  if (k > d + 1 && MADE_PUBLIC.test(tokens[d + 1].norm) && SENT.has(KINDS.get(tokens[d].norm) ?? '')) return -1;
  // "a letter from Mr Smith", "a handwritten note from Donald J. Trump": who sent it.
  const marker = tokens[k]?.norm === 'by' || (tokens[k]?.norm === 'from' && k === d + 1 && SENT.has(KINDS.get(tokens[d].norm) ?? ''));
  return k < tokens.length && marker && !/[.;:!?()]/.test(tokens[k].gap) && sameSentence(input, d, k) ? k : -1;
}

/** Verbs that put a document out: "Obama released a statement", "the museum issued a report". */
const ISSUING = /^(?:released|issued|provided|sent|posted|published|delivered|circulated|distributed|emailed|e-mailed|penned|signed|wrote|drafted|put|releases|issues|sends|posts|publishes|writes|releasing|issuing|sending|posting|publishing|launched|launching|unveiled|unveiling|aired|airing|ran|running)$/;

/**
 * "President Obama released a statement", "The Holocaust Museum issued a report", "Cook provided a
 * written statement": the subject of the verb that put the document out (a person, or a body named in
 * capitals), where it stands right before the verb; else null. `article`: the token of the "a" that
 * brings the document in (introducingArticle), or -1.
 */
function issuer(input: AttributionInput, d: number, article: number): Speaker {
  const { tokens } = input;
  if (article < 1) return null;
  let v = article - 1;
  if (tokens[v].norm === 'out' && v > 0 && !breaks(tokens[v])) v--; // "put out a statement"
  if (!ISSUING.test(tokens[v].norm) || (tokens[v].norm === 'put' && v === article - 1) || breaks(tokens[v + 1]) || !sameSentence(input, v, d)) return null;
  let j = v - 1;
  while (j >= 0 && sameSentence(input, j, v) && !breaks(tokens[j + 1]) && !tokens[j].cap && (AUXILIARIES.has(tokens[j].norm) || /ly$/.test(tokens[j].norm))) j--;
  if (j < 0 || !sameSentence(input, j, v) || input.inQuote[j] || tokens[j].possessive) return null;
  if (breaks(tokens[j + 1])) {
    // "Ann Smith, its chair, issued a statement": the person before the apposition.
    const p = personBeforeApposition(input, j);
    return p >= 0 ? personSpeaker(input, p) : null;
  }
  if (input.personAt[j] >= 0) return personSpeaker(input, j);
  return campaignOf(input, j) ?? bodyEndingAt(input, j);
}

/**
 * "Ann Smith, its chair, issued": where a comma ends the words at `j`, the last token of the person
 * named right before the comma that opens them (at most six words, naming nobody, in one sentence), or -1.
 */
function personBeforeApposition(input: AttributionInput, j: number): number {
  const { tokens } = input;
  if (tokens[j + 1].gap.trim() !== ',') return -1;
  for (let k = j; k > 0 && k > j - 6 && sameSentence(input, k - 1, j) && !input.inQuote[k - 1]; k--) {
    if (input.personAt[k] >= 0) return -1;
    const gap = tokens[k].gap.trim();
    if (gap === ',') return input.personAt[k - 1] >= 0 && !tokens[k - 1].possessive ? k - 1 : -1;
    if (gap) return -1;
  }
  return -1;
}

/** "The Cruz campaign sent an email", "Clinton's campaign released an ad": the named person's campaign, ending at `j`. */
function campaignOf(input: AttributionInput, j: number): Speaker {
  const { tokens } = input;
  if (tokens[j].norm !== 'campaign' || tokens[j].cap || j === 0 || breaks(tokens[j]) || !sameSentence(input, j - 1, j) || input.personAt[j - 1] < 0) return null;
  return groupOf(personSpeaker(input, j - 1), 'campaign');
}

/** "The Holocaust Memorial Museum", "the Sanders campaign"? No: only capitalised words that are not a person. */
function bodyEndingAt(input: AttributionInput, j: number): Speaker {
  const { tokens } = input;
  let from = j;
  while (from > 0 && sameSentence(input, from - 1, j) && tokens[from - 1].cap && !breaks(tokens[from]) && input.personAt[from - 1] < 0 && couldBeOrganisationWord(tokens[from - 1].norm)) from--;
  if (!tokens[j].cap || !couldBeOrganisationWord(tokens[j].norm)) return null;
  const name = tokens.slice(from, j + 1).map((t) => t.text).join(' ');
  const known = knownOrganisation(name);
  if (known) return { type: 'organisation', name: known };
  // One capitalised word opening its sentence may be any word; two or more, or one after "the", name a body.
  const afterThe = from > 0 && sameSentence(input, from - 1, j) && tokens[from - 1].norm === 'the';
  return j > from || afterThe ? { type: 'organisation', name } : null;
}

/** "the committee's report", "Mr Davies's resignation letter": the owner before a document noun. */
function possessiveAuthor(input: AttributionInput, d: number): Speaker {
  const { tokens } = input;
  let k = d - 1;
  if (k >= 0 && /^(?:resignation|annual|final|latest|new|interim|joint|official|open)$/.test(tokens[k].norm) && !breaks(tokens[k + 1])) k--;
  if (k < 0 || !tokens[k].possessive || breaks(tokens[k + 1]) || !sameSentence(input, k, d)) return null;
  if (input.personAt[k] >= 0) return personSpeaker(input, k);
  return null;
}

/** The author named from token `a` on: a person, a capitalised body (with its bracketed acronym), or a body in lower case. */
function authorAt(input: AttributionInput, a: number): Speaker {
  const { tokens } = input;
  if (a >= tokens.length || input.inQuote[a]) return null;
  const start = tokens[a].norm === 'the' ? a + 1 : a;
  if (start >= tokens.length || !sameSentence(input, a, start)) return null;
  if (input.personAt[start] >= 0) return ownersNoun(input, start) ? null : namedAfterPerson(input, start) ?? personSpeaker(input, start);
  const described = describedPerson(input, start);
  if (described >= 0) return personSpeaker(input, described);
  const known = knownOrganisation(tokens[a].norm === 'the' ? `the ${tokens[start].norm}` : tokens[start].norm);
  if (known && !tokens[start + 1]?.cap) return { type: 'organisation', name: known };
  return capitalisedBody(input, start) ?? lowerCaseBody(input, start);
}

/**
 * "filed by state attorney Dave Aronberg", "written by chief executive Ann Lutz": up to three words that
 * describe the person, the last a role's, run unbroken into their name. The name's first token, or -1.
 */
function describedPerson(input: AttributionInput, s: number): number {
  const { tokens } = input;
  for (let k = s; k < s + 4 && k + 1 < tokens.length && sameSentence(input, s, k + 1) && !input.inQuote[k]; k++) {
    if (input.personAt[k] >= 0 || breaks(tokens[k + 1]) || /^(?:of|for|to|with|and|or|at|from|on|in|by|the|a|an)$/.test(tokens[k].norm) || tokens[k].possessive) return -1;
    if (input.personAt[k + 1] >= 0) return isRoleHead(tokens[k].norm) || isRoleWord(tokens[k].norm) ? k + 1 : -1;
  }
  return -1;
}

/** "filed by Ms Smith's lawyers": the person's name is an owner's, before the lower-case noun that is the author. */
function ownersNoun(input: AttributionInput, s: number): boolean {
  const { tokens } = input;
  let e = s;
  while (e + 1 < tokens.length && input.personAt[e + 1] === input.personAt[s] && !breaks(tokens[e + 1])) e++;
  const next = tokens[e + 1];
  return tokens[e].possessive && !!next && !breaks(next) && !next.cap && sameSentence(input, e, e + 1);
}

/**
 * "released by Fox News", "published by the Ford Foundation": a name a person's name begins (the finder
 * may read "Fox" as a person) goes on in capitals; the whole is the body that issued the document.
 */
function namedAfterPerson(input: AttributionInput, s: number): Speaker {
  const { tokens } = input;
  let e = s;
  while (e + 1 < tokens.length && input.personAt[e + 1] === input.personAt[s] && !breaks(tokens[e + 1])) e++;
  let end = e;
  while (end + 1 < tokens.length && tokens[end + 1].cap && input.personAt[end + 1] < 0 && !breaks(tokens[end + 1]) && sameSentence(input, s, end + 1) && !input.inQuote[end + 1]) end++;
  if (end === e) return null;
  const name = tokens.slice(s, end + 1).map((t) => t.text).join(' ');
  return { type: 'organisation', name: knownOrganisation(name) ?? name };
}

/** "the Crown Prosecution Service (CPS) and Association of Chief Police Officers (ACPO)". */
function capitalisedBody(input: AttributionInput, s: number): Speaker {
  const { tokens } = input;
  const words: string[] = [];
  let k = s;
  while (k < tokens.length && sameSentence(input, s, k) && !input.inQuote[k]) {
    const t = tokens[k];
    if (k > s && /[.;:!?,”"“]/.test(t.gap)) break;
    if (t.gap.includes('(')) {
      // A bracketed acronym after the name: skipped, the name goes on after it.
      if (!allUpper(t.text, true) || !tokens[k + 1]?.gap.includes(')')) break;
      k++;
      continue;
    }
    if (t.cap && input.personAt[k] < 0) words.push(t.text);
    else if (JOINERS.test(t.norm) && words.length && !DATE_WORD.test(tokens[k + 1]?.norm ?? '') && (tokens[k + 1]?.cap || (tokens[k + 1]?.norm === 'the' && tokens[k + 2]?.cap))) words.push(t.norm);
    else if (t.norm === 'the' && words[words.length - 1] === 'and' && tokens[k + 1]?.cap) { /* "… and the Association …" */ }
    else break;
    k++;
  }
  if (!words.length || (words.length === 1 && !allUpper(words[0], true) && !knownOrganisation(words[0]))) return null;
  const name = words.join(' ');
  return { type: 'organisation', name: knownOrganisation(name) ?? name };
}

/** "the Commons work and pensions committee": the body under its own name, "Work and Pensions Committee". */
function lowerCaseBody(input: AttributionInput, s: number): Speaker {
  const body = lowerCaseBodyAt(input, s);
  return body ? { type: 'organisation', name: body.name } : null;
}

