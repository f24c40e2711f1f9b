import type { Header, Span } from './types';

/** ` date 2019-02-21 Headline…` (leading white space optional), on the first line only. */
const HEADER = /^([ \t]*)date[ \t]+(\S+)(?:[ \t]+(.*?))?[ \t]*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads the date line at the very start of the text (after an optional byte-order mark). */
export function parseHeader(text: string): Header {
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = findLineEnd(text, offset);
  const lineText = text.slice(offset, eol);
  const m = HEADER.exec(lineText);
  if (!m) return { date: null, dateStatus: 'missing', dateSpan: null, headline: null, line: null };

  const dateStart = offset + lineText.indexOf(m[2], m[1].length + 4);
  const dateSpan: Span = { start: dateStart, end: dateStart + m[2].length, text: m[2] };
  let headline: Span | null = null;
  if (m[3]) {
    const hStart = offset + lineText.indexOf(m[3], dateSpan.end - offset);
    headline = { start: hStart, end: hStart + m[3].length, text: m[3] };
  }
  const date = isRealDate(m[2]) ? m[2] : null;
  return {
    date,
    dateStatus: date ? 'ok' : 'invalid',
    dateSpan,
    headline,
    line: { start: offset, end: eol, text: lineText },
  };
}

/** True for an ISO date that exists in the calendar (2019-02-30 does not). */
export function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function findLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}
