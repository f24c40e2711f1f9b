// Press Gallery's `browser` entry in the web extension host (a web worker, as on vscode.dev):
// it activates, and its hover, symbol and quotation-token providers answer on the seed article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { EXTENSION_ID, LANGUAGE_ID, SEED, activateExtension, fixtureUri, hoverText, openInEditor, positionOf, symbolNames, until, writeScratch } from '../../integration/suite/util';

describe('Press Gallery in the web extension host', () => {
  it('runs in a web worker and activates its browser entry', async () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web, 'expected a web workbench');
    await activateExtension();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'expected the extension to be active');
    assert.ok(ext.packageJSON.browser, 'expected package.json to name a browser entry');
  });

  it('opens the seed article as news-article', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
  });

  it('hovers Dominic Grieve: Conservative, Beaconsfield', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Dominic Grieve', 3));
    const text = hoverText(hovers);
    for (const expected of ['Conservative', 'Beaconsfield']) {
      assert.ok(text.includes(expected), `expected the hover on "Dominic Grieve" to say ${JSON.stringify(expected)}, saw: ${JSON.stringify(text)}`);
    }
  });

  it('gives document symbols naming the speakers', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = symbolNames(symbols);
    for (const expected of ['Jeremy Corbyn', 'Dominic Grieve']) {
      assert.ok(names.some((n) => n.includes(expected)), `expected a document symbol naming ${expected}, saw: ${JSON.stringify(names)}`);
    }
  });

  it('switches a plain-text article (.txt) to News Article, with its hover cards', async () => {
    const doc = await openInEditor(await writeScratch('web-article.txt', ' date 2019-02-21 Grieve warns\n\n“We will keep knocking on doors,” Dominic Grieve said.\n'));
    await until('the .txt article switched to news-article', () => doc.languageId, (id) => id === LANGUAGE_ID);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Dominic Grieve', 3)));
    assert.ok(text.includes('Conservative'), `expected the hover on "Dominic Grieve" in the .txt article to say Conservative, saw: ${JSON.stringify(text)}`);
  });

  it('leaves a plain-text file without a date line as plain text', async () => {
    const doc = await openInEditor(await writeScratch('web-notes.txt', 'Call the press office back on Monday.\n'));
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  it('decorates MP names and fills the status bar', async () => {
    const api = await activateExtension<PressGalleryApi>();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(SEED)));
    // Decorations follow the analysis, which may come a moment after the editor opens.
    let kinds: string[] = [];
    for (let i = 0; i < 50 && !kinds.some((k) => k.startsWith('party:')); i++) {
      kinds = Object.keys(api.getDecorations(editor));
      if (!kinds.some((k) => k.startsWith('party:'))) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(kinds.some((k) => k.startsWith('party:')), `expected MP names decorated by party, saw decoration kinds: ${JSON.stringify(kinds)}`);
    const status = api.getStatusBarText() ?? '';
    assert.ok(/\d+ quotes/.test(status), `expected the status bar to count quotes, saw: ${JSON.stringify(status)}`);
  });

  it('indexes the workspace through workspace.fs: Go to Symbol in Workspace and the Sources numbers', async () => {
    const api = await activateExtension<PressGalleryApi>();
    await vscode.commands.executeCommand('pressGallery.rebuildIndex');
    const indexed = await api.whenIndexed();
    assert.ok(indexed.articles >= 1, `expected the seed article in the index, saw ${JSON.stringify(indexed)}`);
    const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Corbyn')) ?? [];
    const corbyn = symbols.find((s) => s.name === 'Jeremy Corbyn');
    assert.ok(corbyn, `expected Jeremy Corbyn among the workspace symbols, saw ${JSON.stringify(symbols.map((s) => s.name))}`);
    assert.ok(corbyn.location.uri.path.endsWith(SEED));
    await vscode.commands.executeCommand('pressGallery.showSources');
    let shown = api.getSourcesShown();
    for (let i = 0; i < 50 && !shown; i++) { await new Promise((r) => setTimeout(r, 100)); shown = api.getSourcesShown(); }
    assert.ok(shown && shown.totals.quotes >= 13, `expected the Sources view to count the seed article's quotes, saw ${JSON.stringify(shown?.totals)}`);
  });

  it('paints the seed article’s quotations as semantic tokens, one per quotation of the analysis', async () => {
    const api = await activateExtension<PressGalleryApi>();
    const doc = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.deepStrictEqual(legend?.tokenTypes, ['quotation']);
    const quotes = api.getAnalysis(doc)?.quotes ?? [];
    assert.ok(quotes.length > 0, 'expected quotations in the seed article');
    assert.strictEqual((tokens?.data.length ?? 0) / 5, quotes.length, 'one token per quotation (each on one line)');
  });
});
