/**
 * The extension host's CPU time so far, in milliseconds (every thread of the process), or undefined
 * in a host without it (the browser's). The start's figures give it beside wall time: on a loaded
 * machine wall time swings with the other work, CPU time much less.
 */
export function cpuNowMs(): number | undefined {
  if (typeof process !== 'object' || typeof process.cpuUsage !== 'function') return undefined;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU milliseconds since `started` (a cpuNowMs() reading), or undefined where there is no such clock. */
export function cpuSince(started: number | undefined): number | undefined {
  const now = cpuNowMs();
  return started === undefined || now === undefined ? undefined : now - started;
}
