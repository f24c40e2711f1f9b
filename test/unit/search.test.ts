import * as assert from 'assert';
import fc from 'fast-check';
import { lastBelow, lastIndexWhere } from '../../src/extractor/search';

describe('sorted-list searches', () => {
  it('lastBelow finds the last entry below a value, as the general search does', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
      const sorted = [...values].sort((a, b) => a - b);
      assert.strictEqual(lastBelow(sorted, x), lastIndexWhere(sorted.length, (k) => sorted[k] < x));
    }));
  });

  it('lastBelow answers -1 when nothing is below, and the last index when everything is', () => {
    assert.strictEqual(lastBelow([], 3), -1);
    assert.strictEqual(lastBelow([3, 4, 5], 3), -1);
    assert.strictEqual(lastBelow([3, 4, 5], 6), 2);
    assert.strictEqual(lastBelow([1, 3, 3, 5], 3), 0);
  });
});
