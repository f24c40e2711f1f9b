import * as fs from 'fs';
import { parseArgs } from './args';
import { expandPaths } from './readInput';
import { forEachFile, parseJobs } from './parallel';
import { mergeStats, validateStats, CorpusStats, StatsAccumulator } from '../corpus/stats';
import { statsAsCsv, statsAsMarkdown, statsAsText } from '../corpus/statsFormat';

/**
 * `stats PATH... [--json | --format csv|md] [--recursive] [--jobs N]`: who is quoted how often
 * across the articles, by party on each article's date. `stats --merge A.json B.json …` adds up the
 * `--json` results of runs over disjoint parts of a corpus into the numbers of one run over all.
 */
export async function runStats(argv: string[], workerScript: string): Promise<number> {
  const args = parseArgs(argv, ['json', 'recursive', 'merge'], ['format', 'jobs', 'top']);
  if ('error' in args) return usage(args.error);
  if (!args.positional.length) return usage(args.flags.has('merge') ? 'stats --merge needs at least one FILE.json' : 'stats needs at least one PATH');
  const format = args.options.get('format') ?? (args.flags.has('json') ? 'json' : 'text');
  if (!['text', 'json', 'md', 'csv'].includes(format)) return usage(`unknown format '${format}' (text, json, md or csv)`);
  const top = Number(args.options.get('top') ?? 20);
  if (!Number.isInteger(top) || top < 0) return usage('--top needs a whole number (0 for every speaker)');
  const jobs = parseJobs(args.options.get('jobs'));
  if (typeof jobs === 'object') return usage(jobs.error);

  let failed = 0;
  let stats: CorpusStats;
  if (args.flags.has('merge')) {
    const parts: CorpusStats[] = [];
    for (const file of args.positional) {
      const part = readStats(file);
      if ('error' in part) { console.error(`press-gallery: ${file}: ${part.error}`); failed++; } else parts.push(part);
    }
    // A merge that silently dropped a part would give wrong totals: refuse instead.
    if (failed) return 1;
    stats = mergeStats(parts);
  } else {
    const acc = new StatsAccumulator();
    await forEachFile('stats', expandPaths(args.positional, args.flags.has('recursive')), undefined, {
      jobs,
      workerScript,
      onResult: (_file, r) => {
        if (r.error) { console.error(`press-gallery: ${r.error}`); failed++; } else if (r.summary) acc.addArticle(r.summary);
      },
    });
    stats = acc.result();
  }
  const out = format === 'json' ? `${JSON.stringify(stats, null, 2)}\n`
    : format === 'csv' ? statsAsCsv(stats)
    : format === 'md' ? statsAsMarkdown(stats)
    : `${statsAsText(stats, top)}\n`;
  process.stdout.write(out);
  return failed ? 1 : 0;
}

function readStats(file: string): CorpusStats | { error: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read' };
  }
  try {
    return validateStats(JSON.parse(text));
  } catch {
    return { error: 'is not JSON' };
  }
}

function usage(message: string): number {
  console.error(`press-gallery: ${message}`);
  return 2;
}
