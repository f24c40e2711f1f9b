// The PolNeAR referee's surname rule (../shared/corpus/polnear/score.mjs): titles, suffixes, possessives
// and diacritics dropped, the last word kept. The error and training scripts use it so that what they count
// as the right speaker agrees with the referee's figures.
const TITLE = /^(mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|president|vice|secretary|speaker|gen|rev|the|former|sir|dame|lord|lady|prof|professor|judge|mayor)\.?$/;
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/;
const words = (s) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/['\u2019]s\b/g, '').replace(/[^a-z0-9' -]+/g, ' ').split(/\s+/).filter(Boolean);

export function surname(s) {
  const w = words(s).filter((x) => !TITLE.test(x));
  while (w.length > 1 && SUFFIX.test(w[w.length - 1])) w.pop();
  return w.length ? w[w.length - 1].replace(/'/g, '') : null;
}
