import * as assert from 'assert';
import { MentionStream } from '../../src/extractor/mentionStream';

describe('MentionStream', () => {
  const people: Record<string, number[]> = { ann: [40, 5], bob: [20, 90] };
  const stream = () => new MentionStream(Object.keys(people), (who) => people[who]);

  it('finds the mention closest before a place, among those known and those placed since', () => {
    const s = stream();
    assert.strictEqual(s.lastBefore(5), null);
    assert.deepStrictEqual(s.lastBefore(30), { start: 20, who: 'bob' });
    assert.deepStrictEqual(s.lastBefore(95), { start: 90, who: 'bob' });
    s.place('ann', 60);
    assert.deepStrictEqual(s.lastBefore(70), { start: 60, who: 'ann' });
    assert.deepStrictEqual(s.lastBefore(95), { start: 90, who: 'bob' }, 'a known mention after the placed one is nearer');
  });

  it('finds the first mention after a place of someone it counts', () => {
    const s = stream();
    assert.deepStrictEqual(s.firstAfter(0, () => true), { start: 5, who: 'ann' });
    assert.deepStrictEqual(s.firstAfter(5, () => true), { start: 20, who: 'bob' }, 'strictly after');
    assert.deepStrictEqual(s.firstAfter(0, (who) => who !== 'ann'), { start: 20, who: 'bob' });
    assert.strictEqual(s.firstAfter(90, () => true), null);
  });

  it('knows the earliest mention, placed or known', () => {
    const s = new MentionStream<string>([], () => []);
    assert.strictEqual(s.earliest(), null);
    s.place('cat', 7);
    assert.deepStrictEqual(s.earliest(), { start: 7, who: 'cat' });
    assert.deepStrictEqual(stream().earliest(), { start: 5, who: 'ann' });
  });
});
