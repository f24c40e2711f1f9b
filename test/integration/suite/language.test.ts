// The news-article language in a real VS Code, and bad input in the editor: nothing may throw or
// hang, whatever a journalist pastes in.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi as TestApi } from '../../../src/editor/api';
import {
  LANGUAGE_ID,
  SEED,
  activateExtension,
  fixtureUri,
  hoverText,
  openInEditor,
  positionOf,
  symbolNames,
  until,
  within,
  workspaceRoot,
  writeScratch,
} from './util';

async function hoversAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  assert.ok(Array.isArray(hovers), `expected an array of hovers at ${pos.line + 1}:${pos.character + 1}, saw ${typeof hovers}`);
  return hovers;
}

async function symbolsOf(doc: vscode.TextDocument): Promise<(vscode.DocumentSymbol | vscode.SymbolInformation)[]> {
  const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    doc.uri,
  );
  // VS Code answers `undefined` instead of an empty list when no provider gave a symbol.
  assert.ok(symbols === undefined || Array.isArray(symbols), `expected an array of symbols (or none), saw ${typeof symbols}`);
  return symbols ?? [];
}

/** A long article of our own: varied paragraphs with quotes and MP names, about `bytes` long. */
function longArticle(bytes: number): string {
  const paragraphs = [
    '“We will keep knocking on doors until the last vote is counted,” Dominic Grieve said.',
    'Chuka Umunna told reporters the new group was “here to stay” and would field candidates.',
    'A spokesman said: “The minister has nothing to add at this stage.”',
    'Backbenchers met late into the evening; several said they had ‘real doubts’ about the timetable.',
    'Ann Coffey said the party had “changed beyond recognition” since she was first elected.',
  ];
  const parts = [' date 2019-03-01 A long day in Westminster', ''];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const p = `${paragraphs[i % paragraphs.length]} (Paragraph ${i + 1}.)`;
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

describe('news-article language', () => {
  let api: TestApi;

  before(async () => {
    api = await activateExtension<TestApi>();
  });

  after(async () => {
    // Close this suite's editors, never a dirty one: closing that asks "Save changes?" in a modal
    // dialog that nobody answers, and the run would hang.
    const ours = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => !t.isDirty && t.input instanceof vscode.TabInputText && t.input.uri.path.startsWith(workspaceRoot().path));
    await vscode.window.tabGroups.close(ours);
  });

  it('activates and returns a test API with getAnalysis', () => {
    assert.strictEqual(typeof api?.getAnalysis, 'function', `expected activate() to return { getAnalysis }, saw ${JSON.stringify(Object.keys(api ?? {}))}`);
  });

  it('opens the seed article (.article) as news-article', async () => {
    const doc = await openInEditor(fixtureUri(SEED));
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
  });

  // firstLine is VS Code's lowest-ranked clue: it only decides for files whose name no language
  // claims. (VS Code 1.100, languagesAssociations.ts: user associations, then registered file names
  // and extensions, then firstLine.)
  for (const name of ['seed-copy', 'seed-copy.story']) {
    it(`recognises a copy named ${name} by its date line (firstLine)`, async () => {
      const seed = await vscode.workspace.openTextDocument(fixtureUri(SEED));
      const doc = await openInEditor(await writeScratch(name, seed.getText()));
      assert.strictEqual(doc.languageId, LANGUAGE_ID, `expected the first line " date 2019-02-21 …" to make ${name} a news article`);
    });
  }

  // VS Code opens a .txt copy as plaintext (`.txt` is registered to plaintext, and a registered
  // extension outranks firstLine); Press Gallery then switches it (articleFiles.ts).
  it('recognises a .txt copy of the seed by its date line', async () => {
    const seed = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    const doc = await openInEditor(await writeScratch('seed-copy.txt', seed.getText()));
    await until('the .txt copy switched to news-article', () => doc.languageId, (id) => id === LANGUAGE_ID);
  });

  it('leaves a .txt file without a date line as plain text', async () => {
    const doc = await openInEditor(await writeScratch('notes.txt', 'Call the press office back on Monday.\n'));
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  it('gives a hover on "Dominic Grieve" in the seed article', async () => {
    const doc = await openInEditor(fixtureUri(SEED));
    const hover = hoverText(await hoversAt(doc, positionOf(doc, 'Dominic Grieve', 3)));
    assert.ok(hover.includes('Grieve'), `expected a hover naming Dominic Grieve, saw: ${JSON.stringify(hover)}`);
  });

  it('gives document symbols (the Outline) for the seed article', async () => {
    const doc = await openInEditor(fixtureUri(SEED));
    const names = symbolNames(await symbolsOf(doc));
    assert.ok(names.length > 0, 'expected document symbols for the seed article, saw none');
  });

  describe('bad input in the editor', () => {
    const cases: Array<{ name: string; file: string; text: () => string; timeoutMs: number }> = [
      { name: 'an empty file', file: 'empty.article', text: () => '', timeoutMs: 10_000 },
      {
        name: 'unbalanced quotes',
        file: 'unbalanced.article',
        text: () =>
          ' date 2019-02-21 Quotes that never close\n\n' +
          'Dominic Grieve said it was “a matter of principle and walked out.\n\n' +
          '"Another one, said Chuka Umunna.\n\n“Nested ‘and broken” text’ with ” a stray closer.\n',
        timeoutMs: 10_000,
      },
      {
        name: 'an article without a date line',
        file: 'no-date.article',
        text: () => 'Corbyn speaks\n\n“We will win,” Jeremy Corbyn said. Dominic Grieve said nothing.\n',
        timeoutMs: 10_000,
      },
      { name: 'a 5 MB article', file: 'five-megabytes.article', text: () => longArticle(5 * 1024 * 1024), timeoutMs: 60_000 },
    ];

    for (const c of cases) {
      it(`copes with ${c.name}`, async function () {
        this.timeout(c.timeoutMs * 4);
        const doc = await openInEditor(await writeScratch(c.file, c.text()));
        assert.strictEqual(doc.languageId, LANGUAGE_ID);

        const t0 = Date.now();
        const analysis = await within(c.timeoutMs, `getAnalysis on ${c.name}`, Promise.resolve().then(() => api.getAnalysis(doc)));
        assert.ok(analysis !== undefined && analysis !== null, `expected getAnalysis to return an analysis for ${c.name}, saw ${analysis}`);
        const analysisMs = Date.now() - t0;

        const last = doc.lineAt(Math.max(0, doc.lineCount - 1)).range.end;
        const middle = doc.positionAt(Math.floor(doc.getText().length / 2));
        for (const pos of [new vscode.Position(0, 0), middle, last]) {
          await within(c.timeoutMs, `hovers at ${pos.line + 1}:${pos.character + 1} of ${c.name}`, hoversAt(doc, pos));
        }
        await within(c.timeoutMs, `document symbols of ${c.name}`, symbolsOf(doc));
        if (analysisMs > 1000) console.log(`      (getAnalysis took ${analysisMs} ms on ${doc.getText().length} characters)`);
      });
    }

    it('still works on the seed article afterwards', async () => {
      const doc = await openInEditor(fixtureUri(SEED));
      const hover = hoverText(await hoversAt(doc, positionOf(doc, 'Dominic Grieve', 3)));
      assert.ok(hover.includes('Grieve'), `expected a hover naming Dominic Grieve after the bad input, saw: ${JSON.stringify(hover)}`);
    });
  });
});
