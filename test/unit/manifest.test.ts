// What package.json offers a first-time user: the walkthrough and its sample, settings in titled
// sections with their values explained, and only user-facing commands in the palette.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { runChecks } from '../../src/checks';
import { RENAMED_SETTINGS } from '../../src/presentation/ids';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface Setting { type: string; enum?: string[]; markdownDescription?: string; markdownDeprecationMessage?: string; description?: string; markdownEnumDescriptions?: string[]; enumDescriptions?: string[] }

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
        assert.ok(s.markdownDescription || s.description || s.markdownDeprecationMessage, `${key} is described`);
        if (s.enum) assert.strictEqual((s.markdownEnumDescriptions ?? s.enumDescriptions)?.length, s.enum.length, `${key}: every value described`);
      }
    }
  });

  it('gives every setting a readable title, as the Settings editor makes it from the key', () => {
    // VS Code titles a setting from its key's last part: camelCase split into words, the first letter
    // raised, a few acronyms (JSON, CSS…) in capitals; "mps" would show as "Mps". The prefix left after
    // the section's id is the category before the colon ("Highlight: MPs").
    const title = (key: string) => key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/^[a-z]/, (c) => c.toUpperCase())
      .replace(/\b\w+\b/g, (w) => (['css', 'html', 'json', 'js', 'ts', 'id'].includes(w.toLowerCase()) ? w.toUpperCase() : w));
    const sections = contributes.configuration as Array<{ id: string; properties: Record<string, Setting> }>;
    const shown: Record<string, string> = {};
    for (const section of sections) {
      for (const [key, setting] of Object.entries(section.properties)) {
        // A renamed key stays declared, deprecated (so that its value can be moved): the Settings editor hides it.
        if (setting.markdownDeprecationMessage) continue;
        const dot = key.lastIndexOf('.');
        const prefix = key.slice(0, dot);
        const category = prefix === section.id || prefix === 'pressGallery' ? '' : title(prefix.replace(/^pressGallery\./, ''));
        shown[key] = `${section.id.replace('pressGallery.', '')} › ${category ? `${category}: ` : ''}${title(key.slice(dot + 1))}`;
      }
    }
    assert.deepStrictEqual(shown, {
      'pressGallery.files.detectPlainText': 'files › Detect Plain Text',
      'pressGallery.files.markdown': 'files › Markdown',
      'pressGallery.files.include': 'files › Include',
      'pressGallery.highlight.enabled': 'highlighting › Highlight: Enabled',
      'pressGallery.highlight.MPs': 'highlighting › Highlight: MPs',
      'pressGallery.highlight.speakers': 'highlighting › Highlight: Speakers',
      'pressGallery.highlight.quotesBySpeaker': 'highlighting › Highlight: Quotes By Speaker',
      'pressGallery.highlight.cues': 'highlighting › Highlight: Cues',
      'pressGallery.hover.enabled': 'hover-cards › Hover: Enabled',
      'pressGallery.hover.showProblems': 'hover-cards › Hover: Show Problems',
      'pressGallery.checks.partyClaims': 'checks › Party Claims',
      'pressGallery.checks.misspeltNames': 'checks › Misspelt Names',
      'pressGallery.checks.quotationMarks': 'checks › Quotation Marks',
      'pressGallery.checks.unattributedQuotes': 'checks › Unattributed Quotes',
      'pressGallery.checks.conflictingSpeakers': 'checks › Conflicting Speakers',
      'pressGallery.checks.dateLine': 'checks › Date Line',
      'pressGallery.maxFileSizeMB': 'performance › Max File Size MB',
      'pressGallery.timeBudget': 'performance › Time Budget',
      'pressGallery.analysisDelay': 'performance › Analysis Delay',
      'pressGallery.partyColors': 'colours › Party Colors',
      'pressGallery.data.checkForUpdates': 'mp-data › Data: Check For Updates',
      'pressGallery.data.apiBaseUrl': 'mp-data › Data: Api Base Url',
    });
  });

  it('keeps each renamed key declared, deprecated, pointing to its new key', () => {
    const all: Record<string, Setting> = Object.assign({}, ...contributes.configuration.map((c: { properties: Record<string, Setting> }) => c.properties));
    const renamed = RENAMED_SETTINGS.map((r) => [r.from, r.to]);
    assert.deepStrictEqual(renamed, [['highlight.mps', 'highlight.MPs'], ['timeBudgetMs', 'timeBudget'], ['debounceMs', 'analysisDelay']]);
    for (const [from, to] of renamed) {
      const old = all[`pressGallery.${from}`];
      assert.ok(old?.markdownDeprecationMessage?.includes(`#pressGallery.${to}#`), from);
      assert.strictEqual(old.type, all[`pressGallery.${to}`].type, from);
      assert.strictEqual((old as { default?: unknown }).default, undefined, `${from} has no default: only a value a user set is read`);
    }
    assert.deepStrictEqual(Object.keys(all).filter((k) => all[k].markdownDeprecationMessage).sort(), renamed.map(([from]) => `pressGallery.${from}`).sort());
  });

  it('shows only user-facing commands in the palette: the sort variants, reveal and fix links stay in their menus', () => {
    const hidden = contributes.menus.commandPalette.filter((e: { when: string }) => e.when === 'false').map((e: { command: string }) => e.command);
    for (const id of ['sortSpeakersByAppearance', 'sortSpeakersByQuotes', 'sortSpeakersByParty', 'revealQuote', 'applyFix']) assert.ok(hidden.includes(`pressGallery.${id}`), `pressGallery.${id} hidden`);
  });
});
