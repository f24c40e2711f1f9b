/**
 * The command-line tool's entry (dist/cli.js): sets the tool's compiler flags, then runs the tool's
 * bundle (dist/cliMain.js, from src/cli/main.ts) from the code cache made for it at build time
 * (codeCache.ts). The flags come first because V8 takes a cache only under the flags it was made with.
 */
import './compilerTuning';
import { join } from 'node:path';
import { runBundle } from './codeCache';
import { reportModulesLoadedAfterFlags } from './nodeModulesFirst';

reportModulesLoadedAfterFlags();
runBundle(join(__dirname, 'cliMain.js'), __filename);
