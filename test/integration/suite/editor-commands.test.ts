// The editor layer's commands in a real VS Code: each one's effect, run as the palette, a keybinding,
// a hover link or a view would run it. None may change the article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { EXTENSION_ID, SEED, activateExtension, fixtureUri, hoverText, openInEditor, positionOf, writeScratch } from './util';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a command that shows a quick pick, then `answer`s it (accept, move, close) once it is up. */
async function withQuickPick(command: Thenable<unknown>, ...answers: string[]): Promise<void> {
  for (const answer of answers) {
    await sleep(700);
    await vscode.commands.executeCommand(answer);
  }
  await command;
}

interface Manifest {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
    keybindings: Array<{ command: string; key: string; when?: string }>;
  };
  activationEvents: string[];
}

describe('editor layer: commands', () => {
  let api: PressGalleryApi;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let versionBefore: number;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
    doc = await openInEditor(fixtureUri(SEED));
    versionBefore = doc.version;
  });

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(doc);
  });

  after(() => {
    assert.strictEqual(doc.version, versionBefore, 'no command changed the article');
    assert.strictEqual(doc.isDirty, false);
  });

  it('are contributed under "Press Gallery", shown in the palette only for news articles, with quote keys', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    // Implicit activation (language, commands, views), a workspace holding articles (so that Go to
    // Symbol in Workspace answers before one is opened), and the two languages articles may be
    // written in (a first-line test each for those that are not); never "*".
    const events = manifest.activationEvents.filter((e) => !/^workspaceContains:\*\*\/\*\.(?:article|news)$/.test(e));
    assert.deepStrictEqual(events, ['onLanguage:plaintext', 'onLanguage:markdown'], 'never "*"');
    const ids = manifest.contributes.commands.map((c) => c.command);
    for (const id of ['showSpeakers', 'nextQuote', 'previousQuote', 'showQuotesBySpeaker', 'copyQuotesAsMarkdown', 'exportAnalysisAsJson', 'toggleHighlights', 'reanalyse']) {
      assert.ok(ids.includes(`pressGallery.${id}`), `expected pressGallery.${id} among ${ids.join(', ')}`);
    }
    for (const c of manifest.contributes.commands) assert.strictEqual(c.category, 'Press Gallery', c.command);
    for (const entry of manifest.contributes.menus.commandPalette) {
      assert.ok(entry.when && /news-article|pressGallery\.|workspaceFolderCount|false/.test(entry.when), `${entry.command} needs a when clause, saw ${entry.when}`);
    }
    const keys = Object.fromEntries(manifest.contributes.keybindings.map((k) => [k.command, k]));
    assert.strictEqual(keys['pressGallery.nextQuote'].key, 'alt+]');
    assert.strictEqual(keys['pressGallery.previousQuote'].key, 'alt+[');
    assert.ok(keys['pressGallery.nextQuote'].when!.includes('editorLangId == news-article'));
  });

  it('Next Quote and Previous Quote select the quotes in turn, wrapping at both ends', async () => {
    const quotes = api.getAnalysis(doc)!.quotes;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    for (let i = 0; i < quotes.length; i++) {
      await vscode.commands.executeCommand('pressGallery.nextQuote');
      assert.strictEqual(doc.offsetAt(editor.selection.start), quotes[i].start, `quote ${i + 1}`);
      assert.strictEqual(doc.getText(editor.selection), quotes[i].text);
    }
    await vscode.commands.executeCommand('pressGallery.nextQuote');
    assert.strictEqual(doc.getText(editor.selection), quotes[0].text, 'wraps to the first');
    await vscode.commands.executeCommand('pressGallery.previousQuote');
    assert.strictEqual(doc.getText(editor.selection), quotes[quotes.length - 1].text, 'wraps to the last');
    await vscode.commands.executeCommand('pressGallery.previousQuote');
    assert.strictEqual(doc.getText(editor.selection), quotes[quotes.length - 2].text);
  });

  it('Show Quotes by Speaker from the hover link: goes straight to a speaker’s only quote', async () => {
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Momentum', 2)));
    const link = /command:pressGallery\.showQuotesBySpeaker\?([^ )]+)/.exec(hover);
    assert.ok(link, `expected a link in ${hover}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('pressGallery.showQuotesBySpeaker', ...args);
    assert.strictEqual(doc.getText(editor.selection), 'mass canvassing events');
  });

  it('Show Quotes by Speaker: a quick pick of the speaker’s quotes reveals the one chosen', async () => {
    const grieve = api.getAnalysis(doc)!.people.find((p) => p.name === 'Dominic Grieve')!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await withQuickPick(vscode.commands.executeCommand('pressGallery.showQuotesBySpeaker', { uri: doc.uri.toString(), speakerId: grieve.id }), 'workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(doc.getText(editor.selection), 'went completely off the rails');
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
  });

  it('Show Quotes by Speaker: Escape puts the selection back', async () => {
    const grieve = api.getAnalysis(doc)!.people.find((p) => p.name === 'Dominic Grieve')!;
    const start = new vscode.Selection(2, 0, 2, 4);
    editor.selection = start;
    await withQuickPick(vscode.commands.executeCommand('pressGallery.showQuotesBySpeaker', { speakerId: grieve.id }), 'workbench.action.closeQuickOpen');
    assert.ok(editor.selection.isEqual(start), `expected the selection back at 3:1–3:5, saw ${JSON.stringify(editor.selection)}`);
  });

  it('Show Quotes by Speaker without arguments: a speaker first, then a quote', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await withQuickPick(vscode.commands.executeCommand('pressGallery.showQuotesBySpeaker'), 'workbench.action.acceptSelectedQuickOpenItem', 'workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(doc.getText(editor.selection), api.getAnalysis(doc)!.quotes[0].text, 'the first quote of the first speaker');
  });

  it('Copy Quotes as Markdown: the quotes grouped by speaker on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('pressGallery.copyQuotesAsMarkdown');
    const md = await vscode.env.clipboard.readText();
    assert.match(md, /^# Corbyn tells Labour quitters/);
    for (const part of ['21 Feb 2019 · 13 quotes · 3 speakers', '## Jeremy Corbyn (Labour, Islington North)', '## Dominic Grieve (Conservative, Beaconsfield)', '## Momentum (organisation)', '- “mass canvassing events” — _Momentum_']) {
      assert.ok(md.includes(part), `expected ${JSON.stringify(part)} in ${JSON.stringify(md)}`);
    }
  });

  it('Export Analysis as JSON, picked "Open in new untitled document": the analysis with its source', async () => {
    await withQuickPick(vscode.commands.executeCommand('pressGallery.exportAnalysisAsJson'), 'workbench.action.acceptSelectedQuickOpenItem');
    const out = vscode.window.activeTextEditor!.document;
    try {
      assert.strictEqual(out.isUntitled, true);
      assert.strictEqual(out.languageId, 'json');
      const json = JSON.parse(out.getText());
      assert.strictEqual(json.source, doc.uri.toString());
      assert.strictEqual(json.date, '2019-02-21');
      assert.strictEqual(json.quotes.length, 13);
      assert.deepStrictEqual(Object.keys(json).slice(0, 3), ['source', 'date', 'lookupDate']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('Export Analysis as JSON to a named file writes it, and asks nothing for a new file', async () => {
    const target = vscode.Uri.joinPath(doc.uri, '..', 'scratch', `editor-export-${Date.now()}.analysis.json`);
    await vscode.commands.executeCommand('pressGallery.exportAnalysisAsJson', target);
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.strictEqual(written.source, doc.uri.toString());
    assert.strictEqual(written.people.find((p: { name: string }) => p.name === 'Dominic Grieve').mp.constituency, 'Beaconsfield');
  });

  it('Re-analyse Document gives the same findings', async () => {
    const before = JSON.stringify(api.getAnalysis(doc)!.quotes);
    await vscode.commands.executeCommand('pressGallery.reanalyse');
    assert.strictEqual(JSON.stringify(api.getAnalysis(doc)!.quotes), before);
  });

  it('commands on a file that is not an article do nothing to it', async () => {
    const notes = await openInEditor(await writeScratch('editor-plain.txt', '“Quoted,” said Dominic Grieve.\n'));
    const version = notes.version;
    for (const id of ['pressGallery.nextQuote', 'pressGallery.reanalyse', 'pressGallery.copyQuotesAsMarkdown']) await vscode.commands.executeCommand(id);
    assert.strictEqual(notes.version, version);
    assert.strictEqual(api.getAnalysis(notes), undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
