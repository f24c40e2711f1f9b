import type { Analysis, AnalyzeOptions, Notice, Organisation, Quote, SpeakerRef, Span } from './types';
import { parseHeader } from './header';
import { splitParagraphs } from './paragraphs';
import { scanQuotes, RawQuote, quoteEnd } from './quotes';
import { splitSentences, Sentence } from './sentences';
import { tokenize, Token } from './tokens';
import { capitalIndices, findFullNames, findLoneGivenNames, findShortForms, findTitledSurnames, NameMention, StopAt, Stopped } from './mentions';
import { addLoneGivenNames, groupFullNames, placeShortForms, toPerson, Entity, EntityContext } from './entities';
import { attributeQuotes, Attribution } from './attribution';
import { KnowledgeBase } from './kb/knowledgeBase';
import { givenNameForms } from './kb/shortForms';
import { noticesFor } from './notices';
import { Budget, now } from './budget';
import { COST, countBefore, horizon } from './horizon';
import { paceWatch } from './namesPace';
import type { Paragraph } from './paragraphs';

const DEFAULT_BUDGET_MS = 10_000;

/**
 * Turns an article's text into one analysis: header, quotations, people (with MP facts on the article's
 * date), organisations, and who said each quotation. Pure and synchronous; never throws on any string.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, kb: KnowledgeBase = KnowledgeBase.bundled()): Analysis {
  const clock = options.clock ?? now;
  const started = clock();
  const budget = new Budget(options.timeBudgetMs ?? DEFAULT_BUDGET_MS, clock);
  const header = parseHeader(text);
  const lookupDate = header.date ?? options.defaultDate ?? kb.coverage.to;
  const paragraphs = splitParagraphs(text);
  const scan = scanQuotes(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, scan.quotes);
  const tokens = tokenize(text);
  const ctx: EntityContext = { text, kb, date: lookupDate };

  const cheapMs = clock() - started;

  // People, then speakers, are worked out in document order up to where the budget can reach: the
  // whole text unless the budget is short for it, else the top of the article (every quote is kept).
  const whole: Part = { tokens, quotes: scan.quotes, sentences };
  let entities: Entity[] = [];
  const attributions: Attribution[] = scan.quotes.map(() => ({ kind: 'speech', speaker: null, cue: null, method: null }));
  const organisationMentions = new Map<string, Span[]>();
  let peopleTo = horizon(text.length, cheapMs * COST.costlyPerCheap, budget.remaining(), paragraphs, sentences);
  let speakersTo = 0;
  if (!budget.spent()) {
    const found = peopleInTime(whole, peopleTo, ctx, budget, clock, paragraphs, sentences);
    entities = found.entities;
    peopleTo = found.to;
    // Only attribution's setup (cues found and resolved) is planned: the quotes then go through the
    // sieves in order until the budget runs out, however long each takes.
    // (The cheap passes were timed on the whole text; the setup reads only the people's part.)
    const setupMs = Math.min(cheapMs * (peopleTo / Math.max(1, text.length)) * COST.setupPerCheap, found.ms * COST.setupPerPeople);
    speakersTo = budget.spent() ? 0 : horizon(peopleTo, setupMs, budget.remaining(), paragraphs, sentences);
  }
  if (speakersTo > 0) {
    const part = prefix(whole, speakersTo, text.length);
    const found = attributeQuotes({
      text, ...part, entities, entityContext: ctx, organisationMentions, budget,
      headlineEnd: header.line?.end ?? 0,
      ...tokenMaps(part.tokens, part.quotes, part.sentences, entities),
      quoteSentence: quoteSentences(part.quotes, part.sentences),
    });
    found.attributions.forEach((a, i) => { attributions[i] = a; });
    // Out of time among the sieves: the speakers stop at the first quote they did not reach.
    if (found.reached < part.quotes.length) speakersTo = part.quotes[found.reached].open.start;
  }
  const truncated = speakersTo !== text.length;
  const organisations = toOrganisations(organisationMentions);
  const speakers = new Set(attributions.map((a) => (a.speaker?.type === 'person' ? a.speaker.entity : null)));
  const people = entities.filter((e) => e.mentions.length > 0 || speakers.has(e)).map((e) => toPerson(e, ctx, text));
  const quotes = scan.quotes.map((q, i) => toQuote(q, i, attributions[i], organisations));
  const notices: Notice[] = noticesFor(header, lookupDate, kb, scan.strays, truncated ? { speakersTo, text } : null);
  return {
    date: header.date,
    lookupDate,
    header,
    quotes,
    people,
    organisations,
    notices,
    stats: { words: tokens.length, milliseconds: Math.round((clock() - started) * 10) / 10, truncated, speakersTo },
  };
}

/** The tokens, quotes and sentences of one stretch of the text. */
interface Part {
  tokens: Token[];
  quotes: RawQuote[];
  sentences: Sentence[];
}

