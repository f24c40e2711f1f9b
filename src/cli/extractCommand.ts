import { analyze } from '../extractor/analyze';
import { readTextFile, expandPaths } from './readInput';
import { formatReport } from './report';
import { parseArgs } from './args';
import { csvField, quotesAsCsv } from '../presentation/exports/quotesCsv';
import { quotesAsMarkdown } from '../presentation/exports/quotesMarkdown';

/** `extract FILE... [--json] [--recursive]`: a report (or JSON) per file; bad files are reported and skipped. */
export function runExtract(argv: string[]): number {
  const args = parseArgs(argv, ['json', 'recursive'], ['format']);
  if ('error' in args) return usage(args.error);
  if (args.positional.length === 0) return usage('extract needs at least one FILE');
  const format = args.options.get('format') ?? (args.flags.has('json') ? 'json' : 'text');
  if (!['text', 'json', 'md', 'csv'].includes(format)) return usage(`unknown format '${format}' (text, json, md or csv)`);
  const files = expandPaths(args.positional, args.flags.has('recursive'));
  const json = format === 'json';
  let csvHeaderDone = false;
  let failed = 0;
  const reports: string[] = [];
  for (const file of files) {
    const input = readTextFile(file);
    if ('error' in input) {
      console.error(`press-gallery: ${file}: ${input.error}`);
      failed++;
      continue;
    }
    const analysis = analyze(input.text);
    if (json) {
      const record = { file, ...analysis };
      process.stdout.write(files.length === 1 ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`);
    } else if (format === 'md') {
      reports.push(quotesAsMarkdown(analysis, analysis.header.headline?.text ?? file));
    } else if (format === 'csv') {
      // One table for all files: a file column in front, the header once.
      const rows = quotesAsCsv(analysis).trimEnd().split('\r\n');
      const body = rows.slice(1).map((r) => `${csvField(file)},${r}`);
      process.stdout.write(`${csvHeaderDone ? '' : `file,${rows[0]}\r\n`}${body.map((r) => `${r}\r\n`).join('')}`);
      csvHeaderDone = true;
    } else reports.push(formatReport(file, analysis));
  }
  if (reports.length) process.stdout.write(`${reports.join('\n\n')}\n`);
  return failed ? 1 : 0;
}

function usage(message: string): number {
  console.error(`press-gallery: ${message}`);
  return 2;
}

