import type { CueContext } from './cues';
import { PHRASE_BREAK as BREAK } from './tokens';

/**
 * Verbs that report words only where they sit tight against a quotation: "“…,” Hannity pressed.",
 * "“…,” an angry Hollande retaliated.", "O'Malley interjected: “…”", "“…,” opined the Plain Dealer".
 * Anywhere else they are ordinary verbs ("pressed for a vote", "charged with fraud"), so they are not
 * reporting verbs (speechVerbs.ts) and never override a cue read elsewhere in the sentence.
 */
const TIGHT = new Set([
  'interjected', 'retaliated', 'fumed', 'pressed', 'opined', 'charged', 'echoed', 'resisted', 'chimed', 'gushed', 'sniffed',
  'seethed', 'raged', 'cracked', 'deadpanned', 'intoned', 'groused', 'grumbled', 'railed', 'pleaded', 'wondered', 'marveled',
  'marvelled', 'laughed', 'sighed', 'offered', 'ventured', 'vented', 'blasted', 'slammed', 'thundered', 'bragged', 'boomed',
  'teased', 'hissed', 'whispered', 'murmured', 'cried', 'huffed', 'snarled', 'roared', 'taunted', 'objected', 'interrupted',
  'advised', 'reasoned', 'posited', 'surmised', 'speculated', 'confided', 'demurred', 'persisted', 'volunteered', 'jabbed',
  'needled', 'scolded', 'lectured', 'implored', 'pronounced', 'summed', 'put', 'reacted',
  // "“…,” the email read.", "“…,” read the email.": what a document's words do.
  'read', 'reads',
]);

/** The word is one of the verbs that report words only tight against a quotation. */
export function isTightVerb(norm: string): boolean {
  return TIGHT.has(norm);
}

/**
 * The verb at `v` is one of the tight ones and sits against a quotation: right after it with its
 * subject ("“…,” Hannity pressed."), inverted right after it ("“…,” opined the Plain Dealer."), or
 * just before a colon that opens one ("O'Malley interjected: “…”", "as Tom Ridge put it: “…”").
 */
export function tightSpeechVerb(ctx: CueContext, v: number): string | undefined {
  const { tokens, inQuote } = ctx;
  const t = tokens[v];
  if (!TIGHT.has(t.norm) || inQuote[v]) return undefined;
  // "put it", "summed up": the verb's last word is the one the quotation sits against.
  const last = (t.norm === 'put' && tokens[v + 1]?.norm === 'it') || (t.norm === 'summed' && tokens[v + 1]?.norm === 'up') ? v + 1 : v;
  if (last === v && (t.norm === 'put' || t.norm === 'summed')) return undefined;
  const next = tokens[last + 1];
  const same = (a: number, b: number) => ctx.sentenceOf[a] === ctx.sentenceOf[b];
  // Right before a quotation, a colon between ("O'Malley interjected: “…”") or a comma and the opening mark ("As Tom Ridge put it, “…”").
  if (next && inQuote[last + 1] && (/:/.test(next.gap) || /^\s*,\s*[“"‘']/.test(next.gap))) return t.norm;
  const ends = !next || !same(last + 1, v) || BREAK.test(next.gap);
  // Inverted, right after the closing mark: "“…,” opined the Plain Dealer."
  if (v > 0 && inQuote[v - 1] && /[”"’']/.test(t.gap)) return t.norm;
  // After the quotation and a subject of a few words, at the end of its clause: "“…,” Hannity pressed."
  if (!ends) return undefined;
  // ("“…?” Hannity pressed." may stand as a sentence of its own after the quotation's.)
  for (let k = v - 1; k >= 0 && k >= v - 5 && (same(k, v) || inQuote[k]); k--) {
    // (In the same paragraph: a quotation that ends the paragraph before is no part of this clause.)
    if (inQuote[k]) return /[”"’']/.test(tokens[k + 1].gap) && !/\n/.test(tokens[k + 1].gap) && k + 1 < v ? t.norm : undefined;
    if (BREAK.test(tokens[k + 1].gap) && !/^\.\s$/.test(tokens[k + 1].gap)) return undefined;
  }
  return undefined;
}
