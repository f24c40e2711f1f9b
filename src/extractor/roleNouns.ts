import type { Token } from './tokens';

/** Head words of role nouns that name a speaker by office: "the Labour leader", "the home secretary". */
const ROLE_HEADS = new Set([
  'leader', 'minister', 'secretary', 'chancellor', 'speaker', 'general', 'premier', 'president', 'mayor', 'chairman',
  'chairwoman', 'chair', 'mp', 'whip', 'frontbencher', 'backbencher', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'aide', 'source', 'adviser', 'advisor', 'official', 'colleague', 'insider', 'ally', 'critic',
  'campaigner', 'veteran', 'candidate', 'deputy', 'prosecutor', 'judge', 'lawyer', 'director', 'boss',
]);

/** Role nouns that never name one knowable person on their own: the speaker stays unknown. */
const ANONYMOUS_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'source', 'adviser', 'advisor', 'official', 'colleague', 'insider',
  'ally', 'critic', 'campaigner', 'veteran', 'candidate', 'backbencher', 'mp', 'lawyer',
]);

/** Words that may stand inside a role noun phrase. */
const ROLE_WORDS = /^(?:the|former|ex|then|shadow|deputy|prime|foreign|home|health|education|justice|defence|culture|business|brexit|work|pensions|environment|transport|trade|chief|labour|tory|conservative|liberal|democrat|lib|dem|snp|party|opposition|attorney|general|commons|house|of|for|and|leader|minister|secretary|chancellor|speaker|exchequer|state|treasury|senior|junior|cabinet|britain's|uk|british|scottish|welsh|northern|irish|ireland|scotland|wales|international|development|communities|local|government|housing|energy|climate|digital|media|sport|women|equalities|chief|whip|mayor|london|president|co-chair|chair|chairman|chairwoman|party's|government's|european|union|foreign|affairs|security|immigration|policing|armed|forces|veterans|constitutional|northern|powerhouse|paymaster|lord|privy|seal|council|duchy|lancaster|solicitor|first|second|independent|group|newly|elected|outgoing|incoming|current|acting|interim|mp|spokesman|spokeswoman|spokesperson|aide|source|adviser|advisor|official|colleague|insider|ally|critic|campaigner|veteran|candidate|backbencher|frontbencher|commissioner|premier|prosecutor|judge|lawyer|director|boss|a|an|his|her|their|its|one)$/;

export interface RoleNoun {
  /** Token range of the phrase. */
  from: number;
  to: number;
  /** The phrase lower-cased, e.g. "the former attorney general". */
  phrase: string;
  former: boolean;
  anonymous: boolean;
}

/**
 * A role noun phrase that ends at token `end` (inclusive), read backwards: "the Labour leader",
 * "the former attorney general", "a Downing Street spokesman".
 */
export function roleNounEndingAt(tokens: readonly Token[], end: number, floor: number): RoleNoun | null {
  const head = tokens[end]?.norm;
  if (!head || !ROLE_HEADS.has(head)) return null;
  let from = end;
  while (from - 1 >= floor && ROLE_WORDS.test(tokens[from - 1].norm) && !/[,.;:!?“”"]/.test(tokens[from].gap)) {
    from--;
    if (/^(?:the|a|an|his|her|their|its)$/.test(tokens[from].norm)) break;
  }
  const words = tokens.slice(from, end + 1).map((t) => t.norm);
  const determiner = /^(?:the|a|an|his|her|their|its)$/.test(words[0]);
  if (!determiner && words.length < 2) return null;
  const anonymous = ANONYMOUS_HEADS.has(head) || words[0] === 'a' || words[0] === 'an';
  return { from, to: end + 1, phrase: words.join(' '), former: words.includes('former') || words.includes('ex'), anonymous };
}

/** The role as a key for appositions: "the former Labour leader" → "labour leader". */
export function roleKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^(?:the|a|an|his|her|their|its|former|ex|then|newly|elected|outgoing|incoming|current|acting|interim)$/.test(w))
    .join(' ')
    .replace(/\btory\b/g, 'conservative');
}

export function isRoleHead(norm: string): boolean {
  return ROLE_HEADS.has(norm);
}
