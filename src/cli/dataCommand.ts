/**
 * `press-gallery data update|status|reset`: the MP data update from the command line. The overlay
 * lives in the user data folder (nodeStore.ts: $PRESS_GALLERY_DATA_DIR, $XDG_DATA_HOME/press-gallery
 * or ~/.local/share/press-gallery); `extract` and `check` use it, `eval` never does.
 */
import * as fs from 'fs';
import { bundledForUpdate, bundledInfo, overlayIsNewer, useOverlay } from '../data-update/apply';
import { UpdateError } from '../data-update/http';
import { parseOverlay } from '../data-update/overlay';
import { statusLines } from '../data-update/status';
import { loadOverlay } from '../data-update/store';
import { DEFAULT_API_BASE_URL, DEFAULT_TIME_LIMIT_MS, updateStore } from '../data-update/update';
import { parseArgs } from './args';
import { cliDataDir, fileStore } from './fileStore';

const USAGE = `usage:
  press-gallery data update [--api-base-url URL] [--time-limit SECONDS] [--verbose]
  press-gallery data status
  press-gallery data reset`;

export async function runData(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'update': return runUpdate(rest);
    case 'status': return noArgs(rest, runStatus);
    case 'reset': return noArgs(rest, runReset);
    default:
      console.error(sub ? `press-gallery: unknown data command '${sub}'\n${USAGE}` : USAGE);
      return 2;
  }
}

function noArgs(rest: string[], run: () => Promise<number>): Promise<number> {
  if (!rest.length) return run();
  console.error(`press-gallery: unexpected ${rest[0]}\n${USAGE}`);
  return Promise.resolve(2);
}

async function runUpdate(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['verbose'], ['api-base-url', 'time-limit']);
  if ('error' in args || args.positional.length) {
    console.error(`press-gallery: ${'error' in args ? args.error : `unexpected ${args.positional[0]}`}\n${USAGE}`);
    return 2;
  }
  const limit = args.options.has('time-limit') ? Number(args.options.get('time-limit')) : DEFAULT_TIME_LIMIT_MS / 1000;
  if (!(limit > 0)) {
    console.error('press-gallery: --time-limit needs a number of seconds');
    return 2;
  }
  const store = fileStore(cliDataDir());
  const stop = new AbortController();
  const onInt = () => stop.abort();
  process.once('SIGINT', onInt);
  const tty = process.stderr.isTTY;
  const baseUrl = args.options.get('api-base-url') ?? DEFAULT_API_BASE_URL;
  console.error(`press-gallery: fetching Commons members and their party and seat histories from ${baseUrl}…`);
  try {
    const { overlay, requests } = await updateStore(store, {
      baseUrl,
      bundled: bundledForUpdate(),
      signal: stop.signal,
      timeLimitMs: limit * 1000,
      onProgress: tty ? (done, total) => process.stderr.write(`\r  ${done}/${total} requests`) : undefined,
    });
    if (tty) process.stderr.write('\n');
    const added = overlay.people.filter((p) => p.added).length;
    console.log(`MP data updated: party verified to ${overlay.verifiedTo} by ${overlay.source.name} (${overlay.people.length} members${added ? `, ${added} new` : ''}${overlay.skipped.length ? `, ${overlay.skipped.length} left out` : ''}; ${requests} requests)`);
    if (!overlayIsNewer(overlay)) console.log('  the bundled data is as new, so it stays in use');
    if (args.flags.has('verbose')) for (const s of overlay.skipped) console.log(`  left out: member ${s.memberId}: ${s.reason}`);
    console.log(`  kept in ${store.location}`);
    console.log(`  ${overlay.licence}`);
    return 0;
  } catch (e) {
    if (tty) process.stderr.write('\n');
    if (!(e instanceof UpdateError)) throw e;
    console.error(`press-gallery: MP data not updated: ${e.message}`);
    return e.kind === 'cancelled' ? 130 : 1;
  } finally {
    process.removeListener('SIGINT', onInt);
  }
}

async function runStatus(): Promise<number> {
  const store = fileStore(cliDataDir());
  const loaded = await loadOverlay(store);
  const error = 'error' in loaded ? loaded.error : undefined;
  for (const line of statusLines({ bundled: bundledInfo(), overlay: loaded.overlay, location: store.location, error })) console.log(line);
  return 0;
}

async function runReset(): Promise<number> {
  const store = fileStore(cliDataDir());
  try {
    const removed = await store.remove();
    console.log(removed ? `MP data reset to the bundled data (removed ${store.location})` : 'MP data is already the bundled data (no update stored)');
    return 0;
  } catch (e) {
    console.error(`press-gallery: could not remove ${store.location}: ${(e as Error).message}`);
    return 1;
  }
}

/**
 * Applies the stored overlay, if any, to the lookups of `extract`, `check` and `stats` (and of their
 * worker threads, which call this before their first file); a damaged file is reported, not used.
 * Synchronous, so a worker has it in place before it takes a file.
 */
export function useStoredOverlay(report = true): void {
  const file = fileStore(cliDataDir()).location;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && report) console.error(`press-gallery: warning: the MP data update at ${file} could not be read (${(e as Error).message}); the bundled data is used`);
    useOverlay(null);
    return;
  }
  const parsed = parseOverlay(text);
  if ('error' in parsed && report) console.error(`press-gallery: warning: ${parsed.error} (${file}); the bundled data is used`);
  useOverlay('error' in parsed ? null : parsed);
}
