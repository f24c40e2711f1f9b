// Generates a long synthetic article (our own sentences, real MP names) for throughput tests.
// Deterministic: the same size gives the same text.

export const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'argued'];
export const PHRASES = [
  'we will not accept a deal that leaves families worse off',
  'this is a matter for the whole House',
  'the government has lost its way on housing',
  'nobody voted for higher bills',
  'the numbers simply do not add up',
  'I have always put my constituents first',
];
export const FILLER = [
  'The debate ran late into the evening as members returned from their constituencies.',
  'Ministers are expected to publish the figures next week, according to officials.',
  'The committee heard evidence from councils, charities and the police.',
  'Several backbenchers have tabled amendments to the bill.',
];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** @param {number} bytes @param {string[]} names */
export function generateArticle(bytes, names) {
  const rand = rng(42);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const parts = [' date 2019-02-21 Generated article for the benchmark', ''];
  let size = parts[0].length;
  while (size < bytes) {
    const name = pick(names);
    const surname = name.split(' ').pop();
    const p = [
      `${name} ${pick(VERBS)} that “${pick(PHRASES)}”.`,
      `“${cap(pick(PHRASES))}. ${cap(pick(PHRASES))},” Mr ${surname} said.`,
      pick(FILLER),
      `He said it was “${pick(PHRASES)}” and that the party would ‘${pick(PHRASES)}’.`,
    ].join(' ');
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
