/**
 * Party names as news text and the data write them, reduced to one key each: the data's own name,
 * lower-cased and without accents ("conservative", "labour", "liberal democrat", "scottish national
 * party", "sinn fein"). Other modules compare and colour by these keys, so they stay stable.
 */
import { withoutMarks } from '../charClass';

/** A Map, not an object: a key read from the text may be "constructor" or "tostring". */
const ALIASES = new Map<string, string>(Object.entries({
  tory: 'conservative', tories: 'conservative', conservatives: 'conservative', con: 'conservative',
  'conservative and unionist': 'conservative', 'conservative and unionist party': 'conservative',
  lab: 'labour', 'labour party': 'labour',
  'lib dem': 'liberal democrat', 'lib dems': 'liberal democrat', libdem: 'liberal democrat', libdems: 'liberal democrat',
  'liberal democrats': 'liberal democrat', ld: 'liberal democrat',
  snp: 'scottish national party', ukip: 'uk independence party',
  'independent group': 'the independent group', tig: 'the independent group',
  'change uk': 'change uk – the independent group', 'change uk - the independent group': 'change uk – the independent group',
  'change uk the independent group': 'change uk – the independent group',
  dup: 'democratic unionist party', uup: 'ulster unionist party', sdlp: 'social democratic and labour party',
  plaid: 'plaid cymru', pc: 'plaid cymru', green: 'green party', greens: 'green party', 'the green party': 'green party',
  reform: 'reform uk', workers: 'workers party of britain', "workers party": 'workers party of britain',
  alba: 'alba party', tuv: 'traditional unionist voice', ind: 'independent', alliance: 'alliance',
  'alliance party': 'alliance',
}));

/** "Labour (Co-op)", "Labour/Co-operative", "Lab Co-op": the Co-operative Party marks do not change the party. */
const CO_OP = /\s*(?:\(\s*co-?op(?:erative)?\s*\)|[/&]\s*co-?op(?:erative)?|\s+co-?op(?:erative)?|\s+and\s+co-?operative)(?:\s+party)?$/;

/** The key of a party name. */
export function canonicalParty(s: string): string {
  const k = withoutMarks(s).toLowerCase().replace(/[’‘]/g, "'").replace(/&(?!\s*co)/g, 'and')
    .replace(/\s+/g, ' ').trim().replace(/'s$/, '').replace(CO_OP, '');
  return ALIASES.get(k) ?? ALIASES.get(k.replace(/^the /, '')) ?? k;
}

/** "Tory" and "Conservative", "Labour (Co-op)" and "Labour", "SNP" and "Scottish National Party" are one party. */
export function samePartyName(a: string, b: string): boolean {
  return canonicalParty(a) === canonicalParty(b);
}
