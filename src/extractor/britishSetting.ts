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
 * Other nations' politics: countries and their people, capitals and parliaments that news copy
 * names. An Australian article's "the prime minister said" is Australia's, a German one's "the
 * chancellor" Germany's. Not names that are also first names or common words (Jordan, Georgia, Chad,
 * Turkey, Sydney, Victoria, Wellington), nor Europe or the EU, which British copy names without
 * British words as often as foreign copy does.
 */
const OTHER_NATIONS = new RegExp(`\\b(?:${[
  'Australian?s?', 'Canberra', 'Canad(?:a|ians?)', 'Ottawa', 'New Zealand(?:ers?)?', 'Irish government', 'Republic of Ireland',
  'Taoiseach', 'T[aá]naiste', 'D[aá]il', 'Oireachtas', 'Fianna F[aá]il', 'Fine Gael', 'India', 'Indians?', 'New Delhi', 'Lok Sabha',
  'Pakistan(?:is?)?', 'Islamabad', 'Israel(?:is?)?', 'Knesset', 'Palestinians?', 'Gaza', 'Ukrain(?:e|ians?)', 'Kyiv', 'Kiev',
  'Russian?s?', 'Moscow', 'Kremlin', 'China', 'Chinese', 'Beijing', 'Japan(?:ese)?', 'Tokyo', 'South Korean?s?', 'Seoul',
  'German(?:y|s)?', 'Berlin', 'Bundestag', 'France', 'French', 'Paris', 'Elysee', 'Ital(?:y|ians?)', 'Rome',
  'Spain', 'Spanish', 'Madrid', 'Dutch', 'Netherlands', 'Belgi(?:um|ans?)', 'Brussels', 'Poland', 'Polish', 'Warsaw',
  'Swed(?:en|ish)', 'Norw(?:ay|egian)', 'Denmark', 'Danish', 'Finland', 'Finnish', 'Greek', 'Greece', 'Turkish', 'Ankara',
  'Iran(?:ians?)?', 'Tehran', 'Iraq(?:is?)?', 'Baghdad', 'Syrian?s?', 'Damascus', 'Lebanon', 'Lebanese', 'Egypt(?:ians?)?', 'Cairo',
  'Saudi(?: Arabia)?', 'Nigerian?s?', 'Kenyan?s?', 'South African?s?', 'Brazil(?:ians?)?', 'Mexic(?:o|ans?)', 'Argentin(?:a|e|ians?)',
].join('|')})\\b`);

/**
 * The article reads as American, or as another nation's, and not British: an office noun in it is
 * not the Commons holder's, and a name the Commons records share is a namesake's unless the member
 * is known abroad. Copy with none of these (a short note, a test's sentence) is read as before, the
 * member's.
 */
export function readsAsForeign(text: string): boolean {
  // British first: in British copy it stops at the first sign.
  return !BRITISH.test(text) && (AMERICAN.test(text) || OTHER_NATIONS.test(text));
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
