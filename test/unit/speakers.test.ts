// Speakers grouped and sorted as the Outline, the Speakers view and the exports list them, and how lists describe them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { groupBySpeaker, sortSpeakers, unattributed } from '../../src/presentation/speakers/groups';
import { mpFor, partyAndSeat, speakerDescription, speakerDetail, speakerSummary } from '../../src/presentation/speakers/labels';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);

describe('presentation: speakers grouped by their quotes', () => {
  it('groups the seed’s speech quotes by speaker in order of appearance, and sorts them', () => {
    const groups = groupBySpeaker(seed);
    assert.deepStrictEqual(groups.map((g) => [g.name, g.quotes.length]), [['Jeremy Corbyn', 9], ['Dominic Grieve', 3], ['Momentum', 1]]);
    assert.deepStrictEqual(sortSpeakers(groups, 'quotes').map((g) => g.name), ['Jeremy Corbyn', 'Dominic Grieve', 'Momentum']);
    assert.deepStrictEqual(sortSpeakers(groups, 'party').map((g) => g.name), ['Dominic Grieve', 'Jeremy Corbyn', 'Momentum']);
    assert.deepStrictEqual(unattributed(seed), []);
  });
});

describe('presentation: speakers as lists show them', () => {
  const groups = groupBySpeaker(seed);
  const byName = (n: string) => groups.find((g) => g.name === n)!;

  it('describes each speaker with quote count and MP badge', () => {
    assert.strictEqual(speakerDescription(byName('Jeremy Corbyn')), '9 quotes · MP · Labour');
    assert.strictEqual(speakerDescription(byName('Dominic Grieve')), '3 quotes · MP · Conservative');
    assert.strictEqual(speakerDescription(byName('Momentum')), '1 quote · organisation');
  });

  it('names an MP’s party and seat one way in every list (tooltip, quick pick, exports, CLI report)', () => {
    const grieve = byName('Dominic Grieve');
    assert.strictEqual(partyAndSeat(grieve.person!.mp!), 'Conservative, Beaconsfield');
    assert.strictEqual(mpFor(grieve.person!.mp!), 'Conservative MP for Beaconsfield');
    assert.strictEqual(speakerSummary(grieve), 'Dominic Grieve — Conservative MP for Beaconsfield');
    assert.strictEqual(speakerSummary(byName('Momentum')), 'Momentum');
  });

  it('gives party and seat as the Outline detail of MPs', () => {
    assert.strictEqual(speakerDetail(byName('Dominic Grieve')), 'Conservative, Beaconsfield');
    assert.strictEqual(speakerDetail(byName('Momentum')), 'organisation');
  });

  it('marks speakers who are not MPs, or not certainly', () => {
    const a = analyze(' date 2023-05-01 X\n\nJon Lansman said: “We will.” Tony Blair said: “We won.” Ms Eagle said: “We can.”\n');
    const d = (name: string) => speakerDescription(groupBySpeaker(a).find((g) => g.name === name)!);
    assert.strictEqual(d('Jon Lansman'), '1 quote');
    assert.strictEqual(d('Tony Blair'), '1 quote · not an MP then');
    assert.strictEqual(d('Ms Eagle'), '1 quote · MP? (2 matches)');
  });
});
