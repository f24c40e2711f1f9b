import { speechVerbStem } from '../../speechVerbs';
import { startsLower } from '../../charClass';

/**
 * Verbs a paraphrase hangs a quoted phrase on without reporting words: "thanked X “for …”", "found a
 * “chain of events”", "blasted Disney for its “outrageous practices”". Whose phrase it is, is the verb's
 * subject's; the ranker weighs that (the reporting verbs of speechVerbs.ts count as well).
 */
const PARAPHRASE_VERBS = new Set([
  'thank', 'thanks', 'thanked', 'thanking', 'blast', 'blasts', 'blasted', 'blasting', 'slam', 'slams', 'slammed', 'slamming',
  'denounce', 'denounces', 'denounced', 'denouncing', 'decry', 'decries', 'decried', 'deride', 'derides', 'derided',
  'defend', 'defends', 'defended', 'defending', 'credit', 'credits', 'credited', 'find', 'finds', 'found', 'pointed',
  'vowing', 'insisting', 'promising', 'pledging', 'calling', 'describing', 'dismissing', 'branding', 'labelling', 'labeling',
  'lashed', 'lashes', 'hit', 'hits', 'ridiculed', 'ridicules', 'lambasted', 'lambastes', 'castigated', 'scorned', 'pilloried',
  'championed', 'champions', 'touted', 'touts', 'vowed', 'pushed', 'pushes', 'sought', 'seeks', 'wants', 'wanted', 'hopes', 'hoped',
]);

/** A word the quote's sentence can hang a quoted phrase on as someone's words: a reporting or a paraphrase verb. */
export function isHangingVerb(norm: string): boolean {
  return !!speechVerbStem(norm) || PARAPHRASE_VERBS.has(norm);
}

/** Common irregular past forms (the regular ones end in -ed) and auxiliaries that make a clause finite. */
const FINITE = new Set([
  'said', 'told', 'wrote', 'spoke', 'went', 'made', 'took', 'gave', 'has', 'had', 'was', 'is', 'will', 'would', 'could',
  'did', 'does', 'says', 'thought', 'felt', 'found', 'put', 'got', 'came', 'saw', 'knew', 'ran', 'began', 'sent', 'kept',
  'left', 'brought', 'held', 'won', 'lost', 'drew', 'struck', 'fought', 'stood', 'sought', 'meant', 'paid', 'built', 'led',
  'hit', 'cut', 'let', 'quit', 'cast', 'chose', 'threw', 'shot', 'rose', 'broke', 'spent', 'read', 'set',
]);
/** Adverbs that stand between a subject and its verb ("Trump also said", "Ms Cole quickly replied"). */
const BETWEEN = /^(?:also|then|later|again|even|never|once|just|still|now|already|[a-z]{3,}ly)$/;
/** -s and -ed words that are rarely verbs after a name (plurals of office, "Jones's", adverbs). */
const NOT_VERB = /^(?:[a-z]+ness|[a-z]+ss|[a-z]+us|[a-z]+is|news|times|states|affairs|sales|politics|economics|ethics|needed|indeed|speed|seed|feed|weed|bed|red)$/;

/** Whether tokens from `t` (skipping one adverb) open a finite verb: a subject before it is the clause's own. */
export function opensVerb(norms: (k: number) => string | undefined, t: number): boolean {
  let w = norms(t);
  if (w && BETWEEN.test(w)) w = norms(t + 1);
  if (!w || !startsLower(w) || NOT_VERB.test(w)) return false;
  return FINITE.has(w) || !!speechVerbStem(w) || /^[a-z]{2,}(?:ed|[^s]s)$/.test(w);
}
