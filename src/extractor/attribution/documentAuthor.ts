import { lowerCaseBodyAt } from '../institutionReference';
import { knownOrganisation } from '../organisations';
import type { Speaker } from '../salience';
import { breaks } from '../tokens';
import { type AttributionInput, personSpeaker } from './input';

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
  ['document', 'document'], ['paper', 'paper'],
]);

/** Verbs of issuing between a document and "by": "published (jointly) by", "drawn up by". */
const ISSUED = /^(?:published|issued|produced|compiled|written|prepared|released|drawn|commissioned)$/;
const ISSUE_ADVERBS = /^(?:jointly|together|up|yesterday|today|earlier|recently|last|this|week|month|year|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const JOINERS = /^(?:and|of|for|on|&)$/;

interface Authored {
  kind: string;
  /** The document noun's token. */
  at: number;
  author: Speaker;
}

const cache = new WeakMap<AttributionInput, Authored[]>();

/** The author of the document a cue's subject names (its tokens end before `to`), or null. */
export function documentAuthor(input: AttributionInput, to: number): Speaker {
  const head = to - 1;
  const kind = KINDS.get(input.tokens[head]?.norm ?? '');
  if (!kind) return null;
  const all = authoredDocuments(input);
  const own = all.find((d) => d.at === head);
  if (own) return own.author;
  const authors = new Map<string, Speaker>();
  for (const d of all) if (d.kind === kind) authors.set(nameOf(d.author), d.author);
  return authors.size === 1 ? [...authors.values()][0] : null;
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
    const author = by >= 0 ? authorAt(input, by + 1) : possessiveAuthor(input, d);
    if (author) found.push({ kind, at: d, author });
  }
  cache.set(input, found);
  return found;
}

/** "report by", "leaflet, published jointly by", "guidance issued on Tuesday by": the token of "by", or -1. */
function byAfter(input: AttributionInput, d: number): number {
  const { tokens } = input;
  let k = d + 1;
  if (k < tokens.length && ISSUED.test(tokens[k].norm) && !/[.;:!?]/.test(tokens[k].gap)) {
    k++;
    while (k < tokens.length && k < d + 6 && ISSUE_ADVERBS.test(tokens[k].norm) && !breaks(tokens[k])) k++;
  }
  return k < tokens.length && tokens[k].norm === 'by' && !/[.;:!?()]/.test(tokens[k].gap) && same(input, d, k) ? k : -1;
}

/** "the committee's report", "Mr Davies's resignation letter": the owner before a document noun. */
function possessiveAuthor(input: AttributionInput, d: number): Speaker {
  const { tokens } = input;
  let k = d - 1;
  if (k >= 0 && /^(?:resignation|annual|final|latest|new|interim|joint|official|open)$/.test(tokens[k].norm) && !breaks(tokens[k + 1])) k--;
  if (k < 0 || !tokens[k].possessive || breaks(tokens[k + 1]) || !same(input, k, d)) return null;
  if (input.personAt[k] >= 0) return personSpeaker(input, k);
  return null;
}

/** The author named from token `a` on: a person, a capitalised body (with its bracketed acronym), or a body in lower case. */
function authorAt(input: AttributionInput, a: number): Speaker {
  const { tokens } = input;
  if (a >= tokens.length || input.inQuote[a]) return null;
  if (input.personAt[a] >= 0) return personSpeaker(input, a);
  const start = tokens[a].norm === 'the' ? a + 1 : a;
  if (start >= tokens.length || !same(input, a, start)) return null;
  if (input.personAt[start] >= 0) return personSpeaker(input, start);
  const known = knownOrganisation(tokens[a].norm === 'the' ? `the ${tokens[start].norm}` : tokens[start].norm);
  if (known && !tokens[start + 1]?.cap) return { type: 'organisation', name: known };
  return capitalisedBody(input, start) ?? lowerCaseBody(input, start);
}

/** "the Crown Prosecution Service (CPS) and Association of Chief Police Officers (ACPO)". */
function capitalisedBody(input: AttributionInput, s: number): Speaker {
  const { tokens } = input;
  const words: string[] = [];
  let k = s;
  while (k < tokens.length && same(input, s, k) && !input.inQuote[k]) {
    const t = tokens[k];
    if (k > s && /[.;:!?,”"“]/.test(t.gap)) break;
    if (t.gap.includes('(')) {
      // A bracketed acronym after the name: skipped, the name goes on after it.
      if (!/^\p{Lu}{2,}$/u.test(t.text) || !tokens[k + 1]?.gap.includes(')')) break;
      k++;
      continue;
    }
    if (t.cap && input.personAt[k] < 0) words.push(t.text);
    else if (JOINERS.test(t.norm) && words.length && (tokens[k + 1]?.cap || (tokens[k + 1]?.norm === 'the' && tokens[k + 2]?.cap))) words.push(t.norm);
    else if (t.norm === 'the' && words[words.length - 1] === 'and' && tokens[k + 1]?.cap) { /* "… and the Association …" */ }
    else break;
    k++;
  }
  if (!words.length || (words.length === 1 && !/^\p{Lu}{2,}$/u.test(words[0]) && !knownOrganisation(words[0]))) return null;
  const name = words.join(' ');
  return { type: 'organisation', name: knownOrganisation(name) ?? name };
}

/** "the Commons work and pensions committee": the body under its own name, "Work and Pensions Committee". */
function lowerCaseBody(input: AttributionInput, s: number): Speaker {
  const body = lowerCaseBodyAt(input, s);
  return body ? { type: 'organisation', name: body.name } : null;
}

function same(input: AttributionInput, a: number, b: number): boolean {
  return input.sentenceOf[a] === input.sentenceOf[b];
}
