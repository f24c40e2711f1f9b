/**
 * From role nouns as news text writes them ("the Labour leader", "the shadow home secretary", "the
 * former attorney general") to the office names the House records ("Leader of the Labour Party",
 * "Shadow Secretary of State for the Home Department", "Attorney General"). A phrase gives a matcher
 * for office names, plus the party when the role is a party leadership, so that a missing leadership
 * record can fall back on the opposition leader (or prime minister) of that party.
 */
export interface OfficeQuery {
  /** The same for every phrase meaning the same office ("the PM", "Britain's prime minister"), for caching. */
  key: string;
  /** Does this office name (as the data writes it) answer the phrase? */
  matches: (office: string) => boolean;
  /** For "the Labour leader": the party (as the data names it) whose leader is meant. */
  leaderOf?: string;
  /** "the former X": held X before the date, not on it. */
  former: boolean;
  /**
   * "the shadow home secretary", "the opposition chief whip": the official opposition's post. The
   * records give other parties' spokespeople the same names ("Shadow Secretary of State (Home
   * Office)" for a Liberal Democrat), so only a holder of the Leader of the Opposition's party answers.
   */
  opposition?: boolean;
  /**
   * "the new X" / "the incoming X": the latest appointed of those holding X on the date, "the
   * outgoing X" the earliest (on a handover day the records show both holding it).
   */
  newest?: boolean;
  outgoing?: boolean;
}

/** Party words of news text → the data's party name. */
export const PARTY_WORDS: Record<string, string> = {
  labour: 'Labour', tory: 'Conservative', tories: 'Conservative', conservative: 'Conservative', conservatives: 'Conservative',
  'lib dem': 'Liberal Democrat', 'lib dems': 'Liberal Democrat', 'liberal democrat': 'Liberal Democrat',
  'liberal democrats': 'Liberal Democrat', snp: 'Scottish National Party', 'scottish national party': 'Scottish National Party',
  plaid: 'Plaid Cymru', 'plaid cymru': 'Plaid Cymru', green: 'Green Party', greens: 'Green Party', ukip: 'UK Independence Party',
  dup: 'Democratic Unionist Party', uup: 'Ulster Unionist Party', sdlp: 'Social Democratic and Labour Party',
  'change uk': 'Change UK – The Independent Group', 'independent group': 'The Independent Group',
};

/** The party's leader, as the House records it. Westminster group leaders are not the party's leader. */
const LEADERSHIP: Record<string, RegExp> = {
  Labour: /^Leader of the Labour Party$/,
  Conservative: /^Leader of the Conservative Party$/,
  'Liberal Democrat': /^(?:Acting )?Leader(?: of the|,) Liberal Democrats$/,
  'Scottish National Party': /^Leader, Scottish National Party$/,
  'Plaid Cymru': /^Leader and Party President, Plaid Cymru$/,
  'Green Party': /^(?:Co-)?Leader of the Green Party$/,
  'Democratic Unionist Party': /^Leader of the Democratic Unionist Party$/,
  'Ulster Unionist Party': /^Leader of the Ulster Unionist Party$/,
  'Social Democratic and Labour Party': /^Leader of the Social Democratic & Labour Party$/,
  'UK Independence Party': /^Leader of UKIP$/,
  'Change UK – The Independent Group': /^(?:Acting Leader, Change UK|Leader of Change UK - The Independent Group|Leader of the Independent Group for Change)$/,
  'The Independent Group': /^(?:Acting Leader, Change UK|Leader of Change UK - The Independent Group|Leader of the Independent Group for Change)$/,
};

const DEPUTY_LEADERSHIP: Record<string, RegExp> = {
  Labour: /^Deputy Leader of the Labour Party$/,
  Conservative: /^Deputy Leader of the Conservative Party$/,
  'Liberal Democrat': /^Deputy Leader, Liberal Democrats$/,
  'Scottish National Party': /^(?:Deputy Leader, Scottish National Party|SNP Deputy Leader)$/,
};

/** "The SNP's Westminster leader": the leader of the party's MPs. */
const WESTMINSTER_LEADERSHIP: Record<string, RegExp> = {
  'Scottish National Party': /^SNP Westminster Leader$/,
  'Plaid Cymru': /^Plaid Cymru Westminster Leader$/,
  'Democratic Unionist Party': /^DUP Westminster Leader$/,
};

