/** What Export Quotes as CSV and `press-gallery extract --format csv` write. Pure (no VS Code API). */
import type { Analysis } from '../../extractor/types';
import { oneLine } from '../text/words';

/** The columns, one row per quotation (speech and terms, in text order). */
export const QUOTES_CSV_COLUMNS = ['file', 'date', 'headline', 'line', 'column', 'speaker', 'party', 'constituency', 'kind', 'cue', 'quote', 'start', 'end'] as const;

/** Where the quotes come from: the file's name as the export shows it, and offsets to 0-based lines and characters. */
export interface CsvSource {
  file: string;
  positionAt: (offset: number) => { line: number; character: number };
}

/**
 * A UTF-8 byte-order mark: without it Excel reads the file in the system's code page and mangles
 * ’ “ – and every accented name.
 */
export const UTF8_BOM = '\uFEFF';

/** The header row and one row per quote, CRLF line ends and RFC 4180 quoting; `bom` puts the byte-order mark first. */
export function quotesAsCsv(a: Analysis, source: CsvSource, options: { bom?: boolean } = {}): string {
  return `${options.bom ? UTF8_BOM : ''}${csvRow(QUOTES_CSV_COLUMNS)}${quotesCsvRows(a, source)}`;
}

/** The rows without the header (the CLI prints one header for many files). Line and column are 1-based. */
export function quotesCsvRows(a: Analysis, source: CsvSource): string {
  const people = new Map(a.people.map((p) => [p.id, p]));
  const headline = oneLine(a.header.headline?.text ?? '');
  return a.quotes.map((q) => {
    const person = q.speaker?.type === 'person' ? people.get(q.speaker.id) : undefined;
    const mp = person?.mpStatus === 'mp' ? person.mp : null;
    const at = source.positionAt(q.open.start);
    return csvRow([source.file, a.date ?? '', headline, String(at.line + 1), String(at.character + 1), q.speaker?.name ?? '',
      mp?.party ?? '', mp?.constituency ?? '', q.kind, q.cue ? oneLine(q.cue.text) : '', q.text, String(q.start), String(q.end)]);
  }).join('');
}

function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
