import type { Analysis, MpInfo, Person } from '../extractor/types';
import { canonicalParty } from '../extractor/kb/parties';
import { formatDate } from '../extractor/dates';
import type { Problem } from './types';

/**
 * "Labour MP Dominic Grieve", "Dominic Grieve (Lab, Beaconsfield)", "Dominic Grieve, the Labour MP
 * for Streatham": what the text claims of an MP's party or seat, checked against the record on the
 * article's date. Claims about the past (ex-Labour, former Tory) are not checked.
 */
const PARTY_WORDS: Array<[RegExp, string]> = [
  [/^(?:labour|lab)$/i, 'labour'],
  [/^(?:conservative|tory|con)$/i, 'conservative'],
  [/^(?:lib dem|liberal democrat|ld|lib)$/i, 'liberal democrat'],
  [/^snp$/i, 'scottish national party'],
  [/^(?:green|grn)$/i, 'green party'],
  [/^(?:plaid|plaid cymru|pc)$/i, 'plaid cymru'],
  [/^reform(?: uk)?$/i, 'reform uk'],
  [/^(?:independent|ind)$/i, 'independent'],
  [/^dup$/i, 'democratic unionist party'],
  [/^(?:independent group|tig|change uk)$/i, 'the independent group'],
];
const PARTY_ALTERNATION = 'Labour|Lab|Conservative|Tory|Con|Lib Dem|Liberal Democrat|LD|SNP|Green|Plaid Cymru|Plaid|Reform UK|Reform|Independent Group|Independent|Ind|DUP|TIG|Change UK';
const ROLE = '(?:MP|backbencher|frontbencher|minister|member)';

/** Claims before the name: "Labour MP ", "the Tory MP ", "Conservative MP for Beaconsfield ", "Labour's ". */
const BEFORE = new RegExp(`(?:\\b([Ff]ormer|[Ee]x)[- ]?)?\\b(${PARTY_ALTERNATION})(?:(?:\\s+${ROLE}(?:\\s+for\\s+([A-Z][^,.;:()]*?))?,?\\s+)|(?:['’]s\\s+))$`);
/** Claims after the name: " (Lab, Streatham)", ", the Labour MP for Streatham". */
const AFTER_BRACKET = new RegExp(`^\\s*\\((${PARTY_ALTERNATION})(?:[,-]\\s*([^)]+))?\\)`);
const AFTER_APPOSITION = new RegExp(`^,\\s+(?:the\\s+)?(?:([Ff]ormer|[Ee]x)[- ]?)?(${PARTY_ALTERNATION})\\s+${ROLE}(?:\\s+for\\s+([A-Z][^,.;:()]*))?`);
const AFTER_SEAT = /^,\s+(?:the\s+)?MP\s+for\s+([A-Z][^,.;:()]*)/;

const ABBREVIATIONS: Record<string, string> = {
  labour: 'Lab', conservative: 'Con', 'liberal democrat': 'LD', 'scottish national party': 'SNP', independent: 'Ind',
  'the independent group': 'TIG', 'green party': 'Green', 'plaid cymru': 'PC', 'democratic unionist party': 'DUP', 'reform uk': 'Reform',
};

export function partyClaims(text: string, a: Analysis): Omit<Problem, 'severity'>[] {
  const out: Omit<Problem, 'severity'>[] = [];
  for (const p of a.people) {
    if (!p.mp) continue;
    for (const m of p.mentions) {
      const before = text.slice(Math.max(0, m.start - 80), m.start);
      const b = BEFORE.exec(before);
      if (b && !b[1]) {
        const wordStart = m.start - before.length + b.index + b[0].indexOf(b[2]);
        check(out, p, p.mp, a, b[2], wordStart, b[3], b[3] ? wordStart + b[0].slice(b[0].indexOf(b[2])).indexOf(b[3]) : -1);
      }
      const after = text.slice(m.end, m.end + 120);
      const br = AFTER_BRACKET.exec(after);
      if (br) check(out, p, p.mp, a, br[1], m.end + after.indexOf(br[1]), br[2]?.trim(), br[2] ? m.end + after.indexOf(br[2].trim(), after.indexOf(br[1])) : -1, true);
      const ap = AFTER_APPOSITION.exec(after);
      if (ap && !ap[1]) check(out, p, p.mp, a, ap[2], m.end + after.indexOf(ap[2]), ap[3]?.trim(), ap[3] ? m.end + after.indexOf(ap[3]) : -1);
      const seat = !ap ? AFTER_SEAT.exec(after) : null;
      if (seat) checkSeat(out, p, p.mp, a, seat[1].trim(), m.end + after.indexOf(seat[1]));
    }
  }
  return out;
}

function partyKey(word: string): string | null {
  for (const [re, key] of PARTY_WORDS) if (re.test(word.trim())) return key;
  return null;
}

function check(out: Omit<Problem, 'severity'>[], p: Person, mp: MpInfo, a: Analysis, word: string, start: number,
  seat: string | undefined, seatStart: number, abbreviated = false): void {
  const claimed = partyKey(word);
  const record = canonicalParty(mp.party.replace(/\s*\(co-op\)$/i, ''));
  const sameParty = claimed === record || (claimed === 'the independent group' && record.includes('independent group'));
  if (claimed && !sameParty) {
    const replacement = abbreviated ? ABBREVIATIONS[record] ?? mp.party : displayParty(mp.party);
    out.push({
      check: 'partyClaims',
      message: `${word} is not ${p.name}'s party on ${formatDate(a.lookupDate)}: the record says ${mp.party} (since ${formatDate(mp.term.start)}), MP for ${mp.constituency}.`,
      start, end: start + word.length,
      fix: { title: `Change to ${replacement}`, edit: { start, end: start + word.length, text: replacement } },
    });
  }
  if (seat && seatStart >= 0) checkSeat(out, p, mp, a, seat, seatStart);
}

function checkSeat(out: Omit<Problem, 'severity'>[], p: Person, mp: MpInfo, a: Analysis, seat: string, start: number): void {
  const key = (s: string) => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  if (key(mp.constituency).startsWith(key(seat)) || key(seat).startsWith(key(mp.constituency))) return;
  out.push({
    check: 'partyClaims',
    message: `${p.name} was not MP for ${seat} on ${formatDate(a.lookupDate)}: the record says ${mp.constituency} (${mp.party}, since ${formatDate(mp.term.start)}).`,
    start, end: start + seat.length,
    fix: { title: `Change to ${mp.constituency}`, edit: { start, end: start + seat.length, text: mp.constituency } },
  });
}

function displayParty(party: string): string {
  return party.replace(/\s*\(Co-op\)$/, '').replace(/^The Independent Group$/, 'Independent Group');
}