/**
 * Departments: the words news text uses before "secretary", and the words of the House's titles
 * ("Secretary of State for …", "Secretary of State (… Office)", "… Secretary").
 */
const DEPARTMENTS: Array<[RegExp, string]> = [
  [/^home$/, 'the Home Department|Home Office|Home Affairs|Home'],
  [/^foreign$/, 'Foreign(?:,| and| &)? Commonwealth(?: and Development)? (?:Affairs|Office)|Foreign Affairs|Foreign'],
  [/^health$/, '(?:Department of )?Health(?: and Social Care)?'],
  [/^education$/, 'Education(?: and Skills| and Employment)?|Children, Schools and Families'],
  [/^justice$/, 'Justice'],
  [/^defence$/, 'Defence'],
  [/^brexit$/, 'Exiting the European Union'],
  [/^(?:work and pensions|pensions)$/, 'Work and Pensions'],
  [/^business$/, 'Business(?:, Energy and Industrial Strategy|, Innovation and Skills|, Enterprise and Regulatory Reform| and Trade)?'],
  [/^culture$/, '(?:Digital, )?Culture(?:, Olympics)?(?:, Media and Sport)?|National Heritage'],
  [/^environment$/, 'Environment(?:, Food and Rural Affairs|, Transport and the Regions)?'],
  [/^transport$/, 'Transport(?:, Local Government and the Regions)?'],
  [/^trade$/, 'International Trade|Trade and Industry|Business and Trade|Trade'],
  [/^(?:scottish|scotland)$/, 'Scotland|Scottish Office'],
  [/^(?:welsh|wales)$/, 'Wales|Welsh Office'],
  [/^northern ireland$/, 'Northern Ireland'],
  [/^(?:communities|housing|local government|levelling up)$/, '(?:Housing, )?Communities and Local Government|Levelling Up, Housing and Communities'],
  [/^international development$/, 'International Development'],
  [/^(?:energy|climate change)$/, 'Energy and Climate Change|Energy Security and Net Zero|Energy'],
];

/** Words that change nothing of which office is meant. */
const FILLER = /\b(?:then|current|new|newly appointed|newly elected|outgoing|incoming|acting|interim|serving|sitting)\b[\s-]*/g;
const DETERMINER = /^(?:the|a|an|his|her|their|its|britain|britain's|uk|the uk|uk's|british)\s+/;

