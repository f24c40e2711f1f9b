/** The CLI's store of the MP data overlay: a file in the user data folder, replaced by rename. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OVERLAY_FILE, OverlayStore } from '../data-update/store';

export function fileStore(dir: string): OverlayStore {
  const file = path.join(dir, OVERLAY_FILE);
  return {
    location: file,
    async read() {
      try {
        return await fs.promises.readFile(file, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async replace(text) {
      await fs.promises.mkdir(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      try {
        const h = await fs.promises.open(tmp, 'w');
        try {
          await h.writeFile(text, 'utf8');
          await h.sync();
        } finally {
          await h.close();
        }
        await fs.promises.rename(tmp, file);
      } catch (e) {
        await fs.promises.rm(tmp, { force: true });
        throw e;
      }
    },
    async remove() {
      try {
        await fs.promises.unlink(file);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
    },
  };
}

/**
 * The CLI's data folder: $PRESS_GALLERY_DATA_DIR (tests, or a shared newsroom folder), else
 * $XDG_DATA_HOME/press-gallery, else ~/.local/share/press-gallery.
 */
export function cliDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRESS_GALLERY_DATA_DIR) return env.PRESS_GALLERY_DATA_DIR;
  const base = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'press-gallery');
}
