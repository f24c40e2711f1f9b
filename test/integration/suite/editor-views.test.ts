// The editor layer's views in a real VS Code: the Speakers view (through the test API), the status
// bar, highlights (decorations), the pause after typing, and large files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { SEED, activateExtension, fixtureUri, hoverText, openInEditor, positionOf, until, writeScratch } from './util';

/** The seed in the view: 3 speakers and their 13 quotes, then "Named, not quoted" and its 4 people. */
const SEED_ITEMS = 3 + 13 + 1 + 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('pressGallery').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('editor layer: Speakers view and status bar', () => {
  let api: PressGalleryApi;
  let doc: vscode.TextDocument;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
    doc = await openInEditor(fixtureUri(SEED));
  });

  after(async () => {
    await vscode.commands.executeCommand('pressGallery.sortSpeakersByAppearance');
  });

  it('lists the speakers with quote counts and MP badges, their quotes below', async () => {
    await vscode.commands.executeCommand('pressGallery.sortSpeakersByAppearance');
    const items = await until('the seed’s speakers in the view', () => api.getSpeakersViewItems(), (i) => i.length > 0);
    const top = items.filter((l) => !l.startsWith(' '));
    assert.deepStrictEqual(top, ['Jeremy Corbyn (9 quotes · MP · Labour)', 'Dominic Grieve (3 quotes · MP · Conservative)', 'Momentum (1 quote · organisation)', 'Named, not quoted (4 people)']);
    assert.strictEqual(items.filter((l) => l.startsWith('  “')).length, 13, 'every quote under its speaker');
    const grieve = items.indexOf('Dominic Grieve (3 quotes · MP · Conservative)');
    assert.deepStrictEqual(items.slice(grieve + 1, grieve + 4), [
      '  “went completely off the rails” (He said)',
      '  “I would certainly cease to take the whip…” (continued)',
      '  “I would have to leave the party - yes.” (continued)',
    ]);
  });

  it('lists the people named but not quoted, each with a click to the first mention', async () => {
    const items = await until('the seed’s speakers in the view', () => api.getSpeakersViewItems(), (i) => i.length === SEED_ITEMS);
    const at = items.indexOf('Named, not quoted (4 people)');
    assert.deepStrictEqual(items.slice(at + 1), [
      '  Heidi Allen (MP · The Independent Group · 1 mention)',
      '  Chuka Umunna (MP · The Independent Group · 1 mention)',
      '  Ann Coffey (MP · The Independent Group · 1 mention)',
      '  Angela Smith (MP · The Independent Group · 1 mention)',
    ]);
  });

  it('follows the cursor: the quote, or the person, under it is selected in the view; the toggle switches it off', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressGallery.showSpeakers');
    await vscode.window.showTextDocument(doc);
    const put = (needle: string) => { const p = positionOf(doc, needle, 2); editor.selection = new vscode.Selection(p, p); };
    put('went completely off');
    await until('Grieve’s quote selected', () => api.getSpeakersViewSelection(), (s) => s[0] === '“went completely off the rails”');
    put('Heidi Allen');
    await until('Heidi Allen selected', () => api.getSpeakersViewSelection(), (s) => s[0] === 'Heidi Allen');
    await vscode.commands.executeCommand('pressGallery.speakersStopFollowingCursor');
    put('mass canvassing');
    await sleep(600);
    assert.deepStrictEqual(api.getSpeakersViewSelection(), ['Heidi Allen'], 'the selection stays put once following is off');
    await vscode.commands.executeCommand('pressGallery.speakersFollowCursor');
    await until('Momentum’s quote selected once following is on again', () => api.getSpeakersViewSelection(), (s) => s[0] === '“mass canvassing events”');
  });

  it('starts a speaker with more than 50 quotes collapsed', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `“Point ${i + 1} stands,” said Dominic Grieve.`).join(' ');
    await openInEditor(await writeScratch('editor-many.article', ` date 2019-02-21 Many\n\n${many} “One more,” said Jeremy Corbyn.\n`));
    const top = await until('the two speakers', () => api.getSpeakersViewItems().filter((l) => !l.startsWith(' ')), (t) => t.length === 2);
    assert.deepStrictEqual(top, ['Dominic Grieve (51 quotes · MP · Conservative) [collapsed]', 'Jeremy Corbyn (1 quote · MP · Labour)']);
    await vscode.window.showTextDocument(doc);
  });

  it('sorts by number of quotes and by party, and back by first appearance', async () => {
    const top = () => api.getSpeakersViewItems().filter((l) => !l.startsWith(' ')).map((l) => l.replace(/ \(.*$/, ''));
    await vscode.commands.executeCommand('pressGallery.sortSpeakersByParty');
    assert.deepStrictEqual(top(), ['Dominic Grieve', 'Jeremy Corbyn', 'Momentum', 'Named, not quoted'], 'Conservative, Labour, then non-MPs');
    await vscode.commands.executeCommand('pressGallery.sortSpeakersByQuotes');
    assert.deepStrictEqual(top(), ['Jeremy Corbyn', 'Dominic Grieve', 'Momentum', 'Named, not quoted']);
    await vscode.commands.executeCommand('pressGallery.sortSpeakersByAppearance');
    assert.deepStrictEqual(top(), ['Jeremy Corbyn', 'Dominic Grieve', 'Momentum', 'Named, not quoted']);
  });

  it('follows the active editor: empty for a file that is not an article, and the status bar hides', async () => {
    await openInEditor(await writeScratch('editor-notes.txt', 'Call the press office back on Monday.\n'));
    await until('an empty Speakers view', () => api.getSpeakersViewItems(), (i) => i.length === 0);
    await until('no status bar item', () => api.getStatusBarText(), (t) => t === undefined);
    await vscode.window.showTextDocument(doc);
    await until('the speakers again', () => api.getSpeakersViewItems().length, (n) => n === SEED_ITEMS);
    await until('the status bar again', () => api.getStatusBarText(), (t) => t === '$(quote) 13 quotes · 3 speakers · 6 MPs');
  });

  it('status bar: singular forms', async () => {
    await openInEditor(await writeScratch('editor-one.article', ' date 2019-02-21 One\n\n“We will win,” said Dominic Grieve.\n'));
    await until('the status bar text', () => api.getStatusBarText(), (t) => t === '$(quote) 1 quote · 1 speaker · 1 MP');
  });

  it('Show Speakers opens the view', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pressGallery.showSpeakers');
    // The view keeps following the article, not the view's own focus.
    await until('the speakers while the view has focus', () => api.getSpeakersViewItems().length, (n) => n === SEED_ITEMS);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  });
});

