import type { Entity } from '../entities';
import type { Salience, Speaker } from '../salience';
import { AGE, FAMILY, describingWord } from '../definiteRoles';
import { isFormer } from '../roleNouns';
import { LOOK_BACK } from './antecedent';
import { type AttributionInput, mentionEnd, sentenceFloor } from './input';
import { KeyedMemo } from '../keyedMemo';
import { lastAtOrBefore, lastIndexWhere, pushTo } from '../search';

/**
 * "Sen. Ted Cruz … the senator said", "Jeb Bush, the former Florida governor, … the former governor
 * added", "Republican presidential candidate Donald Trump … the candidate said": a definite
 * description stands for the one person the article has described so (by a title, the words before
 * the name, or an apposition after it) before the cue. Where two people fit, only the one the text is
 * about at that point (the latest speaker or subject) and only when no other fitting person was named
 * since; where a description of the same kind is given to someone unnamed in between ("a senior
 * official said … the official said"), nobody.
 */
export function describedHolder(input: AttributionInput, phrase: string, pos: number, salient: Salience): Speaker {
  const fitting = fittings.get(input, phrase);
  if (!fitting) return null;
  const described = describedBefore(fitting, pos); // how many of them the text described so before the cue
  if (described === 0) return fitting.running ? justQuoted(input, pos, salient) : null;
  let chosen: Entity | null = described === 1 ? fitting.entities[0] : null;
  if (!chosen) {
    // Several fit: the one the text is about now, if the latest of them to be named is the speaker of a cue.
    for (const s of salient.before(pos, sentenceFloor(input, pos, 3), LOOK_BACK)) {
      if (s.speaker?.type !== 'person' || !((fitting.firstAt.get(s.speaker.entity) ?? Infinity) < pos)) continue;
      if (s.role !== 'cue') return null;
      chosen = s.speaker.entity;
      break;
    }
  }
  if (!chosen || unnamedBetween(input, chosen, fitting.head, pos)) return null;
  return { type: 'person', entity: chosen };
}

/**
 * The people a definite description fits, each with where the text first describes them so: a cue's
 * holders are those described before it. Worked out once per phrase from the descriptions holding its
 * head, so an article of thousands of "the minister said" does not read every description at each.
 */
interface Fitting {
  head: string;
  /** Nobody described so: a bare head of the race ("the candidate") may still be the person just quoted. */
  running: boolean;
  /** The fitting people in the order the text first describes them so, and where. */
  entities: Entity[];
  starts: number[];
  firstAt: Map<Entity, number>;
}

const fittings = new KeyedMemo<AttributionInput, string, Fitting | null>(fit);

function fit(input: AttributionInput, phrase: string): Fitting | null {
  const words = phrase.split(' ');
  if (words[0] !== 'the') return null;
  const head = words[words.length - 1];
  const former = isFormer(words);
  // "the presumptive Republican nominee": words of the moment ("presumptive", "likely") need not be in the description.
  const modifiers = words.slice(1, -1).filter((w) => w !== 'former' && w !== 'ex' && !PASSING.test(w));
  // "World Bank President Jim Yong Kim" is no "the president": an organisation's president is named with it.
  const fits = (d: Description) => !(head === 'president' && d.orgPresident) && modifiers.every((m) => d.words.has(m))
    && (former ? d.words.has('former') || d.words.has('ex') : !d.words.has('former') && !d.words.has('ex'));
  const firstAt = new Map<Entity, number>();
  const byWord = descriptionsByWord(input);
  for (const h of heads(head)) {
    for (const { entity, description } of byWord.get(h) ?? []) {
      const seen = firstAt.get(entity);
      if ((seen === undefined || description.start < seen) && fits(description)) firstAt.set(entity, description.start);
    }
  }
  const entities = [...firstAt.keys()].sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
  return { head, running: modifiers.length === 0 && !former && RUNNING.has(head), entities, starts: entities.map((e) => firstAt.get(e)!), firstAt };
}

/** How many of the fitting people were first described so before `pos`: those at the front of the list. */
function describedBefore(fitting: Fitting, pos: number): number {
  return lastIndexWhere(fitting.starts.length, (k) => fitting.starts[k] < pos) + 1;
}

