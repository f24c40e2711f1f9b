import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { scoreArticle, summarise, namesAgree, normaliseText, Gold, Pred } from '../../src/cli/score';

const REFEREE = path.resolve(__dirname, '../../../../shared/tools/score-annotations.mjs');

const gold: Gold = {
  quotes: [
    { text: 'We will win.', kind: 'speech', speaker: 'Jane Doe' },
    { text: 'a long and winding road', kind: 'speech', speaker: 'John Roe' },
    { text: 'Project Fear', kind: 'term', speaker: null },
    { text: 'never again', kind: 'speech', speaker: 'Jane Doe' },
  ],
  people: [
    { name: 'Jane Doe', isMP: true, party: 'Labour', constituency: 'Somewhere North' },
    { name: 'John Roe', isMP: true, party: 'Conservative', constituency: 'Elsewhere, East' },
    { name: 'Ann Other', isMP: false, party: null, constituency: null },
  ],
};

const pred: Pred = {
  quotes: [
    { text: '“We will win.”', speaker: { name: 'Ms Doe' } },
    { text: 'on a long and winding road', speaker: { name: 'Jane Doe' } },
    { text: 'Project Fear', speaker: null },
    { text: 'something spurious', speaker: { name: 'John Roe' } },
  ],
  people: [
    { name: 'Jane Doe', mp: { party: 'Labour (Co-op)', constituency: 'Somewhere North' } },
    { name: 'John Roe', mp: { party: 'Tory', constituency: 'Elsewhere East' } },
    { name: 'Ann Other', mp: { party: 'Labour', constituency: 'Nowhere' } },
  ],
};

describe('scoring', () => {
  it('normalises quote characters, case, spaces and outer punctuation', () => {
    assert.strictEqual(normaliseText('  “We  WILL win.” '), 'we will win');
  });

  it('matches names by surname with compatible given names, ignoring titles', () => {
    assert.ok(namesAgree('Mr Corbyn', 'Jeremy Corbyn'));
    assert.ok(namesAgree('J Corbyn', 'Jeremy Corbyn'));
    assert.ok(!namesAgree('Piers Corbyn', 'Jeremy Corbyn'));
    assert.ok(!namesAgree('Jeremy Hunt', 'Jeremy Corbyn'));
  });

  it('counts quotes, attribution, speakers and MPs by the corpus rules', () => {
    const { counts } = scoreArticle(gold, pred);
    assert.deepStrictEqual(
      [counts.matchedQuotes, counts.goldQuotes, counts.predQuotes, counts.correctAttr, counts.goldAttr],
      [3, 4, 4, 1, 3],
    );
    assert.deepStrictEqual([counts.matchedMPs, counts.partyOK, counts.seatOK, counts.predMPs], [2, 2, 2, 3]);
  });

  it('agrees with the corpus referee (score-annotations.mjs) on the same predictions', function () {
    if (!fs.existsSync(REFEREE)) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-score-'));
    const goldDir = path.join(dir, 'gold'), predDir = path.join(dir, 'pred');
    fs.mkdirSync(goldDir); fs.mkdirSync(predDir);
    fs.writeFileSync(path.join(goldDir, 'a.gold.json'), JSON.stringify(gold));
    fs.writeFileSync(path.join(goldDir, 'a.txt'), 'text');
    fs.writeFileSync(path.join(predDir, 'a.json'), JSON.stringify(pred));
    const theirs = JSON.parse(execFileSync(process.execPath, [REFEREE, goldDir, predDir, '--json'], { encoding: 'utf8' }));
    const ours = summarise(scoreArticle(gold, pred).counts);
    const close = (a: number | null, b: number | null) => assert.ok(a === b || Math.abs((a ?? 0) - (b ?? 0)) < 1e-9, `${a} vs ${b}`);
    close(ours.quote.f1, theirs.quote.f1);
    close(ours.attribution.accuracy, theirs.attribution.accuracy);
    close(ours.attribution.precision, theirs.attribution.precision);
    close(ours.speakers.f1, theirs.speakers.f1);
    close(ours.mp.f1, theirs.mp.f1);
    close(ours.mp.partyAccuracy, theirs.mp.partyAccuracy);
    close(ours.mp.constituencyAccuracy, theirs.mp.constituencyAccuracy);
  });
});
