/**
 * A member's sex where the records make it certain, so that a title of the other one ("Mr Morgan"
 * for Nicky Morgan) never links to them. The data has no gender field: it comes from a gendered
 * honorific among the member's own name forms ("Sir Lindsay Hoyle", "Baroness Bottomley of
 * Nettlestone", "Dame Margaret Hodge"), else from the lexicon's gender of the given name — except
 * for names MPs of both sexes have borne, or that the lexicon genders against a member's honorific
 * (Carol Mather, Jo Grimond, Lindsay Hoyle were knights or lords): there the answer is unknown.
 */
import type { Gender } from '../types';
import type { NameSource } from './nameForms';
import { firstNameGender } from '../lexicon';

const MALE_HONORIFIC = /^(?:the\s+)?(?:rt\.?\s+hon\.?\s+)?(?:sir|lord|baron|viscount|earl|mr)\b/i;
const FEMALE_HONORIFIC = /^(?:the\s+)?(?:rt\.?\s+hon\.?\s+)?(?:dame|lady|baroness|viscountess|countess|mrs|ms|miss)\b/i;

/** Given names the lexicon genders, but not with certainty for members of the Commons. */
const EITHER = new Set([
  'alex', 'ashley', 'carol', 'chris', 'hilary', 'jackie', 'jan', 'jean', 'jesse', 'jo', 'jocelyn', 'kerry', 'kim',
  'laurie', 'lee', 'leigh', 'lesley', 'leslie', 'lindsay', 'lyn', 'pat', 'robin', 'sam', 'sandy', 'terry', 'val', 'vivian',
]);

export function recordedGender(p: NameSource): Gender {
  for (const alias of p.aliases) {
    if (MALE_HONORIFIC.test(alias)) return 'male';
    if (FEMALE_HONORIFIC.test(alias)) return 'female';
  }
  const given = p.given.toLowerCase().split(/[\s-]/)[0];
  if (!given || EITHER.has(given)) return 'unknown';
  return firstNameGender(given) ?? 'unknown';
}
