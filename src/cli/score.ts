/**
 * Scores predictions against gold annotations with the rules of the corpus's SCORING.md: quotes
 * matched in order by normalised text (or containment of at least 80 %), attribution accuracy over
 * gold speech quotes with a speaker, distinct speakers per article, MPs by full name with party and
 * constituency accuracy.
 */
export interface GoldQuote { text: string; kind: string; speaker: string | null }
export interface GoldPerson { name: string; isMP: boolean; party: string | null; constituency: string | null }
export interface Gold { quotes: GoldQuote[]; people: GoldPerson[] }

export interface PredQuote { text: string; speaker: { name: string } | string | null }
export interface PredPerson { name: string; mp: { party: string; constituency: string } | null }
export interface Pred { quotes: PredQuote[]; people: PredPerson[] }

export interface Counts {
  goldQuotes: number; predQuotes: number; matchedQuotes: number;
  goldAttr: number; predAttr: number; correctAttr: number;
  goldSpeakers: number; predSpeakers: number; matchedSpeakers: number;
  goldMPs: number; predMPs: number; matchedMPs: number; partyOK: number; seatOK: number;
}

export interface ArticleScore { counts: Counts; errors: string[] }

export function emptyCounts(): Counts {
  return {
    goldQuotes: 0, predQuotes: 0, matchedQuotes: 0, goldAttr: 0, predAttr: 0, correctAttr: 0,
    goldSpeakers: 0, predSpeakers: 0, matchedSpeakers: 0, goldMPs: 0, predMPs: 0, matchedMPs: 0, partyOK: 0, seatOK: 0,
  };
}

const QUOTE_CHARS: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"' };
const EDGE = /^[\s.,;:!?'"-]+|[\s.,;:!?'"-]+$/g;
const HONORIFIC = /^(?:the rt hon|rt hon|mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|prof|professor)\.?\s+/;

export function normaliseText(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/[\u2018\u2019\u201C\u201D]/g, (c) => QUOTE_CHARS[c])
    .replace(/\s+/g, ' ').trim().replace(EDGE, '').toLowerCase();
}

