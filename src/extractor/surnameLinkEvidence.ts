import type { KbPerson, KnowledgeBase } from './kb/knowledgeBase';
import { PARTY_WORDS } from './kb/offices';
import { samePartyName } from './kb/parties';
import type { NameMention } from './mentions';
import { propertyPattern } from './propertyPattern';

/** What a surname-only mention is read against: the article's text, records and date. */
export interface EvidenceContext {
  text: string;
  kb: KnowledgeBase;
  date: string;
}

/** How far either side of a mention the text is read for the member's party, seat or office. */
const WINDOW = 200;

/**
 * Titles no sitting MP is written with: a councillor, a judge, a cleric, a professor, a US office,
 * a military rank. "Cllr Morgan" or "Judge Patel" is someone else, whatever the surname.
 */
const NOT_AN_MP_TITLE = /^(?:cllr|councillor|judge|justice|rev|prof|professor|rep|sen|senator|gov|governor|del|president|mayor|representative|congressman|congresswoman|gen|capt|lt|col|sgt|maj|adm|sergeant|inspector|constable|superintendent)\.?$/i;

/**
 * Titles that make even a member's full name someone else's: "Councillor Sarah Jones", "Judge Peter
 * Smith", a police rank ("Constable Sian Jones", "Sergeant Peter Bone"): no sitting
 * member serves on a bench or in a force.
 */
const NOT_A_MEMBERS_TITLE = /^(?:cllr|councillor|judge|justice|sgt|sergeant|inspector|constable|superintendent)\.?$/i;

/** A title that makes the named person no MP, even with a member's full name. */
export function notAMembersTitle(title: string): boolean {
  return NOT_A_MEMBERS_TITLE.test(title);
}

/**
 * A member of another legislature: "SNP MSP Alan Brown", "Alan Brown MSP", "Jane Hutt, the Labour MS
 * for Vale of Glamorgan,", an MLA, an AM, an MEP. The designation is the text's own word that the
 * person sits elsewhere; an MP of the same name is someone else (the rare member of two houses at once
 * goes unlinked: a missing link, never a wrong one).
 */
