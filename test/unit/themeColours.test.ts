// The theme colour defaults (package.json contributes.colors): every party, the speakers and the
// cues legible on the editor background of each theme kind (WCAG 2 contrast, at least 4.5:1 as for
// body text), parties never grey like body text, and quote tints that follow a party or are neutral.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

interface ColourContribution { id: string; description: string; defaults: Record<'dark' | 'light' | 'highContrast' | 'highContrastLight', string | null> }
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const colours: ColourContribution[] = manifest.contributes.colors;
const byId = new Map(colours.map((c) => [c.id, c]));

/** editor.background of the themes VS Code ships, by theme kind (Dark Modern and Dark+, Light Modern and Light+, both high-contrast themes). */
const BACKGROUNDS = { dark: ['#1F1F1F', '#1E1E1E'], light: ['#FFFFFF'], highContrast: ['#000000'], highContrastLight: ['#FFFFFF'] } as const;

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** HSL saturation: 0 for greys. */
function saturation(hex: string): number {
  const c = rgb(hex);
  const max = Math.max(...c), min = Math.min(...c), l = (max + min) / 2;
  return max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
}

const foregrounds = colours.filter((c) => c.id.startsWith('pressGallery.party.') || c.id === 'pressGallery.speaker' || c.id === 'pressGallery.cue');

describe('theme colours', () => {
  it('checks the contrast the WCAG way (black on white is 21:1, a colour on itself 1:1)', () => {
    assert.strictEqual(Math.round(contrast('#000000', '#FFFFFF')), 21);
    assert.strictEqual(contrast('#777777', '#777777'), 1);
    assert.ok(contrast('#767676', '#FFFFFF') >= 4.5 && contrast('#777777', '#FFFFFF') < 4.5, 'the known 4.5:1 boundary grey');
  });

  it('gives every party, the speakers and the cues at least 4.5:1 against the editor background of each theme kind', () => {
    assert.ok(foregrounds.length >= 13, `expected the parties, speaker and cue colours, saw ${foregrounds.map((c) => c.id).join(', ')}`);
    const failures: string[] = [];
    for (const c of foregrounds) {
      for (const [kind, backgrounds] of Object.entries(BACKGROUNDS)) {
        const value = c.defaults[kind as keyof typeof BACKGROUNDS];
        assert.ok(value, `${c.id} needs a ${kind} default`);
        for (const bg of backgrounds) {
          const r = contrast(value.slice(0, 7), bg);
          if (r < 4.5) failures.push(`${c.id} ${kind} ${value} on ${bg}: ${r.toFixed(2)}:1`);
        }
      }
    }
    assert.deepStrictEqual(failures, []);
  });

  it('never makes a party grey, which reads as body text (an independent in a dark theme)', () => {
    for (const c of colours.filter((x) => x.id.startsWith('pressGallery.party.'))) {
      for (const [kind, value] of Object.entries(c.defaults)) {
        assert.ok(value && saturation(value) >= 0.3, `${c.id} ${kind} ${value} is too grey (saturation ${value ? saturation(value).toFixed(2) : '-'})`);
      }
    }
  });

  it('tints quotes in the speaker’s party colour, or in neutral tints no party uses', () => {
    for (const c of colours.filter((x) => x.id.startsWith('pressGallery.party.'))) {
      const key = c.id.slice('pressGallery.party.'.length);
      const tint = byId.get(`pressGallery.quoteTint.${key}`);
      assert.ok(tint, `expected a quote tint for ${c.id}`);
      for (const kind of ['dark', 'light', 'highContrastLight'] as const) {
        assert.strictEqual(tint.defaults[kind]?.slice(0, 7).toUpperCase(), c.defaults[kind]?.slice(0, 7).toUpperCase(), `${tint.id} ${kind}: the party's own hue`);
        assert.ok(/^#[0-9A-F]{6}[0-9A-F]{2}$/i.test(tint.defaults[kind] ?? '') && parseInt(tint.defaults[kind]!.slice(7), 16) <= 0x30, `${tint.id} ${kind} is faint (translucent)`);
      }
    }
    const neutral = colours.filter((c) => /^pressGallery\.quoteTint\d$/.test(c.id));
    assert.strictEqual(neutral.length, 4);
    for (const c of neutral) for (const [kind, value] of Object.entries(c.defaults)) {
      if (value) assert.ok(saturation(value.slice(0, 7)) <= 0.4, `${c.id} ${kind} ${value} could be taken for a party`);
    }
  });
});
