import { type AttributionInput, mentionEnd, personSpeaker, spanOf, tokenAt } from '../input';
import { type Sieve, AGENT } from '../sieve';
import { LOWER, UNKNOWN, charKind, isSpaceCode } from '../../charClass';
import { propertyPattern } from '../../propertyPattern';

/**
 * “…” by William Wragg: a reporting verb before the quote and "by" a person after it. And "Mrs May was
 * accused by Sir Bill Cash of “capitulation”": the agent of a passive verb of judging, named right
 * before "of", "as" or "for" and a few lower-case words that open the quote, said it (not the subject).
 */
export const passiveAgent: Sieve = {
  name: 'passive agent',
  needs: AGENT,
  apply({ input }, q) {
    const quote = input.quotes[q];
    const before = agentBefore(input, q);
    if (before >= 0) return { kind: 'speech', speaker: personSpeaker(input, before), cue: spanOf(input, before - 1, mentionEnd(input, before)), method: 'cue' };
    if (!quote.close) return null;
    const after = input.text.slice(quote.close.end, quote.close.end + 4);
    if (!/^[,]?\s+by\s/.test(after + ' ')) return null;
    const lead = input.text.slice(Math.max(0, quote.open.start - 40), quote.open.start);
    if (!/\b(?:described|called|branded|labelled|dismissed|condemned|hailed|criticised|denounced|attacked)\b[^.;]*$/.test(lead)) return null;
    const t = tokenAt(input.tokens, quote.close.end + after.indexOf('by') + 3);
    if (t < 0 || input.personAt[t] < 0) return null;
    return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t - 1, mentionEnd(input, t)), method: 'cue' };
  },
};

/** Passive verbs of judging: "was accused by X of", "had been branded by X as". */
const PASSIVE_BY = /\b(?:was|were|been|being|is|are)\s+(?:accused|described|called|branded|labelled|labeled|dismissed|condemned|hailed|criticised|criticized|denounced|attacked|mocked|ridiculed)\s+by\s+$/;

/** The first token of the agent named before the quote in "… was accused by X of “…”", or -1. */
function agentBefore(input: AttributionInput, q: number): number {
  const quote = input.quotes[q];
  const lead = input.text.slice(Math.max(0, quote.open.start - 160), quote.open.start);
  const tail = agentTail(lead);
  if (tail < 0) return -1;
  const mentionEndAt = lead.length - tail; // offset in lead where the agent's name ends
  const end = tokenAt(input.tokens, quote.open.start - lead.length + mentionEndAt - 1);
  if (end < 0 || input.personAt[end] < 0) return -1;
  let first = end;
  while (first > 0 && input.personAt[first - 1] === input.personAt[end]) first--;
  const offset = input.tokens[first].start - (quote.open.start - lead.length);
  // The title before the name ("Sir Bill Cash") is not part of the mention's tokens; take it with the verb.
  const head = lead.slice(0, offset).replace(/(?:\b(?:Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)$/, '');
  if (!PASSIVE_BY.test(head) || input.sentenceOf[first] !== input.quoteSentence[q]) return -1;
  return first;
}

const AGENT_TAIL = propertyPattern(String.raw`\s+(?:of|as|for)\s+(?:\p{Ll}+\s+){0,3}$`, 'u');

/**
 * The length of the " of " or " as lying about " that ends the lead (AGENT_TAIL's match), or -1. The
 * match is spaces and lower-case letters only, so the pattern is run on the lead's last run of such
 * characters (any character charKind cannot read kept in it): run over the whole 160 characters, the
 * end-anchored pattern was tried from each of them, for every quote (6 ms of the 1 MB article's CPU
 * profile), and most leads end in "said: ", whose run is one space.
 */
function agentTail(lead: string): number {
  let from = lead.length;
  while (from > 0) {
    const c = lead.charCodeAt(from - 1), kind = charKind(c);
    if (kind !== LOWER && kind !== UNKNOWN && !isSpaceCode(c)) break;
    from--;
  }
  if (lead.length - from < 4) return -1; // shorter than " of "
  const tail = AGENT_TAIL.exec(from > 0 ? lead.slice(from) : lead);
  return tail ? tail[0].length : -1;
}
