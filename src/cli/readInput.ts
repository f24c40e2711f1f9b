import * as fs from 'fs';
import * as path from 'path';

export type Input = { file: string; text: string } | { file: string; error: string };

/**
 * Reads a file as UTF-8 text, or says in one line why it cannot be read: missing, a directory,
 * binary (NUL bytes), or not valid UTF-8. Never throws.
 */
export function readTextFile(file: string): Input {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { file, error: 'no such file' };
  }
  if (stat.isDirectory()) return { file, error: 'is a directory (use --recursive to read the files in it)' };
  if (!stat.isFile()) return { file, error: 'not a regular file' };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { file, error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (bytes.includes(0)) return { file, error: 'is binary (it holds NUL bytes), not text' };
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { file, error: 'is not valid UTF-8 text' };
  }
}

/** The files named on the command line; with `recursive`, directories give the files under them. */
export function expandPaths(paths: readonly string[], recursive: boolean): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (recursive && isDirectory(p)) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}
