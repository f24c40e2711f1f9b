// What the editor paints as quotations, in a real VS Code: the semantic tokens VS Code receives are
// exactly the quotations of the analysis, on every article of the shared gold corpora (read where
// they lie, beside the project; skipped when ../shared is absent), and they follow an edit.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { LANGUAGE_ID, activateExtension, openInEditor, until, writeScratch } from './util';

/** Compiled to out/test/integration/suite: the project is four levels up, ../shared beside it. */
const CORPUS = vscode.Uri.file(path.resolve(__dirname, '../../../../../shared/corpus'));

async function corpusArticles(): Promise<vscode.Uri[]> {
  const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(CORPUS)).catch(() => [] as [string, vscode.FileType][]);
  const out: vscode.Uri[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.Directory || !name.startsWith('dev')) continue;
    const dir = vscode.Uri.joinPath(CORPUS, name);
    for (const [file] of await vscode.workspace.fs.readDirectory(dir)) if (file.endsWith('.txt')) out.push(vscode.Uri.joinPath(dir, file));
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

type Piece = [line: number, character: number, length: number, type: string];

/** The semantic tokens VS Code gets from the providers for a document, decoded. */
async function quotationTokens(doc: vscode.TextDocument): Promise<Piece[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  assert.ok(legend && tokens, `expected semantic tokens for ${path.basename(doc.uri.path)}`);
  const out: Piece[] = [];
  let line = 0, character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type] = tokens.data.slice(i, i + 4);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push([line, character, length, legend.tokenTypes[type]]);
  }
  return out;
}

/** The analysis's quotations from mark to mark, cut at line ends as a token must be. */
function quotationsOf(doc: vscode.TextDocument, api: PressGalleryApi): Piece[] {
  const analysis = api.getAnalysis(doc);
  assert.ok(analysis, `expected an analysis of ${path.basename(doc.uri.path)}`);
  const out: Piece[] = [];
  for (const q of analysis.quotes) {
    const start = doc.positionAt(q.open.start), end = doc.positionAt(q.close ? q.close.end : q.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : doc.lineAt(line).range.end.character;
      if (to > from) out.push([line, from, to - from, 'quotation']);
    }
  }
  return out;
}

async function asArticle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return doc.languageId === LANGUAGE_ID ? doc : vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

describe('quotations on screen are the analysis’s', function () {
  this.timeout(240_000);
  let api: PressGalleryApi;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
  });

  it('on every article of ../shared/corpus/dev*: the tokens VS Code gets cover exactly the quotations found', async function () {
    const files = await corpusArticles();
    if (files.length === 0) this.skip(); // no ../shared beside the project
    let quotes = 0;
    for (const uri of files) {
      const doc = await asArticle(uri);
      const expected = quotationsOf(doc, api);
      assert.deepStrictEqual(await quotationTokens(doc), expected, path.basename(uri.path));
      quotes += expected.length;
    }
    assert.ok(quotes > 500, `expected the corpora's quotations (over 500), saw ${quotes} in ${files.length} articles`);
  });

  it('paints a quote in an open editor at once, and moves with an edit once the analysis follows it', async () => {
    const uri = await writeScratch('quotation-tokens.article', " date 2025-07-03 Test\n\nShe said: 'It is the MPs' vote.\n\n'We will win,' she added.\n");
    const doc = await openInEditor(uri);
    const before = await quotationTokens(doc);
    assert.deepStrictEqual(before.map(([line, ch, len]) => doc.getText(new vscode.Range(line, ch, line, ch + len))), ["'It is the MPs' vote.", "'We will win,'"]);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), 'He said “yes” and '));
    const after = await until('three quotations after the edit', () => quotationTokens(doc), (t) => t.length === 3, 10_000);
    assert.deepStrictEqual(after, quotationsOf(doc, api));
    assert.strictEqual(doc.getText(new vscode.Range(2, after[0][1], 2, after[0][1] + after[0][2])), '“yes”');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
