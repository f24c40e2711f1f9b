/**
 * The command-line tool's bundle run from V8's code cache: bytecode made at build time for every
 * function an `extract` of the seed article compiled, read back instead of compiled. A run of the tool
 * otherwise parses its 650 KB bundle (about 30 ms of CPU) and compiles each function to bytecode when
 * first called (about 20 ms more); with the cache, whole-process CPU, interleaved pairs, median ratio
 * of each pair: seed 0.82, the bench's 1 MB article 0.96 (see the commit for the runs).
 *
 * V8 takes a cache only when made by the same V8, with the same flags and a source of the same
 * length, and otherwise compiles as usual (`cachedDataRejected`), so a cache can only make a run
 * faster, never change what it does. The length is V8's only test of the source, so the cache also
 * carries the build's id, the bundle's first line: a rebuilt bundle of the same length is never run
 * from another build's bytecode.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Set to a path, the run writes the cache there when it ends (the build does, on the seed article). */
export const WRITE_CODE_CACHE = 'PRESS_GALLERY_WRITE_CODE_CACHE';
/** Set, the run says on standard error whether V8 took the cache (the build checks that it does). */
export const REPORT_CODE_CACHE = 'PRESS_GALLERY_REPORT_CODE_CACHE';

/** Where the cache of a bundle is kept: beside it. */
export function codeCacheOf(bundle: string): string {
  return `${bundle}.cache`;
}

/**
 * Runs the CommonJS bundle at `bundle` as Node's loader would, from its code cache when V8 takes it.
 * `launcher` is the file the bundle is told it is (`__filename`): the tool's worker threads start it,
 * so that they load through the cache too.
 */
export function runBundle(bundle: string, launcher: string): void {
  const source = readSource(bundle);
  const id = source.slice(0, source.indexOf('\n'));
  const cachedData = readCache(codeCacheOf(bundle), id);
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (process.env[REPORT_CODE_CACHE]) process.stderr.write(`code cache: ${!cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'taken'}\n`);
  const out = process.env[WRITE_CODE_CACHE];
  // At exit, when every function the run called has its bytecode.
  if (out) process.on('exit', () => writeFileSync(out, Buffer.concat([Buffer.from(`${id}\n`, 'latin1'), script.createCachedData()])));
  const module = new Module(bundle, require.main);
  module.filename = bundle;
  module.loaded = true;
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, Module.createRequire(bundle), module, launcher, dirname(bundle));
}

/**
 * The bundle's text: an ASCII file (the build makes it so: scripts/build.mjs asciiBundles) read as
 * Latin-1, which copies its bytes into a one-byte string, with no UTF-8 decoding; any other as UTF-8.
 */
function readSource(bundle: string): string {
  const bytes = readFileSync(bundle);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** The cache's bytecode when it was made for the bundle whose first line is `id`, else undefined. */
function readCache(file: string, id: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined; // not built, or not shipped: compiled as usual
  }
  const header = data.indexOf(10);
  return header >= 0 && data.toString('latin1', 0, header) === id ? data.subarray(header + 1) : undefined;
}
