import * as assert from 'assert';
import { parseHeader, isRealDate } from '../../src/extractor/header';

describe('date line', () => {
  it('reads date and headline with offsets', () => {
    const text = ' date 2019-02-21 Corbyn speaks\n\nBody.';
    const h = parseHeader(text);
    assert.strictEqual(h.date, '2019-02-21');
    assert.strictEqual(h.dateStatus, 'ok');
    assert.strictEqual(text.slice(h.dateSpan!.start, h.dateSpan!.end), '2019-02-21');
    assert.strictEqual(h.headline!.text, 'Corbyn speaks');
    assert.strictEqual(text.slice(h.headline!.start, h.headline!.end), 'Corbyn speaks');
  });

  it('accepts a line without the leading space and after a byte-order mark', () => {
    assert.strictEqual(parseHeader('date 2020-01-09 X').date, '2020-01-09');
    const h = parseHeader('\uFEFF date 2020-01-09 X');
    assert.strictEqual(h.date, '2020-01-09');
    assert.strictEqual(h.dateSpan!.start, 7);
  });

  it('reports an impossible date instead of guessing', () => {
    const h = parseHeader(' date 2019-02-30 Headline');
    assert.strictEqual(h.date, null);
    assert.strictEqual(h.dateStatus, 'invalid');
    assert.strictEqual(h.dateSpan!.text, '2019-02-30');
  });

  it('says when there is no date line', () => {
    assert.strictEqual(parseHeader('Just a story.\n date 2019-01-01 later').dateStatus, 'missing');
  });

  it('knows leap years', () => {
    assert.ok(isRealDate('2020-02-29'));
    assert.ok(!isRealDate('2019-02-29'));
    assert.ok(!isRealDate('1900-02-29'));
    assert.ok(isRealDate('2000-02-29'));
    assert.ok(!isRealDate('2019-13-01'));
  });
});
