/**
 * The command-line tool is a short process: most of what it runs, it runs once. V8 optimises a
 * function after a small budget of interpreted work (67,584 bytecode units by default), so a run over
 * a long article or a few hundred articles spent about a third of its CPU time compiling optimised
 * code on a background thread, for code that had finished by the time it was ready. A larger budget
 * optimises only what stays hot. Measured as whole-process CPU, least of five runs, same minute:
 *   `extract --json` on the bench's 1 MB article   736 → 603 ms
 *   `extract --json` on 300 PolNeAR train articles  1,747 → 986 ms
 *   `extract --json` on the seed article              131 → 113 ms
 *   `extract --json` on the bench's 10 MB article      no slower (3.0 s → 2.6 s, noisy)
 * (2,000,000 was no better on 1 MB and slower on 10 MB.) Only this process is tuned: the extension
 * shares its host with other extensions and sets nothing. A budget given on the command line wins.
 * Imported first by main.ts, so that it runs before the rest of the bundle is evaluated.
 */
import { setFlagsFromString } from 'node:v8';

const CLI_INTERRUPT_BUDGET = 1_000_000;

const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--interrupt-budget'));
if (!given) setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
