/**
 * The status bar's texts: its label, its tooltip, and what it says of a file too large to analyse.
 * Pure (no VS Code API): src/editor/statusBar.ts shows them.
 */
import type { Analysis } from '../../extractor/types';
import { formatDate } from '../../extractor/dates';
import { plural } from '../text/words';
import { BR, bold, escapeMarkdown } from '../text/markdown';
import { counts } from '../counts';

/**
 * "$(quote) 13 quotes · 3 speakers · 6 MPs"; when the time budget cut the analysis short the text
 * itself says so (a tooltip alone is never read): "$(warning) 13 quotes · 2 speakers · 6 MPs · cut short".
 */
export function statusText(a: Analysis): string {
  const c = counts(a);
  const found = `${plural(c.quotes, 'quote')} · ${plural(c.speakers, 'speaker')} · ${plural(c.mps, 'MP')}`;
  return a.stats.truncated ? `$(warning) ${found} · ${CUT_SHORT}` : `$(quote) ${found}`;
}

/** What the status bar and the cards say of an analysis the time budget cut short. */
export const CUT_SHORT = 'cut short';

/** The status bar's text when a file is above the size limit and was not analysed. */
export const TOO_LARGE_TEXT = '$(warning) Press Gallery: file too large — click to analyse';

export function tooLargeTooltip(sizeMB: number, limitMB: number): string {
  return `This article is ${sizeMB.toFixed(1)} MB, above the ${limitMB} MB of the setting pressGallery.maxFileSizeMB, so it was not analysed automatically.\n\nClick to analyse it anyway.`;
}

/** True when the analysis has something the reader should be warned of (status bar background). */
export function needsWarning(a: Analysis): boolean {
  return a.notices.some((n) => n.code === 'truncated' || n.code === 'invalid-date');
}

/**
 * The status bar tooltip as Markdown: the article's date (or why there is none), what was found, and
 * every notice; quotation marks never closed are counted, with the line of the first.
 */
export function statusTooltip(a: Analysis, lineOf: (offset: number) => number = () => -1): string {
  const c = counts(a);
  const lines: string[] = [bold('Press Gallery')];
  if (a.header.headline?.text) lines[0] += ` · ${escapeMarkdown(a.header.headline.text)}`;
  if (a.date) lines.push(`Article date: ${formatDate(a.date)} — MPs are shown as of this date`);
  else if (a.header.dateStatus === 'invalid') lines.push(`Article date: ${escapeMarkdown(a.header.dateSpan?.text ?? '?')} is not a real date — MPs are shown as of ${formatDate(a.lookupDate)}`);
  else lines.push(`No date line — MPs are shown as of ${formatDate(a.lookupDate)}, the newest date of the data`);
  const kinds = [plural(c.speech, 'speech quote'), ...(c.terms ? [plural(c.terms, 'term in quotation marks', 'terms in quotation marks')] : []),
    ...(c.unattributed ? [`${c.unattributed} unattributed`] : [])];
  lines.push(`${plural(c.quotes, 'quotation')} (${kinds.join(', ')}) · ${plural(c.speakers, 'speaker')} · ${plural(c.mps, 'MP')} named`);
  const warnings: string[] = [];
  const unclosed = a.notices.filter((n) => n.code === 'unclosed-quote');
  for (const n of a.notices) {
    if (n.code === 'unclosed-quote') continue;
    warnings.push(`$(warning) ${escapeMarkdown(n.message)}`);
  }
  if (unclosed.length) {
    const line = unclosed[0].span ? lineOf(unclosed[0].span.start) : -1;
    const where = line >= 0 ? ` (first on line ${line + 1})` : '';
    warnings.push(`$(warning) ${unclosed.length === 1 ? 'A quotation mark is' : `${unclosed.length} quotation marks are`} never closed in ${unclosed.length === 1 ? 'its' : 'their'} paragraph${where}`);
  }
  lines.push(...warnings);
  lines.push(`Analysed in ${Math.round(a.stats.milliseconds)} ms · click to show the speakers`);
  return lines.join(BR);
}
