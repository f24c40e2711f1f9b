// The four themes every UI change is looked at in, and choosing one as a person does, for every
// end-to-end suite (code-server in Chromium).
import type { Page } from 'playwright-core';

/** As the Color Theme picker names them; `name` for screenshot files; `bodyClass`: the class the workbench then carries. */
export const THEMES = [
  { label: 'Dark Modern', name: 'dark', bodyClass: 'vs-dark' },
  { label: 'Light Modern', name: 'light', bodyClass: 'vs' },
  { label: 'Dark High Contrast', name: 'hc-dark', bodyClass: 'hc-black' },
  { label: 'Light High Contrast', name: 'hc-light', bodyClass: 'hc-light' },
] as const;

/**
 * Preferences: Color Theme from the palette, the theme's name typed, Enter. A click on the command's
 * row, not Enter: the palette may rank another command first ("…Color Picker", the Marketplace's
 * theme browser). Works whatever has focus (an editor, a view, a webview).
 */
export async function pickTheme(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>Preferences: Color Theme');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click({ timeout: 10_000 });
  // The theme picker replaces the palette: wait for its list before typing into it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'High Contrast' }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}
