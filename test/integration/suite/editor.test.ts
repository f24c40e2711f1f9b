// Press Gallery's editor features in a real VS Code, through the public API only: hover cards,
// the Outline, every contributed command, the Speakers view, decorations and the status bar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED, activateExtension, fixtureUri, hoverText, openInEditor, positionOf, symbolNames, until, writeScratch } from './util';

interface Api {
  getAnalysis(document: vscode.TextDocument): { quotes: Array<{ start: number; end: number; text: string }>; people: Array<{ id: string; name: string }> };
  getSpeakersViewItems(): Promise<string[]>;
  getDecorations(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  getStatusBarText(): string | undefined;
}

async function hoverAt(doc: vscode.TextDocument, needle: string, offset = 3): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, offset));
  return hoverText(hovers);
}

function expectIn(text: string, parts: string[], what: string): void {
  for (const p of parts) assert.ok(text.includes(p), `expected ${what} to contain ${JSON.stringify(p)}, saw: ${JSON.stringify(text)}`);
}

describe('editor features on the seed article', () => {
  let api: Api;
  let doc: vscode.TextDocument;

  before(async () => {
    api = await activateExtension<Api>();
    doc = await openInEditor(fixtureUri(SEED));
  });

  it('hover on "Dominic Grieve": Conservative · Beaconsfield on the date, with his quotes', async () => {
    const text = await hoverAt(doc, 'Dominic Grieve');
    expectIn(text, ['Dominic Grieve', 'Conservative · Beaconsfield', '21 Feb 2019', '3 quotes in this article', 'command:pressGallery.showQuotesBySpeaker'], 'the hover on Dominic Grieve');
  });

  it('hover on "Chuka Umunna": The Independent Group, Streatham, left Labour three days before', async () => {
    const text = await hoverAt(doc, 'Chuka Umunna');
    expectIn(text, ['The Independent Group · Streatham', 'Left Labour on 18 Feb 2019', '3 days before this article'], 'the hover on Chuka Umunna');
  });

  it('hover on a quote: its speaker, cue and position among the speaker’s quotes', async () => {
    const text = await hoverAt(doc, 'mass canvassing events', 5);
    expectIn(text, ['Momentum', 'Quote 1 of 1 by Momentum'], 'the hover on a quote');
  });

  it('no hover on plain words', async () => {
    const text = await hoverAt(doc, 'constituencies of some', 3);
    assert.strictEqual(text, '', `expected no hover on plain words, saw ${JSON.stringify(text)}`);
  });

  it('Outline: passages of speech in text order, each speaker with the quotes there', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Jeremy Corbyn', 'Dominic Grieve', 'Jeremy Corbyn', 'Momentum'], `saw ${JSON.stringify(symbolNames(symbols))}`);
    assert.strictEqual(symbols[0].children.length + symbols[2].children.length, 9);
    assert.strictEqual(symbols[1].detail, 'Conservative, Beaconsfield');
    assert.strictEqual(symbols[3].children[0].name, '“mass canvassing events”');
  });

  it('Speakers view: speakers with counts and MP badges, quotes below', async () => {
    const items = await api.getSpeakersViewItems();
    expectIn(items.join('\n'), ['Jeremy Corbyn (9 quotes · MP · Labour)', 'Dominic Grieve (3 quotes · MP · Conservative)', 'Momentum (1 quote · organisation)', '  “mass canvassing events”'], 'the Speakers view');
    await vscode.commands.executeCommand('pressGallery.sortSpeakersByParty');
    const sorted = await api.getSpeakersViewItems();
    assert.ok(sorted[0].startsWith('Dominic Grieve'), `expected Conservative first when sorted by party, saw ${JSON.stringify(sorted)}`);
    await vscode.commands.executeCommand('pressGallery.sortSpeakersByAppearance');
  });

  it('decorations: MP names by party, non-MP speakers', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const decorations = await until('decorations on the seed', () => api.getDecorations(editor), (d) => Object.keys(d).length > 0);
    const text = (r: vscode.Range) => doc.getText(r);
    expectIn((decorations['party:labour'] ?? []).map(text).join('|'), ['Jeremy Corbyn', 'Corbyn'], 'the Labour decorations');
    expectIn((decorations['party:conservative'] ?? []).map(text).join('|'), ['Dominic Grieve'], 'the Conservative decorations');
    expectIn((decorations['party:the independent group'] ?? []).map(text).join('|'), ['Chuka Umunna', 'Heidi Allen'], 'The Independent Group decorations');
    expectIn((decorations.speaker ?? []).map(text).join('|'), ['Momentum'], 'the non-MP speaker decorations');
  });

  it('Toggle Highlights turns the decorations off and on', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressGallery.toggleHighlights');
    await until('no decorations after toggling off', () => Object.keys(api.getDecorations(editor)).length, (n) => n === 0);
    await vscode.commands.executeCommand('pressGallery.toggleHighlights');
    await until('decorations back after toggling on', () => Object.keys(api.getDecorations(editor)).length, (n) => n > 0);
  });

  it('status bar: quotes, speakers and MPs', async () => {
    await vscode.window.showTextDocument(doc);
    await until('the status bar text', () => api.getStatusBarText(), (t) => t === '$(quote) 13 quotes · 3 speakers · 6 MPs');
  });

  it('Next Quote and Previous Quote move the selection, wrapping at the ends', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const quotes = api.getAnalysis(doc).quotes;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('pressGallery.nextQuote');
    assert.strictEqual(doc.getText(editor.selection), quotes[0].text);
    await vscode.commands.executeCommand('pressGallery.nextQuote');
    assert.strictEqual(doc.getText(editor.selection), quotes[1].text);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('pressGallery.previousQuote');
    assert.strictEqual(doc.getText(editor.selection), quotes[12].text, 'expected Previous Quote at the top to wrap to the last quote');
  });

  it('Show Quotes by Speaker (from the hover link) reveals the chosen quote', async () => {
    const grieve = doc.getText().indexOf('went completely off the rails');
    const editor = await vscode.window.showTextDocument(doc);
    const speakerId = api.getAnalysis(doc).people.find((p) => p.name === 'Dominic Grieve')!.id;
    const done = vscode.commands.executeCommand('pressGallery.showQuotesBySpeaker', { uri: doc.uri.toString(), speakerId });
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), grieve, `expected the first quote by Dominic Grieve selected, saw "${editor.document.getText(editor.selection)}"`);
  });

  it('Copy Quotes as Markdown puts the quotes, grouped by speaker, on the clipboard', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('pressGallery.copyQuotesAsMarkdown');
    const md = await vscode.env.clipboard.readText();
    expectIn(md, ['## Jeremy Corbyn (Labour, Islington North)', '## Dominic Grieve (Conservative, Beaconsfield)', '- “mass canvassing events”'], 'the copied Markdown');
  });

  it('Export Analysis as JSON opens the analysis in a new untitled document, and writes a file', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressGallery.exportAnalysisAsJson', 'untitled');
    const out = vscode.window.activeTextEditor!.document;
    assert.strictEqual(out.isUntitled, true);
    const json = JSON.parse(out.getText());
    assert.strictEqual(json.quotes.length, 13);
    assert.strictEqual(json.source, doc.uri.toString());
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await vscode.window.showTextDocument(doc);
    const target = vscode.Uri.joinPath(doc.uri, '..', 'scratch', 'seed.analysis.json');
    await vscode.commands.executeCommand('pressGallery.exportAnalysisAsJson', target);
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.strictEqual(written.date, '2019-02-21');
  });

  it('Export Quotes as CSV writes a byte-order mark and one row per quote with file, date, headline, line, speaker, party and seat', async () => {
    await vscode.window.showTextDocument(doc);
    const target = vscode.Uri.joinPath(doc.uri, '..', 'scratch', 'seed.quotes.csv');
    await vscode.commands.executeCommand('pressGallery.exportQuotesAsCsv', target);
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.deepStrictEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark, for Excel');
    const rows = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).trim().split('\r\n');
    assert.strictEqual(rows[0], 'file,date,headline,line,column,speaker,party,constituency,kind,cue,quote,start,end');
    assert.strictEqual(rows.length, 14);
    const grieve = rows.find((r) => r.includes(',Dominic Grieve,'));
    assert.match(grieve ?? '', /^seed-corbyn-quitters\.article,2019-02-21,Corbyn tells Labour quitters they should “resign and put themselves up for election”,13,\d+,Dominic Grieve,Conservative,Beaconsfield,speech,He said,went completely off the rails,/);
  });

  it('Export Quotes as CSV or Markdown into an untitled document: in the language of its format', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressGallery.exportQuotesAsMarkdown', 'untitled');
    const md = vscode.window.activeTextEditor!.document;
    assert.strictEqual(md.languageId, 'markdown');
    assert.match(md.getText(), /^# Corbyn tells Labour quitters they should “resign and put themselves up for election”\n\n21 Feb 2019 · 13 quotes · 3 speakers\n/);
    assert.ok(md.getText().includes('- “went completely off the rails” — _He said_ (line 13)'), md.getText());
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressGallery.exportQuotesAsCsv', 'untitled');
    const csv = vscode.window.activeTextEditor!.document;
    const languages = await vscode.languages.getLanguages();
    assert.strictEqual(csv.languageId, languages.includes('csv') ? 'csv' : 'plaintext');
    assert.ok(csv.getText().startsWith('file,date,headline,'), 'no invisible mark in the editor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Re-analyse Document keeps the same findings, and no command changed the article', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressGallery.reanalyse');
    assert.strictEqual(api.getAnalysis(doc).quotes.length, 13);
    assert.strictEqual(doc.isDirty, false, 'expected the article untouched by every command');
  });

  it('follows edits: a new quote appears after a pause in typing, without saving', async () => {
    const scratch = await openInEditor(await writeScratch('edit.article', ' date 2019-02-21 Editing\n\nDominic Grieve spoke.\n'));
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(scratch.positionAt(scratch.getText().length), '“We will win,” said Heidi Allen.\n'));
    const quotes = await until('the new quote in the analysis', () => api.getAnalysis(scratch).quotes.length, (n) => n === 1);
    assert.strictEqual(quotes, 1);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', scratch.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Heidi Allen']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a large file is not analysed until the user asks, and the status bar says so', async () => {
    const config = vscode.workspace.getConfiguration('pressGallery');
    await config.update('maxFileSizeMB', 0.001, vscode.ConfigurationTarget.Workspace);
    try {
      const big = await openInEditor(await writeScratch('big.article', ` date 2019-02-21 Big\n\n${'“We will win,” said Dominic Grieve. '.repeat(60)}\n`));
      await until('the large-file status', () => api.getStatusBarText(), (t) => !!t && t.includes('too large'));
      await vscode.commands.executeCommand('pressGallery.analyseAnyway');
      await until('the full status after Analyse Anyway', () => api.getStatusBarText(), (t) => t === '$(quote) 60 quotes · 1 speaker · 1 MP');
      assert.strictEqual(api.getAnalysis(big).quotes.length, 60);
    } finally {
      await config.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
