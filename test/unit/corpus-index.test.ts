import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { ArticleIndex, indexArticle, rangesOf } from '../../src/corpus/articleIndex';

const JAN = ` date 2019-01-10 Umunna warns
“We must stay,” said Chuka Umunna.
Umunna later spoke to Dominic Grieve.
`;
const MAR = ` date 2019-03-10 New group
“It is a new start,” said Chuka Umunna. “Join us,” he added.
`;
const UNDATED = `Nobody is quoted here, but Chuka Umunna is named.
`;

function index(...articles: Array<[string, string]>): ArticleIndex {
  const ix = new ArticleIndex();
  for (const [uri, text] of articles) ix.set(indexArticle(uri, text, analyze(text)));
  return ix;
}

describe('corpus: the workspace index', () => {
  it('keeps where each person is mentioned and quoted, as line and character ranges', () => {
    const a = indexArticle('file:///jan.article', JAN, analyze(JAN));
    const umunna = a.names.find((n) => n.name === 'Chuka Umunna')!;
    assert.strictEqual(umunna.kind, 'mp');
    assert.strictEqual(umunna.party, 'Labour');
    const { mentions, quotes } = rangesOf(a, umunna);
    assert.deepStrictEqual(mentions, [[0, 17, 0, 23], [1, 21, 1, 33], [2, 0, 2, 6]], 'the headline’s mention too');
    assert.deepStrictEqual(quotes, [[1, 0, 1, 15]], 'from the opening to the closing mark');
    const grieve = a.names.find((n) => n.name === 'Dominic Grieve')!;
    assert.deepStrictEqual([grieve.quotes, rangesOf(a, grieve).mentions.length], [0, 1]);
  });

  it('joins a person across articles, an MP on one date or not on another, and finds every reference', () => {
    const ix = index(['file:///mar.article', MAR], ['file:///jan.article', JAN], ['file:///undated.txt', UNDATED]);
    const key = ix.get('file:///jan.article')!.names.find((n) => n.name === 'Chuka Umunna')!.key;
    const refs = ix.references(key);
    assert.deepStrictEqual(refs.map((r) => [r.uri, r.mentions.length, r.quotes.length]), [
      ['file:///jan.article', 3, 1], ['file:///mar.article', 1, 2], ['file:///undated.txt', 1, 0],
    ]);
  });

  it('lists speakers and MPs for workspace symbols, each at their first quote in the oldest article', () => {
    const ix = index(['file:///mar.article', MAR], ['file:///jan.article', JAN]);
    const people = ix.peopleMatching('');
    assert.deepStrictEqual(people.map((p) => [p.name, p.quotes, p.articles]), [['Chuka Umunna', 3, 2], ['Dominic Grieve', 0, 1]]);
    assert.deepStrictEqual(people[0].first, { uri: 'file:///jan.article', range: [1, 0, 1, 15] });
    assert.deepStrictEqual(people[0].parties.sort(), ['Labour', 'The Independent Group']);
    assert.deepStrictEqual(people[1].first, { uri: 'file:///jan.article', range: [2, 22, 2, 36] }, 'an MP never quoted: the first mention');
    assert.deepStrictEqual(ix.peopleMatching('umna').map((p) => p.name), ['Chuka Umunna']);
    assert.deepStrictEqual(ix.peopleMatching('dgrv').map((p) => p.name), ['Dominic Grieve']);
    assert.deepStrictEqual(ix.peopleMatching('xyz'), []);
  });

  it('follows changes: a replaced article, a deleted one', () => {
    const ix = index(['file:///jan.article', JAN], ['file:///mar.article', MAR]);
    assert.strictEqual(ix.peopleMatching('umunna')[0].quotes, 3);
    ix.set(indexArticle('file:///mar.article', UNDATED, analyze(UNDATED)));
    assert.strictEqual(ix.peopleMatching('umunna')[0].quotes, 1);
    assert.ok(ix.delete('file:///jan.article'));
    assert.deepStrictEqual(ix.peopleMatching('umunna').map((p) => p.quotes), []);
    assert.strictEqual(ix.size, 1);
    assert.ok(!ix.delete('file:///jan.article'));
    assert.deepStrictEqual([ix.stats().articles, ix.stats().quotes], [1, 0], 'the running statistics follow');
    assert.deepStrictEqual(ix.references(ix.get('file:///mar.article')!.names[0].key).map((r) => r.uri), ['file:///mar.article']);
  });

  it('keeps the running statistics equal to those worked out afresh', () => {
    const ix = index(['file:///jan.article', JAN], ['file:///mar.article', MAR], ['file:///undated.txt', UNDATED]);
    ix.set(indexArticle('file:///jan.article', MAR, analyze(MAR)));
    ix.delete('file:///undated.txt');
    assert.strictEqual(JSON.stringify(ix.stats()), JSON.stringify(ix.stats(() => true)));
  });

  it('gives the statistics of the workspace or of one folder', () => {
    const ix = index(['file:///a/jan.article', JAN], ['file:///b/mar.article', MAR]);
    assert.deepStrictEqual([ix.stats().articles, ix.stats().quotes], [2, 3]);
    const a = ix.stats((uri) => uri.startsWith('file:///a/'));
    assert.deepStrictEqual([a.articles, a.quotes, a.parties[0].party], [1, 1, 'Labour']);
  });
});
