import { startsLower } from '../charClass';
import { speechVerbStem } from '../speechVerbs';
import { type AttributionInput, mentionEnd, tokenBefore } from './input';
import { afterOpeningPhrase } from './openingPhrase';

/**
 * The people named in the clause that introduces a quote in its own sentence: the clause ends right
 * before the opening mark in a colon ("Jeb Bush broke down what was wrong to a Dutch paper: “…”") or in
 * a reporting verb and a comma ("Mr. Trump was prompted to say, “…”"). A reader takes the clause's
 * subject as the speaker, so a quote introduced this way does not go on from an earlier one.
 * Names that are spoken to or of ("wrote to Mr Cameron:", "Obama's word:") are not counted.
 * Returns the first token of each name's mention nearest the quote, one per person in text order, or
 * null when no such clause introduces the quote.
 */
export function introducingNames(input: AttributionInput, q: number): number[] | null {
  const { tokens } = input;
  const quote = input.quotes[q];
  const last = tokenBefore(tokens, quote.open.start);
  if (last < 0 || input.inQuote[last]) return null;
  const gap = input.text.slice(tokens[last].end, quote.open.start).replace(/\r/g, '');
  const colon = /^\s*:\s*$/.test(gap);
  if (!colon && !(/^\s*,\s*$/.test(gap) && speechVerbStem(tokens[last].norm))) return null;
  const sentence = input.sentenceOf[last];
  const names: number[] = [];
  for (let k = last; k >= 0 && input.sentenceOf[k] === sentence && !input.inQuote[k]; k--) {
    const e = input.personAt[k];
    if (e < 0 || input.personAt[k - 1] === e) continue; // not a name, or not the first word of one
    if (spokenOf(input, k)) continue;
    if (!names.some((t) => input.personAt[t] === e)) names.unshift(k);
  }
  return names;
}

/** A name after a preposition or an object-taking verb, or a possessive one, is not the clause's subject. */
const OBJECT_BEFORE = /^(?:to|of|about|at|for|with|against|on|by|from|in|into|than|like|told|asked|thanked|urged|called|and|or)$/;

function spokenOf(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  let end = t;
  while (end + 1 < tokens.length && input.personAt[end + 1] === input.personAt[t]) end++;
  if (tokens[end].possessive) return true;
  const before = tokens[t - 1];
  return !!before && input.sentenceOf[t - 1] === input.sentenceOf[t] && !input.inQuote[t - 1] && OBJECT_BEFORE.test(before.norm);
}

/**
 * The one person who is the subject of the clause introducing quote `q` (see introducingNames): the name
 * opens the clause, after nothing but connectives and descriptions ("But", "Former Republican
 * presidential candidate", "One early supporter, Representative") or an opening phrase ("When X died,"),
 * and a verb follows it, after an apposition at most ("Lee Zeldin, Republican of New York, gave"), with
 * no other clause from there to the quote ("Trump did …, and NBC News has proof:" is not Trump's).
 * Returns the first token of the name's mention, or -1.
 */
export function introducingSubject(input: AttributionInput, q: number): number {
  const names = introducingNames(input, q);
  if (!names || names.length !== 1) return -1;
  const { tokens } = input;
  const t = names[0];
  const last = tokenBefore(tokens, input.quotes[q].open.start);
  const end = mentionEnd(input, t);
  if (tokens[end].possessive || !(opensIntroduction(input, t) || afterOpeningPhrase(input, t))) return -1;
  let v = end + 1;
  if (v <= last && tokens[v].gap.trim() === ',') v = afterApposition(input, v, last);
  if (v < 0 || v > last || !verbLike(tokens[v].text) || passive(input, v, last)) return -1;
  return oneClause(input, v + 1, last) ? t : -1;
}

/** "Mr Lang was told:", "she has been asked": the person named hears the words. "was quoted as saying" still speaks. */
function passive(input: AttributionInput, v: number, last: number): boolean {
  const { tokens } = input;
  for (let k = v; k <= Math.min(last - 1, v + 2); k++) {
    if (/^(?:was|were|is|are|been|being|be|get|got|gets)$/.test(tokens[k].norm)) return tokens[k + 1].norm !== 'quoted' && verbLike(tokens[k + 1].text);
    if (!/^(?:has|had|have|will|would|could|may|might|must|should|then|also|later)$/.test(tokens[k].norm)) return false;
  }
  return false;
}

