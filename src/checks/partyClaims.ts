import type { Analysis, MpInfo, Person } from '../extractor/types';
import { canonicalParty } from '../extractor/kb/parties';
import { formatDate } from '../extractor/dates';
import { lastIndexWhere } from '../extractor/search';
import type { Problem } from './types';

/**
 * "Labour MP Dominic Grieve", "Dominic Grieve (Lab, Beaconsfield)", "Dominic Grieve, the Labour MP
 * for Streatham": what the text claims of an MP's party or seat, checked against the record on the
 * article's date. Not checked, because the text says no more than the record does:
 * - claims about the past: "ex-Labour", "former Tory", "then-Labour", "one-time", "as a Labour MP, …";
 * - a party qualified as no longer held: "the suspended Labour MP", "whipless", "expelled";
 * - the party an MP is leaving in the sentence that says so: "Tory MP X has defected to Reform UK";
 * - words inside a quotation: they are the speaker's, which a sub-editor does not correct.
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
/** Words before a party that make the claim one of the past or of a party no longer held. */
const NOT_NOW = '[Ff]ormer|[Ee]x|[Tt]hen|[Oo]ne-?time|[Ee]rstwhile|[Ss]uspended|[Ww]hipless|[Ee]xpelled|[Dd]efecting|[Dd]eselected';
/** "As a Labour MP, Chuka Umunna voted…", "was a Tory MP": what someone was, said of the past. */
const WAS_A = /\b(?:[Aa]s|was|been|became)\s+an?\s+$/;
/**
 * The sentence goes on to say the member is leaving the party or losing its whip: "Tory MP X has
 * defected to Reform UK", "…quit the party", "…had the whip suspended".
 */
const LEAVING = /^[^.!?;\n]{0,160}?\b(?:defect(?:s|ed|ing)?|quit(?:s|ting)?|(?:has |have |had )?left the (?:party|[A-Z]\w+)|join(?:s|ed|ing)? (?:the )?(?:Reform|Labour|Conservative|Tor(?:y|ies)|Lib Dem|Liberal Democrat|SNP|Green|Plaid|Ukip|Change UK|Independent Group|Your Party|Restore Britain)|switch(?:es|ed|ing)? to|cross(?:es|ed|ing)? the floor|(?:resign(?:s|ed|ing)?|lost|lose|loses|losing|had|has had|have had) the (?:party )?whip|whip (?:was |has been |had been )?(?:suspended|removed|withdrawn|restored)|(?:was|has been|have been|had been|is|being) (?:suspended|expelled|readmitted|reinstated))\b/;

/** Claims before the name: "Labour MP ", "the Tory MP ", "Conservative MP for Beaconsfield ", "Labour's ". */
const BEFORE = new RegExp(`(?:\\b(${NOT_NOW})[- ]?)?\\b(${PARTY_ALTERNATION})(?:(?:\\s+${ROLE}(?:\\s+for\\s+([A-Z][^,.;:()]*?))?,?\\s+)|(?:['’]s\\s+))$`);
/** Claims after the name: " (Lab, Streatham)", ", the Labour MP for Streatham". */
const AFTER_BRACKET = new RegExp(`^\\s*\\((${PARTY_ALTERNATION})(?:[,-]\\s*([^)]+))?\\)`);
const AFTER_APPOSITION = new RegExp(`^,\\s+(?:the\\s+)?(?:(${NOT_NOW})[- ]?)?(${PARTY_ALTERNATION})\\s+${ROLE}(?:\\s+for\\s+([A-Z][^,.;:()]*))?`);
const AFTER_SEAT = /^,\s+(?:the\s+)?MP\s+for\s+([A-Z][^,.;:()]*)/;

const ABBREVIATIONS: Record<string, string> = {
  labour: 'Lab', conservative: 'Con', 'liberal democrat': 'LD', 'scottish national party': 'SNP', independent: 'Ind',
  'the independent group': 'TIG', 'green party': 'Green', 'plaid cymru': 'PC', 'democratic unionist party': 'DUP', 'reform uk': 'Reform',
};

