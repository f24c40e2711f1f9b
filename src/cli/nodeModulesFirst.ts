/**
 * Node's own modules that the tool uses, loaded before compilerTuning.ts sets V8's flags.
 *
 * Why: Node's binary carries a code cache for each of its own modules, and V8 takes a cache only
 * under the flags it was made with. A flag set at run time (setFlagsFromString) changes them, so
 * every Node module loaded after it was parsed and compiled from source: the eight files behind
 * `performance` (budget.ts's clock), os (--jobs' default), and the stream that standard output writes
 * through (a file's, or a pipe's with net). Loaded here, first, they come from Node's cache:
 * `extract --json` of the seed, 348 -> 330 million instructions (callgrind).
 *
 * With PRESS_GALLERY_REPORT_CODE_CACHE set, the run names on standard error the Node modules it
 * loaded after its flags were set (the build checks that the seed's run loads none).
 */
import { REPORT_CODE_CACHE } from './codeCache';

// Required, not imported: the bundler drops an import whose bindings go unused.
require('node:os');
require('node:perf_hooks');
// Standard output's stream is made on its first use: made now, with the modules its kind needs (and
// standard error's when the run reports on itself there).
void process.stdout;
if (process.env[REPORT_CODE_CACHE]) void process.stderr;

/** Node keeps the list of its own modules loaded so far (internal, but there since Node 0.x). */
function loadedModules(): readonly string[] {
  return (process as { moduleLoadList?: string[] }).moduleLoadList ?? [];
}

/**
 * Called once the flags are set (by the launcher): with REPORT_CODE_CACHE, says at exit which Node
 * modules this run loaded from then on, each compiled without Node's cache ("none" when it loaded none).
 */
export function reportModulesLoadedAfterFlags(): void {
  if (!process.env[REPORT_CODE_CACHE]) return;
  const before = new Set(loadedModules());
  process.on('exit', () => {
    const after = loadedModules().filter((m) => m.startsWith('NativeModule ') && !before.has(m)).map((m) => m.slice(13));
    process.stderr.write(`node modules loaded after the flags: ${after.length ? after.join(', ') : 'none'}\n`);
  });
}