/** The part of the text before `to` (whole sentences; quotes by their opening mark). */
function prefix(whole: Part, to: number, length: number): Part {
  if (to >= length) return whole;
  return {
    tokens: whole.tokens.slice(0, countBefore(whole.tokens, to, (t) => t.start)),
    quotes: whole.quotes.slice(0, countBefore(whole.quotes, to, (q) => q.open.start)),
    sentences: whole.sentences.slice(0, countBefore(whole.sentences, to, (s) => s.start)),
  };
}

/** Passes of the people finder stopped to plan again, at most; the next runs to its end. */
const MAX_PEOPLE_REPLANS = 2;

/** The people found, the top of the text they were looked for in, and how long the finding took. */
interface PeopleFound {
  entities: Entity[];
  to: number;
  ms: number;
}

/**
 * The people of the text up to `to`, found in the time left: the first names pass reads the clock as
 * it goes, in document order, and stops once its own pace shows that the people of all of `to` will
 * not fit; the people are then found in the top where, at that pace, they and the speakers fit (the
 * stopped pass's time is lost, a small part of the budget; namesPace.ts judges the pace).
 */
function peopleInTime(
  whole: Part, to: number, ctx: EntityContext, budget: Budget, clock: () => number,
  paragraphs: readonly Paragraph[], sentences: readonly Sentence[],
): PeopleFound {
  for (let replans = 0; ; replans++) {
    const started = clock();
    const stop = replans < MAX_PEOPLE_REPLANS ? paceWatch(to, budget.remaining(), clock) : undefined;
    const found = findPeople(prefix(whole, to, ctx.text.length).tokens, ctx, stop);
    if (!('stoppedAt' in found)) return { entities: found, to, ms: clock() - started };
    to = budget.spent() ? 0 : horizon(to, stop!.plannedMs(), budget.remaining(), paragraphs, sentences);
    if (to === 0) return { entities: [], to: 0, ms: 0 };
  }
}

function findPeople(tokens: Token[], ctx: EntityContext): Entity[];
function findPeople(tokens: Token[], ctx: EntityContext, stop: StopAt | undefined): Entity[] | Stopped;
function findPeople(tokens: Token[], ctx: EntityContext, stop?: StopAt): Entity[] | Stopped {
  const caps = capitalIndices(tokens);
  const names = findFullNames(tokens, ctx.kb, caps, stop);
  if ('stoppedAt' in names) return names;
  const full = [...names, ...findTitledSurnames(tokens, names, ctx.kb, ctx.date, caps)].sort((a, b) => a.start - b.start);
  const entities = groupFullNames(full, ctx);
  const surnames = new Set<string>(), given = new Set<string>();
  for (const e of entities) {
    if (e.parts.length > 1) for (const g of [e.parts[0], ...givenNameForms(e.parts[0])]) given.add(g); // "Matt" for Matthew
    surnames.add(e.parts[e.parts.length - 1]);
  }
  const single = full.filter((m) => m.parts.length < 2 && m.kb.length === 0 && !m.alone);
  // Asked for each capitalised word: one answer per surname.
  const sitting = new Map<string, boolean>();
  const sittingSurname = (s: string): boolean => {
    let answer = sitting.get(s);
    if (answer === undefined) sitting.set(s, (answer = ctx.kb.bySurname(s).some((p) => ctx.kb.isSitting(p, ctx.date))));
    return answer;
  };
  const short = findShortForms(tokens, full, { surnames, given }, sittingSurname, caps);
  const all: NameMention[] = [...single, ...short].sort((a, b) => a.start - b.start);
  placeShortForms(all, entities, ctx);
  addLoneGivenNames(findLoneGivenNames(tokens, full.concat(short), ctx.kb, caps), entities, ctx);
  return entities;
}


