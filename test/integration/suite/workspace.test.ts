// The workspace as a corpus: the index, Go to Symbol in Workspace, references across articles, the
// Sources view's numbers and the file-system watcher, in a real extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openInEditor, positionOf, until, workspaceRoot } from './util';
import type { PressGalleryApi } from '../../../src/editor/api';

const JAN = ` date 2019-01-10 Umunna warns
“We must stay,” said Chuka Umunna.
Umunna later spoke to Dominic Grieve.
`;
const MAR = ` date 2019-03-10 New group
“It is a new start,” said Chuka Umunna. “Join us,” he added.
“The plan is dead,” said Dominic Grieve.
`;
const PLAIN = ` date 2019-03-11 Plain text
“Children come first,” said Barnardo’s.
`;
const LATER = ` date 2019-03-12 Later
“Still here,” said Chuka Umunna.
`;

const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'corpus-suite');
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), new TextEncoder().encode(text));

describe('workspace: index, symbols, references, Sources view', function () {
  this.timeout(60000);
  let api: PressGalleryApi;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
    await write('jan.article', JAN);
    await write('mar.news', MAR);
    await write('plain.txt', PLAIN);
    await write('notes.txt', 'Not an article: “quoted,” said Chuka Umunna.\n');
    await write('excluded/skip.article', LATER);
    await vscode.workspace.getConfiguration('files').update('exclude', { '**/excluded': true }, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('pressGallery.rebuildIndex');
    await api.whenIndexed();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(folder(), { recursive: true });
  });

  const symbols = async (query: string) =>
    (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];

  it('Go to Symbol in Workspace lists speakers and MPs, each at their first quote in the oldest article', async () => {
    const found = await until('Chuka Umunna among the workspace symbols', () => symbols('Umunna'), (s) => s.some((x) => x.name === 'Chuka Umunna'), 20000);
    const umunna = found.find((x) => x.name === 'Chuka Umunna')!;
    assert.strictEqual(umunna.location.uri.path, vscode.Uri.joinPath(folder(), 'jan.article').path);
    assert.deepStrictEqual([umunna.location.range.start.line, umunna.location.range.start.character], [1, 0]);
    // The seed article (and other suites' scratch articles) name him too, without quoting him.
    assert.match(umunna.containerName, /^MP · (Labour \/ The Independent Group|The Independent Group \/ Labour) · 3 quotes in 2 articles · named in \d+$/);
    const org = (await symbols('Barnardo')).find((x) => x.name === 'Barnardo’s');
    assert.ok(org, 'a plain-text file with a date line is an article');
    assert.strictEqual(org.kind, vscode.SymbolKind.Namespace);
    assert.ok(!found.some((x) => x.location.uri.path.endsWith('notes.txt') || x.location.uri.path.includes('/excluded/')), 'no symbol from a file that is not an article or is excluded');
  });

  it('Find All References on a person’s name gives every mention and quotation in every article', async () => {
    const doc = await openInEditor(vscode.Uri.joinPath(folder(), 'mar.news'));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Chuka Umunna', 3));
    const byFile = new Map<string, number>();
    for (const r of refs ?? []) byFile.set(r.uri.path.split('/').pop()!, (byFile.get(r.uri.path.split('/').pop()!) ?? 0) + 1);
    assert.deepStrictEqual(Object.fromEntries([...byFile].filter(([f]) => ['jan.article', 'mar.news'].includes(f)).sort()), { 'jan.article': 4, 'mar.news': 3 });
    assert.ok(!byFile.has('skip.article') && !byFile.has('notes.txt'), `no reference from excluded files or non-articles: ${[...byFile.keys()]}`);
    const quote = refs!.find((r) => r.uri.path.endsWith('jan.article') && r.range.start.line === 1 && r.range.start.character === 0);
    assert.ok(quote, 'the quotation itself is a reference, from its opening mark');
  });

  it('Show Sources for a folder opens the panel with the folder’s totals', async () => {
    await vscode.commands.executeCommand('pressGallery.showSourcesForFolder', folder());
    const shown = await until('the Sources view of corpus-suite', () => api.getSourcesShown(), (m) => m?.totals.articles === 3, 10000);
    assert.deepStrictEqual(shown!.totals, { articles: 3, quotes: 5, unattributed: 0, speakers: 3 });
    assert.strictEqual(shown!.scope, 'corpus-suite');
    assert.deepStrictEqual(shown!.groups.map((g) => [g.group, g.quotes]), [['The Independent Group', 2], ['Conservative', 1], ['Labour', 1], ['Organisations', 1]]);
    assert.deepStrictEqual(shown!.speakers.map((s) => [s.name, s.quotes]), [['Chuka Umunna', 3], ['Barnardo’s', 1], ['Dominic Grieve', 1]]);
    await until('a Sources tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview).map((t) => t.label),
      (labels) => labels.includes('Sources: corpus-suite'), 5000);
  });

  it('the watcher keeps the index current: a new article counts within a second or two, a deleted one goes', async () => {
    await write('later.article', LATER);
    await until('the new article in the Sources view', () => api.getSourcesShown()?.totals, (t) => t?.articles === 4 && t.quotes === 6, 10000);
    const umunna = (await symbols('Chuka Umunna')).find((x) => x.name === 'Chuka Umunna');
    assert.match(umunna?.containerName ?? '', /· 4 quotes in 3 articles ·/);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'later.article'));
    await until('the deleted article gone', () => api.getSourcesShown()?.totals, (t) => t?.articles === 3, 10000);
  });

  it('Show Sources covers the whole workspace', async () => {
    await vscode.commands.executeCommand('pressGallery.showSources');
    const shown = await until('the Sources view of the workspace', () => api.getSourcesShown(), (m) => m?.scope === 'the workspace', 10000);
    assert.ok(shown!.totals.articles >= 4, `the seed article and the suite's: ${JSON.stringify(shown!.totals)}`);
    assert.ok(shown!.speakers.some((s) => s.name === 'Jeremy Corbyn'), 'the seed article’s speakers');
  });
});
