import { statSync } from 'node:fs';

/**
 * Files up to this size are analysed in one short burst of each pass, too short for the optimiser's
 * work on a running loop to pay for itself (compilerTuning.ts); between the sizes measured there,
 * 1 MB gained from leaving it out and 2 MB lost.
 */
export const SHORT_RUN_MAX_BYTES = 1.5 * (1 << 20);

/** Whether every file is at most SHORT_RUN_MAX_BYTES long; one that cannot be read counts as short (reading it will say why). */
export function isShortRun(files: readonly string[]): boolean {
  return files.every((f) => sizeOf(f) <= SHORT_RUN_MAX_BYTES);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
