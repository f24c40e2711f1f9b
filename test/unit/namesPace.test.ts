import * as assert from 'assert';
import { paceWatch } from '../../src/extractor/namesPace';

/** A clock the test moves: each reading gives the time it was set to. */
function handClock() {
  let now = 0;
  return { read: () => now, set: (ms: number) => { now = ms; } };
}

describe('the names pass judged by its pace (namesPace.ts)', () => {
  it('stops the pass where the people of the whole top would not fit the time left, and plans by that pace', () => {
    // 1,000,000 characters, 1,000 ms left: at 0.6 ms per 1,000 characters the people (twice the names
    // pass, 1,200 ms) would not fit, so the pass stops at its first check (two fifths).
    const clock = handClock();
    const watch = paceWatch(1_000_000, 1000, clock.read)!;
    assert.strictEqual(watch(0), false, 'the first call starts the clock');
    clock.set(120);
    assert.strictEqual(watch(200_000), false, 'not judged before two fifths of the text');
    clock.set(240);
    assert.strictEqual(watch(400_000), true);
    assert.strictEqual(Math.round(watch.plannedMs()), 1800, 'people and speakers: three times the pass at that pace');
  });

  it('lets a pass run whose pace fits, judging it again at four fifths', () => {
    const clock = handClock();
    let reads = 0;
    const counted = () => { reads++; return clock.read(); };
    const fits = paceWatch(1_000_000, 1000, counted)!;
    fits(0);
    // 0.45 ms per 1,000 characters: people 900 ms, under 1,000
    for (const at of [200_000, 400_000, 600_000, 800_000, 999_000]) {
      clock.set(at * 0.00045);
      assert.strictEqual(fits(at), false, `at ${at}`);
    }
    assert.strictEqual(reads, 3, 'one reading to start and one at each of the two checks');
    // a pace that slows down later is caught at the next check
    const slowing = paceWatch(1_000_000, 1000, clock.read)!;
    clock.set(0); slowing(0);
    clock.set(160); assert.strictEqual(slowing(400_000), false);
    clock.set(440); assert.strictEqual(slowing(800_000), true, '0.55 ms per 1,000 characters by four fifths');
  });

  it('watches nothing under an unlimited budget', () => {
    assert.strictEqual(paceWatch(1_000_000, Infinity, () => 0), undefined);
  });
});
