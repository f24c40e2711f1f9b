// Update MP Data and Reset MP Data to Bundled in a real VS Code, against a local Members API on
// 127.0.0.1 (test/support/membersApiServer.ts) named by the setting pressGallery.data.apiBaseUrl.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { refusedBaseUrl, startMembersApi, MembersApiServer } from '../../support/membersApiServer';
import { activateExtension, hoverText, openInEditor, positionOf, writeScratch } from './util';

const ARTICLE = ' date 2026-09-01 Wexley Moor by-election\n\n“We won the argument,” said Harriet Quayle, the new MP for Wexley Moor.\n';

describe('MP data: Update MP Data and Reset MP Data to Bundled', function () {
  this.timeout(60_000);
  let api: PressGalleryApi;
  let doc: vscode.TextDocument;
  let server: MembersApiServer | undefined;
  const settings = () => vscode.workspace.getConfiguration('pressGallery.data');
  const quayle = () => api.getAnalysis(doc)!.people.find((p) => p.name === 'Harriet Quayle');
  const pointAt = (url: string | undefined) => settings().update('apiBaseUrl', url, vscode.ConfigurationTarget.Global);

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
    await api.mpDataReady();
    await vscode.commands.executeCommand('pressGallery.resetMpData');
    doc = await openInEditor(await writeScratch('byelection.article', ARTICLE));
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  after(async () => {
    await vscode.commands.executeCommand('pressGallery.resetMpData');
    await pointAt(undefined);
  });

  it('are contributed under Press Gallery, with the settings they read', () => {
    const manifest = vscode.extensions.getExtension('press-gallery.press-gallery')!.packageJSON;
    const titles = Object.fromEntries(manifest.contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
    assert.strictEqual(titles['pressGallery.updateMpData'], 'Update MP Data');
    assert.strictEqual(titles['pressGallery.resetMpData'], 'Reset MP Data to Bundled');
    assert.strictEqual(settings().get('checkForUpdates'), false, 'nothing is fetched unless asked');
  });

  it('fetches nothing on its own, even for an article dated after the data, with or without the offer', async () => {
    server = await startMembersApi({ lifetimeMs: 50_000 });
    await pointAt(server.baseUrl);
    const late = await openInEditor(await writeScratch('late.article', ' date 2026-12-01 Later\n\n“Later,” said Keir Starmer.\n'));
    for (const offer of [false, true]) {
      await settings().update('checkForUpdates', offer, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('pressGallery.reanalyse', late.uri);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await settings().update('checkForUpdates', undefined, vscode.ConfigurationTarget.Global);
    assert.deepStrictEqual(server.requests, []);
    await vscode.window.showTextDocument(doc);
  });

  it('Update MP Data fetches from the address in the setting and every lookup uses it', async () => {
    assert.strictEqual(quayle()?.mpStatus, 'unknown', 'not in the bundled data');
    server = await startMembersApi({ lifetimeMs: 50_000 });
    await pointAt(server.baseUrl);
    await vscode.commands.executeCommand('pressGallery.updateMpData');
    assert.ok(server.requests.length >= 2, `requests: ${server.requests.join(', ')}`);
    assert.ok(server.requests.every((r) => r.startsWith('/api/Members/')));
    const p = quayle();
    assert.strictEqual(p?.mpStatus, 'mp');
    assert.deepStrictEqual([p!.mp!.party, p!.mp!.constituency], ['Liberal Democrat', 'Wexley Moor']);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Harriet Quayle', 3)));
    assert.match(hover, /Party verified to \d+ \w+ \d{4} by UK Parliament \(Members API\), updated \d+ \w+ \d{4}/);
    assert.match(hover, /Open Parliament Licence v3\.0/);
  });

  it('a failed update says so and leaves the updated data as it was', async () => {
    server = await startMembersApi({ fault: 'missing-field', lifetimeMs: 50_000 });
    await pointAt(server.baseUrl);
    await vscode.commands.executeCommand('pressGallery.updateMpData');
    assert.strictEqual(quayle()?.mp?.party, 'Liberal Democrat', 'still the earlier update');
    await pointAt(await refusedBaseUrl());
    await vscode.commands.executeCommand('pressGallery.updateMpData');
    assert.strictEqual(quayle()?.mp?.party, 'Liberal Democrat');
  });

  it('Reset MP Data to Bundled goes back to the bundled data', async () => {
    await vscode.commands.executeCommand('pressGallery.resetMpData');
    assert.strictEqual(quayle()?.mpStatus, 'unknown');
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Harriet Quayle', 3)));
    assert.doesNotMatch(hover, /Members API/);
  });
});
