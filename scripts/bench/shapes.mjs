// Hostile article shapes for the bench: each is linear work for a linear extractor, and each once
// found a pass that was not. Deterministic; `size` is roughly the number of characters.

const GIVEN = ['James', 'Mary', 'John', 'Sarah', 'David', 'Helen', 'Peter', 'Anne', 'Paul', 'Ruth', 'Mark', 'Jane', 'Simon', 'Clare', 'Alan', 'Rose'];
const SYLLABLES = ['bar', 'ken', 'dor', 'wick', 'ham', 'ley', 'ton', 'ford', 'mer', 'sel', 'vin', 'rad', 'cot', 'lund', 'grave', 'pike'];

/** The n-th invented surname (distinct for every n below 16⁴). */
function surname(n) {
  let s = '';
  for (let k = 0; k < 3 || n > 0; k++) { s += SYLLABLES[n % 16]; n = Math.floor(n / 16); }
  return s[0].toUpperCase() + s.slice(1);
}

export const SHAPES = {
  /** One sentence of clauses joined by commas and "and", with quotes and cues all through it. */
  'one huge sentence': (size) => runOn(size, (i) => `${GIVEN[i % 16]} ${surname(i % 500)} said “we ${i}”, and `),
  /** One paragraph of ordinary sentences with no line break anywhere. */
  'one huge paragraph': (size) => runOn(size, (i) => `${GIVEN[i % 16]} ${surname(i % 500)} said “we will win ${i}”. He added: “Not yet.” `),
  /** Thousands of different people, each named in full and then by surname. */
  'thousands of people': (size) => paragraphs(size, (i) => `${GIVEN[i % 16]} ${surname(i)} said “it is ${i}”. Mr ${surname(i)} left.`),
  /** One run-on paragraph of short quotes and cues: "Mr Smith said “x” and Sir Jones said “x” and …". */
  'thousands of cues': (size) => runOn(size, (i) => `${i % 2 ? 'Sir' : 'Mr'} ${surname(i % 5000)} said “x” and `),
  /** Thousands of people, each followed by "the minister said": a cue asks which of them the text described so. */
  'thousands of described people': (size) => paragraphs(size, (i) => `${GIVEN[i % 16]} ${surname(i)} arrived. The minister said: “No ${i}.”`),
  /**
   * American copy whose every quote an office says ("the attorney general said"): each office cue asks
   * whether the article reads as foreign, a look over the whole text, once per analysis.
   */
  'thousands of office cues in foreign copy': (size) => paragraphs(size, (i) => `“We will look at it again ${i},” the attorney general said in the Senate.`),
  /** A first name thousands share, each person then named by it alone: a short form once asked all of them. */
  'a first name thousands share': (size) => paragraphs(size, (i) => `${GIVEN[i % 4]} ${surname(i)} spoke. ${GIVEN[i % 4]} said: “No ${i}.”`),
  /** Thousands of Alexes, each given a sex by a title in turn, which "Ms Alex" reads. */
  'people a title sorts in turn': (size) => paragraphs(size, (i) => `Alex ${surname(i)} spoke. Mrs ${surname(i)} said: “No ${i}.” Ms Alex said: “Yes ${i}.”`),
  /** One sentence naming thousands of people joined by "and", then "said". */
  'one sentence of thousands of names': (size) => runOn(size, (i) => `${GIVEN[i % 16]} ${surname(i)} and `) + 'Anne Barken said: “We agree.”',
  /** One sentence of thousands of quotes and one cue at its end. */
  'thousands of quotes, one cue': (size) => runOn(size, (i) => `${i ? '' : 'John Barken spoke. '}“point ${i},” `) + 'he said.',
};

function runOn(size, part) {
  const out = [' date 2019-02-21 A hostile article', '', ''];
  let n = 0;
  for (let i = 0; n < size; i++) { const p = part(i); out[2] += p; n += p.length; }
  return out.join('\n');
}

function paragraphs(size, part) {
  const out = [' date 2019-02-21 A hostile article', ''];
  let n = 0;
  for (let i = 0; n < size; i++) { const p = part(i); out.push(p, ''); n += p.length + 2; }
  return out.join('\n');
}
