import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/extractor/analyze';
import { summariseArticle, partyLabel, ArticleSummary, SpeakerKind } from '../../src/corpus/summary';
import { mergeStats, statsOf, validateStats, StatsAccumulator } from '../../src/corpus/stats';
import { statsAsCsv, statsAsMarkdown, statsAsText } from '../../src/corpus/statsFormat';
import { lineStarts, positionAt } from '../../src/corpus/lines';

const article = (date: string) => ` date ${date} Umunna warns

“We must stay in the single market,” said Chuka Umunna.

“It is a matter for members,” a spokesman said.

“The plan is dead,” said Dominic Grieve.

Momentum said the party needed “mass canvassing events”.
`;

describe('corpus: one article’s summary', () => {
  it('counts speech quotes, unattributed ones, and each speaker’s quotes and words', () => {
    const s = summariseArticle(analyze(article('2019-01-10')));
    assert.strictEqual(s.date, '2019-01-10');
    assert.strictEqual(s.quotes, 4);
    assert.strictEqual(s.unattributed, 1);
    assert.deepStrictEqual(s.speakers, [
      { name: 'Chuka Umunna', kind: 'mp', party: 'Labour', quotes: 1, words: 7 },
      { name: 'Dominic Grieve', kind: 'mp', party: 'Conservative', quotes: 1, words: 4 },
      { name: 'Momentum', kind: 'organisation', party: null, quotes: 1, words: 3 },
    ]);
  });

  it('gives an MP the party of the article’s own date', () => {
    const after = summariseArticle(analyze(article('2019-03-10')));
    assert.strictEqual(after.speakers[0].party, 'The Independent Group');
  });

  it('drops the Co-operative mark from Labour (Co-op)', () => {
    assert.strictEqual(partyLabel('Labour (Co-op)'), 'Labour');
    assert.strictEqual(partyLabel('Conservative'), 'Conservative');
  });

  it('says nothing of a text without quotations', () => {
    assert.deepStrictEqual(summariseArticle(analyze('No quotes here.')), { date: null, quotes: 0, unattributed: 0, speakers: [] });
  });
});

describe('corpus: statistics', () => {
  const before = summariseArticle(analyze(article('2019-01-10')));
  const after = summariseArticle(analyze(article('2019-03-10')));

  it('sums a speaker over articles, by party on each date, and counts parties’ speakers', () => {
    const s = statsOf([before, after]);
    assert.strictEqual(s.articles, 2);
    assert.strictEqual(s.quotes, 8);
    assert.strictEqual(s.unattributed, 2);
    assert.deepStrictEqual(s.speakers[0], { name: 'Chuka Umunna', kind: 'mp', quotes: 2, words: 14, articles: 2, parties: { Labour: 1, 'The Independent Group': 1 } });
    assert.deepStrictEqual(s.parties.map((p) => [p.party, p.quotes, p.words, p.speakers]), [
      ['Conservative', 2, 8, 1], ['Labour', 1, 7, 1], ['The Independent Group', 1, 7, 1],
    ]);
    assert.deepStrictEqual(s.dates, [{ date: '2019-01-10', articles: 1, quotes: 4 }, { date: '2019-03-10', articles: 1, quotes: 4 }]);
  });

  it('counts an article once for a speaker, and a person once whether an MP on the date or not', () => {
    const s = statsOf([
      { date: '2001-01-01', quotes: 2, unattributed: 0, speakers: [{ name: 'A B', kind: 'mp', party: 'Labour', quotes: 1, words: 2 }, { name: 'A B', kind: 'mp', party: 'Labour', quotes: 1, words: 3 }] },
      { date: '2030-01-01', quotes: 1, unattributed: 0, speakers: [{ name: 'A B', kind: 'person', party: null, quotes: 1, words: 1 }] },
      { date: null, quotes: 1, unattributed: 0, speakers: [{ name: 'A B', kind: 'organisation', party: null, quotes: 1, words: 1 }] },
    ]);
    assert.deepStrictEqual(s.speakers.map((x) => [x.name, x.kind, x.quotes, x.articles]), [['A B', 'mp', 3, 2], ['A B', 'organisation', 1, 1]]);
    assert.deepStrictEqual(s.parties, [{ party: 'Labour', quotes: 2, words: 5, speakers: 1 }]);
    assert.strictEqual(s.dates[s.dates.length - 1].date, null, 'undated articles come last');
  });

  const names = ['Ann Lee', 'Bob Roe', 'Cy Dee', 'Labour Party'];
  const parties = ['Labour', 'Conservative', 'Green Party'];
  const tally = fc.record({
    name: fc.constantFrom(...names),
    kind: fc.constantFrom<SpeakerKind>('mp', 'person', 'organisation'),
    party: fc.constantFrom(...parties),
    quotes: fc.integer({ min: 1, max: 5 }),
    words: fc.integer({ min: 1, max: 50 }),
  }).map((t) => ({ ...t, party: t.kind === 'mp' ? t.party : null }));
  const summary: fc.Arbitrary<ArticleSummary> = fc.record({
    date: fc.option(fc.constantFrom('2019-01-01', '2019-01-02', '2020-05-05')),
    unattributed: fc.integer({ min: 0, max: 3 }),
    speakers: fc.array(tally, { maxLength: 5 }),
  }).map((a) => ({ ...a, quotes: a.unattributed + a.speakers.reduce((n, t) => n + t.quotes, 0) }));

  it('merges the statistics of any split of the articles into exactly those of one run', () => {
    fc.assert(fc.property(fc.array(summary, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), (all, cuts) => {
      const parts: ArticleSummary[][] = [[], [], []];
      all.forEach((a, i) => parts[(cuts[i] ?? 0) % 3].push(a));
      const whole = statsOf(all);
      const merged = mergeStats(parts.map((p) => JSON.parse(JSON.stringify(statsOf(p)))));
      assert.strictEqual(JSON.stringify(merged), JSON.stringify(whole));
    }));
  });

  it('takes articles out again exactly: adding all and removing some gives the statistics of the rest', () => {
    fc.assert(fc.property(fc.array(summary, { maxLength: 25 }), fc.array(fc.boolean(), { maxLength: 25 }), (all, drop) => {
      const acc = new StatsAccumulator();
      for (const a of all) acc.addArticle(a);
      for (const [i, a] of all.entries()) if (drop[i]) acc.removeArticle(a);
      assert.strictEqual(JSON.stringify(acc.result()), JSON.stringify(statsOf(all.filter((_, i) => !drop[i]))));
    }));
  });

  it('does not depend on the order of the articles', () => {
    fc.assert(fc.property(fc.array(summary, { maxLength: 20 }), (all) => {
      assert.strictEqual(JSON.stringify(statsOf([...all].reverse())), JSON.stringify(statsOf(all)));
    }));
  });

  it('accepts its own JSON and refuses what is not', () => {
    const s = statsOf([before]);
    assert.deepStrictEqual(validateStats(JSON.parse(JSON.stringify(s))), s);
    assert.match((validateStats([]) as { error: string }).error, /not an object/);
    assert.match((validateStats({ articles: 1, quotes: -1, speakers: [], parties: [] }) as { error: string }).error, /"quotes" is not a count/);
    assert.match((validateStats({ articles: 1, quotes: 1, speakers: [{ name: 'X', kind: 'alien' }], parties: [] }) as { error: string }).error, /speaker/);
  });
});

