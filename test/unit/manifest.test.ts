// What package.json offers a first-time user: the walkthrough and its sample, settings in titled
// sections with their values explained, and only user-facing commands in the palette.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { runChecks } from '../../src/checks';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface Setting { type: string; enum?: string[]; markdownDescription?: string; description?: string; markdownEnumDescriptions?: string[]; enumDescriptions?: string[] }

describe('manifest: first run and settings', () => {
  it('has a walkthrough of five steps whose media ship with the extension', () => {
    const [walk] = contributes.walkthroughs;
    assert.deepStrictEqual(walk.steps.map((s: { id: string }) => s.id), ['openSample', 'hoverMp', 'speakersView', 'fixParty', 'exportQuotes']);
    const shipped = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    for (const step of walk.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(fs.existsSync(path.join(ROOT, media)), `${step.id}: ${media} exists`);
      assert.ok(shipped.includes(`!${media}`) || shipped.includes(`!${path.dirname(media)}/**`), `${step.id}: ${media} is packaged`);
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(command.startsWith('workbench.') || contributes.commands.some((c: { command: string }) => c.command === command), `${step.id}: ${command} is contributed`);
      }
    }
  });

  it('ships a sample article written for the project, with the wrong party claim and the misspelt name the walkthrough fixes', () => {
    const text = fs.readFileSync(path.join(ROOT, 'media/sample/sample.article'), 'utf8');
    assert.match(text, /invented/, 'the sample says its events and quotations are invented');
    const problems = runChecks(text, analyze(text));
    assert.deepStrictEqual(problems.map((p) => [p.check, p.fix?.title]), [['partyClaims', 'Change to Conservative'], ['misspeltNames', 'Change to Chuka Umunna']]);
  });

  it('puts the settings in titled sections, each value explained', () => {
    const sections = contributes.configuration as Array<{ title: string; properties: Record<string, Setting> }>;
    const titles = sections.map((s) => s.title);
    for (const t of ['Highlighting', 'Hover cards', 'Checks', 'Performance', 'Colours']) assert.ok(titles.includes(t), `a "${t}" section among ${titles.join(', ')}`);
    for (const section of sections) {
      for (const [key, s] of Object.entries(section.properties)) {
        assert.ok(s.markdownDescription || s.description, `${key} is described`);
        if (s.enum) assert.strictEqual((s.markdownEnumDescriptions ?? s.enumDescriptions)?.length, s.enum.length, `${key}: every value described`);
      }
    }
  });

  it('shows only user-facing commands in the palette: the sort variants, reveal and fix links stay in their menus', () => {
    const hidden = contributes.menus.commandPalette.filter((e: { when: string }) => e.when === 'false').map((e: { command: string }) => e.command);
    for (const id of ['sortSpeakersByAppearance', 'sortSpeakersByQuotes', 'sortSpeakersByParty', 'revealQuote', 'applyFix']) assert.ok(hidden.includes(`pressGallery.${id}`), `pressGallery.${id} hidden`);
  });
});
