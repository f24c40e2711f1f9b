import { analyze } from '../extractor/analyze';
import { runChecks, CheckName } from '../checks';
import { parseArgs } from './args';
import { expandPaths, readTextFile } from './readInput';

/**
 * `check FILE... [--recursive] [--all]`: each problem as `file:line:column: severity: message`, the
 * format editors and CI systems read. Exit 1 when any warning or error is found (or a file cannot be
 * read), else 0. `--all` also reports unattributed quotes.
 */
export function runCheck(argv: string[]): number {
  const args = parseArgs(argv, ['recursive', 'all'], []);
  if ('error' in args) return usage(args.error);
  if (!args.positional.length) return usage('check needs at least one FILE');
  const enabled: Partial<Record<CheckName, boolean>> = args.flags.has('all') ? { unattributedQuotes: true } : {};
  let serious = 0, unreadable = 0;
  for (const file of expandPaths(args.positional, args.flags.has('recursive'))) {
    const input = readTextFile(file);
    if ('error' in input) { console.error(`press-gallery: ${file}: ${input.error}`); unreadable++; continue; }
    const lines = lineStarts(input.text);
    for (const p of runChecks(input.text, analyze(input.text), { enabled })) {
      const [line, column] = lineColumn(lines, p.start);
      console.log(`${file}:${line}:${column}: ${p.severity}: ${p.message}${p.fix ? ` [fix: ${p.fix.title}]` : ''}`);
      if (p.severity === 'warning' || p.severity === 'error') serious++;
    }
  }
  return serious || unreadable ? 1 : 0;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line and column (UTF-16 code units, as editors count). */
function lineColumn(starts: number[], offset: number): [number, number] {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return [lo + 1, offset - starts[lo] + 1];
}

function usage(message: string): number {
  console.error(`press-gallery: ${message}`);
  return 2;
}
