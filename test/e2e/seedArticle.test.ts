// End-to-end: a person reads the seed article in a real VS Code (code-server in Debian's headless
// Chromium): opens it from the Explorer, hovers MP names, opens the Outline and the Speakers view,
// runs a command from the palette. A screenshot of each step goes to test-results/e2e/.
// Usage: npm run test:e2e  (after scripts/install-code-server.sh)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { RESULTS_DIR, ROOT, launchChromium, openWorkbench, startCodeServer, visibleNotifications, type Session } from '../support/codeServer';
import { startMembersApi, type MembersApiServer } from '../support/membersApiServer';
import { emptyShotsFolder, failedShotName, screenshot } from '../support/screenshots';
import { THEMES, pickTheme as pickThemeIn } from '../support/themes';

const SEED = 'seed-corbyn-quitters.article';
/** An article about the fixtures' invented by-election winner (test/fixtures/members-api). */
const BYELECTION = 'byelection.article';
const SHOTS = path.join(RESULTS_DIR, 'e2e');

const SEED_TXT = 'seed-corbyn-quitters.txt';
const SEED_MD = 'seed-corbyn-quitters.md';

/**
 * The seed as a new user may have it: a .txt file (as it began), and a Markdown file with the date
 * in front matter, the headline as a heading and a name in bold.
 */
function writeSeedCopies(workspace: string): void {
  const seed = fs.readFileSync(path.join(workspace, SEED), 'utf8');
  fs.writeFileSync(path.join(workspace, SEED_TXT), seed);
  const [, date, headline] = /^ date (\S+) (.*)/.exec(seed)!;
  const body = seed.slice(seed.indexOf('\n') + 1).replace('Dominic Grieve', '**Dominic Grieve**');
  fs.writeFileSync(path.join(workspace, SEED_MD), `---\ntitle: "${headline.replace(/"/g, '\\"')}"\ndate: ${date}\n---\n\n# ${headline}\n${body}`);
}

/** At most `max` characters of `text`, for messages. */
function clip(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}


