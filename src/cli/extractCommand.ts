import { analyze } from '../extractor/analyze';
import { readTextFile, expandPaths } from './readInput';
import { formatReport } from './report';
import { parseArgs } from './args';

/** `extract FILE... [--json] [--recursive]`: a report (or JSON) per file; bad files are reported and skipped. */
export function runExtract(argv: string[]): number {
  const args = parseArgs(argv, ['json', 'recursive'], []);
  if ('error' in args) return usage(args.error);
  if (args.positional.length === 0) return usage('extract needs at least one FILE');
  const files = expandPaths(args.positional, args.flags.has('recursive'));
  const json = args.flags.has('json');
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
    } else reports.push(formatReport(file, analysis));
  }
  if (reports.length) process.stdout.write(`${reports.join('\n\n')}\n`);
  return failed ? 1 : 0;
}

function usage(message: string): number {
  console.error(`press-gallery: ${message}`);
  return 2;
}
