import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Articles written for these tests: two MPs on dates either side of a party change, a charity, an unattributed quote. */
function writeCorpus(dir: string): string[] {
  const files: string[] = [];
  const dates = ['2019-01-10', '2019-01-11', '2019-03-10', '2019-03-11', '2019-03-12', '2019-04-01'];
  dates.forEach((date, i) => {
    const f = path.join(dir, `a${i}.article`);
    fs.writeFileSync(f, ` date ${date} Day ${i}\n\n“We must stay,” said Chuka Umunna.\n\n“The plan is dead,” said Dominic Grieve.\n\n` +
      `${i % 2 ? '“Children come first,” said Barnardo’s.\n\n' : ''}“It is a matter for members,” a spokesman said.\n`);
    files.push(f);
  });
  fs.mkdirSync(path.join(dir, 'more'));
  const extra = path.join(dir, 'more', 'b.article');
  fs.writeFileSync(extra, ' date 2019-05-01 More\n\n“No,” said Dominic Grieve. “Never,” he added.\n');
  return [...files, extra];
}

describe('command-line tool: stats', () => {
  let dir: string;
  let files: string[];
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-stats-'));
    files = writeCorpus(dir);
  });

  it('prints the numbers of the issue’s JSON shape: MPs by party on each article’s date', () => {
    const r = run('stats', '--json', ...files);
    assert.strictEqual(r.code, 0, r.err);
    const s = JSON.parse(r.out);
    assert.strictEqual(s.articles, 7);
    assert.strictEqual(s.quotes, 6 * 3 + 3 + 2);
    const umunna = s.speakers.find((x: { name: string }) => x.name === 'Chuka Umunna');
    assert.deepStrictEqual(umunna, { name: 'Chuka Umunna', kind: 'mp', quotes: 6, words: 18, articles: 6, parties: { 'The Independent Group': 4, Labour: 2 } });
    const grieve = s.speakers[0];
    assert.deepStrictEqual([grieve.name, grieve.quotes, grieve.articles], ['Dominic Grieve', 8, 7]);
    assert.deepStrictEqual(s.parties.map((p: { party: string; speakers: number }) => p.party), ['Conservative', 'The Independent Group', 'Labour']);
    assert.ok(!s.parties.some((p: { party: string }) => /Barnardo/.test(p.party)), 'only MPs’ quotes count by party');
  });

  it('reads a folder with --recursive, and prints a report, Markdown or CSV', () => {
    const text = run('stats', '--recursive', dir);
    assert.strictEqual(text.code, 0, text.err);
    assert.match(text.out, /^7 articles, 23 quotations \(6 unattributed\), 3 speakers/);
    assert.match(text.out, /Dominic Grieve \(MP, Conservative\): 8 quotes/);
    assert.match(run('stats', '--format', 'md', '--recursive', dir).out, /\| Chuka Umunna \| MP \| The Independent Group 4; Labour 2 \|/);
    assert.match(run('stats', '--format', 'csv', '--recursive', dir).out, /\r\nparty,,,Conservative,,8,/);
  });

  it('merges the --json results of parts into exactly the result of one run over all', () => {
    const whole = run('stats', '--json', ...files).out;
    const parts = [files.slice(0, 2), files.slice(2, 5), files.slice(5)].map((part, i) => {
      const f = path.join(dir, `part${i}.json`);
      fs.writeFileSync(f, run('stats', '--json', ...part).out);
      return f;
    });
    const merged = run('stats', '--merge', '--json', ...parts);
    assert.strictEqual(merged.code, 0, merged.err);
    assert.strictEqual(merged.out, whole);
    assert.strictEqual(run('stats', '--merge', ...parts).out, run('stats', ...files).out, 'the report too');
  });

  it('refuses to merge what is not stats --json output, rather than give wrong totals', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"articles": "many"}');
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, run('stats', '--json', files[0]).out);
    const r = run('stats', '--merge', good, bad, path.join(dir, 'missing.json'));
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.out, '');
    assert.match(r.err, /bad\.json: not the output of stats --json \("articles" is not a count\)/);
    assert.match(r.err, /missing\.json: no such file/);
  });

  it('reports unreadable files and counts the rest', () => {
    const r = run('stats', '--json', files[0], path.join(dir, 'nope.article'));
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /nope\.article: no such file/);
    assert.strictEqual(JSON.parse(r.out).articles, 1);
  });

  it('explains bad usage', () => {
    assert.strictEqual(run('stats').code, 2);
    assert.strictEqual(run('stats', '--format', 'xml', files[0]).code, 2);
    assert.strictEqual(run('stats', '--jobs', '0', files[0]).code, 2);
    assert.match(run('--help').out, /press-gallery stats --merge/);
  });
});

describe('command-line tool: --jobs', () => {
  let dir: string;
  let files: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-jobs-'));
    files = writeCorpus(dir);
    files.splice(3, 0, path.join(dir, 'missing.article'));
  });

  /** The analysis's own timing is the one field that may differ from run to run. */
  const untimed = (s: string) => s.replace(/"milliseconds":[\d.]+/g, '"milliseconds":0');

  for (const args of [['extract'], ['extract', '--json'], ['extract', '--format', 'csv'], ['extract', '--format', 'md'], ['check'], ['stats', '--json']]) {
    it(`${args.join(' ')}: the same output, errors and exit code with three worker threads as with one job`, () => {
      const one = run(...args, '--jobs', '1', ...files);
      const three = run(...args, '--jobs', '3', ...files);
      assert.strictEqual(untimed(three.out), untimed(one.out));
      assert.strictEqual(three.err, one.err);
      assert.strictEqual(three.code, one.code);
      assert.match(one.err, /missing\.article: no such file/);
    });
  }

  it('writes no progress line when standard error is not a terminal', () => {
    assert.strictEqual(run('stats', '--jobs', '2', ...files.filter((f) => !f.includes('missing'))).err, '');
  });

  it('writes a progress line on standard error when it is a terminal', function () {
    // util-linux `script` gives the command a terminal; without it this cannot be checked here.
    if (spawnSync('script', ['--version']).status !== 0) this.skip();
    const many = Array.from({ length: 120 }, () => files[0]);
    const cmd = [process.execPath, CLI, 'stats', '--jobs', '2', ...many].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', `${cmd} >/dev/null`, '/dev/null'], { encoding: 'utf8' });
    assert.match(r.stdout, /press-gallery: \d+ of 120 files/);
  });
});
