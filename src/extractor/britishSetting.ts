import type { KbPerson, KnowledgeBase } from './kb/knowledgeBase';

/**
 * Words that put an article in British public life: its parliament and parties, its nations and
 * capital, its institutions and broadcasters. One is enough; an American article with none
 * (PolNeAR's: a list of New Hampshire insiders with an "Andy Smith", a "Jeff Smith" quoted on
 * Ohio) is about people the Commons records only share names with. Not "England" and "English" (New England,
 * the English language), "constituency" (American too) or "Tory" (a first name: Tory Mazzola).
 */
const BRITISH = /\b(?:MPs?|Commons|Westminster|Whitehall|Downing Street|No ?10|Number 10|Labour|Tories|Tory (?:MPs?|party|leader|government|minister|backbenchers?)|Conservative Party|Conservatives|Conservative (?:MPs?|whip|leader|government|minister|backbenchers?|councillors?)|whips?|Home Secretary|Foreign Secretary|Chancellor of the Exchequer|[Ss]hadow (?:chancellor|home secretary|foreign secretary|cabinet|minister)|Cllr|councillors?|Baroness|Dame|Lib Dems?|Liberal Democrats?|SNP|Plaid Cymru|UKIP|Reform UK|DUP|Sinn F[eé]in|Brexit|Britain|British|UK|Scotland|Scottish|Wales|Welsh|Northern Ireland|London|Holyrood|Senedd|Stormont|by-election|NHS|BBC|Sky News|ITV)\b/;

/** American politics: its parties, Congress and titles (PolNeAR's copy, all but 28 of 840 on train). */
const AMERICAN = /\b(?:Republicans?|Democrats?|Democratic|GOP|Congress(?:ional|man|woman)?|White House|Senate|Senators?|Sen\.|Rep\.|Gov\.|governor)(?![\w-])/;

/**
 * The article reads as American and not British: a name in it that the Commons records share is
 * a namesake's unless the member is known abroad. Copy with neither (a short note, a test's
 * sentence) is read as before, the member's.
 */
export function readsAsForeign(text: string): boolean {
  return !BRITISH.test(text) && AMERICAN.test(text); // British first: in British copy it stops at the first sign
}

/**
 * Offices that make a member known by name abroad: the head of government and the great offices of
 * state, the Speaker, the leaders of the main parties. A foreign article's "David Cameron" is the
 * member; its "Jeff Smith" is not, nor its "Andy Smith" (a New Hampshire insider, not the former
 * work and pensions secretary: a secretary of state is not known abroad by name).
 */
const KNOWN_ABROAD = /^(?:Prime Minister|Deputy Prime Minister|Chancellor of the Exchequer|First Secretary of State|Foreign Secretary|Home Secretary|Secretary of State for (?:Foreign|the Home Department)|Speaker of the House of Commons|Leader of the Opposition|Leader of the (?:Labour|Conservative) Party|Leader of the Liberal Democrats)\b/;

export function knownAbroad(p: KbPerson, kb: KnowledgeBase): boolean {
  return kb.officesEver(p.id).some((o) => KNOWN_ABROAD.test(o.role));
}
