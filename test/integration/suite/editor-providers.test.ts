// The editor layer's providers in a real VS Code, through the public API only: hover cards on MPs,
// organisations, quotes and the date; the Outline (document symbols).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED, activateExtension, fixtureUri, hoverText, openInEditor, positionOf, until, writeScratch } from './util';

async function hoversAt(doc: vscode.TextDocument, needle: string, offset = 3): Promise<vscode.Hover[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, offset));
  return hovers ?? [];
}

function expectAll(text: string, parts: string[], what: string): void {
  for (const p of parts) assert.ok(text.includes(p), `expected ${what} to contain ${JSON.stringify(p)}, saw: ${JSON.stringify(text)}`);
}

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

describe('editor layer: hover cards', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    doc = await openInEditor(fixtureUri(SEED));
  });

  it('on "Dominic Grieve": MP badge, Conservative · Beaconsfield on 21 Feb 2019, his quotes and a link to them', async () => {
    const hovers = await hoversAt(doc, 'Dominic Grieve');
    const text = hoverText(hovers);
    expectAll(text, ['**Dominic Grieve** · `MP`', 'Conservative · Beaconsfield — on 21 Feb 2019', '3 quotes in this article — first: “went completely off the rails”', '[Show all 3 quotes by Dominic Grieve](command:pressGallery.showQuotesBySpeaker?'], 'the hover on Dominic Grieve');
    assert.strictEqual(hovers.length, 1, 'one card, not one per provider call');
    assert.strictEqual(doc.getText(hovers[0].range), 'Dominic Grieve', 'the card belongs to the whole name');
    const link = /command:pressGallery\.showQuotesBySpeaker\?([^ )]+)/.exec(text)!;
    const [args] = JSON.parse(decodeURIComponent(link[1])) as Array<{ uri: string; speakerId: string }>;
    assert.strictEqual(args.uri, doc.uri.toString(), 'the link names this document');
    assert.ok(!text.includes('"personId"') && !text.includes('{"'), 'no raw JSON in the card');
  });

  it('on "Chuka Umunna": The Independent Group · Streatham, having left Labour three days before', async () => {
    const text = hoverText(await hoversAt(doc, 'Chuka Umunna'));
    expectAll(text, ['The Independent Group · Streatham — on 21 Feb 2019', 'Left Labour on 18 Feb 2019 — The Independent Group since 18 Feb 2019 (3 days before this article)', 'Not quoted in this article.'], 'the hover on Chuka Umunna');
  });

  it('on "Corbyn": the offices he held on the date', async () => {
    const text = hoverText(await hoversAt(doc, 'Corbyn', 2));
    expectAll(text, ['**Jeremy Corbyn** · `MP`', 'Labour · Islington North', 'Leader of the Opposition (since 12 Sep 2015)', '9 quotes in this article'], 'the hover on Corbyn');
  });

  it('on "Momentum": an organisation and its one quote', async () => {
    const text = hoverText(await hoversAt(doc, 'Momentum', 2));
    expectAll(text, ['**Momentum** · organisation', '1 quote in this article — first: “mass canvassing events”', 'Go to the quote by Momentum'], 'the hover on Momentum');
  });

  it('on a quote: speaker, cue and its place among the speaker’s quotes; the card spans the quotation marks', async () => {
    const hovers = await hoversAt(doc, 'mass canvassing events', 5);
    expectAll(hoverText(hovers), ['**Momentum** · organisation', 'Quote 1 of 1 by Momentum'], 'the hover on a quote by Momentum');
    assert.strictEqual(doc.getText(hovers[0].range), '“mass canvassing events”');
    const corbyn = hoverText(await hoversAt(doc, 'I would certainly cease', 4));
    expectAll(corbyn, ['Dominic Grieve', 'Quote 2 of 3 by Dominic Grieve', 'Continues the quote before it by Dominic Grieve'], 'the hover on a continued quote');
  });

  it('on the date of the date line', async () => {
    const text = hoverText(await hoversAt(doc, '2019-02-21', 2));
    expectAll(text, ['Article date: 21 Feb 2019', 'shown as of this date'], 'the hover on the date');
  });

  it('nothing on plain words', async () => {
    assert.strictEqual(hoverText(await hoversAt(doc, 'constituencies of some', 3)), '');
  });

  it('says there is no membership data for a date outside the data, instead of a party', async () => {
    const old = await openInEditor(await writeScratch('editor-old.article', ' date 1975-06-01 Long ago\n\nJeremy Corbyn spoke to the meeting.\n'));
    const text = hoverText(await hoversAt(old, 'Jeremy Corbyn'));
    expectAll(text, ['**Jeremy Corbyn**', 'No House of Commons membership data for 1 Jun 1975'], 'the hover outside the data');
    assert.ok(!text.includes('Labour') && !text.includes('`MP`'), `expected no party, saw ${JSON.stringify(text)}`);
  });

  it('while Parliament is dissolved: a candidate standing again, the result only as later', async () => {
    const campaign = await openInEditor(await writeScratch('editor-dissolved.article', ' date 2001-05-17 On the trail\n\nJohn Prescott spoke to the rally.\n'));
    const text = hoverText(await hoversAt(campaign, 'John Prescott'));
    expectAll(text, [
      'Not an MP on 17 May 2001: Parliament was dissolved on 14 May 2001, polling day 7 Jun 2001 (21 days after this article).',
      'MP for Kingston upon Hull East (Labour) until the dissolution on 14 May 2001; standing again.',
      'Later: re-elected on 7 Jun 2001.',
    ], 'the hover during a dissolution');
    assert.ok(!text.includes('`MP`'), `expected no MP badge, saw ${JSON.stringify(text)}`);
  });

  it('tells the history of the article\'s Parliament: no "Later:" from thirty years on', async () => {
    const old = await openInEditor(await writeScratch('editor-1990.article', ' date 1990-03-01 Back benches\n\nJeremy Corbyn spoke in the debate.\n'));
    const text = hoverText(await hoversAt(old, 'Jeremy Corbyn'));
    expectAll(text, ['**Jeremy Corbyn** · `MP`', 'Labour · Islington North — on 1 Mar 1990'], 'the hover in 1990');
    assert.ok(!text.includes('Later:') && !text.includes('2020'), `expected no later change, saw ${JSON.stringify(text)}`);
  });
});

