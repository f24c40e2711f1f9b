// Which spans get which highlight, and the colour of each party.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { QUOTATION_TOKEN_TYPE, quotationSpans } from '../../src/presentation/highlights/quotations';
import { HighlightSwitches, invalidPartyColours, parseColour, partyColour, partyKey, partyTint, planHighlights } from '../../src/presentation/highlights/highlightPlan';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);
const ALL: HighlightSwitches = { enabled: true, mps: true, speakers: true, quotesBySpeaker: true, cues: true };
const DEFAULTS: HighlightSwitches = { enabled: true, mps: true, speakers: true, quotesBySpeaker: false, cues: false };
const texts = (spans: Array<{ start: number; end: number }> | undefined, text = SEED) => (spans ?? []).map((s) => text.slice(s.start, s.end));
/** package.json's settings, from every titled section of contributes.configuration (an object or a list of them). */
const SETTINGS: Record<string, { default?: unknown }> = Object.assign({}, ...[require('../../../package.json').contributes.configuration].flat().map((c: { properties: object }) => c.properties));
const DEFAULT_MAP = SETTINGS['pressGallery.partyColors'].default as Record<string, string>;

describe('presentation: highlight plan', () => {
  it('colours MP names by party and marks speakers who are not MPs (defaults)', () => {
    const plan = planHighlights(seed, DEFAULTS);
    assert.deepStrictEqual([...plan.keys()].sort(), ['party:conservative', 'party:labour', 'party:the independent group', 'speaker']);
    assert.deepStrictEqual(texts(plan.get('party:conservative')), ['Dominic Grieve']);
    assert.ok(texts(plan.get('party:labour')).includes('Jeremy Corbyn'));
    assert.deepStrictEqual(texts(plan.get('party:the independent group')).sort(), ['Angela Smith', 'Ann Coffey', 'Chuka Umunna', 'Heidi Allen']);
    assert.deepStrictEqual(texts(plan.get('speaker')), ['Momentum']);
  });

  it('tints an MP’s quotes in their party’s tint and anyone else’s in a neutral one, and underlines cues, when switched on', () => {
    const plan = planHighlights(seed, ALL);
    assert.strictEqual(plan.get('tint:party:labour')!.length, 9, 'Jeremy Corbyn’s nine quotes');
    assert.strictEqual(plan.get('tint:party:conservative')!.length, 3, 'Dominic Grieve’s three');
    assert.deepStrictEqual(texts(plan.get('tint:0')), ['“mass canvassing events”'], 'Momentum, neutral, with the quotation marks');
    assert.ok(texts(plan.get('cue')).includes('Jeremy Corbyn has said'));
  });

  it('switches each kind off, and everything with the master switch', () => {
    assert.strictEqual(planHighlights(seed, { ...ALL, enabled: false }).size, 0);
    const plan = planHighlights(seed, { ...ALL, mps: false, cues: false });
    assert.ok(![...plan.keys()].some((k) => k.startsWith('party:') || k === 'cue'));
    assert.ok(plan.has('speaker') && plan.has('tint:0') && plan.has('tint:party:labour'));
    assert.ok(!planHighlights(seed, { ...DEFAULTS, speakers: false }).has('speaker'));
  });

  it('gives MPs of one party one tint, and repeats the four neutral tints after the fourth other speaker', () => {
    const mps = ['Dominic Grieve', 'Anna Soubry', 'Heidi Allen'];
    const text = ` date 2019-02-21 X\n\n${mps.map((n, i) => `“Point number ${i + 1} is made here,” said ${n}.`).join('\n\n')}\n`;
    const plan = planHighlights(analyze(text), ALL);
    assert.deepStrictEqual([...plan.keys()].filter((k) => k.startsWith('tint:')).sort(), ['tint:party:conservative', 'tint:party:the independent group']);
    assert.strictEqual(plan.get('tint:party:the independent group')!.length, 2, 'Soubry and Allen, one party');
    const organisations = ['the Electoral Reform Society', 'the Institute for Fiscal Studies', 'the Resolution Foundation', 'the Fabian Society', 'the Hansard Society'];
    const other = ` date 2019-02-21 X\n\n${organisations.map((n, i) => `“Point number ${i + 1} is made here,” said ${n}.`).join('\n\n')}\n`;
    const neutral = planHighlights(analyze(other), ALL);
    assert.strictEqual(neutral.get('tint:0')?.length, 2, `the first and the fifth speaker; saw ${JSON.stringify([...neutral.keys()])}`);
    assert.ok(![...neutral.keys()].some((k) => k.startsWith('tint:party:')));
  });

  it('makes the tint of a party from its colour: the theme’s tint, or a user’s hex colour made faint', () => {
    assert.deepStrictEqual(partyTint({ kind: 'theme', id: 'pressGallery.party.libdem' }), { kind: 'theme', id: 'pressGallery.quoteTint.libdem' });
    assert.deepStrictEqual(partyTint({ kind: 'hex', value: '#E4003B' }), { kind: 'hex', value: '#E4003B26' });
    assert.deepStrictEqual(partyTint({ kind: 'hex', value: '#F00' }), { kind: 'hex', value: '#FF000026' });
  });

  it('gives a non-MP person who speaks the speaker style, and leaves silent non-MPs alone', () => {
    const text = ' date 2023-05-01 X\n\nJon Lansman said: “We will.” Tony Blair was there.\n';
    const plan = planHighlights(analyze(text), DEFAULTS);
    assert.deepStrictEqual(texts(plan.get('speaker'), text), ['Jon Lansman']);
  });
});

