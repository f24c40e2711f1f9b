import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { buildOverlay } from '../../src/data-update/buildOverlay';
import { mergeOverlay } from '../../src/data-update/merge';
import { personCard } from '../../src/presentation/hoverCards/cards';
import { data, histories, SINCE, summaries } from '../support/membersApiFixtures';

const overlay = buildOverlay({
  summaries, histories, bundled: [...KnowledgeBase.fromData(data).people()], since: SINCE, verifiedTo: '2026-11-03',
  fetched: '2026-11-04T09:30:00.000Z', bundledGenerated: '2026-11-28', sourceUrl: 'https://members-api.parliament.uk/api', memberIds: new Map(),
});
const updated = KnowledgeBase.fromData(data, (people, coverage) => mergeOverlay(people, coverage, overlay));
const bundled = KnowledgeBase.fromData(data);

function card(kb: KnowledgeBase, date: string, name: string): string {
  const a = analyze(` date ${date} Test\n\n“We will not be moved,” said ${name}.\n`, {}, kb);
  const p = a.people.find((x) => x.name === name);
  assert.ok(p, `${name} found`);
  return personCard(a, p);
}

describe('data update: hover cards say which data a fact came from', () => {
  it('an updated fact names UK Parliament, the verified and the update day, and the licence', () => {
    const text = card(updated, '2026-09-20', 'Morwenna Tallis');
    assert.match(text, /Reform UK · Fenmoor and Ashby — on 20 Sep 2026/);
    assert.match(text, /Party verified to 3 Nov 2026 by UK Parliament \(Members API\), updated 4 Nov 2026/);
    assert.match(text, /_Contains Parliamentary information licensed under the Open Parliament Licence v3\.0\._/);
  });

  it('a bundled fact says nothing of an update', () => {
    const text = card(bundled, '2026-06-01', 'Morwenna Tallis');
    assert.match(text, /Conservative · Fenmoor and Ashby/);
    assert.doesNotMatch(text, /Members API|updated/);
  });

  it('a closed term of the update (a resignation) says where it came from', () => {
    const text = card(updated, '2026-07-01', 'Colin Drabble');
    assert.match(text, /Conservative · Wexley Moor/);
    assert.match(text, /Party and seat from UK Parliament \(Members API\), updated 4 Nov 2026/);
  });
});
