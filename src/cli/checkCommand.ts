import { parseArgs } from './args';
import { expandPaths } from './readInput';
import { CheckOptions } from './fileTasks';
import { forEachFile, parseJobs } from './parallel';

/**
 * `check FILE... [--recursive] [--all] [--jobs N]`: each problem as `file:line:column: severity:
 * message`, the format editors and CI systems read. Exit 1 when any warning or error is found (or a
 * file cannot be read), else 0. `--all` also reports unattributed quotes.
 */
export async function runCheck(argv: string[], workerScript: string): Promise<number> {
  const args = parseArgs(argv, ['recursive', 'all'], ['jobs']);
  if ('error' in args) return usage(args.error);
  if (!args.positional.length) return usage('check needs at least one FILE');
  const jobs = parseJobs(args.options.get('jobs'));
  if (typeof jobs === 'object') return usage(jobs.error);
  const options: CheckOptions = { all: args.flags.has('all') };
  let serious = 0, unreadable = 0;
  await forEachFile('check', expandPaths(args.positional, args.flags.has('recursive')), options, {
    jobs,
    workerScript,
    onResult: (_file, r) => {
      if (r.error) { console.error(`press-gallery: ${r.error}`); unreadable++; return; }
      process.stdout.write(r.out ?? '');
      serious += r.serious ?? 0;
    },
  });
  return serious || unreadable ? 1 : 0;
}

function usage(message: string): number {
  console.error(`press-gallery: ${message}`);
  return 2;
}
