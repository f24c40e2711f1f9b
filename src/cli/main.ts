import './compilerTuning'; // first: it tunes the compiler before the rest of the bundle runs
import { runExtract } from './extractCommand';
import { runEval } from './evalCommand';
import { runCheck } from './checkCommand';
import { runStats } from './statsCommand';
import { isFileWorker, runWorkerIfAsked } from './parallel';
import { runData, useStoredOverlay } from './dataCommand';

const USAGE = `usage:
  press-gallery extract FILE... [--json | --format md|csv|json] [--recursive] [--jobs N]
                                                         quotes, speakers and MPs of each article
  press-gallery check FILE... [--recursive] [--all] [--jobs N]
                                                         sub-editor's checks, as file:line:col: severity: message
  press-gallery stats PATH... [--json | --format csv|md] [--recursive] [--jobs N] [--top N]
                                                         who is quoted how often, by party on each article's date
  press-gallery stats --merge A.json B.json...           one result from stats --json runs over parts of a corpus
  press-gallery eval GOLD_DIR [--verbose] [--json] [--predictions DIR]
                                                         score against NAME.txt + NAME.gold.json
  press-gallery data update [--api-base-url URL] [--time-limit SECONDS] [--verbose]
                                                         fetch newer MP data from UK Parliament's Members API
  press-gallery data status | data reset                 which MP data is in use; back to the bundled data
  press-gallery --help

  --jobs N   worker threads (default: the number of cores); the output is the same for any N`;

/** Entry of the command-line tool. Exit codes: 0 fine, 1 some input could not be read, 2 usage. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      useStoredOverlay();
      return runExtract(rest, __filename);
    case 'eval':
      return runEval(rest);
    case 'check':
      useStoredOverlay();
      return runCheck(rest, __filename);
    case 'stats':
      useStoredOverlay();
      return runStats(rest, __filename);
    case 'data':
      return runData(rest);
    case '--help':
    case '-h':
    case 'help':
      console.log(USAGE);
      return 0;
    default:
      console.error(command ? `press-gallery: unknown command '${command}'\n${USAGE}` : USAGE);
      return 2;
  }
}

// A worker thread of --jobs looks up MPs too: with the same MP data as the main thread.
if (isFileWorker()) useStoredOverlay(false);
if (!runWorkerIfAsked()) {
  // A reader that closes the pipe early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { console.error(`press-gallery: ${e instanceof Error ? e.message : String(e)}`); process.exitCode = 3; },
  );
}
