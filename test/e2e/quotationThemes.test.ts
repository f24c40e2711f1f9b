// End-to-end: quotations in every house style as a person sees them, in the four themes VS Code ships
// for dark, light and both high-contrast modes (code-server + Debian's headless Chromium). The quoted
// words take the theme's string colour, the words around them and the apostrophes outside any quote
// stay plain; a screenshot of each theme goes to test-results/e2e-themes/.
// Usage: npm run test:e2e  (after scripts/install-code-server.sh)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { RESULTS_DIR, launchChromium, openWorkbench, startCodeServer, type Session } from '../support/codeServer';
import { THEMES, pickTheme as pickThemeIn } from '../support/themes';

const SHOTS = path.join(RESULTS_DIR, 'e2e-themes'); // its own folder: the seed article's run clears e2e/
const FILE = 'house-styles.article';
/** Written for this test: each line a house style the scanner reads. */
const ARTICLE = [
  " date 2025-07-03 Minister says 'no more' to the cuts",
  '',
  "The minister said: 'I don't think the MPs' vote changes anything.",
  '',
  "'It's the Treasury's call,' she added.",
  '',
  'Her rival attacked the Chancellor’s ‘reckless cuts’ and the donors’ gifts.',
  '',
  'He said ‘a country that doesn’t work’ would follow.',
  '',
  "''We've been here before,'' a backbencher told reporters.",
  '',
  "Another wrote ``we will be again'' in a letter.",
  '',
  '“Apparently not,“ he said.',
  '',
  'In Brussels an official said « nous restons » and „wir bleiben“.',
  '',
  "He told the BBC: 'This is the first paragraph of a long quote.",
  '',
  "'And this is the second, which closes,' he said.",
  '',
].join('\n');

/** Words inside a quotation (each within one token on screen), and words outside any. */
const QUOTED = ["vote changes anything", "It's the Treasury's call", 'reckless cuts', 'country that doesn’t work', 'been here before', 'we will be again',
  'Apparently not', 'nous restons', 'wir bleiben', 'first paragraph', 'the second, which'];
const PLAIN = ['The minister said', 'and the donors’ gifts', 'a backbencher told', 'in a letter', 'In Brussels an official'];


describe('quotations in every house style, in the dark, light and high-contrast themes', function () {
  this.timeout(180_000);
  let session: Session | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    // No word wrap: a wrapped line splits its tokens where it wraps.
    session = await startCodeServer({ settings: { 'editor.wordWrap': 'off', 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Dark Modern' } });
    fs.writeFileSync(path.join(session.workspace, FILE), ARTICLE);
    browser = await launchChromium();
    page = await openWorkbench(browser, session.url);
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE });
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await row.click();
    await page.locator('.editor-group-container .monaco-editor .view-lines', { hasText: 'reckless cuts' }).waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    session?.stop();
  });

  /** The colour the editor draws the token holding `needle` in (the first one on screen). */
  const colourOf = (needle: string) => page.locator('.editor-group-container .monaco-editor .view-lines').first().evaluate((root, n) => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const spans = [...(root as any).querySelectorAll('.view-line span span')] as any[];
    const span = spans.find((s) => String(s.textContent ?? '').replace(/\u00a0/g, ' ').includes(n)); // the editor draws spaces as no-break spaces
    return span ? String((globalThis as any).getComputedStyle(span).color) : undefined;
  }, needle);

  /** Chooses a colour theme as a person does (test/support/themes.ts); a screenshot if the picker fails. */
  async function pickTheme(label: string): Promise<void> {
    await pickThemeIn(page, label).catch(async (e) => {
      await page.screenshot({ path: path.join(SHOTS, 'FAILED-theme-picker.png') });
      throw e;
    });
  }

  /** Waits for the colours to settle after a theme change (semantic tokens come after the grammar's paint). */
  async function settledColours(needles: string[]): Promise<Record<string, string | undefined>> {
    let last = '';
    for (let i = 0; i < 40; i++) {
      const seen = Object.fromEntries(await Promise.all(needles.map(async (n) => [n, await colourOf(n)] as const)));
      const now = JSON.stringify(seen);
      if (now === last && Object.values(seen).every(Boolean)) return seen;
      last = now;
      await page.waitForTimeout(250);
    }
    return JSON.parse(last);
  }

  for (const { label: theme, bodyClass } of THEMES) {
    it(`${theme}: quoted words in the string colour, the words and apostrophes around them plain`, async () => {
      await pickTheme(theme);
      await page.locator(`.monaco-workbench.${bodyClass}`).waitFor({ timeout: 20_000 });
      const c = await settledColours([...QUOTED, ...PLAIN]);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SHOTS, `quotations-${bodyClass}.png`) });
      const plain = c[PLAIN[0]];
      assert.ok(plain, `expected plain text on screen, saw ${JSON.stringify(c)}`);
      for (const p of PLAIN) assert.strictEqual(c[p], plain, `"${p}" stays plain in ${theme}: ${JSON.stringify(c)}`);
      for (const q of QUOTED) assert.ok(c[q] && c[q] !== plain, `expected "${q}" in a colour of its own in ${theme}, saw ${c[q]} (plain text ${plain})`);
      assert.strictEqual(new Set(QUOTED.map((q) => c[q])).size, 1, `every quotation in one colour in ${theme}: ${JSON.stringify(c)}`);
      // Curly quotes and apostrophes are the article's own characters, not look-alikes to box.
      assert.strictEqual(await page.locator('.editor-group-container .monaco-editor .unicode-highlight').count(), 0, 'no ambiguous-character boxes');
    });
  }
});
