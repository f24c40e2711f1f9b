import type { Header, Notice } from './types';
import type { StrayMark } from './quotes';
import type { KnowledgeBase } from './kb/knowledgeBase';

/** What the reader should know about the limits of an analysis, in plain words. */
/** Where a cut-short analysis stopped working out speakers (see Analysis.stats.speakersTo). */
export interface Cut {
  speakersTo: number;
  text: string;
}

export function noticesFor(header: Header, lookupDate: string, kb: KnowledgeBase, strays: readonly StrayMark[], cut: Cut | null): Notice[] {
  const out: Notice[] = [];
  const cov = kb.coverage;
  if (header.dateStatus === 'missing') {
    out.push({ code: 'no-date', message: `No date line: MPs are shown as of ${lookupDate}, the newest date of the membership data.` });
  } else if (header.dateStatus === 'invalid') {
    out.push({
      code: 'invalid-date',
      message: `The date ${header.dateSpan?.text ?? ''} is not a real calendar date: MPs are shown as of ${lookupDate}.`,
      span: header.dateSpan ? { start: header.dateSpan.start, end: header.dateSpan.end } : undefined,
    });
  }
  if (lookupDate < cov.from) {
    out.push({ code: 'date-before-data', message: `There is no membership data before ${cov.from}: party and seat are not shown for ${lookupDate}.` });
  } else if (lookupDate > cov.to) {
    out.push({ code: 'date-after-data', message: `The membership data ends on ${cov.to}: party and seat are not shown for ${lookupDate}.` });
  } else if (lookupDate > cov.partyVerifiedTo) {
    out.push({ code: 'party-unverified', message: `Party changes after ${cov.partyVerifiedTo} may be missing from the membership data.` });
  }
  for (const s of strays) {
    const span = { start: s.mark.start, end: s.mark.end };
    if (s.problem === 'unclosed') out.push({ code: 'unclosed-quote', message: 'A quotation mark opened here is never closed in its paragraph.', span });
    else out.push({ code: 'unopened-quote', message: 'This closing quotation mark closes nothing.', span });
  }
  if (cut) out.push({ code: 'truncated', message: truncatedMessage(cut) });
  return out;
}

function truncatedMessage({ speakersTo, text }: Cut): string {
  const budget = 'The analysis ran out of its time budget';
  if (speakersTo <= 0) return `${budget}: people and speakers were not worked out.`;
  const line = lineOf(text, speakersTo), lines = lineOf(text, text.length);
  return `${budget}: people and speakers were worked out to line ${line} of ${lines}; the quotations after it are shown without speakers.`;
}

/** 1-based line of an offset (line breaks as the paragraphs count them). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
