/**
 * Where the overlay lives, behind a small interface: a folder of the user's data for the CLI
 * (nodeStore.ts), the extension's global storage in the editor. `replace` is atomic: the new text is
 * written beside the old file and renamed over it, so a failed or interrupted update leaves the
 * previous overlay (or none) exactly as it was.
 */
import { UpdateError } from './http';
import { Overlay, parseOverlay, serializeOverlay } from './overlay';

export const OVERLAY_FILE = 'mp-overlay.json';

export interface OverlayStore {
  /** The file's text, or null when there is none. */
  read(): Promise<string | null>;
  /** Writes the text in full, then puts it in place in one step. */
  replace(text: string): Promise<void>;
  /** Deletes the overlay; false when there was none. */
  remove(): Promise<boolean>;
  /** Where the overlay is, for messages. */
  readonly location: string;
}

export type LoadedOverlay = { overlay: Overlay } | { overlay: null; error?: string };

export async function loadOverlay(store: OverlayStore): Promise<LoadedOverlay> {
  let text: string | null;
  try {
    text = await store.read();
  } catch (e) {
    return { overlay: null, error: `the overlay at ${store.location} could not be read (${(e as Error).message})` };
  }
  if (text === null) return { overlay: null };
  const parsed = parseOverlay(text);
  return 'error' in parsed ? { overlay: null, error: `${parsed.error} (${store.location}); the bundled data is used` } : { overlay: parsed };
}

/** Stores a complete overlay; the text is checked as a reader will check it before it replaces anything. */
export async function saveOverlay(store: OverlayStore, overlay: Overlay): Promise<void> {
  const text = serializeOverlay(overlay);
  const check = parseOverlay(text);
  if ('error' in check) throw new UpdateError('shape', `the update produced data that does not check (${check.error}); nothing was changed`);
  try {
    await store.replace(text);
  } catch (e) {
    throw new UpdateError('storage', `could not write ${store.location} (${(e as Error).message}); the MP data is unchanged`);
  }
}