/** Reads a role phrase ("the former shadow home secretary"); null when it names no office we know. */
export function officeQuery(phrase: string): OfficeQuery | null {
  let p = phrase.toLowerCase().replace(/[’']s\b/g, '').replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
  const former = /\b(?:former|ex)\b/.test(p);
  const newest = /\b(?:new|newly appointed|newly elected|incoming)\b/.test(p);
  const outgoing = /\boutgoing\b/.test(p);
  p = p.replace(/\bformer\s+|\bex-\s*|\bex\s+/g, '').replace(FILLER, '');
  while (DETERMINER.test(p)) p = p.replace(DETERMINER, '');
  const shadow = /^shadow\s+/.test(p);
  if (shadow) p = p.replace(/^shadow\s+/, '');
  const found = fixedOffice(p, shadow ? 'Shadow ' : '') ?? partyOffice(p, shadow) ?? secretaryOf(p, shadow ? 'Shadow ' : '');
  if (!found) return null;
  const q: OfficeQuery = { ...found, former };
  if (shadow || found.opposition) q.opposition = true;
  if (newest) q.newest = true;
  if (outgoing) q.outgoing = true;
  return q;
}

type Found = Omit<OfficeQuery, 'former'>;
const exactly = (re: RegExp): Found => ({ key: re.source, matches: (o) => re.test(o) });

/** Offices with a fixed name: "the prime minister", "the chancellor", "the speaker". */
function fixedOffice(p: string, s: string): Found | null {
  switch (p) {
    case 'prime minister': case 'pm': case 'premier':
      return s ? null : exactly(/^Prime Minister$/);
    case 'deputy prime minister': case 'deputy pm':
      return exactly(new RegExp(`^${s}(?:First Secretary of State and )?Deputy Prime Minister`));
    case 'chancellor': case 'chancellor of the exchequer':
      return exactly(new RegExp(`^${s}Chancellor of the Exchequer`));
    case 'chief secretary to the treasury': case 'treasury chief secretary':
      return exactly(new RegExp(`^${s}Chief Secretary (?:to the Treasury|\\(HM Treasury\\))`));
    case 'attorney general': case 'attorney-general':
      return exactly(new RegExp(`^${s}Attorney General`));
    case 'solicitor general': case 'solicitor-general':
      // Not the Solicitor General for Scotland, a Scottish law officer.
      return exactly(new RegExp(`^${s}Solicitor General(?! (?:for )?Scotland)`));
    case 'speaker': case 'commons speaker': case 'speaker of the house of commons': case 'speaker of the commons': case 'speaker of the house':
      return s ? null : exactly(/^Speaker of the House of Commons$/);
    case 'deputy speaker': case 'commons deputy speaker':
      return s ? null : exactly(/^Deputy Speaker(?!.*Lords)/);
    case 'leader of the opposition': case 'opposition leader':
      return s ? null : exactly(/^Leader of the Opposition$/);
    case 'chief whip': case 'government chief whip':
      return s
        ? exactly(/^(?:Shadow Chief Whip|Opposition Chief Whip) \(Commons\)$/)
        // A bare "Chief Whip" record is another party's or the Lords' (Plaid Cymru's, the Lords opposition's).
        : exactly(/^Parliamentary Secretary to the Treasury(?: \((?:Chief Whip|HM Treasury)\))?$/);
    case 'opposition chief whip':
      return { ...exactly(/^(?:Shadow Chief Whip|Opposition Chief Whip) \(Commons\)$/), opposition: true };
    case 'leader of the house': case 'commons leader': case 'leader of the commons': case 'leader of the house of commons':
      return exactly(new RegExp(`^${s}(?:Lord President of the Council and |Lord Privy Seal and |First Secretary of State and )?Leader of the House of Commons`));
    case 'mayor of london': case 'london mayor':
      return s ? null : exactly(/^Mayor of London$/);
  }
  return null;
}

/** "the Labour leader", "leader of the Liberal Democrats", "Labour's deputy leader", "the SNP's Westminster leader". */
function partyOffice(p: string, shadow: boolean): Found | null {
  if (shadow) return null;
  const deputy = /^deputy /.test(p); // "the deputy Labour leader"
  const q = deputy ? p.slice('deputy '.length) : p;
  const before = /^(.+?) (?:party )?(deputy leader|westminster leader|leader at westminster|leader)$/.exec(q);
  const after = /^(deputy leader|leader) of the (.+?)(?: party)?$/.exec(q);
  const party = PARTY_WORDS[before?.[1] ?? after?.[2] ?? ''];
  if (!party) return null;
  const kind = deputy ? 'deputy leader' : before?.[2] ?? after?.[1];
  if (kind === 'deputy leader') return DEPUTY_LEADERSHIP[party] ? exactly(DEPUTY_LEADERSHIP[party]) : null;
  if (kind !== 'leader') return WESTMINSTER_LEADERSHIP[party] ? exactly(WESTMINSTER_LEADERSHIP[party]) : null;
  const re = LEADERSHIP[party];
  return { key: `leader of ${party}`, matches: (o) => re?.test(o) ?? false, leaderOf: party };
}

/** "the home secretary", "the secretary of state for health", "the shadow brexit secretary". */
function secretaryOf(p: string, s: string): Found | null {
  const m = /^(?:(.+?) secretary|secretary of state for (.+?))$/.exec(p);
  if (!m) return null;
  const dept = DEPARTMENTS.find(([news, words]) => news.test(m[1] ?? m[2]) || (!!m[2] && new RegExp(`^(?:${words})$`, 'i').test(m[2])));
  if (!dept) return null;
  const words = dept[1];
  const end = '(?:$| and| &| \\(|,)';
  // Held together with another office: "Lord Chancellor and Secretary of State for Justice".
  const lead = s
    ? 'Shadow (?:Lord Chancellor and Shadow |Deputy Prime Minister and Shadow )?'
    : '(?:Lord Chancellor and |Deputy Prime Minister and |First Secretary of State and )?';
  const title = `${lead}Secretary of State for (?:the )?(?:${words})${end}`;
  const office = `${s}Secretary of State \\((?:(?:Department (?:of|for)|Ministry of) )?(?:${words})`;
  const short = `${s}(?:${words}) Secretary(?:$| and)`;
  return exactly(new RegExp(`^(?:${title}|${office}|${short})`));
}