describe('editor layer: Outline', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    doc = await openInEditor(fixtureUri(SEED));
  });

  it('lists passages of speech in text order: people as members, organisations as namespaces, MPs with party and seat', async () => {
    const symbols = await symbolsOf(doc.uri);
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.kind, s.detail]), [
      ['Jeremy Corbyn', vscode.SymbolKind.EnumMember, 'Labour, Islington North · quotes 1–6 of 9'],
      ['Dominic Grieve', vscode.SymbolKind.EnumMember, 'Conservative, Beaconsfield'],
      ['Jeremy Corbyn', vscode.SymbolKind.EnumMember, 'Labour, Islington North · quotes 7–9 of 9'],
      ['Momentum', vscode.SymbolKind.Namespace, 'organisation'],
    ]);
  });

  it('gives each passage its quotes, named by their first words, spanning the quotation marks', async () => {
    const [corbyn, grieve, , momentum] = await symbolsOf(doc.uri);
    assert.strictEqual(corbyn.children.length, 6);
    assert.deepStrictEqual(grieve.children.map((c) => c.name), ['“went completely off the rails”', '“I would certainly cease to take the whip…”', '“I would have to leave the party - yes.”']);
    for (const [parent, child] of [corbyn, grieve, momentum].flatMap((p) => p.children.map((c) => [p, c] as const))) {
      assert.strictEqual(child.kind, vscode.SymbolKind.Event);
      const marked = doc.getText(child.range);
      assert.ok(/^[“"‘']/.test(marked), `expected ${JSON.stringify(marked)} to start at its opening mark`);
      assert.ok(parent.range.contains(child.range), 'a passage holds its quotes');
      assert.ok(child.range.contains(child.selectionRange));
    }
    assert.strictEqual(doc.getText(momentum.children[0].selectionRange), 'mass canvassing events');
    assert.strictEqual(grieve.children[0].detail, 'He said', 'the cue as detail');
  });

  it('never overlaps: the symbols under the cursor are the speaker and the quote actually there', async () => {
    const symbols = await symbolsOf(doc.uri);
    for (let i = 1; i < symbols.length; i++) {
      assert.ok(symbols[i - 1].range.end.isBeforeOrEqual(symbols[i].range.start),
        `expected ${symbols[i - 1].name}'s passage to end before ${symbols[i].name}'s starts`);
    }
    // What breadcrumbs and sticky scroll show: the deepest symbols whose ranges hold the position.
    const under = (needle: string) => {
      const p = positionOf(doc, needle, 2);
      const path: string[] = [];
      let level: vscode.DocumentSymbol[] = symbols;
      for (;;) {
        const hit = level.find((s) => s.range.contains(p));
        if (!hit) return path;
        path.push(hit.name);
        level = hit.children;
      }
    };
    assert.deepStrictEqual(under('went completely off'), ['Dominic Grieve', '“went completely off the rails”']);
    assert.deepStrictEqual(under('greater than the sum'), ['Jeremy Corbyn', '“greater than the sum of its parts”']);
    assert.deepStrictEqual(under('Eight ex-Labour MPs'), [], 'no speaker between passages');
  });

  it('badges a problem on the passage that holds it, and on no other', async () => {
    const text = ' date 2019-02-21 Badges\n\nLabour MP Dominic Grieve said: “We must stay.”\n\n“We must go,” said Jeremy Corbyn.\n\n“Stay,” said Mr Grieve.\n';
    const other = await openInEditor(await writeScratch('editor-badges.article', text));
    const problem = await until('the party-claim problem', () => vscode.languages.getDiagnostics(other.uri).filter((d) => d.code === 'partyClaims'), (d) => d.length === 1);
    const symbols = await symbolsOf(other.uri);
    const holders = symbols.filter((s) => s.range.contains(problem[0].range)).map((s) => s.name);
    assert.deepStrictEqual(holders, ['Dominic Grieve'], `expected only Grieve's first passage to hold the problem, saw ${JSON.stringify(holders)}`);
    assert.ok(symbols[0].range.contains(problem[0].range) && symbols[0].name === 'Dominic Grieve');
  });

  it('puts speech without a speaker under "Unattributed" and leaves terms in quotation marks out', async () => {
    const other = await openInEditor(await writeScratch('editor-unattributed.article',
      ' date 2019-02-21 Unattributed\n\nA spokesman said it was “very regrettable indeed”. The so-called “awkward squad” met. “We will win,” said Dominic Grieve.\n'));
    const symbols = await symbolsOf(other.uri);
    // VS Code orders symbols by position: the unattributed quote comes first in this text.
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.kind, s.detail]), [['Unattributed', vscode.SymbolKind.Null, 'speaker unknown'], ['Dominic Grieve', vscode.SymbolKind.EnumMember, 'Conservative, Beaconsfield']]);
    assert.deepStrictEqual(symbols[0].children.map((c) => c.name), ['“very regrettable indeed”']);
    const all = symbols.flatMap((s) => [s.name, ...s.children.map((c) => c.name)]);
    assert.ok(!all.some((n) => n.includes('awkward squad')), `expected no term in the Outline, saw ${JSON.stringify(all)}`);
  });
});