/** Per-token facts the attribution pass reads: inside a quote, covered by a person, which sentence. */
function tokenMaps(tokens: Token[], quotes: readonly RawQuote[], sentences: readonly Sentence[], entities: Entity[]) {
  const inQuote = new Uint8Array(tokens.length);
  const personAt = new Int32Array(tokens.length).fill(-1);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  // The current quote's and sentence's bounds are kept in locals, read again only when the walk
  // passes them: this loop runs once per token, mostly before the optimiser reaches it.
  let q = 0, s = 0;
  let qOpen = quotes.length ? quotes[0].open.start : Infinity, qEnd = quotes.length ? quoteEnd(quotes[0]) : Infinity;
  let sStart = sentences.length ? sentences[0].start : Infinity, sEnd = sentences.length ? sentences[0].end : Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const pos = tokens[i].start;
    while (qEnd <= pos) {
      q++;
      qOpen = q < quotes.length ? quotes[q].open.start : Infinity;
      qEnd = q < quotes.length ? quoteEnd(quotes[q]) : Infinity;
    }
    if (qOpen <= pos) inQuote[i] = 1;
    while (sEnd <= pos) {
      s++;
      sStart = s < sentences.length ? sentences[s].start : Infinity;
      sEnd = s < sentences.length ? sentences[s].end : Infinity;
    }
    sentenceOf[i] = sStart <= pos ? s : -1 - s;
  }
  entities.forEach((e, idx) => {
    for (const m of e.mentions) for (let t = m.token; t < tokens.length && tokens[t].start < m.end; t++) personAt[t] = idx;
  });
  return { inQuote, personAt, sentenceOf };
}

function quoteSentences(quotes: readonly RawQuote[], sentences: readonly Sentence[]): Int32Array {
  const out = new Int32Array(quotes.length);
  let s = 0;
  quotes.forEach((q, i) => {
    while (s + 1 < sentences.length && sentences[s].end <= q.open.start) s++;
    out[i] = s;
  });
  return out;
}

function toOrganisations(mentions: Map<string, Span[]>): Organisation[] {
  return [...mentions].map(([name, spans], i) => ({
    id: `o${i}`, name, mentions: spans.sort((a, b) => a.start - b.start).map((s) => ({ ...s, form: 'full' as const })),
  }));
}

function toQuote(q: RawQuote, index: number, a: Attribution, organisations: Organisation[]): Quote {
  let speaker: SpeakerRef | null = null;
  if (a.speaker?.type === 'person') speaker = { name: a.speaker.entity.name, id: a.speaker.entity.id, type: 'person' };
  else if (a.speaker?.type === 'organisation') {
    const name = a.speaker.name;
    const org = organisations.find((o) => o.name === name);
    speaker = { name, id: org?.id ?? name, type: 'organisation' };
  }
  return {
    index, start: q.start, end: q.end, text: q.text, open: q.open, close: q.close, style: q.style,
    kind: a.kind, speaker, cue: a.cue, method: a.method, paragraph: q.paragraph, continued: q.continued,
  };
}


