import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { activateExtension, openInEditor, SEED, fixtureUri } from './util';

// First in name order, so that the seed is the first article the editor analyses: what a user meets
// when the first article opens, in this host. The extension reports how long activate() ran and how
// long its first analysis took (the MP index is built then); the workspace (an .article in it)
// may have activated it before this suite starts, so the test cannot time activate() from outside.
// Issue 16's target for the sum is 100 ms on a quiet machine; the bound asserted here is loose, for
// loaded CI machines, and the figures go into the test's title (and so the report).
describe('activation cost', () => {
  it('activate() and the first analysis of the seed article, timed', async function () {
    const api = await activateExtension<PressGalleryApi>();
    const seed = await openInEditor(fixtureUri(SEED));
    assert.ok(api.getAnalysis(seed)?.quotes.length, 'expected the seed to be analysed');
    const { activateMs, firstAnalysis } = api.getStartupTimings();
    assert.ok(firstAnalysis, 'expected the editor to have made its first analysis');
    if (firstAnalysis.uri !== seed.uri.toString()) this.skip(); // another article came first: not the seed's figure
    const total = activateMs + firstAnalysis.ms;
    // The report prints the title when the test ends: the figures go there (and into the results JSON).
    this.test!.title += ` — activate() ${activateMs.toFixed(1)} ms + first analysis ${firstAnalysis.ms.toFixed(1)} ms = ${total.toFixed(1)} ms`;
    assert.ok(total < 1000, this.test!.title);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
