// Whole-process measurements: wall time, CPU time and peak memory of a command, the way a user meets it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const preload = join(dirname(fileURLToPath(import.meta.url)), 'cpu-report.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'press-gallery-bench-process-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Runs `node ...args` once (in `env`, by default this process's); returns wall ms, CPU ms (whole process) and peak RSS in MB. */
export function runNode(args, { timeoutMs = 600_000, env = process.env } = {}) {
  const report = join(scratch, `r${Math.random().toString(36).slice(2)}.json`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, ...args], {
    env: { ...env, PRESS_GALLERY_BENCH_REPORT: report }, maxBuffer: 1 << 28, timeout: timeoutMs, encoding: 'utf8',
  });
  const wallMs = performance.now() - t;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { wallMs, cpuMs: NaN, maxRssMB: NaN, timedOut: true, stdout: '' };
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const { cpuMs, maxRssMB } = JSON.parse(readFileSync(report, 'utf8'));
  return { wallMs, cpuMs, maxRssMB, timedOut: false, stdout: r.stdout };
}

/** Median of each measure over `runs` runs of each command, taken in turn so that load hits both alike. */
export function compare(commands, runs, env = process.env) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((args, k) => samples[k].push(runNode(args, { env })));
  return samples.map((list) => ({
    wallMs: median(list.map((s) => s.wallMs)), cpuMs: median(list.map((s) => s.cpuMs)), maxRssMB: Math.max(...list.map((s) => s.maxRssMB)),
  }));
}

/**
 * Median wall time of each command over `runs` runs taken in turn, each run a bare `node ...args`: no
 * preloaded CPU report, whose own start (about 4 ms) would weigh on a short command's baseline as on it.
 */
export function compareWall(commands, runs, env = process.env) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, k) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { env, maxBuffer: 1 << 28, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
      samples[k].push(performance.now() - t);
    });
  }
  return samples.map(median);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