describe('corpus: statistics as text, Markdown and CSV', () => {
  const s = statsOf([summariseArticle(analyze(article('2019-01-10')))]);

  it('reads as a report', () => {
    const text = statsAsText(s);
    assert.match(text, /^1 article, 4 quotations \(1 unattributed\), 3 speakers/);
    assert.match(text, /Chuka Umunna \(MP, Labour\): 1 quote, 7 words, 1 article/);
    assert.match(text, /Momentum \(organisation\)/);
    assert.match(statsAsText(s, 1), /Most-quoted speakers \(1 of 3\)/);
  });

  it('gives three Markdown tables, escaping the cell separator', () => {
    const md = statsAsMarkdown(statsOf([{ date: null, quotes: 1, unattributed: 0, speakers: [{ name: 'A|B', kind: 'person', party: null, quotes: 1, words: 1 }] }]));
    assert.match(md, /## Quotations by party/);
    assert.match(md, /\| A\\\|B \| person \|  \| 1 \| 1 \| 1 \|/);
    assert.match(md, /\| undated \| 1 \| 1 \|/);
  });

  it('gives one CSV table with every number', () => {
    const rows = statsAsCsv(s).trimEnd().split('\r\n');
    assert.strictEqual(rows[0], 'table,name,kind,party,date,quotes,words,articles,speakers');
    assert.ok(rows.includes('total,,,,,4,,1,3'));
    assert.ok(rows.includes('party,,,Labour,,1,7,,1'));
    assert.ok(rows.includes('speaker,Chuka Umunna,mp,,,1,7,1,'));
    assert.ok(rows.includes('speaker-party,Chuka Umunna,mp,Labour,,1,,,'));
    assert.ok(rows.includes('date,,,,2019-01-10,4,,1,'));
  });
});

describe('corpus: lines and columns', () => {
  it('finds the line and character of offsets, CRLF included', () => {
    const starts = lineStarts('ab\r\ncd\nef');
    assert.deepStrictEqual(starts, [0, 4, 7]);
    assert.deepStrictEqual(positionAt(starts, 0), { line: 0, character: 0 });
    assert.deepStrictEqual(positionAt(starts, 5), { line: 1, character: 1 });
    assert.deepStrictEqual(positionAt(starts, 9), { line: 2, character: 2 });
  });
});