describe('reading the seed article in VS Code (code-server + Chromium)', function () {
  this.timeout(120_000);
  let session: Session | undefined;
  let membersApi: MembersApiServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let step = 0;
  /** What the page showed last, for failure reports. */
  let lastSeen = '';

  /** Screenshots numbered in the order taken. */
  const shot = (name: string) => screenshot(page, SHOTS, `${String(++step).padStart(2, '0')}-${name}`);

  before(async function () {
    this.timeout(240_000);
    emptyShotsFolder(SHOTS);
    // A stand-in for UK Parliament's Members API on 127.0.0.1, for "Update MP Data".
    membersApi = await startMembersApi({ lifetimeMs: 600_000 });
    session = await startCodeServer({
      settings: {
        'pressGallery.data.apiBaseUrl': membersApi.baseUrl,
        // Offer an update for an article dated after the MP data (the by-election article below).
        'pressGallery.data.checkForUpdates': true,
        // A journalist reads prose: wrapped lines keep every name on screen.
        'editor.wordWrap': 'on',
        'editor.minimap.enabled': false,
        // Speakers only at the top level: the Outline pane is short and its list draws only the rows in view.
        'outline.collapseItems': 'alwaysCollapse',
        'editor.hover.delay': 200,
      },
    });
    fs.writeFileSync(path.join(session.workspace, BYELECTION), ' date 2026-09-01 Wexley Moor by-election\n\n“We won the argument,” said Harriet Quayle, the new MP.\n');
    writeSeedCopies(session.workspace);
    browser = await launchChromium();
    page = await openWorkbench(browser, session.url);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !page) return;
    const file = await shot(failedShotName(this.currentTest.title)).catch(() => '');
    const hover = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts().catch(() => []);
    const toasts = await visibleNotifications(page);
    console.log(`      what the page showed: ${file ? path.relative(process.cwd(), file) : '(no screenshot)'}`);
    if (lastSeen) console.log(`      last read: ${JSON.stringify(clip(lastSeen))}`);
    console.log(`      hover: ${hover.length ? JSON.stringify(clip(hover.join('\n'))) : 'none shown'}`);
    console.log(`      notifications: ${toasts.length ? JSON.stringify(toasts) : 'none'}`);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    session?.stop();
    await membersApi?.close();
  });

  const editor = () => page.locator('.editor-group-container .monaco-editor').first();

  /** Waits until `locator`'s text contains every word in `expected`; fails saying what it saw. */
  async function expectText(locator: Locator, expected: string[], what: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let seen = '';
    for (;;) {
      // The editor draws spaces as no-break spaces.
      seen = (await locator.allInnerTexts().catch(() => [])).join('\n').replace(/\u00a0/g, ' ').trim();
      lastSeen = seen;
      if (expected.every((e) => seen.includes(e))) return seen;
      if (Date.now() > deadline) break;
      await page.waitForTimeout(250);
    }
    assert.fail(`expected ${what} to show ${expected.map((e) => JSON.stringify(e)).join(' and ')}, saw: ${JSON.stringify(clip(seen))}`);
  }

  /** Runs a command from the palette as a person types it. */
  async function runFromPalette(title: string): Promise<void> {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
      const offered = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      assert.fail(`expected the command palette to offer "${title}", saw: ${JSON.stringify(offered)}`);
    });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Scrolls the editor to `text` the way a person would (Find, then Escape), then rests the mouse on it. */
  async function pointAt(text: string): Promise<void> {
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+F');
    const find = page.locator('.editor-widget.find-widget textarea, .editor-widget.find-widget input').first();
    await find.waitFor({ state: 'visible' });
    await find.fill(text);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // Where the text's last word is drawn. (The page's DOM, typed loosely: this project's tsconfig
    // has no DOM library, on purpose, so that extension code cannot use it by mistake.)
    const word = text.split(' ').pop() as string;
    const box = await editor().evaluate((root, w) => {
      /* eslint-disable @typescript-eslint/no-explicit-any */
      const doc = (globalThis as any).document;
      const walker = doc.createTreeWalker((root as any).querySelector('.view-lines'), 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = String(node.textContent ?? '').indexOf(w);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return undefined;
    }, word);
    assert.ok(box, `expected "${word}" on screen in the editor after finding "${text}"`);
    await page.mouse.move(box.x - 40, box.y + 60);
    await page.mouse.move(box.x, box.y, { steps: 4 });
  }

  /**
   * Rests the mouse on `text` until the hover card shows every word in `expected`. Like a person, it
   * moves the mouse off and back when no card came (the first hover can race the editor settling
   * after Find closes); a card that comes but says the wrong thing fails at once.
   */
  async function hoverUntil(text: string, expected: string[], timeoutMs = 20_000): Promise<void> {
    const card = page.locator('.monaco-hover:not(.hidden)');
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      await pointAt(text);
      try {
        await card.first().waitFor({ state: 'visible', timeout: 3000 });
        // A card is up: it must say what is expected (it may still be loading).
        await expectText(card, expected, `the hover card on "${text}"`, 5000);
        if (attempt > 1) console.log(`      (the hover card on "${text}" came on try ${attempt})`);
        await page.waitForTimeout(500); // let the card finish fading in before a screenshot
        return;
      } catch (err) {
        const cardShown = await card.count().then((n) => n > 0).catch(() => false);
        if (cardShown || Date.now() > deadline) {
          if (!cardShown) lastSeen = `(no hover card after ${attempt} tries)`;
          throw cardShown ? err : new assert.AssertionError({ message: `expected a hover card on "${text}" showing ${expected.map((e) => JSON.stringify(e)).join(' and ')}, saw no hover card (${attempt} tries)` });
        }
        await page.mouse.move(5, 5);
      }
    }
  }

  it('opens the seed article from the Explorer', async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED });
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await row.click();
    await expectText(editor().locator('.view-lines'), ['Corbyn tells Labour quitters'], 'the editor');
    await expectText(page.locator('.editor-group-container .tabs-container'), [SEED], 'the editor tab');
    // The language mode in the status bar.
    await expectText(page.locator('.statusbar-item#status\\.editor\\.mode'), ['News Article'], 'the status bar language');
    await shot('open-seed-article');
  });

  it('hovers "Dominic Grieve": Conservative, Beaconsfield', async () => {
    await hoverUntil('Dominic Grieve', ['Conservative', 'Beaconsfield']);
    await shot('hover-dominic-grieve');
    await page.keyboard.press('Escape');
  });

  it('hovers "Chuka Umunna": The Independent Group, Streatham', async () => {
    await hoverUntil('Chuka Umunna', ['The Independent Group', 'Streatham']);
    await shot('hover-chuka-umunna');
    await page.keyboard.press('Escape');
  });

  it('lists the speakers in the Outline', async () => {
    await runFromPalette('Explorer: Focus on Outline View');
    const outline = page.locator('.pane-body .outline-tree, .outline-pane').first();
    await expectText(outline, ['Jeremy Corbyn', 'Dominic Grieve', 'Momentum'], 'the Outline');
    await shot('outline');
  });

  it('lists the speakers in the Speakers view', async () => {
    await runFromPalette('Focus on Speakers View');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /speakers/i }) }).locator('.pane-body');
    await expectText(view, ['Jeremy Corbyn', 'Dominic Grieve', 'Momentum'], 'the Speakers view');
    await shot('speakers-view');
  });

  it('moves to the next quote with "Press Gallery: Next Quote" from the palette', async () => {
    // Start at the top of the article.
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    const position = page.locator('.statusbar-item#status\\.editor\\.selection');
    const before = await expectText(position, ['Ln 1, Col 1'], 'the status bar position');
    await shot('before-next-quote');
    await runFromPalette('Press Gallery: Next Quote');
    const deadline = Date.now() + 10_000;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await page.waitForTimeout(200);
      after = (await position.innerText()).trim();
    }
    lastSeen = after;
    await shot('after-next-quote');
    assert.notStrictEqual(after, before, `expected the selection to move from "${before}", it stayed`);
    // The first quote of the seed is in its first line (the headline): “resign and put …”.
    assert.match(after, /^Ln \d+, Col \d+/, `expected "Ln N, Col N" in the status bar, saw ${JSON.stringify(after)}`);
  });

  /** Chooses a colour theme, the editor first in focus (test/support/themes.ts). */
  async function pickTheme(theme: string): Promise<void> {
    await editor().locator('.view-lines').click();
    await pickThemeIn(page, theme);
  }

  /** Opens a file from the Explorer as a person does and waits for its text. */
  async function openFromExplorer(name: string, firstWords: string): Promise<void> {
    await runFromPalette('View: Show Explorer');
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await row.click();
    await expectText(page.locator('.editor-group-container .tabs-container .tab.active'), [name], 'the active tab');
    await expectText(editor().locator('.view-lines'), [firstWords], 'the editor');
  }

  it('opens the seed as a .txt file: News Article, with its hover cards', async () => {
    await openFromExplorer(SEED_TXT, 'Corbyn tells Labour quitters');
    await expectText(page.locator('.statusbar-item#status\\.editor\\.mode'), ['News Article'], 'the status bar language');
    await hoverUntil('Dominic Grieve', ['Conservative', 'Beaconsfield']);
    await shot('txt-hover-dominic-grieve');
    await page.keyboard.press('Escape');
  });

  it('opens the seed as a .md file: still Markdown, with its hover cards and speakers beside the headings', async () => {
    await openFromExplorer(SEED_MD, 'Corbyn tells Labour quitters');
    await expectText(page.locator('.statusbar-item#status\\.editor\\.mode'), ['Markdown'], 'the status bar language');
    await hoverUntil('Chuka Umunna', ['The Independent Group', 'Streatham']);
    await shot('md-hover-chuka-umunna');
    await page.keyboard.press('Escape');
    await hoverUntil('Dominic Grieve', ['Conservative', 'Beaconsfield']);
    await shot('md-hover-dominic-grieve');
    await page.keyboard.press('Escape');
    await runFromPalette('Explorer: Focus on Outline View');
    const outline = page.locator('.pane-body .outline-tree, .outline-pane').first();
    // Two groups side by side, one per provider: Press Gallery's speakers and Markdown's headings.
    await expectText(outline, ['Press Gallery', 'Markdown Language Features'], 'the Outline');
    await outline.locator('.monaco-list-row', { hasText: 'Press Gallery' }).first().locator('.monaco-tl-twistie').click();
    await expectText(outline, ['Jeremy Corbyn', 'Dominic Grieve', 'Markdown Language Features'], 'the Outline');
    await shot('md-outline');
  });

  it('offers newer MP data for an article dated after it, and the card of a member elected since says where it came from, in every theme', async () => {
    // Quick Open, as a person goes to a file they know the name of.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(BYELECTION);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: BYELECTION }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await expectText(editor().locator('.view-lines'), ['Harriet Quayle'], 'the editor');
    const offer = page.locator('.notifications-toasts .notification-toast', { hasText: 'Fetch newer MP data from UK Parliament?' });
    await expectText(offer, ['this article is dated 1 Sep 2026; parties are verified to 27 Jun 2026'], 'the offer');
    await shot('mp-data-offer');
    assert.deepStrictEqual(membersApi!.requests, [], 'nothing fetched before the click');
    await offer.locator('.monaco-button', { hasText: 'Update MP Data' }).click();
    await expectText(page.locator('.notifications-toasts'), ['MP data updated'], 'the notifications');
    await shot('mp-data-updated');
    for (const { label: theme, name } of THEMES) {
      await pickTheme(theme);
      await hoverUntil('Harriet Quayle', ['Liberal Democrat', 'Wexley Moor', 'by UK Parliament (Members API), updated', 'Open Parliament Licence v3.0']);
      await shot(`hover-updated-mp-${name}`);
      await page.keyboard.press('Escape');
    }
  });

  it('resets the MP data to the bundled data from the palette', async () => {
    await runFromPalette('Press Gallery: Reset MP Data to Bundled');
    await expectText(page.locator('.notifications-toasts'), ['MP data reset to the bundled data'], 'the notifications');
    await hoverUntil('Harriet Quayle', ['No MP of this name']);
    await shot('hover-after-reset');
    await page.keyboard.press('Escape');
  });

  it('sets MP names apart from quotes and text, and shows a problem on the card with its fix, in every theme', async () => {
    // The sample article shipped for the walkthrough: a wrong party claim, MPs of three parties, quotes.
    fs.copyFileSync(path.join(ROOT, 'media/sample/sample.article'), path.join(session!.workspace, 'sample.article'));
    // From the Explorer, which shows a file as soon as it exists; Quick Open's file search may still
    // hold its results from before the copy (seen in CI: "No matching results").
    await openFromExplorer('sample.article', 'Labour MP Dominic Grieve');
    for (const { label: theme, name } of THEMES) {
      await pickTheme(theme);
      await hoverUntil('Dominic Grieve', ['The text says Labour MP; on 21 Feb 2019 the record says Conservative.', 'Change to Conservative']);
      const card = page.locator('.monaco-hover:not(.hidden)').first();
      if (name === 'dark') await card.screenshot({ path: path.join(SHOTS, 'hover-card.png') });
      await shot(`theme-${name}-problem-card`);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await shot(`theme-${name}-editor`);
    }
  });

  it('shows the Speakers view and the checks’ problems in the Problems panel, legible in every theme', async () => {
    // The sample article is open (previous test): its speakers in the side bar, its problems below.
    await runFromPalette('Focus on Speakers View');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /speakers/i }) }).locator('.pane-body');
    await expectText(view, ['Dominic Grieve', 'Named, not quoted'], 'the Speakers view');
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.part.panel');
    await expectText(problems, ['the record says Conservative', 'Chuka Umunna'], 'the Problems panel');
    for (const { label: theme, name } of THEMES) {
      await pickTheme(theme);
      await page.mouse.move(5, 5);
      await expectText(view, ['Dominic Grieve'], 'the Speakers view');
      await expectText(problems, ['the record says Conservative'], 'the Problems panel');
      await page.waitForTimeout(500);
      await shot(`theme-${name}-speakers-and-problems`);
    }
  });

  it('titles the settings readably in the Settings editor ("Highlight: MPs", "Time Budget")', async () => {
    await runFromPalette('Preferences: Open Settings (UI)');
    const settings = page.locator('.settings-editor');
    const search = settings.locator('.settings-header textarea').first();
    for (const [query, titles, name] of [
      ['pressGallery.highlight', ['Highlight: MPs', 'Highlight: Quotes By Speaker'], 'highlighting'],
      ['@ext:press-gallery.press-gallery milliseconds', ['Time Budget', 'Analysis Delay'], 'performance'],
    ] as const) {
      await search.click({ force: true });
      await page.keyboard.press('Control+A');
      await page.keyboard.type(query);
      const list = settings.locator('.settings-tree-container');
      const seen = await expectText(list, [...titles], 'the Settings editor');
      assert.ok(!/\bMps\b|Time Budget Ms/.test(seen), seen);
      await shot(`settings-${name}`);
    }
    await page.keyboard.press('Control+W');
  });

  it('showed no error notification', async () => {
    const errors = await page
      .locator('.notifications-toasts .notification-toast', { has: page.locator('.codicon-error') })
      .allInnerTexts();
    assert.deepStrictEqual(errors, [], `expected no error notification, saw: ${JSON.stringify(errors)}`);
    await shot('end');
  });
});
