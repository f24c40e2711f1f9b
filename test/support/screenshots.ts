// Screenshots of an end-to-end run (code-server in Chromium): each suite keeps its own folder under
// test-results/, emptied when the suite starts, so that a folder shows one run only.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

/** Empties the folder `dir` (making it if need be), for this run's screenshots. */
export function emptyShotsFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

/** Saves what `page` shows as `dir/name.png`; returns the file's path. */
export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The screenshot name for a failed test: FAILED- and its title, in file-name characters. */
export function failedShotName(title: string | undefined): string {
  return `FAILED-${(title || 'test').replace(/\W+/g, '-').slice(0, 40)}`;
}