export function partyClaims(text: string, a: Analysis): Omit<Problem, 'severity'>[] {
  const out: Omit<Problem, 'severity'>[] = [];
  const quoted = insideQuotes(a.quotes);
  const forms = new Map<string, string[]>(); // each party's house forms, counted over the text once
  const houseFormsOf = (record: string, formal: string) => {
    let found = forms.get(`${record}\n${formal}`);
    if (!found) forms.set(`${record}\n${formal}`, (found = houseForms(text, record, formal)));
    return found;
  };
  for (const p of a.people) {
    if (!p.mp) continue;
    for (const m of p.mentions) {
      if (quoted(m.start) || LEAVING.test(text.slice(m.end, m.end + 200))) continue;
      const before = text.slice(Math.max(0, m.start - 80), m.start);
      const b = BEFORE.exec(before);
      const claim = { text, person: p, mp: p.mp, a, houseFormsOf };
      if (b && !b[1] && !WAS_A.test(before.slice(0, b.index))) {
        const wordStart = m.start - before.length + b.index + b[0].indexOf(b[2]);
        const said = b[0].slice(b[0].indexOf(b[2])).replace(/[,\s]+$/, '');
        // "Labour's Dominic Grieve": the party's possessive, a claim that he is Labour.
        const possessive = /^['’]s$/.test(said.slice(b[2].length)) ? said.slice(b[2].length, b[2].length + 1) : undefined;
        check(out, claim, said, b[2], wordStart, b[3], b[3] ? wordStart + b[0].slice(b[0].indexOf(b[2])).indexOf(b[3]) : -1, false, possessive);
      }
      const after = text.slice(m.end, m.end + 120);
      const br = AFTER_BRACKET.exec(after);
      if (br) check(out, claim, br[0].trim(), br[1], m.end + after.indexOf(br[1]), br[2]?.trim(), br[2] ? m.end + after.indexOf(br[2].trim(), after.indexOf(br[1])) : -1, true);
      const ap = AFTER_APPOSITION.exec(after);
      if (ap && !ap[1]) check(out, claim, ap[0].replace(/^,\s+/, '').trim(), ap[2], m.end + after.indexOf(ap[2]), ap[3]?.trim(), ap[3] ? m.end + after.indexOf(ap[3]) : -1);
      const seat = !ap ? AFTER_SEAT.exec(after) : null;
      if (seat) checkSeat(out, claim, seat[0].replace(/^,\s+/, '').trim(), seat[1].trim(), m.end + after.indexOf(seat[1]));
    }
  }
  return out;
}

/**
 * Whether an offset lies inside a quotation, from its opening mark to its closing one (or its end):
 * the quotes' spans merged into disjoint ones, found by halving, so each mention costs no search of
 * every quote.
 */
function insideQuotes(quotes: Analysis['quotes']): (at: number) => boolean {
  const spans = quotes.map((q) => [q.open.start, q.close?.end ?? q.end]).filter(([from, to]) => from < to).sort((x, y) => x[0] - y[0]);
  const starts: number[] = [], ends: number[] = [];
  for (const [from, to] of spans) {
    if (ends.length && from <= ends[ends.length - 1]) ends[ends.length - 1] = Math.max(ends[ends.length - 1], to);
    else { starts.push(from); ends.push(to); }
  }
  return (at) => {
    const i = lastIndexWhere(starts.length, (k) => starts[k] <= at); // the last span starting at or before `at`
    return i >= 0 && at < ends[i];
  };
}

function partyKey(word: string): string | null {
  for (const [re, key] of PARTY_WORDS) if (re.test(word.trim())) return key;
  return null;
}

/** One mention's context: the article, the person and their record on the date. */
interface Claim {
  text: string;
  person: Person;
  mp: MpInfo;
  a: Analysis;
  /** houseForms of the article, for a record (a party's formal name follows from its record). */
  houseFormsOf: (record: string, formal: string) => string[];
}

function check(out: Omit<Problem, 'severity'>[], c: Claim, said: string, word: string, start: number,
  seat: string | undefined, seatStart: number, abbreviated = false, apostrophe?: string): void {
  const { person: p, mp, a } = c;
  const claimed = partyKey(word);
  const record = canonicalParty(mp.party.replace(/\s*\(co-op\)$/i, ''));
  const sameParty = claimed === record || (claimed === 'the independent group' && record.includes('independent group'));
  if (claimed && !sameParty) {
    const forms = abbreviated ? [ABBREVIATIONS[record] ?? mp.party] : c.houseFormsOf(record, displayParty(mp.party));
    // A possessive ("Labour's") is replaced whole: "Conservative's Dominic Grieve" is no English.
    const end = start + word.length + (apostrophe ? 2 : 0);
    const [fix, ...otherFixes] = forms.map((form) => {
      const text = apostrophe ? possessiveForm(form, apostrophe) : form;
      return { title: apostrophe ? `Change “${said}” to “${text}”` : `Change to ${form}`, edit: { start, end, text } };
    });
    out.push({
      check: 'partyClaims',
      message: `${word} is not ${p.name}'s party on ${formatDate(a.lookupDate)}: the record says ${mp.party} (since ${formatDate(mp.term.start)}), MP for ${mp.constituency}.`,
      start, end,
      fix,
      ...(otherFixes.length ? { otherFixes } : {}),
      about: { personId: p.id, said, record: mp.party },
    });
  }
  if (seat && seatStart >= 0) checkSeat(out, c, said, seat, seatStart);
}

function checkSeat(out: Omit<Problem, 'severity'>[], c: Claim, said: string, seat: string, start: number): void {
  const { person: p, mp, a } = c;
  const key = (s: string) => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  if (key(mp.constituency).startsWith(key(seat)) || key(seat).startsWith(key(mp.constituency))) return;
  out.push({
    check: 'partyClaims',
    message: `${p.name} was not MP for ${seat} on ${formatDate(a.lookupDate)}: the record says ${mp.constituency} (${mp.party}, since ${formatDate(mp.term.start)}).`,
    start, end: start + seat.length,
    fix: { title: `Change to ${mp.constituency}`, edit: { start, end: start + seat.length, text: mp.constituency } },
    about: { personId: p.id, said, record: `MP for ${mp.constituency}` },
  });
}

/**
 * A party's names as the press writes them, the formal one first, and the words that show an article
 * uses each (a sub-editor keeps the house form: "Tory MPs" throughout, or "Conservative MPs").
 */
const HOUSE_FORMS: Record<string, Array<{ form: string; uses: RegExp }>> = {
  conservative: [{ form: 'Conservative', uses: /\bConservatives?\b/g }, { form: 'Tory', uses: /\bTor(?:y|ies)\b/g }],
  'liberal democrat': [{ form: 'Liberal Democrat', uses: /\bLiberal Democrats?\b/g }, { form: 'Lib Dem', uses: /\bLib Dems?\b/g }],
  'scottish national party': [{ form: 'Scottish National Party', uses: /\bScottish National Party\b/g }, { form: 'SNP', uses: /\bSNP\b/g }],
  'green party': [{ form: 'Green Party', uses: /\bGreen Party\b/g }, { form: 'Green', uses: /\bGreens?\b(?! Party)/g }],
  'plaid cymru': [{ form: 'Plaid Cymru', uses: /\bPlaid Cymru\b/g }, { form: 'Plaid', uses: /\bPlaid\b(?! Cymru)/g }],
};

/**
 * The replacements for a wrong party, the one the article uses most first (the formal name on a tie
 * or when it uses none), then the formal name if that is not first.
 */
export function houseForms(text: string, record: string, formal: string): string[] {
  const forms = HOUSE_FORMS[record];
  if (!forms) return [formal];
  const counted = forms.map((f, i) => ({ form: i === 0 ? formal : f.form, uses: text.match(f.uses)?.length ?? 0, i }));
  const used = counted.filter((f) => f.uses > 0).sort((x, y) => y.uses - x.uses || x.i - y.i);
  const first = used[0]?.form ?? formal;
  return first === formal ? [formal, ...used.slice(1).map((f) => f.form)] : [first, formal];
}

/**
 * What an editor writes before a name for a party: the possessive for the parties named like a
 * person ("Labour's", "Plaid Cymru's", "Reform UK's"), the party as an adjective for the others
 * ("Conservative Dominic Grieve", "Tory", "Lib Dem", "SNP", "Independent"), never "Conservative's".
 */
function possessiveForm(form: string, apostrophe: string): string {
  return /^(?:Labour|Plaid Cymru|Plaid|Reform UK|Reform)$/.test(form) ? `${form}${apostrophe}s` : form;
}

function displayParty(party: string): string {
  return party.replace(/\s*\(Co-op\)$/, '').replace(/^The Independent Group$/, 'Independent Group');
}
