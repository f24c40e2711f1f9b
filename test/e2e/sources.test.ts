// End-to-end: a researcher opens the Sources view of a folder of articles in a real VS Code
// (code-server in headless Chromium), reads its charts and tables in a dark and a light theme.
// Screenshots go to test-results/e2e-sources/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { RESULTS_DIR, launchChromium, openWorkbench, startCodeServer, visibleNotifications, type Session } from '../support/codeServer';
import { emptyShotsFolder, failedShotName, screenshot } from '../support/screenshots';
import { pickTheme } from '../support/themes';

const SHOTS = path.join(RESULTS_DIR, 'e2e-sources');

/** A week of invented coverage, written for this test: MPs of four parties, a charity, a union. */
const ARTICLES: Record<string, string> = {
  'mon.article': ` date 2019-03-04 Brexit vote looms\n\n“We will not back this deal,” said Jeremy Corbyn.\n\n“The deal honours the referendum,” said Theresa May.\n\n“Children will pay the price,” said Barnardo’s.\n`,
  'tue.article': ` date 2019-03-05 Talks resume\n\n“Talks are serious,” said Keir Starmer.\n\n“We want a people’s vote,” said Vince Cable.\n\n“Scotland voted to remain,” said Ian Blackford.\n`,
  'wed.article': ` date 2019-03-06 Cabinet split\n\n“The party must unite,” said Boris Johnson.\n\n“No deal is no option,” said Theresa May.\n\n“Jobs are at risk,” said Unite.\n`,
  'thu.article': ` date 2019-03-07 Labour pressure\n\n“We are ready to govern,” said Jeremy Corbyn. “The country needs it,” he added.\n\n“Stop Brexit,” said Jo Swinson.\n`,
  'fri.article': ` date 2019-03-08 Week ends\n\n“It was a long week,” said Theresa May.\n\n“Scotland deserves a choice,” said Ian Blackford.\n`,
};

describe('the Sources view in VS Code (code-server + Chromium)', function () {
  this.timeout(180_000);
  let session: Session | undefined;
  let browser: Browser | undefined;
  let page: Page;

  const shot = (name: string) => screenshot(page, SHOTS, name);

  before(async function () {
    this.timeout(240_000);
    emptyShotsFolder(SHOTS);
    session = await startCodeServer({ settings: { 'workbench.colorTheme': 'Default Dark Modern', 'workbench.startupEditor': 'none' } });
    const week = path.join(session.workspace, 'week');
    fs.mkdirSync(week);
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(week, name), text);
    browser = await launchChromium();
    page = await openWorkbench(browser, session.url);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !page) return;
    await shot(failedShotName(this.currentTest.title)).catch(() => '');
    console.log(`      notifications: ${JSON.stringify(await visibleNotifications(page))}`);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    session?.stop();
  });

  /**
   * Runs a command from the palette as a person does: types its name and clicks its row. The
   * palette lists an extension's commands once the extension host has read them: until then, close
   * it and look again, as a person would.
   */
  async function runFromPalette(title: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    const deadline = Date.now() + 45_000;
    for (;;) {
      await page.keyboard.press('Control+Shift+P');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      if (await row.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) break;
      const offered = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      if (Date.now() > deadline) assert.fail(`expected the command palette to offer "${title}", saw: ${JSON.stringify(offered)}`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
    }
    await row.click();
  }

  /** The Sources page inside the webview's two iframes. */
  const sources = (): FrameLocator => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

  async function expectInView(expected: string[], timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let seen = '';
    while (Date.now() < deadline) {
      seen = (await sources().locator('body').innerText({ timeout: 2000 }).catch(() => '')).trim();
      if (expected.every((e) => seen.includes(e))) return seen;
      await page.waitForTimeout(300);
    }
    return assert.fail(`expected the Sources view to show ${JSON.stringify(expected)}, saw: ${JSON.stringify(seen.slice(0, 800))}`);
  }

  it('opens from the palette with the week’s totals, charts and tables (dark theme)', async () => {
    await runFromPalette('Press Gallery: Show Sources');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // The seed article of the fixtures is in the workspace too.
    const text = await expectInView(['Sources in the workspace', '6 articles', 'Quotations by party', 'Most-quoted speakers', 'Quotes per article', 'Theresa May']);
    assert.match(text, /Conservative\s+7/, 'May 3, Johnson 1 and Grieve 3 (the seed article) are Conservative on their dates');
    assert.strictEqual(await sources().locator('canvas').count(), 3, 'three charts');
    assert.strictEqual(await sources().locator('table').count(), 3, 'a table beside each');
    await page.waitForTimeout(500);
    console.log(`      screenshot: ${path.relative(process.cwd(), await shot('sources-dark'))}`);
    await sources().locator('section').last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    console.log(`      screenshot: ${path.relative(process.cwd(), await shot('sources-dark-over-time'))}`);
    await sources().locator('section').first().scrollIntoViewIfNeeded();
  });

  it('follows a light theme', async () => {
    await pickTheme(page, 'Light Modern');
    const deadline = Date.now() + 15_000;
    let cls = '';
    while (Date.now() < deadline && !/vscode-light/.test(cls)) {
      cls = (await sources().locator('body').getAttribute('class', { timeout: 2000 }).catch(() => '')) ?? '';
      await page.waitForTimeout(250);
    }
    assert.match(cls, /vscode-light/, 'the webview’s body takes the light theme');
    await page.waitForTimeout(800);
    console.log(`      screenshot: ${path.relative(process.cwd(), await shot('sources-light'))}`);
  });

  it('showed no error notification', async () => {
    const toasts = await visibleNotifications(page);
    assert.ok(!toasts.some((t) => /error|failed/i.test(t)), `notifications: ${JSON.stringify(toasts)}`);
  });
});
