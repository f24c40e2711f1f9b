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
 * Imported first by the launcher (launcher.ts) and by main.ts, so that it runs before the rest of the
 * bundle is compiled and evaluated.
 */
import './nodeModulesFirst'; // first: Node's modules loaded after a flag is set miss Node's code cache
import { setFlagsFromString } from 'node:v8';
import { WRITE_CODE_CACHE } from './codeCache';
import { isShortRun } from './shortRun';

const CLI_INTERRUPT_BUDGET = 1_000_000;

const commandLine = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
const given = (flag: string) => commandLine.some((a) => a.startsWith(flag));
if (!given('--interrupt-budget')) setFlagsFromString(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);

/*
 * Regular expressions keep V8's default tiers (bytecode first, machine code on a pattern's second run).
 * Turning tier-up off here, after Node's start, saved about 30 million instructions of the seed's
 * 290 but crashed V8 about one run in sixty: `eval` of the 41 dev-bbc articles died of SIGSEGV in
 * NativeRegExpMacroAssembler::Execute, called from String.prototype.split, 13 times in 800 runs
 * (CI failed on it), and 0 in 1,400 with the flag given on the command line either way. A flag V8
 * reads when it compiles a pattern is not changed in the middle of a run.
 */

/**
 * Before the files are analysed: when every one is short, V8 compiles no optimised code in the middle
 * of a running loop (on-stack replacement) and inlines no calls into the code it optimises. Each pass
 * of the analysis runs once per file, so a loop's optimised copy (10–30 ms of compiler work apiece for
 * the tokenizer, the cue finder, the surname pass, with their callees inlined) mostly arrived when the
 * loop had nearly finished; functions called often are still optimised, only without their callees.
 * On the bench's 1 MB article the optimising compiler's time (V8's --trace-opt) fell from about 200 ms
 * to 34. Whole-process CPU, interleaved runs, median ratio of each pair (load 6–12):
 *   `extract --json` on the bench's 1 MB article        0.904, 0.925, 0.955 (runs of 12, 16, 14 pairs)
 *   `extract --json` on 300 PolNeAR train articles      0.935 (6); all 840 of them 0.988 (4)
 *   `extract --json` on the seed article                0.978, 1.024 (16, 14: within the noise)
 *   and on longer articles, which are therefore left alone: 2 MB 1.025 (8), 3 MB 1.043, 10 MB 1.23 (4).
 * Flags given on the command line win; the analysis's output is the same either way. The run that
 * makes the code cache is not tuned: V8 takes a cache only under the flags it was made with, those
 * set before the bundle is compiled (these two change how code is optimised, not its bytecode).
 */
export function tuneForShortRuns(files: readonly string[]): void {
  if (given('--use-osr') || given('--no-use-osr') || given('--turbo-inlining') || given('--no-turbo-inlining')) return;
  if (process.env[WRITE_CODE_CACHE]) return;
  if (!isShortRun(files)) return;
  setFlagsFromString('--no-use-osr');
  setFlagsFromString('--no-turbo-inlining');
}

