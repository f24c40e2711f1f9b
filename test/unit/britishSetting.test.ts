import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';

/** The people of a short article of the date, with the seat of each one taken for a member. */
function members(date: string, body: string): Array<[string, string | null]> {
  return analyze(` date ${date} A story\n\n${body}\n`).people.map((p) => [p.name, p.mp?.constituency ?? null]);
}

describe('members named in copy that is not British', () => {
  it('takes no namesake in American copy for the member', () => {
    assert.deepStrictEqual(members('2016-04-07', 'Jeff Smith, a Democratic strategist in Ohio, said: “The state is wide open.”'), [['Jeff Smith', null]]);
  });

  it('takes no near spelling in American copy for a member', () => {
    // One letter from John Baron, the member for Basildon and Billericay; in an American brief, John Bacon.
    assert.deepStrictEqual(members('2015-12-22', 'John Bacon, the Republican county sheriff, said: “The road is closed.”'), [['John Bacon', null]]);
  });

  it('still knows a member known abroad by name', () => {
    assert.deepStrictEqual(members('2016-05-16', 'The Republican front-runner Donald Trump said David Cameron “may not have a good relationship” with him.'), [['Donald Trump', null], ['David Cameron', 'Witney']]);
  });

  it('reads copy that is neither American nor British as before: the member', () => {
    assert.deepStrictEqual(members('2016-04-07', 'Jeff Smith said: “The city is wide open.”'), [['Jeff Smith', 'Manchester Withington']]);
  });

  it('links the same namesake where the article is British', () => {
    assert.deepStrictEqual(members('2016-04-07', 'Labour MP Jeff Smith said the Democrats in Congress “have it right”.'), [['Jeff Smith', 'Manchester Withington']]);
    assert.deepStrictEqual(members('2023-04-12', 'The Conservative whip has been removed from Scott Benton, a Republican newspaper said.'), [['Scott Benton', 'Blackpool South']]);
  });
});