describe('editor layer: highlights', () => {
  let api: PressGalleryApi;
  let doc: vscode.TextDocument;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
    doc = await openInEditor(fixtureUri(SEED));
  });

  afterEach(async () => {
    for (const key of ['highlight.enabled', 'highlight.MPs', 'highlight.speakers', 'highlight.quotesBySpeaker', 'highlight.cues', 'partyColors']) await setting(key, undefined);
  });

  const decorated = (editor: vscode.TextEditor) => {
    const d = api.getDecorations(editor);
    return Object.fromEntries(Object.entries(d).map(([k, ranges]) => [k, ranges.map((r) => editor.document.getText(r))]));
  };

  it('colours MP names by party and marks speakers who are not MPs', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const d = await until('highlights on the seed', () => decorated(editor), (x) => Object.keys(x).length > 0);
    assert.deepStrictEqual(Object.keys(d).sort(), ['party:conservative', 'party:labour', 'party:the independent group', 'speaker']);
    assert.deepStrictEqual(d['party:conservative'], ['Dominic Grieve']);
    assert.deepStrictEqual(d.speaker, ['Momentum']);
    assert.ok(d['party:labour'].includes('Jeremy Corbyn') && d['party:labour'].includes('Mr Corbyn'), JSON.stringify(d['party:labour']));
  });

  it('tints quotes by speaker and underlines cues when switched on, and drops MP colours when switched off', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await setting('highlight.quotesBySpeaker', true);
    await setting('highlight.cues', true);
    await setting('highlight.MPs', false);
    const d = await until('tints and cues', () => decorated(editor), (x) => 'tint:0' in x && 'cue' in x && !('party:labour' in x));
    assert.strictEqual(d['tint:party:labour'].length, 9, 'Corbyn’s quotes in the Labour tint');
    assert.strictEqual(d['tint:party:conservative'].length, 3, 'Grieve’s in the Conservative one');
    assert.deepStrictEqual(d['tint:0'], ['“mass canvassing events”'], 'Momentum’s in the first neutral tint');
    assert.ok(d.cue.includes('Jeremy Corbyn has said'));
    assert.ok(!Object.keys(d).some((k) => k.startsWith('party:')));
  });

  it('Toggle Highlights switches them all off and on', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await until('highlights', () => Object.keys(api.getDecorations(editor)).length, (n) => n > 0);
    await vscode.commands.executeCommand('pressGallery.toggleHighlights');
    assert.strictEqual(vscode.workspace.getConfiguration('pressGallery').get('highlight.enabled'), false);
    await until('no highlights', () => Object.keys(api.getDecorations(editor)).length, (n) => n === 0);
    await vscode.commands.executeCommand('pressGallery.toggleHighlights');
    await until('highlights back', () => Object.keys(api.getDecorations(editor)).length, (n) => n > 0);
  });

  it('takes a user’s party colour without losing the others', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await setting('partyColors', { Conservative: '#0087DC' });
    const merged = vscode.workspace.getConfiguration('pressGallery').get<Record<string, string>>('partyColors')!;
    assert.strictEqual(merged.Conservative, '#0087DC');
    assert.strictEqual(merged.Labour, 'pressGallery.party.labour', 'VS Code merges the user’s entries with the defaults');
    const d = await until('highlights after the colour change', () => decorated(editor), (x) => 'party:conservative' in x);
    assert.deepStrictEqual(d['party:conservative'], ['Dominic Grieve']);
  });
});