/** Words that open a subordinate clause: a name after them is not the sentence's subject ("When Wallace died"). */
const SUBORDINATE = /^(?:when|whenever|if|as|after|before|while|whilst|because|although|though|since|until|once|unless|regarding|between|where|whether|how|what|why|who|that)$/;

/** The words before the name from the clause's opening are at most five words of description or connectives. */
function opensIntroduction(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  const open = clauseOpen(input, t);
  if (t - open > 5) return false;
  let commas = 0;
  for (let k = open; k < t; k++) {
    const w = tokens[k];
    if (input.personAt[k] >= 0 || SUBORDINATE.test(w.norm) || /^(?:he|she|they|i|we|it|you)$/.test(w.norm)) return false;
    if (!w.cap && verbLike(w.text)) return false;
    if (k > open && /[,]/.test(w.gap)) commas++;
    if (k > open && /[;:()—–]/.test(w.gap)) return false;
  }
  return commas <= 1 && (t === open || !/[;:()—–]/.test(tokens[t].gap));
}

/** The token after "X, Republican of New York," (the apposition's closing comma), or -1. */
function afterApposition(input: AttributionInput, from: number, last: number): number {
  const { tokens } = input;
  for (let k = from + 1; k <= last && k < from + 9; k++) {
    if (/[;:()—–]/.test(tokens[k].gap)) return -1;
    if (tokens[k].gap.includes(',')) return k;
  }
  return -1;
}

/** Plural nouns for people that follow a name as a description ("Clinton aides said"), not as its verb. */
const PEOPLE_PLURALS = /^(?:supporters|aides|allies|officials|staffers|voters|fans|backers|advisers|advisors|critics|loyalists|surrogates|donors|lawyers|attorneys|friends|associates|campaigns|operatives|delegates|spokesmen|spokeswomen|administrations|forces|troops|loyalties|years|times|news|ads)$/;
/** Common irregular past forms, auxiliaries and adverbs that stand between a subject and its verb. */
const VERB_WORDS = /^(?:was|is|has|had|did|does|will|would|could|can|may|might|must|should|gave|broke|took|made|went|came|told|said|wrote|spoke|put|set|sent|began|got|left|read|ran|saw|stood|held|kept|brought|thought|chose|drew|felt|found|heard|laid|led|let|lost|met|paid|rose|shot|sang|sat|struck|swore|threw|won|then|also|later|again|once|first|finally|simply|just|quickly|soon|even|never|only|often)$/;

/** A lower-case word that reads as a verb (or an adverb before one): "broke", "defends", "started", "then". */
function verbLike(text: string): boolean {
  if (!startsLower(text)) return false;
  const w = text.toLowerCase();
  if (VERB_WORDS.test(w)) return true;
  if (PEOPLE_PLURALS.test(w)) return false;
  return /[^s]s$|ed$/.test(w);
}

/**
 * "He then listed the qualities a nominee needs: “…”", "In a riff on his slogan, they will hold banners
 * proclaiming: “…”": the clause introducing the quote opens with a subject pronoun (he, she, they, we,
 * I), perhaps after an opening phrase, and a verb, names nobody, and has no other clause before the
 * quote. Returns the pronoun's token, or -1.
 */
export function introducingPronoun(input: AttributionInput, q: number): number {
  const names = introducingNames(input, q);
  if (!names || names.length) return -1;
  const { tokens } = input;
  const last = tokenBefore(tokens, input.quotes[q].open.start);
  let open = clauseOpen(input, last);
  if (!SUBJECT_PRONOUN.test(tokens[open].norm)) {
    let k = open + 1;
    while (k < last && !tokens[k].gap.includes(',')) k++;
    if (k >= last || !SUBJECT_PRONOUN.test(tokens[k].norm) || !afterOpeningPhrase(input, k)) return -1;
    open = k;
  }
  if (open + 1 > last || !verbLike(tokens[open + 1].text)) return -1;
  return oneClause(input, open + 2, last) ? open : -1;
}

const SUBJECT_PRONOUN = /^(?:he|she|they|we|i)$/;

/** Where the words before token `t` begin: back to its sentence's start, or to a quotation in it. */
function clauseOpen(input: AttributionInput, t: number): number {
  let open = t;
  while (open > 0 && input.sentenceOf[open - 1] === input.sentenceOf[t] && !input.inQuote[open - 1]) open--;
  return open;
}

/** No comma, semicolon, colon, bracket or dash before any token from `from` to `last`: no other clause opens there. */
function oneClause(input: AttributionInput, from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (/[,;:()—–]|\s-\s/.test(input.tokens[k].gap)) return false;
  return true;
}
