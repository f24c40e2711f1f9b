/** Party names as news text and the data write them, reduced to one key each. */
const ALIASES: Record<string, string> = {
  tory: 'conservative', tories: 'conservative', conservatives: 'conservative', 'conservative party': 'conservative',
  'conservative and unionist': 'conservative', 'labour (co-op)': 'labour', 'labour/co-operative': 'labour',
  'labour co-operative': 'labour', 'labour party': 'labour', 'lib dem': 'liberal democrat', 'lib dems': 'liberal democrat',
  'liberal democrats': 'liberal democrat', snp: 'scottish national party', ukip: 'uk independence party',
  'independent group': 'the independent group', 'change uk': 'change uk – the independent group',
  'change uk - the independent group': 'change uk – the independent group', dup: 'democratic unionist party',
  uup: 'ulster unionist party', sdlp: 'social democratic and labour party', plaid: 'plaid cymru', greens: 'green party',
  green: 'green party',
};

export function canonicalParty(s: string): string {
  const k = s.toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
  return ALIASES[k] ?? k;
}

/** "Tory" and "Conservative", "Labour (Co-op)" and "Labour" are the same party. */
export function samePartyName(a: string, b: string): boolean {
  return canonicalParty(a) === canonicalParty(b);
}
