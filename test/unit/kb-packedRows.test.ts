import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { KbData, KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { PackedRows, packRows } from '../../src/extractor/kb/packedRows';
import { analyze } from '../../src/extractor/analyze';
import type { KbPersonRow } from '../../src/extractor/kb/compact';
import bundledJson from '../../src/extractor/kb/data/mps.compact.json';

const ROOT = path.resolve(__dirname, '../../..');
const json = bundledJson as unknown as KbData & { people: KbPersonRow[] };
const rowsOf = (packed: PackedRows) => Array.from({ length: packed.length }, (_, i) => packed.at(i));

/** Packed rows that count the rows the knowledge base reads. */
class CountedRows extends PackedRows {
  readonly read = new Set<number>();
  override at(index: number): KbPersonRow | undefined {
    this.read.add(index);
    return super.at(index);
  }
}

describe('MP knowledge base: the people packed beside the Node bundles (packedRows.ts)', () => {
  it('reads back every field as written: separators, backslashes, accents, surrogates, no aliases, no stored names', () => {
    const rows: KbPersonRow[] = [
      ['id/1', 'Siân O\'Brien', 'Siân', 'O\'Brien', ['Dr Siân O\'Brien', 'S. O\'Brien'], '2019-12-12,,0,3', '', 'sian o brien|o brien'],
      ['id\t2', 'A\\B\nC', 'A\u001fB', '😀 Ząb', [], '', '1,2001-01-01,2002-01-01;2,2003-01-01,,2020-10-01'],
      ['id3', '', '', '', ['one\u001ftwo', 'tab\there'], '', '', ''],
    ];
    const packed = packRows(rows);
    assert.match(packed, /^[\x00-\x7f]*$/, 'ASCII, so that Latin-1 reads it unchanged');
    assert.strictEqual(packed.split('\n').length, 3, 'a row a line');
    assert.deepStrictEqual(rowsOf(new PackedRows(packed)), rows);
    assert.deepStrictEqual(rowsOf(new PackedRows(`${packed}\n`)), rows, 'a final newline is no extra row');
    assert.strictEqual(new PackedRows('').length, 0);
    assert.strictEqual(new PackedRows(packed).at(3), undefined);
    assert.throws(() => packRows([['x', 'X', 'X', 'X', [], [['2001-01-01', null, 0, 0]], '']]), /encoded strings/);
  });

  it('is what the build wrote: dist/ holds the compact file without its people, and their rows packed', () => {
    const beside = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/mps.compact.json'), 'latin1')) as Record<string, unknown>;
    const packed = fs.readFileSync(path.join(ROOT, 'dist/mps.people.txt'), 'latin1');
    const { people, ...rest } = json;
    assert.deepStrictEqual(beside, JSON.parse(JSON.stringify(rest)));
    assert.deepStrictEqual(rowsOf(new PackedRows(packed)), people);
  });

  it('answers as the JSON rows do, reading only the rows an article needs', () => {
    const packed = new CountedRows(packRows(json.people));
    const fromPacked = KnowledgeBase.fromData({ ...json, people: packed });
    const fromJson = KnowledgeBase.fromData(json);
    const article = [
      ' date 2019-02-21 Seven MPs leave Labour',
      '',
      '“It was the hardest decision,” said Chuka Umunna, the MP for Streatham. Luciana Berger said: “I am leaving.”',
      'The prime minister, Theresa May, said she was disappointed. Mr Umunna added: “Others will follow.”',
    ].join('\n');
    const a = analyze(article, {}, fromPacked), b = analyze(article, {}, fromJson);
    a.stats.milliseconds = b.stats.milliseconds = 0;
    assert.deepStrictEqual(a, b);
    assert.ok(a.people.some((p) => p.mp?.constituency === 'Streatham'), 'the MP is found, with his seat on the day');
    assert.ok(packed.read.size > 0 && packed.read.size < 200, `rows read: ${packed.read.size} of ${packed.length}`);
    const may = fromPacked.byFullName('Theresa May')[0];
    assert.deepStrictEqual(fromPacked.mpInfo(may, '2019-02-21'), fromJson.mpInfo(fromJson.byFullName('Theresa May')[0], '2019-02-21'));
  });
});
