/**
 * Name normalisation shared by the knowledge base and the mention finder: case, accents, curly
 * apostrophes, honorifics and a possessive ending do not change who a name is.
 */
const HONORIFICS = /^(?:the\s+)?(?:rt\.?\s+hon\.?\s+|right\s+honourable\s+)?(?:(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|baron|prof|professor|rev)\.?\s+)?/;

/** Lower case, no accents, straight apostrophes, single spaces. */
export function foldName(s: string): string {
  if (/^[a-z' -]*$/.test(s) && !s.includes('  ')) return s.trim(); // the common case, without Unicode work
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** A full name as a lookup key: folded, without honorifics or a possessive ending. */
export function normalizeName(s: string): string {
  return foldName(s).replace(HONORIFICS, '').replace(/'s$/, '').trim();
}

/** The name's words as the mention finder sees them (hyphenated names stay one word). */
export function nameTokens(s: string): string[] {
  return normalizeName(s).split(' ').filter(Boolean);
}
