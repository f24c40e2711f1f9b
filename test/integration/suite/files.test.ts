// Article files wherever they are, in a real VS Code: plain-text and Markdown articles recognised
// without any setting (and on every open), `include` globs, "Treat This File as an Article", the
// switches that turn recognition off, the prose defaults, and the article's date.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { LANGUAGE_ID, activateExtension, hoverText, openInEditor, positionOf, symbolNames, until, workspaceRoot, writeScratch } from './util';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PLAIN_ARTICLE = [
  ' date 2019-02-21 Grieve warns on the vote',
  '',
  '“We will keep knocking on doors until the last vote is counted,” Dominic Grieve said.',
  '',
  'Chuka Umunna told reporters the new group was “here to stay” and would field candidates.',
  '',
].join('\n');

const MARKDOWN_ARTICLE = [
  '---',
  'title: Grieve warns on the vote',
  'date: 2019-02-21',
  '---',
  '',
  '# Grieve warns on the vote',
  '',
  '“We will keep knocking on doors until the last vote is counted,” **Dominic Grieve** said.',
  '',
  '## Reaction',
  '',
  '> “The new group is here to stay,” said [Chuka Umunna](https://example.org/umunna).',
  '',
].join('\n');

/** A quote and an MP, but nothing that says it is an article. */
const NOT_AN_ARTICLE = 'Notes for Monday\n\n“Call the press office back,” Dominic Grieve said.\n';

async function hoversAt(doc: vscode.TextDocument, needle: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, 3));
  return hoverText(hovers);
}

async function symbolsOf(doc: vscode.TextDocument): Promise<string[]> {
  return symbolNames(await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri));
}

async function files(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('pressGallery.files').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/**
 * Opens a file as a person does (Explorer, Quick Open): through the workbench, so that no
 * extension holds the document (one opened with openTextDocument stays open for minutes after its
 * editor closes, and a test could not see it open again).
 */
async function openAsPerson(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.commands.executeCommand('vscode.open', uri);
  return until(`${uri.path} open`, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed), (d) => !!d).then((d) => d!);
}

/** Closes the document's editors and waits until VS Code has let the document go. */
async function closeDocument(doc: vscode.TextDocument): Promise<void> {
  if (doc.isDirty) await doc.save();
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === doc.uri.toString());
  await vscode.window.tabGroups.close(tabs);
  await until(`${doc.uri.path} closed once its editor is`, () => doc.isClosed, (closed) => closed, 30_000);
}

/** Waits for a document to have the language, and says what it has if it never does. */
async function languageOf(doc: vscode.TextDocument, expected: string, ms = 5000): Promise<void> {
  await until(`${doc.uri.path} in ${expected}`, () => doc.languageId, (id) => id === expected, ms);
}

