// Renamed settings (readable titles in the Settings editor): values set under an old key are read
// until they are moved, then moved once to the new key, in the user's, the workspace's and the
// folder's settings, and the old key removed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { activateExtension, workspaceRoot } from './util';

const Global = vscode.ConfigurationTarget.Global;
const Workspace = vscode.ConfigurationTarget.Workspace;
const Folder = vscode.ConfigurationTarget.WorkspaceFolder;
const KEYS = ['highlight.mps', 'highlight.MPs', 'timeBudgetMs', 'timeBudget', 'debounceMs', 'analysisDelay'];

const config = () => vscode.workspace.getConfiguration('pressGallery', workspaceRoot());

async function clear(): Promise<void> {
  for (const key of KEYS) {
    for (const target of [Global, Workspace]) await config().update(key, undefined, target);
  }
}

/** Where a key is set: its user, workspace and folder values (undefined where unset). */
function where(key: string): { global: unknown; workspace: unknown; folder: unknown } {
  const i = config().inspect(key);
  return { global: i?.globalValue, workspace: i?.workspaceValue, folder: i?.workspaceFolderValue };
}

describe('settings renamed for readable titles', () => {
  let api: PressGalleryApi;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
    await clear();
  });

  beforeEach(clear);
  after(clear);

  it('declares the new keys, and the old ones deprecated (hidden in the Settings editor unless set)', () => {
    const declared: Record<string, { markdownDeprecationMessage?: string }> = Object.assign({}, ...vscode.extensions.getExtension('press-gallery.press-gallery')!.packageJSON.contributes.configuration
      .map((section: { properties: Record<string, unknown> }) => section.properties));
    for (const key of ['pressGallery.highlight.MPs', 'pressGallery.timeBudget', 'pressGallery.analysisDelay']) assert.ok(declared[key] && !declared[key].markdownDeprecationMessage, key);
    for (const key of ['pressGallery.highlight.mps', 'pressGallery.timeBudgetMs', 'pressGallery.debounceMs']) assert.ok(declared[key]?.markdownDeprecationMessage, key);
    assert.strictEqual(config().get('timeBudget'), 3000);
    assert.strictEqual(config().get('analysisDelay'), 300);
    assert.strictEqual(config().get('highlight.MPs'), true);
  });

  it('reads a value still under an old key, and the new key’s once it is set', async () => {
    await config().update('timeBudgetMs', 1234, Workspace);
    await config().update('highlight.mps', false, Global);
    assert.strictEqual(api.getSettings(workspaceRoot()).timeBudgetMs, 1234);
    assert.strictEqual(api.getSettings(workspaceRoot()).highlight.mps, false);
    await config().update('timeBudget', 4321, Global);
    assert.strictEqual(api.getSettings(workspaceRoot()).timeBudgetMs, 4321, 'a value under the new key wins');
    await clear();
    assert.strictEqual(api.getSettings(workspaceRoot()).timeBudgetMs, 3000);
    assert.strictEqual(api.getSettings(workspaceRoot()).highlight.mps, true);
  });

  it('moves user, workspace and folder values to the new keys once, and removes the old keys', async () => {
    await config().update('highlight.mps', false, Global);
    await config().update('debounceMs', 555, Global);
    await config().update('timeBudgetMs', 1234, Folder); // a single-folder workspace: the folder's settings are the workspace's (resource scope)
    await config().update('debounceMs', 777, Workspace);
    assert.deepStrictEqual(where('timeBudgetMs'), { global: undefined, workspace: 1234, folder: 1234 });

    const moved = await api.migrateRenamedSettings();
    const said = moved.map((m) => `${m.target} ${m.from} → ${m.to}${m.moved ? '' : ' (removed)'}`).sort();
    assert.deepStrictEqual(said, [
      'global pressGallery.debounceMs → pressGallery.analysisDelay',
      'global pressGallery.highlight.mps → pressGallery.highlight.MPs',
      'workspace pressGallery.debounceMs → pressGallery.analysisDelay',
      'workspace pressGallery.timeBudgetMs → pressGallery.timeBudget',
    ]);
    assert.deepStrictEqual(where('highlight.MPs'), { global: false, workspace: undefined, folder: undefined });
    assert.deepStrictEqual(where('analysisDelay'), { global: 555, workspace: 777, folder: 777 });
    assert.deepStrictEqual(where('timeBudget'), { global: undefined, workspace: 1234, folder: 1234 });
    for (const old of ['highlight.mps', 'debounceMs', 'timeBudgetMs']) assert.deepStrictEqual(where(old), { global: undefined, workspace: undefined, folder: undefined }, old);
    assert.strictEqual(api.getSettings(workspaceRoot()).debounceMs, 777);
    assert.strictEqual(api.getSettings(workspaceRoot()).highlight.mps, false);

    assert.deepStrictEqual(await api.migrateRenamedSettings(), [], 'nothing left to move the second time');
    await clear();
  });

  it('keeps a value already set under the new key and only removes the old one', async () => {
    await config().update('timeBudget', 2000, Global);
    await config().update('timeBudgetMs', 9000, Global);
    const moved = await api.migrateRenamedSettings();
    assert.deepStrictEqual(moved.map((m) => [m.target, m.from, m.moved]), [['global', 'pressGallery.timeBudgetMs', false]]);
    assert.deepStrictEqual(where('timeBudget'), { global: 2000, workspace: undefined, folder: undefined });
    assert.strictEqual(where('timeBudgetMs').global, undefined);
    await clear();
  });
});