describe('presentation: party colours', () => {
  it('reduces party names as the data writes them to one key', () => {
    assert.strictEqual(partyKey('Labour (Co-op)'), 'labour');
    assert.strictEqual(partyKey('Labour'), 'labour');
    assert.strictEqual(partyKey('Liberal Democrats'), 'liberal democrat');
    assert.strictEqual(partyKey('SNP'), 'scottish national party');
  });

  it('finds each party of the default map, "Labour (Co-op)" as Labour, and the theme’s "other" for the rest', () => {
    assert.deepStrictEqual(partyColour(partyKey('Labour (Co-op)'), DEFAULT_MAP), { kind: 'theme', id: 'pressGallery.party.labour' });
    assert.deepStrictEqual(partyColour(partyKey('Change UK – The Independent Group'), DEFAULT_MAP), { kind: 'theme', id: 'pressGallery.party.independentGroup' });
    assert.deepStrictEqual(partyColour(partyKey('Democratic Unionist Party'), DEFAULT_MAP), { kind: 'theme', id: 'pressGallery.party.dup' });
    assert.deepStrictEqual(partyColour(partyKey('Sinn Féin'), DEFAULT_MAP), { kind: 'theme', id: 'pressGallery.party.other' });
    for (const party of ['Labour', 'Conservative', 'Liberal Democrat', 'Scottish National Party', 'Plaid Cymru', 'Green Party', 'Reform UK', 'The Independent Group', 'Independent', 'Democratic Unionist Party']) {
      assert.notStrictEqual((partyColour(partyKey(party), DEFAULT_MAP) as { id: string }).id, 'pressGallery.party.other', party);
    }
  });

  it('takes a user’s hex colour (by any spelling of the party) and passes over values that are not colours', () => {
    const map = { ...DEFAULT_MAP, 'Lib Dems': '#FAA61A', 'Labour (Co-op)': 'red' };
    assert.deepStrictEqual(partyColour('liberal democrat', map), { kind: 'hex', value: '#FAA61A' });
    assert.deepStrictEqual(partyColour('labour', map), { kind: 'theme', id: 'pressGallery.party.labour' }, 'the default entry still applies');
    assert.deepStrictEqual(invalidPartyColours(map), ['Labour (Co-op)']);
    assert.deepStrictEqual(parseColour('#abc'), { kind: 'hex', value: '#abc' });
    assert.strictEqual(parseColour('#abcde'), undefined);
    assert.strictEqual(parseColour(42), undefined);
  });

  it('has a theme colour with light, dark and high-contrast defaults for every colour the map names', () => {
    const colors = require('../../../package.json').contributes.colors as Array<{ id: string; defaults: Record<string, unknown> }>;
    for (const id of new Set([...Object.values(DEFAULT_MAP), 'pressGallery.party.other', 'pressGallery.speaker', 'pressGallery.cue'])) {
      const c = colors.find((x) => x.id === id);
      assert.ok(c, `expected contributes.colors to define ${id}`);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(theme in c.defaults, `${id}: ${theme}`);
    }
    for (let i = 1; i <= 4; i++) assert.ok(colors.some((c) => c.id === `pressGallery.quoteTint${i}`), `neutral tint ${i}`);
    for (const id of new Set(Object.values(DEFAULT_MAP))) assert.ok(colors.some((c) => c.id === id.replace('pressGallery.party.', 'pressGallery.quoteTint.')), `the quote tint of ${id}`);
  });
});

describe('presentation: quotations on screen', () => {
  it('paints each quotation of the analysis with its marks, a quote left open to the end of its paragraph', () => {
    const text = "He said ''yes'' and 'the MPs' vote' then “this runs on\n\n“and ends here,” she said.";
    assert.deepStrictEqual(texts(quotationSpans(analyze(text)), text), ["''yes''", "'the MPs' vote'", '“this runs on', '“and ends here,”']);
  });

  it('is contributed as a kind of string that themes colour, with semantic highlighting on for articles', () => {
    const manifest = require('../../../package.json').contributes;
    const type = manifest.semanticTokenTypes.find((t: { id: string }) => t.id === QUOTATION_TOKEN_TYPE);
    assert.strictEqual(type?.superType, 'string');
    assert.ok(manifest.semanticTokenScopes.some((s: { scopes: Record<string, string[]> }) => s.scopes[QUOTATION_TOKEN_TYPE]?.some((x) => x.startsWith('string.'))));
    assert.strictEqual(manifest.configurationDefaults['[news-article]']['editor.semanticHighlighting.enabled'], true);
  });
});
