/**
 * Presidents of the United States, by the day they took office (inauguration, 20 January): the dated
 * record the UK members' data does not hold. Public record; each term ends where the next begins.
 */
export const PRESIDENTS: ReadonlyArray<{ from: string; given: string; family: string }> = [
  { from: '1977-01-20', given: 'jimmy', family: 'carter' },
  { from: '1981-01-20', given: 'ronald', family: 'reagan' },
  { from: '1989-01-20', given: 'george', family: 'bush' },
  { from: '1993-01-20', given: 'bill', family: 'clinton' },
  { from: '2001-01-20', given: 'george', family: 'bush' },
  { from: '2009-01-20', given: 'barack', family: 'obama' },
  { from: '2017-01-20', given: 'donald', family: 'trump' },
  { from: '2021-01-20', given: 'joe', family: 'biden' },
  { from: '2025-01-20', given: 'donald', family: 'trump' },
];

/**
 * The first names of the US presidents of this surname in office on or before `date` ("President Clinton"
 * in 2016 is Bill Clinton, never Hillary): empty when no president bore it by then.
 */
export function presidentsGivenNames(family: string, date: string): Set<string> {
  const out = new Set<string>();
  for (const p of PRESIDENTS) if (p.family === family && p.from <= date) out.add(p.given);
  return out;
}
