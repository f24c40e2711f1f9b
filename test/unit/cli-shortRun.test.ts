import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isShortRun, SHORT_RUN_MAX_BYTES } from '../../src/cli/shortRun';

describe('command-line tool: which runs are short (compiler tuning)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-short-run-'));
    fs.writeFileSync(path.join(dir, 'article.txt'), 'The minister said “no”.');
    fs.writeFileSync(path.join(dir, 'limit.txt'), '');
    fs.truncateSync(path.join(dir, 'limit.txt'), SHORT_RUN_MAX_BYTES);
    fs.writeFileSync(path.join(dir, 'long.txt'), '');
    fs.truncateSync(path.join(dir, 'long.txt'), SHORT_RUN_MAX_BYTES + 1);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => path.join(dir, name);

  it('is short when every file is at most the limit, a file that cannot be read included', () => {
    assert.strictEqual(isShortRun([at('article.txt')]), true);
    assert.strictEqual(isShortRun([at('article.txt'), at('limit.txt'), at('missing.txt')]), true);
    assert.strictEqual(isShortRun([]), true);
  });

  it('is not short when any one file is longer', () => {
    assert.strictEqual(isShortRun([at('article.txt'), at('long.txt')]), false);
  });
});
