import type { Edit } from '../checks/types';
import { parseHeader } from '../extractor/header';
import type { ArticleFormat } from './articleFormat';
import { findFrontMatter } from './frontMatter';

/**
 * The one edit that gives an article the date `iso` (YYYY-MM-DD), where a reader would look for it:
 * - a date line first: its date is replaced (the headline stays);
 * - Markdown front matter: its `date:` value (a time of day after the day stays), or a new
 *   `date:` key at its top;
 * - Markdown without either: front matter with the date (it stays out of the preview);
 * - plain text: a date line; a short first line without a full stop is taken as the headline and
 *   the date goes in front of it (` date 2019-02-21 Headline`), as the date line's format has it.
 */
export function setDateEdit(text: string, format: ArticleFormat, iso: string): Edit {
  const header = parseHeader(text);
  if (header.dateSpan) return { start: header.dateSpan.start, end: header.dateSpan.end, text: iso };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
  if (format === 'markdown') {
    const fm = findFrontMatter(text);
    if (fm?.date) {
      const span = fm.date.day ?? fm.date.value;
      return { start: span.start, end: span.end, text: iso };
    }
    if (fm) return { start: fm.bodyStart, end: fm.bodyStart, text: `date: ${iso}${fm.eol}` };
    return { start: bom, end: bom, text: `---${eol}date: ${iso}${eol}---${eol}` };
  }
  const first = /^[^\r\n]*/.exec(text.slice(bom, bom + 1000))![0];
  if (looksLikeHeadline(first)) return { start: bom, end: bom, text: ` date ${iso} ` };
  return { start: bom, end: bom, text: ` date ${iso}${eol}${first.trim() ? eol : ''}` };
}

/** A headline: a few words on a line of their own, not a sentence that ends with a full stop. */
function looksLikeHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 20 && line.length <= 200 && !/[.;:,]\s*$/.test(line) && !/^\s/.test(line);
}
