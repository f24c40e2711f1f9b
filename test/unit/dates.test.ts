// ISO dates as every layer counts and words them.
import * as assert from 'assert';
import { daysBetween, formatDate, within } from '../../src/extractor/dates';

describe('extractor: dates', () => {
  it('formats dates and counts days', () => {
    assert.strictEqual(formatDate('2019-02-18'), '18 Feb 2019');
    assert.strictEqual(daysBetween('2019-02-18', '2019-02-21'), 3);
  });

  it('leaves a text that is not an ISO date as it is, and bounds dates by terms', () => {
    assert.strictEqual(formatDate('Feb 2019'), 'Feb 2019');
    assert.ok(within('2019-02-21', '2019-02-18', null));
    assert.ok(!within('2019-02-21', '2019-02-18', null, '2019-02-20'));
    assert.ok(!within('2019-02-17', '2019-02-18', '2019-03-01'));
  });
});
