// Press Gallery works on every kind of document a person can open: untitled, read-only and virtual
// (non-file) ones, and it never changes a document on its own.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText } from './util';

const TEXT = ' date 2019-02-21 Elsewhere\n\n“We will win this,” said Dominic Grieve.\n';

async function checkWorks(doc: vscode.TextDocument, what: string): Promise<void> {
  assert.strictEqual(doc.languageId, 'news-article', `${what}: expected the news-article language`);
  const at = doc.positionAt(doc.getText().indexOf('Dominic Grieve') + 3);
  const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
  assert.ok(hover.includes('Conservative · Beaconsfield'), `${what}: expected the hover card, saw ${JSON.stringify(hover)}`);
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
  assert.deepStrictEqual((symbols ?? []).map((s) => s.name), ['Dominic Grieve'], `${what}: outline`);
  const before = doc.getText();
  await vscode.commands.executeCommand('pressGallery.nextQuote');
  await vscode.commands.executeCommand('pressGallery.reanalyse');
  assert.strictEqual(doc.getText(), before, `${what}: expected the commands to leave the text alone`);
}

describe('untitled, read-only and virtual documents', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('works on an untitled article', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content: TEXT });
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.isUntitled, true);
    try {
      await checkWorks(doc, 'untitled');
    } finally {
      // An untitled document with text would make "close all" ask whether to save it.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('works on a read-only virtual article (a scheme of its own, not file:)', async () => {
    const scheme = 'press-gallery-test';
    const registration = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => TEXT });
    try {
      let doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`${scheme}:/story/elsewhere.article`));
      doc = await vscode.languages.setTextDocumentLanguage(doc, 'news-article');
      await vscode.window.showTextDocument(doc);
      assert.notStrictEqual(doc.uri.scheme, 'file');
      await checkWorks(doc, 'virtual');
    } finally {
      registration.dispose();
    }
  });
});