export function otherLegislatureMember(text: string, start: number, end: number): boolean {
  if (/\b(?:MSP|MS|AM|MLA|MEP)\s+$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  return /^(?:\s+|,\s+(?:the\s+|a\s+)?(?:(?:former|ex-?|then|Labour|Conservative|Tory|SNP|Plaid(?: Cymru)?|Lib(?:eral)? Dem(?:ocrat)?|Green|Reform(?: UK)?|DUP|UUP|SDLP|Alliance|Sinn F[eé]in|Ukip|Welsh|Scottish|Brexit Party)[\s-]+){0,2})(?:MSP|MS|AM|MLA|MEP)\b/.test(text.slice(end, end + 60));
}

/** Words that put a description inside politics: it may then be the member's own. */
const POLITICAL = /\b(?:MPs?|minister|ministers|secretary of state|(?:home|foreign|health|justice|defence|education|business|culture|transport|trade|environment|shadow|chief|brexit|work and pensions|northern ireland|scottish|welsh) secretary|chancellor|shadow|whip|commons|parliament|parliamentary|westminster|cabinet|government|treasury|downing street|no 10|prime minister|premier|opposition|party|labour|tory|tories|conservatives?|lib dems?|liberal democrats?|snp|plaid|ukip|dup|reform uk|greens?|constituency|constituents|backbencher|frontbencher|brexiteers?|eurosceptics?|remainers?|office|department|ministry|select committee|affairs committee|1922 committee)\b/i;

/** Role heads an office phrase ends with (a cheap test before the records are asked). */
const ROLE_WORD = /^(?:minister|secretary|chancellor|leader|speaker|whip|pm|premier|general|opposition|exchequer|treasury|commons)$/i;

/**
 * Of the sitting members a surname alone ("Mr Morgan", "Dr Khan", "Patel") could be, those the text
 * points at most plainly near the mention: their seat or an office they hold on the date (which only
 * they fit) before their party or "MP" beside the name (which several may share). A surname is shared
 * with thousands outside Parliament, so with no such word, or with a description tying the person to
 * something outside politics ("of the Ramblers", "who chairs the residents' association", "Cllr",
 * "Judge"), none: the person stays a person, not the MP (a wrong MP is the worst error the product can make).
 */
export function membersPointedAt(members: readonly KbPerson[], m: NameMention, ctx: EvidenceContext, later: readonly NameMention[] = []): KbPerson[] {
  if (!members.length || describedOutsideParliament(m, ctx.text)) return [];
  // The later mentions of the surname join this person: what the text says beside them counts too
  // ("Mr Hunt said…" and, paragraphs on, "Mr Hunt, the Chancellor,"), unless described outside politics.
  const read = [m, ...later.filter((x) => !describedOutsideParliament(x, ctx.text))];
  const scored = members.map((p) => ({ p, e: Math.max(...read.map((x) => memberEvidence(p, x, ctx))) }));
  const best = Math.max(...scored.map((x) => x.e));
  return best > 0 ? scored.filter((x) => x.e === best).map((x) => x.p) : [];
}

/** A title no MP is written with ("Cllr", "Judge"), or a description outside politics right after the name. */
export function describedOutsideParliament(m: NameMention, text: string): boolean {
  return (!!m.title && notAnMpsTitle(m.title)) || outsideAffiliation(text, m.end);
}

/** "Cllr", "Judge", "Sergeant": a title no sitting MP is written with. */
export function notAnMpsTitle(title: string): boolean {
  return NOT_AN_MP_TITLE.test(title);
}

/**
 * The mention is described as belonging outside Parliament: "of the Ramblers", "from the chamber of
 * commerce", "at Tesco", ", who chairs the residents' association,", ", the club's chairman,", ", 45,".
 * Not "accused Mr Hunt of lying" (a lower-case word after a bare "of"), nor ", who was speaking in
 * Leeds," (what someone did is no affiliation), nor a description in political words.
 */
export function outsideAffiliation(text: string, end: number, age = true): boolean {
  const after = text.slice(end, end + 120);
  const of = OF_BODY.exec(after);
  if (of && !POLITICAL.test(of[1])) return true;
  if (age && /^\s*,\s*\d{1,3}\s*,/.test(after)) return true; // an age: "Mr Jones, 45," (court and local copy; an MP named before may be given one)
  const apposition = APPOSITION.exec(after);
  return !!apposition && !POLITICAL.test(apposition[1]);
}

/** "of the Ramblers", "from the chamber of commerce", "at Tesco": the body, in group 1. */
const OF_BODY = propertyPattern(String.raw`^\s*,?\s*(?:(?:of|from)\s+the\s+(?!\p{Ll}+ing\b)|(?:of|from|at)\s+(?:the\s+)?(?=\p{Lu}))([^,.;:!?"“”()]{2,70})`, 'u');

/** ", who chairs …,", ", the charity's treasurer,", ", a steward from Bristol,": who someone is, up to the closing comma. */
const APPOSITION = /^\s*,\s*((?:who (?:chairs|runs|owns|founded|co-founded|manages|heads|leads|works|worked|lives|lived|teaches|coaches|organised|organized|set up|started|volunteers|has lived|has run|has worked|has owned|has farmed)|the|a|an|his|her|their|its|chairman|chairwoman|chair|director|manager|owner|founder|secretary|treasurer|president|head|headteacher|coach|captain|spokesman|spokeswoman)\b[^.;:!?"“”()]{0,110}?),/iu;

/**
 * How plainly the text points at this member: 2 for their seat near the mention or an office they
 * hold on the date, 1 for their party or "MP" beside the name, 0 for nothing.
 */
function memberEvidence(p: KbPerson, m: NameMention, ctx: EvidenceContext): number {
  const term = ctx.kb.termOn(p, ctx.date);
  if (!term) return 0;
  const window = around(ctx.text, m, WINDOW);
  if (term.constituency && window.toLowerCase().includes(term.constituency.toLowerCase())) return 2;
  if (holdsOfficeNamed(p, window, ctx) || namedEarlierByOffice(p, m, ctx)) return 2;
  const beside = around(ctx.text, m, BESIDE);
  return namesParty(beside, term.party) || /\bMP\b/.test(beside) ? 1 : 0;
}

/**
 * How near the name "MP" must be to count as said of them ("Tory MP Mr Baker", "Mr Baker MP"). The
 * singular only: "Mr Johnson told MPs" names the audience, not the speaker's membership.
 */
const BESIDE = 30;

/** The text up to `chars` characters either side of the mention, a carriage return not counted (CRLF text reads as LF). */
function around(text: string, m: NameMention, chars: number): string {
  let from = m.start, to = m.end;
  for (let n = 0; from > 0 && n < chars; from--) if (text.charCodeAt(from - 1) !== 13) n++;
  for (let n = 0; to < text.length && n < chars; to++) if (text.charCodeAt(to) !== 13) n++;
  return text.slice(from, to);
}

/**
 * A party word beside the name ("Labour's Mr Morgan", "Mr Cameron's Conservatives", "Tory MP Mr Baker")
 * is the member's party. Capitalised, as a party's name is (a "conservative" of US copy is an outlook),
 * and not a council's ("the Labour-run council… Mr Morgan said" is a local story, not the MP).
 */
function namesParty(window: string, party: string): boolean {
  for (const [word, name] of Object.entries(PARTY_WORDS)) {
    if (!samePartyName(name, party)) continue;
    for (const found of window.matchAll(new RegExp(`\\b${word}\\b(?!-(?:run|led|controlled|held|dominated))`, 'gi'))) if (/^\p{Lu}/u.test(found[0])) return true;
  }
  return false;
}

/**
 * The article named the member by an office before the mention, one only they hold on the date:
 * "The Prime Minister flew to Kyiv… Mr Sunak said" (the MP named earlier, by role).
 */
function namedEarlierByOffice(p: KbPerson, m: NameMention, ctx: EvidenceContext): boolean {
  if (!holdsAnOffice(p, ctx)) return false;
  for (const r of officePhrases(ctx)) {
    if (r.at >= m.start) break;
    if (r.holder === p) return true;
  }
  return false;
}

/** The office phrases of the article with one holder on the date, in text order: found once per analysis, on first need. */
function officePhrases(ctx: EvidenceContext): ReadonlyArray<{ at: number; holder: KbPerson }> {
  let found = phrasesOf.get(ctx);
  if (found) return found;
  found = [];
  const holders = new Map<string, KbPerson[]>(); // phrase -> holders: an article repeats its office phrases
  const words = [...ctx.text.matchAll(/[\p{L}'’-]+/gu)];
  for (let j = 0; j < words.length; j++) {
    if (!ROLE_WORD.test(words[j][0])) continue;
    for (let k = Math.max(0, j - 5); k <= j; k++) {
      if (!/^[\p{L}'’\s-]+$/u.test(ctx.text.slice(words[k].index!, words[j].index!) + 'x')) continue; // no stop or comma inside a phrase
      const phrase = words.slice(k, j + 1).map((w) => w[0]).join(' ');
      let who = holders.get(phrase);
      if (!who) holders.set(phrase, (who = ctx.kb.resolveRole(phrase, ctx.date)));
      if (who.length === 1) { found.push({ at: words[k].index!, holder: who[0] }); break; }
    }
  }
  phrasesOf.set(ctx, found);
  return found;
}

const phrasesOf = new WeakMap<EvidenceContext, Array<{ at: number; holder: KbPerson }>>();

/** Holds some office on the date (the prime minister's is curated beyond the other records). */
function holdsAnOffice(p: KbPerson, ctx: EvidenceContext): boolean {
  return ctx.kb.offices(p.id, ctx.date).length > 0 || ctx.kb.resolveRole('prime minister', ctx.date).includes(p);
}

/** Some office phrase of the window ("Deputy Prime Minister", "the Opposition Leader") is held by the member on the date. */
function holdsOfficeNamed(p: KbPerson, window: string, ctx: EvidenceContext): boolean {
  if (!holdsAnOffice(p, ctx)) return false;
  const words = window.split(/[^\p{L}'’-]+/u).filter(Boolean);
  for (let j = 0; j < words.length; j++) {
    if (!ROLE_WORD.test(words[j])) continue;
    for (let k = Math.max(0, j - 5); k <= j; k++) {
      if (ctx.kb.resolveRole(words.slice(k, j + 1).join(' '), ctx.date).includes(p)) return true;
    }
  }
  return false;
}