describe('editor layer: typing and large files', () => {
  let api: PressGalleryApi;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
  });

  after(async () => {
    await setting('analysisDelay', undefined);
    await setting('maxFileSizeMB', undefined);
    await setting('timeBudget', undefined);
  });

  it('waits for a pause in typing, then shows the new quote everywhere, without saving', async () => {
    await setting('analysisDelay', 800);
    const scratch = await openInEditor(await writeScratch('editor-typing.article', ' date 2019-02-21 Typing\n\nDominic Grieve spoke.\n'));
    const editor = vscode.window.activeTextEditor!;
    await until('the first status', () => api.getStatusBarText(), (t) => t === '$(quote) 0 quotes · 0 speakers · 1 MP');
    for (const piece of ['“We will', ' win,”', ' said Heidi Allen.\n']) {
      await editor.edit((b) => b.insert(scratch.positionAt(scratch.getText().length), piece));
      await sleep(100);
    }
    assert.strictEqual(api.getStatusBarText(), '$(quote) 0 quotes · 0 speakers · 1 MP', 'nothing redrawn while typing');
    await until('the new quote after the pause', () => api.getStatusBarText(), (t) => t === '$(quote) 1 quote · 1 speaker · 2 MPs', 3000);
    assert.deepStrictEqual(api.getSpeakersViewItems().filter((l) => !l.startsWith(' ')), ['Heidi Allen (1 quote · MP · The Independent Group)', 'Named, not quoted (1 person)']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', scratch.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Heidi Allen']);
    assert.strictEqual(scratch.isDirty, true);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves a file above pressGallery.maxFileSizeMB alone until asked, and says so', async () => {
    await setting('maxFileSizeMB', 0.001);
    const big = await openInEditor(await writeScratch('editor-big.article', ` date 2019-02-21 Big\n\n${'“We will win,” said Dominic Grieve. '.repeat(60)}\n`));
    await until('the too-large status', () => api.getStatusBarText(), (t) => t === '$(warning) Press Gallery: file too large — click to analyse');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', big.uri, positionOf(big, 'Dominic Grieve', 3));
    assert.strictEqual(hoverText(hovers), '', 'no hover before the analysis');
    assert.deepStrictEqual(Object.keys(api.getDecorations(vscode.window.activeTextEditor!)), []);
    assert.deepStrictEqual(api.getSpeakersViewItems(), []);
    await vscode.commands.executeCommand('pressGallery.analyseAnyway');
    await until('the full status after Analyse Anyway', () => api.getStatusBarText(), (t) => t === '$(quote) 60 quotes · 1 speaker · 1 MP');
    const after = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', big.uri, positionOf(big, 'Dominic Grieve', 3));
    assert.ok(hoverText(after).includes('Conservative · Beaconsfield'));
    assert.strictEqual(big.isDirty, false);
  });

  it('Analyse Large File Anyway lifts the time budget: every quote of a long article gets its speaker', async () => {
    await setting('maxFileSizeMB', 0.1);
    await setting('timeBudget', 50); // far too short for 400 KB: the budget alone would leave most quotes without speakers
    const paragraphs = Array.from({ length: 8000 }, (_, i) => `“We will win seat ${i},” said Dominic Grieve.`).join('\n\n');
    const big = await openInEditor(await writeScratch('editor-budget.article', ` date 2019-02-21 Long\n\n${paragraphs}\n`));
    await until('the too-large status', () => api.getStatusBarText(), (t) => t === '$(warning) Press Gallery: file too large — click to analyse');
    await vscode.commands.executeCommand('pressGallery.analyseAnyway');
    await until('the full status after Analyse Anyway', () => api.getStatusBarText(), (t) => t === '$(quote) 8000 quotes · 1 speaker · 1 MP', 20_000);
    const a = api.getAnalysis(big)!;
    assert.strictEqual(a.stats.truncated, false);
    assert.deepStrictEqual(a.quotes.filter((q) => q.speaker?.name !== 'Dominic Grieve').length, 0);
  });
});

