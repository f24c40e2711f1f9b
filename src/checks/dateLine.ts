import type { Analysis } from '../extractor/types';
import { formatDate } from '../extractor/dates';
import type { Problem } from './types';

/**
 * An article without a date: parties and seats are then looked up on a date the article does not
 * give (the newest of the data), and the reader should know. Reported on line 1; the editor offers
 * to insert the date (today, the file's date, or one typed). An impossible date (2019-02-30) is
 * not this check's: the analysis already warns of it.
 */
export function dateLine(text: string, a: Analysis): Omit<Problem, 'severity'>[] {
  if (a.header.dateStatus !== 'missing') return [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = text.slice(start).search(/[\r\n]/);
  return [{
    check: 'dateLine',
    message: noDateLineMessage(a.lookupDate),
    start,
    end: eol < 0 ? text.length : start + eol,
  }];
}

export function noDateLineMessage(lookupDate: string): string {
  return `No date line: MPs are shown as of ${formatDate(lookupDate)}`;
}
