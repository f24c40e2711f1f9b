import { expandPaths } from './readInput';
import { parseArgs } from './args';
import { EXTRACT_CSV_HEADER, ExtractFormat, ExtractOptions } from './fileTasks';
import { forEachFile, parseJobs } from './parallel';

/** `extract FILE... [--json | --format md|csv|json] [--recursive] [--jobs N]`: a report (or JSON) per file; bad files are reported and skipped. */
export async function runExtract(argv: string[], workerScript: string): Promise<number> {
  const args = parseArgs(argv, ['json', 'recursive'], ['format', 'jobs']);
  if ('error' in args) return usage(args.error);
  if (args.positional.length === 0) return usage('extract needs at least one FILE');
  const format = args.options.get('format') ?? (args.flags.has('json') ? 'json' : 'text');
  if (!['text', 'json', 'md', 'csv'].includes(format)) return usage(`unknown format '${format}' (text, json, md or csv)`);
  const jobs = parseJobs(args.options.get('jobs'));
  if (typeof jobs === 'object') return usage(jobs.error);
  const files = expandPaths(args.positional, args.flags.has('recursive'));
  const options: ExtractOptions = { format: format as ExtractFormat, single: files.length === 1 };
  // Reports (text, md) are separated by a blank line; JSON lines and CSV rows follow each other.
  const separator = format === 'text' || format === 'md' ? '\n\n' : '';
  let written = 0, failed = 0;
  await forEachFile('extract', files, options, {
    jobs,
    workerScript,
    onResult: (_file, r) => {
      if (r.error) { console.error(`press-gallery: ${r.error}`); failed++; return; }
      if (format === 'csv' && written === 0) process.stdout.write(EXTRACT_CSV_HEADER);
      process.stdout.write(`${written > 0 ? separator : ''}${r.out ?? ''}`);
      written++;
    },
  });
  if (written && separator) process.stdout.write('\n');
  return failed ? 1 : 0;
}

function usage(message: string): number {
  console.error(`press-gallery: ${message}`);
  return 2;
}
