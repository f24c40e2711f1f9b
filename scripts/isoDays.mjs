// Calendar days as ISO dates (YYYY-MM-DD), in UTC so that no clock change moves them: the MP data's
// scripts step through terms and offices a day at a time.

/** The day after an ISO date. */
export function dayAfter(iso) {
  return shifted(iso, 1);
}

/** The day before an ISO date. */
export function dayBefore(iso) {
  return shifted(iso, -1);
}

function shifted(iso, by) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}