describe('article files', () => {
  let api: PressGalleryApi;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
  });

  afterEach(async () => {
    for (const key of ['detectPlainText', 'markdown', 'include']) await files(key, undefined);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The workspace suite counts the workspace's articles: these were only this suite's.
    for (const folder of ['files', 'articles']) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'scratch', folder), { recursive: true, useTrash: false });
    }
  });

  describe('plain text', () => {
    it('opens a .txt article as News Article, with hover cards, the Outline and the Speakers view', async () => {
      const doc = await openInEditor(await writeScratch('files/grieve.txt', PLAIN_ARTICLE));
      await languageOf(doc, LANGUAGE_ID);
      const hover = await hoversAt(doc, 'Dominic Grieve');
      for (const expected of ['Conservative', 'Beaconsfield']) assert.ok(hover.includes(expected), `expected the hover to say ${expected}, saw ${JSON.stringify(hover)}`);
      const symbols = await symbolsOf(doc);
      assert.ok(symbols.includes('Dominic Grieve'), `expected the Outline to list Dominic Grieve, saw ${JSON.stringify(symbols)}`);
      await until('Dominic Grieve in the Speakers view', () => api.getSpeakersViewItems(), (items) => items.some((i) => i.startsWith('Dominic Grieve')));
    });

    it('switches it again when it is closed and opened again', async () => {
      const uri = await writeScratch('files/reopened.txt', PLAIN_ARTICLE);
      const first = await openAsPerson(uri);
      await languageOf(first, LANGUAGE_ID);
      await closeDocument(first);
      const again = await openAsPerson(uri);
      assert.notStrictEqual(again, first, 'expected a new document after the old one was closed');
      await languageOf(again, LANGUAGE_ID);
      assert.ok(api.getAnalysis(again)?.quotes.length, 'expected the reopened article analysed');
    });

    it('leaves a language picked by hand alone while the file stays open', async () => {
      const doc = await openInEditor(await writeScratch('files/by-hand.txt', PLAIN_ARTICLE));
      await languageOf(doc, LANGUAGE_ID);
      await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
      await sleep(1000);
      assert.strictEqual(doc.languageId, 'plaintext', 'expected Press Gallery not to switch back a language the user picked');
      await until('the Treat as Article hint', () => api.getFileHintText(), (t) => !!t);
    });

    it('leaves a .txt file without a date line as plain text, with nothing added', async () => {
      const doc = await openInEditor(await writeScratch('files/notes.txt', NOT_AN_ARTICLE));
      await sleep(500);
      assert.strictEqual(doc.languageId, 'plaintext');
      assert.strictEqual(api.getAnalysis(doc), undefined);
      assert.ok(!(await hoversAt(doc, 'Dominic Grieve')).includes('Conservative'), 'expected no Press Gallery hover');
      assert.strictEqual(api.getFileHintText(), undefined, 'expected no Treat as Article hint on a file that does not look like an article');
      assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Press Gallery'), []);
    });

    it('keeps plain-text articles plain text with detectPlainText off, and offers the status-bar hint', async () => {
      await files('detectPlainText', false);
      const doc = await openInEditor(await writeScratch('files/detection-off.txt', PLAIN_ARTICLE));
      await sleep(1000);
      assert.strictEqual(doc.languageId, 'plaintext');
      assert.strictEqual(api.getAnalysis(doc), undefined);
      const hint = await until('the Treat as Article hint', () => api.getFileHintText(), (t) => !!t);
      assert.match(hint!, /Treat as Article/);
    });
  });

  describe('Markdown', () => {
    it('keeps a .md article Markdown, with hover cards, speakers beside the headings in the Outline, and the Speakers view', async () => {
      const doc = await openInEditor(await writeScratch('files/grieve.md', MARKDOWN_ARTICLE));
      await sleep(300);
      assert.strictEqual(doc.languageId, 'markdown');
      const analysis = await until('the Markdown article analysed', () => api.getAnalysis(doc), (a) => !!a);
      assert.strictEqual(analysis!.date, '2019-02-21', 'expected the date from the front matter');
      const hover = await hoversAt(doc, 'Dominic Grieve');
      for (const expected of ['Conservative', 'Beaconsfield']) assert.ok(hover.includes(expected), `expected the hover to say ${expected}, saw ${JSON.stringify(hover)}`);
      const umunna = await hoversAt(doc, 'Chuka Umunna');
      assert.ok(umunna.includes('Independent Group'), `expected Umunna's party on the front matter's date, saw ${JSON.stringify(umunna)}`);
      const symbols = await until('headings and speakers in the Outline', () => symbolsOf(doc), (s) => s.includes('Dominic Grieve') && s.some((n) => n.includes('Reaction')));
      assert.ok(symbols.includes('Chuka Umunna'), JSON.stringify(symbols));
      await until('the Markdown article’s speakers in the Speakers view', () => api.getSpeakersViewItems(), (items) => items.some((i) => i.startsWith('Chuka Umunna')));
    });

    it('recognises a .md file whose first line is a date line', async () => {
      const doc = await openInEditor(await writeScratch('files/date-line.md', PLAIN_ARTICLE));
      assert.strictEqual(doc.languageId, 'markdown');
      const analysis = await until('the Markdown article analysed', () => api.getAnalysis(doc), (a) => !!a);
      assert.strictEqual(analysis!.date, '2019-02-21');
    });

    it('gives a .md file that is not an article nothing', async () => {
      const doc = await openInEditor(await writeScratch('files/readme.md', `# Notes\n\n${NOT_AN_ARTICLE}`));
      await sleep(500);
      assert.strictEqual(api.getAnalysis(doc), undefined);
      const symbols = await symbolsOf(doc);
      assert.ok(!symbols.includes('Dominic Grieve'), `expected only the Markdown headings, saw ${JSON.stringify(symbols)}`);
      assert.ok(!(await hoversAt(doc, 'Dominic Grieve')).includes('Conservative'), 'expected no Press Gallery hover');
      assert.strictEqual(api.getFileHintText(), undefined);
    });

    it('"never" turns Markdown articles off (with the hint), "always" turns every Markdown file into one', async () => {
      const article = await openInEditor(await writeScratch('files/never.md', MARKDOWN_ARTICLE));
      await until('the article analysed', () => api.getAnalysis(article), (a) => !!a);
      await files('markdown', 'never');
      await until('no analysis with markdown: never', () => api.getAnalysis(article), (a) => a === undefined);
      await until('the Treat as Article hint', () => api.getFileHintText(), (t) => !!t);
      const symbols = await symbolsOf(article);
      assert.ok(!symbols.includes('Dominic Grieve'), JSON.stringify(symbols));

      await files('markdown', 'always');
      const notes = await openInEditor(await writeScratch('files/always.md', `# Notes\n\n${NOT_AN_ARTICLE}`));
      const analysis = await until('any Markdown file analysed with markdown: always', () => api.getAnalysis(notes), (a) => !!a);
      assert.ok(analysis!.people.some((p) => p.name === 'Dominic Grieve'));
    });
  });

  describe('by location and by hand', () => {
    it('treats files matching pressGallery.files.include as articles, Markdown staying Markdown', async () => {
      await files('include', ['**/articles/**/*.txt', '**/articles/**/*.md']);
      const txt = await openInEditor(await writeScratch('articles/2019/wire-copy.txt', NOT_AN_ARTICLE));
      await languageOf(txt, LANGUAGE_ID);
      assert.ok(api.getAnalysis(txt)?.people.some((p) => p.name === 'Dominic Grieve'));
      const md = await openInEditor(await writeScratch('articles/2019/wire-copy.md', NOT_AN_ARTICLE));
      assert.strictEqual(md.languageId, 'markdown');
      await until('the included Markdown file analysed', () => api.getAnalysis(md), (a) => !!a);
      const elsewhere = await openInEditor(await writeScratch('files/wire-copy.txt', NOT_AN_ARTICLE));
      await sleep(500);
      assert.strictEqual(elsewhere.languageId, 'plaintext', 'expected files outside the globs left alone');
    });

    it('"Treat This File as an Article" makes any text file one, and remembers it when the file opens again', async () => {
      const uri = await writeScratch('files/press-release.txt', NOT_AN_ARTICLE);
      const doc = await openAsPerson(uri);
      await sleep(300);
      assert.strictEqual(doc.languageId, 'plaintext');
      await vscode.commands.executeCommand('pressGallery.treatAsArticle');
      await languageOf(doc, LANGUAGE_ID);
      await closeDocument(doc);
      const again = await openAsPerson(uri);
      await languageOf(again, LANGUAGE_ID);

      await vscode.commands.executeCommand('pressGallery.stopTreatingAsArticle');
      await languageOf(again, 'plaintext');
      await closeDocument(again);
      const third = await openAsPerson(uri);
      await sleep(500);
      assert.strictEqual(third.languageId, 'plaintext', 'expected "Stop Treating" remembered too');
    });

    it('"Treat This File as an Article" on a Markdown file keeps it Markdown and analyses it', async () => {
      const doc = await openInEditor(await writeScratch('files/briefing.md', `# Briefing\n\n${NOT_AN_ARTICLE}`));
      await sleep(300);
      assert.strictEqual(api.getAnalysis(doc), undefined);
      await vscode.commands.executeCommand('pressGallery.treatAsArticle', doc.uri);
      await until('the Markdown file analysed', () => api.getAnalysis(doc), (a) => !!a);
      assert.strictEqual(doc.languageId, 'markdown');
      const symbols = await until('speakers in the Outline', () => symbolsOf(doc), (s) => s.includes('Dominic Grieve'));
      assert.ok(symbols.length > 0);
    });
  });

  describe('prose defaults', () => {
    it('wraps words and drops the code-editor boxes and suggestions in News Articles, and the user still wins', async () => {
      const editor = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
      assert.strictEqual(editor.get('wordWrap'), 'on');
      assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
      assert.strictEqual(editor.get('unicodeHighlight.invisibleCharacters'), false);
      assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
      assert.deepStrictEqual(editor.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
      assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('wordBasedSuggestions') === 'off', false, 'expected Markdown settings untouched');
      await editor.update('wordWrap', 'bounded', vscode.ConfigurationTarget.Workspace, true);
      try {
        assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID }).get('wordWrap'), 'bounded');
      } finally {
        await editor.update('wordWrap', undefined, vscode.ConfigurationTarget.Workspace, true);
      }
    });
  });

  describe("the article's date", () => {
    const pressGalleryDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Press Gallery');

    it('says on line 1 when there is no date line, and "Insert date line…" inserts one', async () => {
      const doc = await openInEditor(await writeScratch('files/undated.article', 'Grieve warns on the vote\n\n“We will keep knocking on doors,” Dominic Grieve said.\n'));
      const [d] = await until('the no-date-line diagnostic', () => pressGalleryDiagnostics(doc.uri), (ds) => ds.some((x) => x.code === 'dateLine'));
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
      assert.strictEqual(d.range.start.line, 0);
      assert.match(d.message, /^No date line: MPs are shown as of \d{1,2} \w{3} \d{4}$/);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const insert = actions.find((a) => a.title === 'Insert date line…');
      assert.ok(insert?.command, `expected "Insert date line…", saw ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.strictEqual(insert.command.command, 'pressGallery.setArticleDate');
      // The command asks for the date; given one (as a test can), it writes it without asking.
      await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []), '2019-02-21');
      assert.strictEqual(doc.lineAt(0).text, ' date 2019-02-21 Grieve warns on the vote');
      await until('the diagnostic gone', () => pressGalleryDiagnostics(doc.uri).filter((x) => x.code === 'dateLine'), (ds) => ds.length === 0);
      await until('the analysis on the new date', () => api.getAnalysis(doc)?.date, (date) => date === '2019-02-21');
      await doc.save();
    });

    it('"Set Article Date…" changes the date in a Markdown article\'s front matter', async () => {
      const doc = await openInEditor(await writeScratch('files/redated.md', MARKDOWN_ARTICLE));
      await until('the Markdown article analysed', () => api.getAnalysis(doc), (a) => !!a);
      await vscode.commands.executeCommand('pressGallery.setArticleDate', doc.uri, '2016-06-23');
      assert.ok(doc.getText().includes('\ndate: 2016-06-23\n'), doc.getText().slice(0, 80));
      await until('the analysis on the new date', () => api.getAnalysis(doc)?.date, (date) => date === '2016-06-23');
      await doc.save();
    });

    it('raises no date-line information for an impossible date (it keeps its own warning)', async () => {
      const doc = await openInEditor(await writeScratch('files/impossible.article', ' date 2019-02-30 Grieve warns\n\n“We will win,” Dominic Grieve said.\n'));
      await until('the analysis', () => api.getAnalysis(doc), (a) => !!a);
      await sleep(500);
      assert.deepStrictEqual(pressGalleryDiagnostics(doc.uri).map((d) => d.code).filter((c) => c === 'dateLine'), []);
      assert.strictEqual(api.getAnalysis(doc)?.header.dateStatus, 'invalid');
    });
  });
});
