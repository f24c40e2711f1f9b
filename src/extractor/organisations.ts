import { isLyAdverb } from './derivedWords';

/**
 * Organisations that speak in news text ("the Tories said", "Momentum says"), with the canonical
 * names a reader would use for them.
 */
const CANONICAL: Array<[RegExp, string]> = [
  [/^(?:the )?(?:tories|tory party|conservatives|conservative party)$/, 'Conservative Party'],
  [/^(?:the )?labour(?: party)?$/, 'Labour Party'],
  [/^(?:the )?(?:lib dems|liberal democrats|liberal democrat party)$/, 'Liberal Democrats'],
  [/^(?:the )?(?:snp|scottish national party)$/, 'Scottish National Party'],
  [/^(?:the )?(?:government|uk government|british government)$/, 'UK Government'],
  [/^(?:downing street|no 10|number 10|number ten|no10)$/, 'Downing Street'],
  [/^(?:the )?treasury$/, 'HM Treasury'],
  [/^(?:the )?home office$/, 'Home Office'],
  // Parties as the press writes them, under the names the parties use.
  [/^(?:ukip|the uk independence party|uk independence party)$/, 'UK Independence Party'],
  [/^(?:reform uk|reform uk party)$/, 'Reform UK'],
  [/^(?:the )?(?:dup|democratic unionist party|democratic unionists)$/, 'Democratic Unionist Party'],
  [/^(?:the )?(?:green party|greens|green party of england and wales)$/, 'Green Party'],
  [/^(?:plaid|plaid cymru)$/, 'Plaid Cymru'],
  [/^(?:the )?(?:brexit party)$/, 'Brexit Party'],
];

/**
 * Words that may stand before "government" or "treasury" when they are still the UK's ("the Tory
 * government", "a senior government source"); any other ("the Scottish government", "the US Treasury")
 * names another country's or nation's.
 */
const UK_GOVERNMENT_QUALIFIERS = /^(?:the|a|an|one|another|senior|uk|british|coalition|tory|conservative|labour|westminster|national|whitehall)$/;

/**
 * `word` is "government" or "treasury" and the folded word `before` it names another country or nation
 * ("Scottish", "US"): never the UK Government or HM Treasury. The one test, for the cue finder's
 * organisations and the spokesperson's phrase.
 */
export function otherNationsGovernment(before: string, word: string): boolean {
  return (word === 'government' || word === 'treasury') && !UK_GOVERNMENT_QUALIFIERS.test(before);
}

/** The party a word names, for "a Labour spokesman" (the party speaks through its spokespeople). */
export function partyOrganisation(word: string): string | null {
  return knownOrganisation(word) ?? (/^(?:conservative|tory)$/i.test(word) ? 'Conservative Party' : /^(?:lib dem|liberal democrat)$/i.test(word) ? 'Liberal Democrats' : null);
}

/** The canonical organisation name for a phrase, or null when it is not a known organisation. */
export function knownOrganisation(phrase: string): string | null {
  const p = phrase.toLowerCase().replace(/[’']s$/, '').trim();
  // By index, not for-of with destructuring: this runs for many tokens before the optimiser reaches it,
  // and there each step makes an iterator result and a pair iterator.
  for (let i = 0; i < CANONICAL.length; i++) if (CANONICAL[i][0].test(p)) return CANONICAL[i][1];
  return null;
}

/** Words that are capitalised but never an organisation that speaks. */
const NOT_SPEAKERS = new Set([
  'the', 'a', 'an', 'but', 'and', 'so', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'this', 'that',
  'these', 'those', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'mps', 'ministers', 'critics', 'officials',
  'many', 'some', 'others', 'other', 'one', 'yesterday', 'today', 'however', 'meanwhile', 'also', 'then', 'now',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'his', 'her', 'their', 'its', 'our',
  'instead', 'nevertheless', 'nonetheless', 'still', 'yet', 'earlier', 'later', 'last', 'next', 'separately', 'elsewhere',
  'indeed', 'finally', 'first', 'firstly', 'secondly', 'asked', 'speaking', 'writing', 'despite', 'although', 'though',
  'because', 'unless', 'until', 'without', 'with', 'for', 'from', 'by', 'of', 'to', 'into', 'about', 'against', 'during',
  // determiners, pronouns and quantifiers stand for someone unnamed, never name them: "Another wrote"
  'another', 'each', 'every', 'both', 'all', 'few', 'several', 'most', 'none', 'neither', 'either', 'someone', 'somebody',
  'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'no-one', 'such', 'whoever', 'who', 'which', 'what', 'us', 'them',
  // adverbs that open a clause: "Thus, Trump said", "Once, the senator told"
  'thus', 'once', 'therefore', 'hence', 'otherwise', 'likewise', 'perhaps', 'again',
]);

export function couldBeOrganisationWord(norm: string): boolean {
  // "Repeatedly, the hall filled", "Typically, donors say": an adverb names no organisation
  return !NOT_SPEAKERS.has(norm) && !isLyAdverb(norm);
}
