import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PressGalleryApi } from '../../../src/editor/api';
import { activateExtension, openInEditor, SEED, fixtureUri } from './util';

// First in name order, so that the seed is the first article the editor analyses: what a user meets
// when the first article opens, in this host. The extension reports how long evaluating its bundle
// took, how long activate() ran and how long its first analysis took, and how much of that was
// loading the MP data; the workspace (an .article in it) may have activated it before this suite
// starts, so the test cannot time activate() from outside. Issue 16's target for load + activate()
// + first analysis is 100 ms on a quiet machine: the figures go into the test's title (and so the
// report and test-results/integration-results.json). What is asserted holds on a loaded CI machine
// too: activation only registers (well under 50 ms) and the whole start stays under a second.
describe('activation cost', () => {
  it('load, activate() and the first analysis of the seed article, timed', async function () {
    const api = await activateExtension<PressGalleryApi>();
    const seed = await openInEditor(fixtureUri(SEED));
    assert.ok(api.getAnalysis(seed)?.quotes.length, 'expected the seed to be analysed');
    const { loadMs, loadCpuMs, activateMs, activateCpuMs, firstAnalysis } = api.getStartupTimings();
    assert.ok(firstAnalysis, 'expected the editor to have made its first analysis');
    if (firstAnalysis.uri !== seed.uri.toString()) this.skip(); // another article came first: not the seed's figure
    // The workspace index (a second after activation) may have made the MP data before the seed opened: then
    // the seed's figure would leave that cost out.
    if (!firstAnalysis.madeMpData) this.skip();
    const load = loadMs ?? 0;
    const total = load + activateMs + firstAnalysis.ms;
    // The report prints the title when the test ends: the figures go there (and into the results JSON).
    this.test!.title += ` — load ${loadMs === undefined ? 'not recorded' : `${load.toFixed(1)} ms`} + activate() ${activateMs.toFixed(1)} ms`
      + ` + first analysis ${firstAnalysis.ms.toFixed(1)} ms (MP data ${firstAnalysis.mpDataMs.toFixed(1)} ms of it) = ${total.toFixed(1)} ms`;
    // CPU time beside it (every thread of the host): on a loaded machine wall time swings with the other work.
    const cpu = [loadCpuMs, activateCpuMs, firstAnalysis.cpuMs];
    if (cpu.every((x) => x !== undefined)) {
      this.test!.title += `; CPU ${cpu.map((x) => x!.toFixed(1)).join(' + ')} = ${cpu.reduce((a, b) => a! + b!, 0)!.toFixed(1)} ms`;
    }
    assert.ok(loadMs !== undefined, 'the bundle records when its evaluation started (scripts/build.mjs)');
    // Judged on CPU time where the host gives it: on a loaded machine the wall clock of even a few
    // milliseconds of work can pass 50 ms while another process has the core.
    const activateCost = activateCpuMs ?? activateMs;
    assert.ok(activateCost < 50, `activate() should only register: ${activateCost.toFixed(1)} ms${activateCpuMs === undefined ? '' : ' of CPU'}`);
    assert.ok(total < 1000, this.test!.title);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