describe('editor layer: honest limits', () => {
  let api: PressGalleryApi;

  before(async () => {
    api = await activateExtension<PressGalleryApi>();
  });

  after(async () => {
    await setting('timeBudget', undefined);
  });

  it('says in the status bar text and on the cards when the time budget cut the analysis short; Analyse Large File Anyway finds the speakers', async () => {
    await setting('timeBudget', 50);
    const paragraph = 'Chuka Umunna was in the chamber. “We will not give up on this, whatever the whips may say to us,” said Dominic Grieve. ';
    const big = await openInEditor(await writeScratch('editor-cut-short.article', ` date 2019-02-21 Long\n\n${Array.from({ length: 6000 }, () => paragraph).join('\n\n')}\n`));
    const status = await until('a cut-short status', () => api.getStatusBarText(), (t) => !!t && t.endsWith('· cut short'), 20_000);
    assert.match(status!, /^\$\(warning\) 6,?000 quotes · /);
    // The last quote: a cut works from the top down, so on a fast machine the first quotes have their speaker.
    const lastQuote = big.positionAt(big.getText().lastIndexOf('We will not give up') + 3);
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', big.uri, lastQuote));
    assert.ok(card.includes('Speaker not worked out (analysis cut short)'), card);
    assert.ok(!card.includes('Speaker unknown'), card);
    await vscode.commands.executeCommand('pressGallery.analyseAnyway');
    await until('the full analysis', () => api.getStatusBarText(), (t) => t === '$(quote) 6000 quotes · 1 speaker · 2 MPs', 60_000);
    const after = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', big.uri, positionOf(big, 'Chuka Umunna', 3)));
    assert.ok(after.includes('Not quoted in this article.'), after);
    const quote = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', big.uri, positionOf(big, 'We will not give up', 3)));
    assert.ok(quote.includes('Dominic Grieve'), quote);
    assert.strictEqual(big.isDirty, false);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
