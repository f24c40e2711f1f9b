// The sub-editor's checks in a real VS Code: diagnostics shown, quick fixes applied, document as
// expected afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { activateExtension, hoverText, openInEditor, positionOf, writeScratch } from './util';

const ARTICLE = ' date 2019-02-21 Checks\n\nLabour MP Dominic Grieve said the plan was “unworkable.\n\nChukka Umunna agreed with him.\n';
const FIXED = ' date 2019-02-21 Checks\n\nConservative MP Dominic Grieve said the plan was “unworkable.”\n\nChuka Umunna agreed with him.\n';

async function diagnosticsOf(uri: vscode.Uri, count: (n: number) => boolean): Promise<vscode.Diagnostic[]> {
  const end = Date.now() + 5000;
  let seen = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Press Gallery');
  while (!count(seen.length) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    seen = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Press Gallery');
  }
  return seen;
}

describe('sub-editor checks in the editor', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows exactly three problems, and the three quick fixes repair the article', async () => {
    const doc = await openInEditor(await writeScratch('checks.article', ARTICLE));
    const diagnostics = await diagnosticsOf(doc.uri, (n) => n === 3);
    const summary = diagnostics.map((d) => `${d.code}: ${d.message}`);
    assert.deepStrictEqual(diagnostics.map((d) => d.code).sort(), ['misspeltNames', 'partyClaims', 'quotationMarks'], `saw ${JSON.stringify(summary)}`);
    assert.ok(diagnostics.some((d) => d.message.includes('the record says Conservative') && d.severity === vscode.DiagnosticSeverity.Warning), JSON.stringify(summary));

    for (let round = 0; round < 3; round++) {
      const [first] = await diagnosticsOf(doc.uri, (n) => n === 3 - round);
      assert.ok(first, `expected ${3 - round} problems left`);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, first.range, vscode.CodeActionKind.QuickFix.value);
      // The command hands back the actions for the diagnostics in the range: here, the one problem.
      const fix = actions.find((a) => a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
      assert.ok(fix?.edit, `expected a quick fix for "${first.message}", saw ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
    }
    assert.strictEqual(doc.getText(), FIXED);
    assert.deepStrictEqual((await diagnosticsOf(doc.uri, (n) => n === 0)).map((d) => d.message), []);
  });

  it('can be switched off in settings', async () => {
    const config = vscode.workspace.getConfiguration('pressGallery.checks');
    await config.update('partyClaims', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await openInEditor(await writeScratch('checks-off.article', ' date 2019-02-21 X\n\nLabour MP Dominic Grieve spoke.\n'));
      const seen = await diagnosticsOf(doc.uri, (n) => n === 0);
      assert.deepStrictEqual(seen.map((d) => d.message), []);
    } finally {
      await config.update('partyClaims', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

describe('the fact-checker’s workflow', () => {
  let api: PressGalleryApi;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the problem on the person’s hover card, and its fix link changes just that word', async () => {
    const doc = await openInEditor(await writeScratch('factcheck-card.article', ' date 2019-02-21 Card\n\nLabour MP Dominic Grieve spoke.\n'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Dominic Grieve', 3));
    const card = hoverText(hovers);
    assert.ok(card.includes('The text says _Labour MP_; on 21 Feb 2019 the record says Conservative.'), card);
    const link = /\[Change to Conservative\]\(command:pressGallery\.applyFix\?([^ )]+)/.exec(card);
    assert.ok(link, `expected a fix link on the card, saw ${JSON.stringify(card)}`);
    const [args] = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('pressGallery.applyFix', args);
    assert.strictEqual(doc.getText(), ' date 2019-02-21 Card\n\nConservative MP Dominic Grieve spoke.\n');
    // The same link again: the article has changed, so nothing is applied.
    await vscode.commands.executeCommand('pressGallery.applyFix', args);
    assert.strictEqual(doc.getText(), ' date 2019-02-21 Card\n\nConservative MP Dominic Grieve spoke.\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lists a misspelt MP name in the Problems panel (information, not a hint)', async () => {
    const doc = await openInEditor(await writeScratch('factcheck-misspelt.article', ' date 2019-02-21 Misspelt\n\nChukka Umunna agreed.\n'));
    const [d] = await diagnosticsOf(doc.uri, (n) => n === 1);
    assert.strictEqual(d?.code, 'misspeltNames');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
  });

  it('offers the party’s house form the article uses first, the other form after it', async () => {
    const doc = await openInEditor(await writeScratch('factcheck-house.article', ' date 2019-02-21 House\n\nTory MPs met. The Tories were cross. Labour MP Dominic Grieve spoke.\n'));
    const [d] = await diagnosticsOf(doc.uri, (n) => n === 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepStrictEqual(actions.map((a) => [a.title, a.isPreferred === true]), [['Change to Tory', true], ['Change to Conservative', false]]);
  });

  it('Check All Articles: problems of articles never opened in the Problems panel, other files left alone; a cancel stops it', async () => {
    const wrong = await writeScratch('checkall-wrong.article', ' date 2019-02-21 Wrong\n\nLabour MP Dominic Grieve spoke.\n');
    const dated = await writeScratch('checkall-dated.txt', ' date 2019-02-21 Dated\n\nChukka Umunna agreed.\n');
    const notes = await writeScratch('checkall-notes.txt', 'Labour MP Dominic Grieve: call back.\n');
    // The articles are the workspace index's: have it find the new files.
    await vscode.commands.executeCommand('pressGallery.rebuildIndex');
    const before = new vscode.CancellationTokenSource();
    before.cancel();
    const stopped = await api.checkAllArticles(before.token);
    assert.strictEqual(stopped?.cancelled, true);
    assert.strictEqual(stopped?.seen, 0);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(wrong), [], 'nothing checked once cancelled');
    const result = await vscode.commands.executeCommand<{ articles: number; cancelled: boolean; files: number }>('pressGallery.checkAllArticles');
    assert.strictEqual(result.cancelled, false);
    assert.ok(result.articles >= 3 && result.articles === result.files, JSON.stringify(result));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(wrong).map((d) => [d.code, d.range.start.line, d.range.start.character]), [['partyClaims', 2, 0]]);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(dated).map((d) => d.code), ['misspeltNames'], 'a .txt file whose first line is a date line is an article');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(notes), [], 'a .txt file without a date line is not');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === wrong.toString()), 'the articles were read, not opened');
  });

  it('Check All Articles: a file’s problems stay listed after it is opened and closed again', async () => {
    const wrong = await writeScratch('checkall-reopened.article', ' date 2019-02-21 Reopened\n\nLabour MP Dominic Grieve spoke.\n');
    await vscode.commands.executeCommand('pressGallery.rebuildIndex');
    await vscode.commands.executeCommand('pressGallery.checkAllArticles');
    const listed = () => vscode.languages.getDiagnostics(wrong).map((d) => [d.code, d.range.start.line, d.range.start.character]);
    assert.deepStrictEqual(listed(), [['partyClaims', 2, 0]]);
    // Opened as a person opens it (the workbench's, not an extension's openTextDocument, which VS Code
    // keeps alive for minutes after its editor closes).
    await vscode.commands.executeCommand('vscode.open', wrong);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === wrong.toString())!;
    assert.ok(doc, 'the article is open');
    await diagnosticsOf(doc.uri, (n) => n === 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const end = Date.now() + 20_000;
    while (!doc.isClosed && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    assert.ok(doc.isClosed, 'VS Code closed the document');
    await diagnosticsOf(wrong, (n) => n === 1);
    assert.deepStrictEqual(listed(), [['partyClaims', 2, 0]], 'listed again, as saved');
  });
});
