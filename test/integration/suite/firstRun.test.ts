// First run in a real VS Code: the walkthrough's sample article, its commands, and the hover settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, hoverText, positionOf, until } from './util';

describe('first run: the walkthrough and the settings', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('pressGallery.hover').update('showProblems', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('pressGallery.hover').update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('contributes the walkthrough, whose media are in the installed extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walk] = ext.packageJSON.contributes.walkthroughs;
    assert.strictEqual(walk.steps.length, 5);
    for (const step of walk.steps) {
      const media = step.media.markdown ?? step.media.image;
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, media)); // throws if it was not packaged
    }
  });

  it('Open Sample Article: an untitled news article with the problems the walkthrough fixes; the card’s fix repairs it', async () => {
    await vscode.commands.executeCommand('pressGallery.openSample');
    const doc = vscode.window.activeTextEditor!.document;
    assert.strictEqual(doc.isUntitled, true);
    assert.strictEqual(doc.languageId, 'news-article');
    const problems = await until('the sample’s two problems', () => vscode.languages.getDiagnostics(doc.uri).map((d) => d.code), (c) => c.length === 2);
    assert.deepStrictEqual(problems, ['partyClaims', 'misspeltNames']);
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Dominic Grieve', 3)));
    assert.ok(card.includes('The text says _Labour MP_; on 21 Feb 2019 the record says Conservative.'), card);
    await vscode.workspace.getConfiguration('pressGallery.hover').update('showProblems', false, vscode.ConfigurationTarget.Workspace);
    const plain = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Dominic Grieve', 3)));
    assert.ok(plain.includes('Conservative') && !plain.includes('The text says'), plain);
    await vscode.workspace.getConfiguration('pressGallery.hover').update('enabled', false, vscode.ConfigurationTarget.Workspace);
    assert.strictEqual(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Dominic Grieve', 3))), '');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
