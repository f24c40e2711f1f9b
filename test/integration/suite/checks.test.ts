// The sub-editor's checks in a real VS Code: diagnostics shown, quick fixes applied, document as
// expected afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openInEditor, writeScratch } from './util';

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
