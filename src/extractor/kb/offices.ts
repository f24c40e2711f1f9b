/**
 * From role nouns as news text writes them ("the Labour leader", "the shadow home secretary") to the
 * office names the House records ("Leader of the Labour Party", "Shadow Secretary of State for the
 * Home Department"). A phrase gives a matcher for office names, plus a party when the role is a party
 * leadership (so a missing leadership record can fall back on the opposition leader or the prime
 * minister of that party).
 */
export interface OfficeQuery {
  matches: (office: string) => boolean;
  /** For "the Labour leader": the party whose leader is meant. */
  leaderOf?: string;
  former: boolean;
}

const PARTY_WORDS: Record<string, string> = {
  labour: 'Labour', tory: 'Conservative', conservative: 'Conservative', 'lib dem': 'Liberal Democrat',
  'liberal democrat': 'Liberal Democrat', snp: 'Scottish National Party', 'scottish national party': 'Scottish National Party',
  plaid: 'Plaid Cymru', 'plaid cymru': 'Plaid Cymru', green: 'Green Party', ukip: 'UK Independence Party', dup: 'Democratic Unionist Party',
};

const LEADERSHIP: Record<string, RegExp> = {
  Labour: /^Leader of the Labour Party$/,
  Conservative: /^Leader of the Conservative Party$/,
  'Liberal Democrat': /^(?:Acting )?Leader(?: of the|,) Liberal Democrats$/,
  'Scottish National Party': /^(?:Leader, Scottish National Party|SNP Westminster Leader)$/,
  'Plaid Cymru': /^(?:Leader and Party President, Plaid Cymru|Plaid Cymru Westminster Leader)$/,
  'Green Party': /^(?:Co-)?Leader of the Green Party$/,
  'Democratic Unionist Party': /^(?:Leader of the Democratic Unionist Party|DUP Westminster Leader)$/,
  'UK Independence Party': /^Leader of UKIP$/,
};

/** Departments as news text names them, the words of the House's titles, and the short title. */
const DEPARTMENTS: Array<[RegExp, string, string]> = [
  [/^home$/, 'the Home Department|Home', 'Home'],
  [/^foreign$/, 'Foreign(?:,| and| &)? Commonwealth(?: and Development)? Affairs|Foreign Affairs|Foreign', 'Foreign'],
  [/^health$/, 'Health(?: and Social Care)?', 'Health'],
  [/^education$/, 'Education(?: and Skills)?|Children, Schools and Families', 'Education'],
  [/^justice$/, 'Justice', 'Justice'],
  [/^defence$/, 'Defence', 'Defence'],
  [/^brexit$/, 'Exiting the European Union', 'Brexit'],
  [/^(?:work and pensions|pensions)$/, 'Work and Pensions', 'Work and Pensions'],
  [/^business$/, 'Business(?:, Energy and Industrial Strategy|, Innovation and Skills)?', 'Business'],
  [/^culture$/, '(?:Digital, )?Culture(?:, Media and Sport)?', 'Culture'],
  [/^environment$/, 'Environment(?:, Food and Rural Affairs)?', 'Environment'],
  [/^transport$/, 'Transport', 'Transport'],
  [/^trade$/, 'International Trade|Trade and Industry', 'Trade'],
  [/^scottish$/, 'Scotland', 'Scottish'],
  [/^welsh$/, 'Wales', 'Welsh'],
  [/^northern ireland$/, 'Northern Ireland', 'Northern Ireland'],
  [/^communities$/, 'Communities and Local Government|Housing, Communities and Local Government', 'Communities'],
  [/^international development$/, 'International Development', 'International Development'],
  [/^energy$/, 'Energy and Climate Change|Energy Security and Net Zero', 'Energy'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads a role phrase ("the former shadow home secretary"); null when it names no office we know. */
export function officeQuery(phrase: string): OfficeQuery | null {
  let p = phrase.toLowerCase().replace(/[’']s\b/g, '').replace(/\s+/g, ' ').trim();
  const former = /\b(?:former|ex|then-?former)\b/.test(p) || /^ex-/.test(p);
  p = p.replace(/^(?:the|a|an|britain|uk|britain's)\s+/, '').replace(/\b(?:former|ex-?|then|current|new|outgoing|incoming|acting)\s*/g, '').trim();
  const shadow = /^shadow\s+/.test(p);
  if (shadow) p = p.replace(/^shadow\s+/, '');
  const s = shadow ? 'Shadow ' : '';
  const exact = (re: RegExp): OfficeQuery => ({ matches: (o) => re.test(o), former });

  switch (p) {
    case 'prime minister': case 'pm': case 'premier':
      return shadow ? null : exact(/^Prime Minister$/);
    case 'deputy prime minister':
      return exact(new RegExp(`^${s}(?:First Secretary of State and )?Deputy Prime Minister`));
    case 'chancellor': case 'chancellor of the exchequer':
      return exact(new RegExp(`^${s}Chancellor of the Exchequer`));
    case 'attorney general': case 'attorney-general':
      return exact(new RegExp(`^${s}Attorney General`));
    case 'speaker': case 'commons speaker': case 'speaker of the house of commons': case 'speaker of the commons':
      return shadow ? null : exact(/^Speaker of the House of Commons$/);
    case 'leader of the opposition': case 'opposition leader':
      return shadow ? null : exact(/^Leader of the Opposition$/);
    case 'chief whip': case 'government chief whip':
      return exact(new RegExp(`^${s}(?:Parliamentary Secretary to the Treasury \\(Chief Whip\\)|Chief Whip|Opposition Chief Whip \\(Commons\\))`));
    case 'leader of the house': case 'commons leader': case 'leader of the commons':
      return exact(new RegExp(`^${s}(?:Lord President of the Council and )?Leader of the House of Commons`));
  }
  const leader = /^(?:(.+?) (?:party )?leader|leader of the (.+?)(?: party)?)$/.exec(p);
  if (leader && !shadow) {
    const party = PARTY_WORDS[(leader[1] ?? leader[2] ?? '').trim()];
    if (party) {
      const deputy = /^deputy /.test(p) || /\bdeputy\b/.test(leader[1] ?? '');
      if (deputy) return party === 'Labour' ? exact(/^Deputy Leader of the Labour Party$/) : null;
      return { matches: (o) => LEADERSHIP[party]?.test(o) ?? false, leaderOf: party, former };
    }
  }
  const deputyLeader = /^(?:deputy (.+?) leader|(.+?) deputy leader)$/.exec(p);
  if (deputyLeader && PARTY_WORDS[(deputyLeader[1] ?? deputyLeader[2]).trim()] === 'Labour') return exact(/^Deputy Leader of the Labour Party$/);
  const secretary = /^(.+?) secretary$/.exec(p);
  if (secretary) {
    const dept = DEPARTMENTS.find(([re]) => re.test(secretary[1]));
    if (!dept) return null;
    const [, words, short] = dept;
    return exact(new RegExp(`^${s}(?:Secretary of State for (?:the )?(?:${words})(?:$| and| \\()|${escape(short)} Secretary$|Secretary of State \\((?:${words}))`));
  }
  return null;
}