/** Heads a bare "the candidate" may have in a race the text reports: "the candidate said" right after "Trump told ABC". */
const RUNNING = new Set(['candidate']);

/**
 * "“…,” Trump told ABC's This Week. “…,” the candidate said": with nobody described as a candidate,
 * the bare head is the person whose reporting verb is the latest subject, in this sentence or the one
 * before, with nobody else named since. Anyone else, or nobody, and a careful reader could not tell.
 */
function justQuoted(input: AttributionInput, pos: number, salient: Salience): Speaker {
  for (const s of salient.before(pos, sentenceFloor(input, pos, 1), LOOK_BACK)) {
    if (s.role === 'mention' && s.speaker?.type !== 'person') continue;
    if (s.speaker?.type !== 'person' || s.role !== 'cue') return null;
    return s.speaker;
  }
  return null;
}

/** Words that describe where a race stands, not who the person is. */
const PASSING = /^(?:presumptive|likely|apparent|eventual|putative)$/;

/** What a description's head may be written as in the article's own descriptions. */
function heads(head: string): string[] {
  // "the 46-year-old" after "Melania Trump, 46," or "46-year-old Melania Trump".
  if (AGE.test(head)) return [head, head.slice(0, head.indexOf('-'))];
  // "the mother-of-two" after "Mum-of-two Kerry Wells": mum and mother are one description
  if (FAMILY.test(head)) return [head, head.replace(/^mother-/, 'mum-').replace(/^father-/, 'dad-'), head.replace(/^mum-/, 'mother-').replace(/^dad-/, 'father-')];
  switch (head) {
    case 'councillor': return ['councillor', 'cllr'];
    case 'senator': return ['senator', 'sen'];
    case 'governor': return ['governor', 'gov'];
    case 'congressman': case 'congresswoman': return [head, 'rep', 'representative'];
    case 'lawmaker': return ['lawmaker', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman'];
    case 'candidate': return ['candidate', 'nominee', 'hopeful'];
    // "the Republican nominee" after "Republican presidential candidate Donald Trump": the party's candidate.
    case 'nominee': return ['nominee', 'candidate'];
    case 'frontrunner': case 'front-runner': return ['frontrunner', 'front-runner'];
    case 'businessman': return ['businessman', 'billionaire', 'mogul', 'developer'];
    case 'spokesperson': return ['spokesperson', 'spokesman', 'spokeswoman'];
    default: return [head];
  }
}

/** One place where the article describes a person: the words of a title, premodifiers or an apposition. */
interface Description {
  start: number;
  words: Set<string>;
  /** "World Bank President", "CWA President": a president of something the text names. */
  orgPresident?: boolean;
}

/** Words that end a run of premodifiers walking back from a name: a clause or a phrase of its own begins. */
const NOT_DESCRIBING = /^(?:said|says|told|tells|and|or|but|by|with|to|for|from|in|on|at|as|when|while|that|who|which|is|was|are|were|has|had|have|he|she|they|it|we|i|you|after|before|than|like|about|against|during|into|over|under)$/;
const DOTTED = /^(?:sen|rep|gov|gen|lt|col|sgt|capt|adm|maj|mr|mrs|ms|dr|del|atty)$/;

const cache = new WeakMap<AttributionInput, Map<Entity, Description[]>>();

/** Every person's descriptions in the text, found once per analysis on first use (one pass over the tokens). */
function descriptions(input: AttributionInput): Map<Entity, Description[]> {
  let map = cache.get(input);
  if (map) return map;
  map = new Map();
  const { tokens, personAt } = input;
  for (let i = 0; i < tokens.length; i++) {
    const e = personAt[i];
    if (e < 0 || input.inQuote[i] || (i > 0 && personAt[i - 1] === e)) continue;
    const entity = input.entities[e];
    const words = new Set<string>();
    let orgPresident = false;
    // The mention's own title and the words before it: "Texas Sen. Ted Cruz", "former Secretary of State Hillary Clinton".
    for (let k = i; k <= mentionEnd(input, i); k++) words.add(tokens[k].norm);
    // "World Bank President Lena Ostrova": the title inside the mention, after the organisation's name.
    if (tokens[i].norm === 'president' && i > 0 && tokens[i - 1].cap && input.sentenceOf[i - 1] === input.sentenceOf[i] && !/^(?:former|vice|ex|the)$/.test(tokens[i - 1].norm) && !/[,.;:]/.test(tokens[i].gap)) orgPresident = true;
    for (let k = i - 1; k >= 0 && k >= i - 7 && input.sentenceOf[k] === input.sentenceOf[i] && !input.inQuote[k] && personAt[k] < 0; k--) {
      const gap = tokens[k + 1].gap;
      if (/[,;:!?()“”"‘’—–]/.test(gap) || (gap.includes('.') && !DOTTED.test(tokens[k].norm))) break;
      if (NOT_DESCRIBING.test(tokens[k].norm) || /^(?:the|a|an|his|her|their|its|one)$/.test(tokens[k].norm) || !describingWord(tokens[k])) break;
      words.add(tokens[k].norm);
      if (tokens[k].norm === 'president' && k > 0 && tokens[k - 1].cap && !/^(?:former|vice|ex|the)$/.test(tokens[k - 1].norm) && !/[,.;:]/.test(tokens[k].gap)) orgPresident = true;
    }
    // An apposition after it: "Jeb Bush, the former Florida governor, …", "Ann Lee, a spokeswoman for the campaign".
    const after = mentionEnd(input, i) + 1;
    if (after < tokens.length && tokens[after].gap.trim() === ',' && input.sentenceOf[after] === input.sentenceOf[i]) {
      for (let k = after; k < tokens.length && k < after + 10 && input.sentenceOf[k] === input.sentenceOf[i] && !input.inQuote[k] && personAt[k] < 0; k++) {
        if (k > after && /[,.;:!?()“”"‘’—–]/.test(tokens[k].gap)) break;
        if (/^(?:who|which|that|said|says|told)$/.test(tokens[k].norm)) break;
        words.add(tokens[k].norm);
      }
    }
    if (words.size === 0) continue;
    const list = map.get(entity) ?? [];
    list.push({ start: tokens[i].start, words, orgPresident });
    map.set(entity, list);
  }
  cache.set(input, map);
  return map;
}

const byWordCache = new WeakMap<AttributionInput, Map<string, Array<{ entity: Entity; description: Description }>>>();

/** Every description under each of its words, made once per analysis: a phrase's head finds those that may fit. */
function descriptionsByWord(input: AttributionInput): Map<string, Array<{ entity: Entity; description: Description }>> {
  let byWord = byWordCache.get(input);
  if (byWord) return byWord;
  byWord = new Map();
  for (const [entity, list] of descriptions(input)) {
    for (const description of list) {
      for (const w of description.words) pushTo(byWord, w, { entity, description });
    }
  }
  byWordCache.set(input, byWord);
  return byWord;
}

/** How far back an unnamed rival description is looked for, in tokens: a bounded look on a long article. */
const RIVAL_REACH = 1500;

/**
 * Between the chosen person's latest mention and the cue, someone unnamed was given a description with
 * the same head ("a senior administration official said"): the definite one may be theirs.
 */
function unnamedBetween(input: AttributionInput, chosen: Entity, head: string, pos: number): boolean {
  const { tokens } = input;
  const forms = heads(head);
  // the last token starting before the cue (or the first token), found by halving: a walk back from the
  // text's end cost each cue the rest of the article
  const end = tokens.length ? Math.max(0, lastAtOrBefore(tokens, 'start', pos - 1)) : -1;
  for (let k = end; k >= 0 && k > end - RIVAL_REACH; k--) {
    const e = input.personAt[k];
    if (e >= 0 && input.entities[e] === chosen) return false;
    if (!forms.includes(tokens[k].norm) || input.inQuote[k]) continue;
    for (let d = k - 1; d >= 0 && d >= k - 5 && !/[,.;:!?]/.test(tokens[d + 1].gap); d--) {
      // ("Paulette Wilson, a mother-of-one,": an apposition to the chosen one is theirs, not someone unnamed.)
      if (/^(?:a|an|one|another|two|three|some|several|second|third)$/.test(tokens[d].norm)) {
        const owner = d > 0 && tokens[d].gap.trim() === ',' ? input.personAt[d - 1] : -1;
        if (owner >= 0 && input.entities[owner] === chosen) break;
        return true;
      }
      if (tokens[d].norm === 'the') break;
    }
  }
  return false;
}
