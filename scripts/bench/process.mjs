// Whole-process measurements: wall time, CPU time and peak memory of a command, the way a user meets it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const preload = join(dirname(fileURLToPath(import.meta.url)), 'cpu-report.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'press-gallery-bench-process-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs `node ...args` once (in `env`, by default this process's); returns wall ms, CPU ms (whole process)
 * and peak RSS in MB. With `report: false` the run is bare, wall time only: the preloaded CPU report's
 * own start (about 4 ms) would weigh on a short command's baseline as on the command.
 */
export function runNode(args, { timeoutMs = 600_000, env = process.env, report = true } = {}) {
  const file = report ? join(scratch, `r${Math.random().toString(36).slice(2)}.json`) : null;
  const t = performance.now();
  const r = spawnSync(process.execPath, file ? ['-r', preload, ...args] : args, {
    env: file ? { ...env, PRESS_GALLERY_BENCH_REPORT: file } : env, maxBuffer: 1 << 28, timeout: timeoutMs, encoding: 'utf8',
  });
  const wallMs = performance.now() - t;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { wallMs, cpuMs: NaN, maxRssMB: NaN, timedOut: true, stdout: '' };
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const { cpuMs, maxRssMB } = file ? JSON.parse(readFileSync(file, 'utf8')) : { cpuMs: NaN, maxRssMB: NaN };
  return { wallMs, cpuMs, maxRssMB, timedOut: false, stdout: r.stdout };
}

/** Median of each measure over `runs` runs of each command, taken in turn so that load hits both alike. */
export function compare(commands, runs, env = process.env, report = true) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((args, k) => samples[k].push(runNode(args, { env, report })));
  return samples.map((list) => ({
    wallMs: median(list.map((s) => s.wallMs)), cpuMs: median(list.map((s) => s.cpuMs)), maxRssMB: Math.max(...list.map((s) => s.maxRssMB)),
  }));
}

/** Median wall time of each command over `runs` bare runs taken in turn (runNode's `report: false`). */
export function compareWall(commands, runs, env = process.env) {
  return compare(commands, runs, env, false).map((r) => r.wallMs);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