function nameKey(s: string): string {
  return normaliseText(s).replace(HONORIFIC, '').replace(/[^a-z' -]/g, '').trim();
}

/** Same person: equal names, or the same surname with compatible given names or initials. */
export function namesAgree(pred: string, gold: string): boolean {
  const p = nameKey(pred).split(' '), g = nameKey(gold).split(' ');
  if (!p[0] || !g[0]) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (p[p.length - 1] !== g[g.length - 1]) return false;
  return p.slice(0, -1).every((w) => g.slice(0, -1).some((x) => x === w || (w.length === 1 && x.startsWith(w))));
}

function partyKey(s: string | null): string {
  const k = normaliseText(s).replace(/&/g, 'and');
  const aliases: Record<string, string> = {
    'labour/co-operative': 'labour', 'labour (co-op)': 'labour', 'labour co-operative': 'labour',
    'conservative and unionist': 'conservative', tory: 'conservative', 'liberal democrats': 'liberal democrat',
    snp: 'scottish national party', 'the independent group for change': 'the independent group',
    'change uk': 'the independent group', 'change uk - the independent group': 'the independent group',
    'independent group': 'the independent group',
  };
  return aliases[k] ?? k;
}

function seatKey(s: string | null): string {
  return normaliseText(s).replace(/&/g, 'and').replace(/,/g, '');
}

function speakerOf(q: PredQuote): string | null {
  if (q.speaker == null) return null;
  return typeof q.speaker === 'string' ? q.speaker : q.speaker.name ?? null;
}

/** Pairs gold and predicted quotes: exact normalised text first, else containment of at least 80 %. */
export function pairQuotes(gold: GoldQuote[], pred: PredQuote[]): Map<number, number> {
  const taken = new Set<number>();
  const pairs = new Map<number, number>();
  const predTexts = pred.map((q) => normaliseText(q.text));
  gold.forEach((g, gi) => {
    const gt = normaliseText(g.text);
    let exact = -1, partial = -1;
    for (let pi = 0; pi < pred.length && exact < 0; pi++) {
      if (taken.has(pi)) continue;
      const pt = predTexts[pi];
      if (pt === gt) exact = pi;
      else if (partial < 0 && contains(pt, gt)) partial = pi;
    }
    const chosen = exact >= 0 ? exact : partial;
    if (chosen >= 0) { taken.add(chosen); pairs.set(gi, chosen); }
  });
  return pairs;
}

function contains(a: string, b: string): boolean {
  const [small, big] = a.length < b.length ? [a, b] : [b, a];
  return small.length > 0 && big.includes(small) && small.length / big.length >= 0.8;
}

export function scoreArticle(gold: Gold, pred: Pred): ArticleScore {
  const c = emptyCounts();
  const errors: string[] = [];
  const gq = gold.quotes ?? [], pq = pred.quotes ?? [];
  const pairs = pairQuotes(gq, pq);
  c.goldQuotes = gq.length; c.predQuotes = pq.length; c.matchedQuotes = pairs.size;
  gq.forEach((g, gi) => {
    if (!pairs.has(gi)) errors.push(`missed quote: "${g.text.slice(0, 60)}"`);
    if (g.kind !== 'speech' || !g.speaker) return;
    c.goldAttr++;
    const pi = pairs.get(gi);
    const said = pi === undefined ? null : speakerOf(pq[pi]);
    if (said && namesAgree(said, g.speaker)) c.correctAttr++;
    else errors.push(`attribution: "${g.text.slice(0, 50)}" gold=${g.speaker} predicted=${pi === undefined ? '(quote missed)' : said}`);
  });
  for (const pi of pairs.values()) if (speakerOf(pq[pi])) c.predAttr++;
  const matchedPred = new Set(pairs.values());
  pq.forEach((p, pi) => { if (!matchedPred.has(pi)) errors.push(`spurious quote: "${String(p.text).slice(0, 60)}"`); });
  scoreSpeakers(gq, pq, c);
  scoreMPs(gold.people ?? [], pred.people ?? [], c, errors);
  return { counts: c, errors };
}

function scoreSpeakers(gq: GoldQuote[], pq: PredQuote[], c: Counts): void {
  const gold = [...new Set(gq.filter((q) => q.kind === 'speech' && q.speaker).map((q) => q.speaker as string))];
  const pred = [...new Set(pq.map(speakerOf).filter((s): s is string => !!s))];
  c.goldSpeakers = gold.length; c.predSpeakers = pred.length;
  c.matchedSpeakers = gold.filter((g) => pred.some((p) => namesAgree(p, g))).length;
}

function scoreMPs(goldPeople: GoldPerson[], predPeople: PredPerson[], c: Counts, errors: string[]): void {
  const gold = goldPeople.filter((p) => p.isMP);
  const pred = predPeople.filter((p) => p.mp);
  c.goldMPs = gold.length; c.predMPs = pred.length;
  const used = new Set<number>();
  for (const g of gold) {
    const pi = pred.findIndex((p, i) => !used.has(i) && nameKey(p.name).includes(' ') && namesAgree(p.name, g.name));
    if (pi < 0) { errors.push(`missed MP: ${g.name}`); continue; }
    used.add(pi);
    c.matchedMPs++;
    const mp = pred[pi].mp!;
    if (partyKey(mp.party) === partyKey(g.party)) c.partyOK++; else errors.push(`party: ${g.name} gold=${g.party} predicted=${mp.party}`);
    if (seatKey(mp.constituency) === seatKey(g.constituency)) c.seatOK++; else errors.push(`seat: ${g.name} gold=${g.constituency} predicted=${mp.constituency}`);
  }
  pred.forEach((p, i) => { if (!used.has(i)) errors.push(`spurious MP: ${p.name}`); });
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof Counts>) out[k] += b[k];
  return out;
}

export interface Summary {
  quote: { precision: number; recall: number; f1: number };
  attribution: { accuracy: number; precision: number };
  speakers: { precision: number; recall: number; f1: number };
  mp: { precision: number; recall: number; f1: number; partyAccuracy: number | null; constituencyAccuracy: number | null };
}

export function summarise(c: Counts): Summary {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const precision = (hit: number, predicted: number, gold: number) => (predicted === 0 ? (gold === 0 ? 1 : 0) : hit / predicted);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const qp = precision(c.matchedQuotes, c.predQuotes, c.goldQuotes), qr = ratio(c.matchedQuotes, c.goldQuotes);
  const sp = precision(c.matchedSpeakers, c.predSpeakers, c.goldSpeakers), sr = ratio(c.matchedSpeakers, c.goldSpeakers);
  const mp = precision(c.matchedMPs, c.predMPs, c.goldMPs), mr = ratio(c.matchedMPs, c.goldMPs);
  return {
    quote: { precision: qp, recall: qr, f1: f1(qp, qr) },
    attribution: { accuracy: ratio(c.correctAttr, c.goldAttr), precision: precision(c.correctAttr, c.predAttr, c.goldAttr) },
    speakers: { precision: sp, recall: sr, f1: f1(sp, sr) },
    mp: {
      precision: mp, recall: mr, f1: f1(mp, mr),
      partyAccuracy: c.matchedMPs ? c.partyOK / c.matchedMPs : null,
      constituencyAccuracy: c.matchedMPs ? c.seatOK / c.matchedMPs : null,
    },
  };
}

export function formatSummary(s: Summary, c: Counts, files: number): string {
  const r = (x: number | null) => (x == null ? 'n/a' : x.toFixed(3));
  return [
    `files ${files}`,
    `quotes      P ${r(s.quote.precision)}  R ${r(s.quote.recall)}  F1 ${r(s.quote.f1)}  (gold ${c.goldQuotes}, predicted ${c.predQuotes})`,
    `attribution accuracy ${r(s.attribution.accuracy)}  precision ${r(s.attribution.precision)}  (gold ${c.goldAttr})`,
    `speakers    P ${r(s.speakers.precision)}  R ${r(s.speakers.recall)}  F1 ${r(s.speakers.f1)}`,
    `MPs         P ${r(s.mp.precision)}  R ${r(s.mp.recall)}  F1 ${r(s.mp.f1)}  party ${r(s.mp.partyAccuracy)}  seat ${r(s.mp.constituencyAccuracy)}`,
  ].join('\n');
}
