import * as assert from 'assert';
import { paceWatch } from '../../src/extractor/namesPace';

/** A clock the test moves: each reading gives the time it was set to. */
function handClock() {
  let now = 0;
  return { read: () => now, set: (ms: number) => { now = ms; } };
}

describe('the names pass judged by its pace (namesPace.ts)', () => {
  it('stops the pass where the people of the whole top would not fit the time left, and plans by that pace', () => {
    // 1,000,000 characters, 1,000 ms left: at 0.5 ms per 1,000 characters the people (twice the names
    // pass, 1,000 ms) would not fit 90% of the time left, so the pass stops at its first check (a tenth).
    const clock = handClock();
    const watch = paceWatch(1_000_000, 1000, clock.read)!;
    assert.strictEqual(watch(0), false, 'the first call starts the clock');
    clock.set(25);
    assert.strictEqual(watch(50_000), false, 'not judged before a tenth of the text');
    clock.set(50);
    assert.strictEqual(watch(100_000), true);
    assert.strictEqual(watch.plannedMs(), 1500, 'people and speakers: three times the pass at that pace');
  });

  it('lets a pass run whose pace fits, judging it again at a fifth, two fifths and four fifths', () => {
    const clock = handClock();
    let reads = 0;
    const counted = () => { reads++; return clock.read(); };
    const fits = paceWatch(1_000_000, 1000, counted)!;
    fits(0);
    // 0.4 ms per 1,000 characters: people 800 ms, under 900
    for (const at of [100_000, 150_000, 200_000, 400_000, 800_000, 999_000]) {
      clock.set(at * 0.0004);
      assert.strictEqual(fits(at), false, `at ${at}`);
    }
    assert.strictEqual(reads, 5, 'one reading to start and one at each of the four checks');
    // a pace that slows down later is caught at the next check
    const slowing = paceWatch(1_000_000, 1000, clock.read)!;
    clock.set(0); slowing(0);
    clock.set(40); assert.strictEqual(slowing(100_000), false);
    clock.set(80); assert.strictEqual(slowing(200_000), false);
    clock.set(200); assert.strictEqual(slowing(400_000), true, '0.5 ms per 1,000 characters by two fifths');
  });

  it('watches nothing under an unlimited budget', () => {
    assert.strictEqual(paceWatch(1_000_000, Infinity, () => 0), undefined);
  });
});
