import { runExtract } from './extractCommand';
import { runEval } from './evalCommand';
import { runCheck } from './checkCommand';

const USAGE = `usage:
  press-gallery extract FILE... [--json | --format md|csv|json] [--recursive]
                                                         quotes, speakers and MPs of each article
  press-gallery check FILE... [--recursive] [--all]      sub-editor's checks, as file:line:col: severity: message
  press-gallery eval GOLD_DIR [--verbose] [--json] [--predictions DIR]
                                                         score against NAME.txt + NAME.gold.json
  press-gallery --help`;

/** Entry of the command-line tool. Exit codes: 0 fine, 1 some input could not be read, 2 usage. */
function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return runExtract(rest);
    case 'eval':
      return runEval(rest);
    case 'check':
      return runCheck(rest);
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

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main(process.argv.slice(2));
