/**
 * CPU time of a synchronous call, in milliseconds (user + system, every thread of the process).
 *
 * The linearity tests compare two runs a moment apart. On a loaded 2-core machine the wall time of a
 * synchronous call swings with how long other processes hold the cores, so a 4× text could look 10×
 * slower while doing 4× the work; the CPU time this process spends swings far less.
 */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * The least CPU time of `times` runs (the run least disturbed by the garbage collector or the machine),
 * with the last run's result.
 */
export function leastCpu<T>(run: () => T, times = 2): { result: T; ms: number } {
  let result!: T;
  let ms = Infinity;
  for (let i = 0; i < times; i++) ms = Math.min(ms, cpuMs(() => { result = run(); }));
  return { result, ms };
}
