import * as vscode from 'vscode';
import { CONFIG_SECTION, RENAMED_SETTINGS } from '../presentation/ids';
import { log, logError } from './log';

/** One value moved from an old key to its new one, at one place (for the log and the tests). */
export interface MovedSetting {
  from: string;
  to: string;
  target: 'global' | 'workspace' | 'workspaceFolder';
  /** The folder's URI, for a workspace-folder value. */
  folder?: string;
  /** False when the new key already had a value there: it is kept and the old one only removed. */
  moved: boolean;
}

type Place = { target: vscode.ConfigurationTarget; name: MovedSetting['target']; folder?: vscode.WorkspaceFolder };

/** Where a value can be set: the user's settings, the workspace's, and each folder's. */
function places(): Place[] {
  const out: Place[] = [{ target: vscode.ConfigurationTarget.Global, name: 'global' }];
  if (vscode.workspace.workspaceFolders?.length || vscode.workspace.workspaceFile) out.push({ target: vscode.ConfigurationTarget.Workspace, name: 'workspace' });
  // In a single-folder workspace the folder's settings are the workspace's: one place, not two.
  if (vscode.workspace.workspaceFile) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) out.push({ target: vscode.ConfigurationTarget.WorkspaceFolder, name: 'workspaceFolder', folder });
  }
  return out;
}

function valueAt<T>(inspected: ReturnType<vscode.WorkspaceConfiguration['inspect']> | undefined, place: Place): T | undefined {
  if (!inspected) return undefined;
  const v = place.name === 'global' ? inspected.globalValue : place.name === 'workspace' ? inspected.workspaceValue : inspected.workspaceFolderValue;
  return v as T | undefined;
}

/**
 * Settings renamed for readable titles in the Settings editor (pressGallery.highlight.mps became
 * pressGallery.highlight.MPs, shown as "MPs"): a value the user set under an old key, in their
 * settings, the workspace's or a folder's, is written under the new key and the old key removed.
 * A value already set under the new key wins. Once moved there is nothing left to move, so running
 * this at every start costs one `inspect` per key and place. Never throws: a settings file that
 * cannot be written keeps its old key, which `readRenamed` still reads.
 */
export async function migrateRenamedSettings(): Promise<MovedSetting[]> {
  const done: MovedSetting[] = [];
  for (const place of places()) {
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, place.folder?.uri);
    for (const { from, to } of RENAMED_SETTINGS) {
      const old = valueAt<unknown>(config.inspect(from), place);
      if (old === undefined) continue;
      const already = valueAt<unknown>(config.inspect(to), place);
      try {
        if (already === undefined) await config.update(to, old, place.target);
        await config.update(from, undefined, place.target);
        const entry: MovedSetting = { from: `${CONFIG_SECTION}.${from}`, to: `${CONFIG_SECTION}.${to}`, target: place.name, moved: already === undefined, ...(place.folder ? { folder: place.folder.uri.toString() } : {}) };
        done.push(entry);
        log()?.info(`Setting ${entry.from} is now ${entry.to}: ${entry.moved ? 'moved' : 'removed, the new key already had a value'} (${place.name}${place.folder ? ` ${place.folder.name}` : ''} settings)`);
      } catch (e) {
        logError(`moving the setting ${CONFIG_SECTION}.${from} to ${CONFIG_SECTION}.${to} (${place.name} settings)`, e);
      }
    }
  }
  return done;
}

/**
 * The value of a renamed setting: the new key's when the user set it anywhere, else the old key's
 * when it is still set (before the move, or where it could not be written), else the default.
 */
export function readRenamed<T>(config: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const renamed = RENAMED_SETTINGS.find((r) => r.to === key);
  if (!renamed) return config.get<T>(key);
  const isSet = (i: ReturnType<vscode.WorkspaceConfiguration['inspect']>) =>
    !!i && [i.globalValue, i.workspaceValue, i.workspaceFolderValue, i.globalLanguageValue, i.workspaceLanguageValue, i.workspaceFolderLanguageValue].some((v) => v !== undefined);
  if (!isSet(config.inspect(key)) && isSet(config.inspect(renamed.from))) return config.get<T>(renamed.from);
  return config.get<T>(key);
}
