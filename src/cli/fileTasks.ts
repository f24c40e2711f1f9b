/**
 * What `extract`, `check` and `stats` do with one file, as a function of the file's name and the
 * command's options alone, returning plain data. The same function runs in the main thread (one
 * job) or in a worker thread (`--jobs N`), so the output cannot depend on the number of jobs.
 */
import { analyze } from '../extractor/analyze';
import { formatOfFileName, proseOf } from '../formats';
import { runChecks, CheckName } from '../checks';
import { QUOTES_CSV_COLUMNS, csvField, quotesCsvRows } from '../presentation/exports/quotesCsv';
import { quotesAsMarkdown } from '../presentation/exports/quotesMarkdown';
import { summariseArticle, ArticleSummary } from '../corpus/summary';
import { formatReport } from './report';
import { readTextFile } from './readInput';
import { lineStarts, positionAt } from '../corpus/lines';

export interface FileResult {
  /** What goes to standard output for this file (its share of it; see the command). */
  out?: string;
  /** A one-line error for standard error: the file could not be read. */
  error?: string;
  /** `check`: warnings and errors found. */
  serious?: number;
  /** `stats`: the article's summary. */
  summary?: ArticleSummary;
}

export type ExtractFormat = 'text' | 'json' | 'md' | 'csv';
export interface ExtractOptions { format: ExtractFormat; single: boolean }
export interface CheckOptions { all: boolean }

/** The header of `extract --format csv`, printed once for all files (each row names its file). */
export const EXTRACT_CSV_HEADER = `${QUOTES_CSV_COLUMNS.map(csvField).join(',')}\r\n`;

/**
 * One file's JSON is indented for a reader up to this size of text (any real article, several times
 * over); above it, it is written on one line: a 1 MB article's analysis is 8.5 MB indented, 5 MB not,
 * and nobody reads either by eye.
 */
export const PRETTY_JSON_MAX_CHARS = 256 * 1024;

function extractFile(file: string, o: ExtractOptions): FileResult {
  const input = readTextFile(file);
  if ('error' in input) return { error: `${file}: ${input.error}` };
  const analysis = analyze(proseOf(input.text, formatOfFileName(file)));
  switch (o.format) {
    case 'json': {
      const record = { file, ...analysis };
      const pretty = o.single && input.text.length <= PRETTY_JSON_MAX_CHARS;
      return { out: `${pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n` };
    }
    case 'md': {
      const starts = lineStarts(input.text);
      return { out: quotesAsMarkdown(analysis, file, (offset) => positionAt(starts, offset).line) };
    }
    case 'csv': {
      const starts = lineStarts(input.text);
      return { out: quotesCsvRows(analysis, { file, positionAt: (offset) => positionAt(starts, offset) }) };
    }
    case 'text':
      return { out: formatReport(file, analysis) };
  }
}

function checkFile(file: string, o: CheckOptions): FileResult {
  const input = readTextFile(file);
  if ('error' in input) return { error: `${file}: ${input.error}` };
  const enabled: Partial<Record<CheckName, boolean>> = o.all ? { unattributedQuotes: true } : {};
  const lines = lineStarts(input.text);
  let out = '', serious = 0;
  const prose = proseOf(input.text, formatOfFileName(file)); // a Markdown file's prose, same offsets
  for (const p of runChecks(prose, analyze(prose), { enabled })) {
    const { line, character } = positionAt(lines, p.start);
    out += `${file}:${line + 1}:${character + 1}: ${p.severity}: ${p.message}${p.fix ? ` [fix: ${p.fix.title}]` : ''}\n`;
    if (p.severity === 'warning' || p.severity === 'error') serious++;
  }
  return { out, serious };
}

function statsFile(file: string): FileResult {
  const input = readTextFile(file);
  if ('error' in input) return { error: `${file}: ${input.error}` };
  return { summary: summariseArticle(analyze(proseOf(input.text, formatOfFileName(file)))) };
}

/** The tasks by name, so that a worker thread can be told which to run. */
export const TASKS = {
  extract: extractFile,
  check: checkFile,
  stats: statsFile,
} as const;

export type TaskName = keyof typeof TASKS;
export type TaskOptions<T extends TaskName> = Parameters<(typeof TASKS)[T]>[1];

export function runTask(task: TaskName, file: string, options: unknown): FileResult {
  return (TASKS[task] as (file: string, options: unknown) => FileResult)(file, options);
}
