import * as assert from 'assert';
import { sourcesModel } from '../../src/corpus/sourcesModel';
import { statsOf } from '../../src/corpus/stats';
import { excludeGlob, expandBraces } from '../../src/corpus/excludes';
import { indexingText } from '../../src/presentation/status/indexing';
import type { ArticleSummary } from '../../src/corpus/summary';

const mp = (name: string, party: string, quotes: number) => ({ name, kind: 'mp' as const, party, quotes, words: quotes * 5 });
const article = (date: string | null, speakers: ArticleSummary['speakers'], unattributed = 0): ArticleSummary =>
  ({ date, unattributed, speakers, quotes: unattributed + speakers.reduce((n, s) => n + s.quotes, 0) });

describe('corpus: the Sources view’s numbers', () => {
  const stats = statsOf([
    article('2019-01-10', [mp('Ann Lee', 'Labour', 2), { name: 'Oxfam', kind: 'organisation', party: null, quotes: 1, words: 4 }], 1),
    article('2019-01-12', [mp('Bob Roe', 'Conservative', 3), { name: 'Ann Lee', kind: 'person', party: null, quotes: 1, words: 2 }]),
    article(null, [mp('Ann Lee', 'Labour', 1)]),
  ]);
  const model = sourcesModel(stats, 'the workspace', { Labour: 'pressGallery.party.labour', Conservative: '#0087DC' });

  it('groups quotations by party on each date, then people who were not MPs, organisations and the unattributed', () => {
    assert.deepStrictEqual(model.groups.map((g) => [g.group, g.quotes]), [['Conservative', 3], ['Labour', 3], ['Not MPs', 1], ['Organisations', 1], ['Speaker unknown', 1]]);
    assert.strictEqual(model.groups.reduce((n, g) => n + g.quotes, 0), model.totals.quotes, 'the groups add up to every speech quote');
  });

  it('colours parties as the settings say: a theme colour or a hex value', () => {
    assert.deepStrictEqual(model.groups[1].colour, { kind: 'theme', id: 'pressGallery.party.labour' });
    assert.deepStrictEqual(model.groups[0].colour, { kind: 'hex', value: '#0087DC' });
    assert.deepStrictEqual(model.speakers.find((s) => s.name === 'Oxfam')!.colour, { kind: 'theme', id: 'charts.purple' });
  });

  it('lists the most-quoted speakers with their party', () => {
    assert.deepStrictEqual(model.speakers.map((s) => [s.name, s.kind, s.party, s.quotes, s.articles]), [
      ['Ann Lee', 'MP', 'Labour', 4, 3], ['Bob Roe', 'MP', 'Conservative', 3, 1], ['Oxfam', 'organisation', '', 1, 1],
    ]);
  });

  it('gives quotes per article by day, with the days between, and the undated last', () => {
    assert.strictEqual(model.timeUnit, 'day');
    assert.deepStrictEqual(model.time.map((r) => [r.period, r.articles, r.quotes, r.perArticle]), [
      ['2019-01-10', 1, 4, 4], ['2019-01-11', 0, 0, 0], ['2019-01-12', 1, 4, 4], ['undated', 1, 1, 1],
    ]);
  });

  it('goes by month when the articles span more than three months', () => {
    const long = sourcesModel(statsOf([article('2019-01-10', [mp('A', 'Labour', 1)]), article('2019-04-30', [mp('A', 'Labour', 3)]), article('2019-04-01', [])]), 'x', {});
    assert.strictEqual(long.timeUnit, 'month');
    assert.deepStrictEqual(long.time.map((r) => [r.period, r.articles, r.perArticle]), [['2019-01', 1, 1], ['2019-02', 0, 0], ['2019-03', 0, 0], ['2019-04', 2, 1.5]]);
  });
});

describe('corpus: what the index leaves out', () => {
  it('joins files.exclude and search.exclude, keeping only patterns set to true', () => {
    assert.strictEqual(excludeGlob({ '**/.git': true, '**/tmp': false }, { '**/node_modules': true, '**/*.js': { when: '$(basename).ts' } }), '{**/.git,**/node_modules}');
    assert.strictEqual(excludeGlob({ '**/out': true }, undefined), '**/out');
    assert.strictEqual(excludeGlob({}, {}), undefined);
  });

  it('flattens brace groups, which VS Code’s globs cannot nest', () => {
    assert.deepStrictEqual(expandBraces('**/*.{js,map}'), ['**/*.js', '**/*.map']);
    assert.strictEqual(excludeGlob({ '**/{a,b}/x': true }), '{**/a/x,**/b/x}');
  });

  it('says how far indexing has gone', () => {
    assert.strictEqual(indexingText(120, 950), '$(sync~spin) Indexing 120 of 950 articles');
    assert.strictEqual(indexingText(0, 1), '$(sync~spin) Indexing 0 of 1 article');
  });
});
