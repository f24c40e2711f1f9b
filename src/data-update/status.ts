/** What `data status` and the editor say about the MP data in use. */
import { OPL_ATTRIBUTION, Overlay } from './overlay';

export interface DataStatus {
  bundled: { partyVerifiedTo: string; generated: string };
  overlay: Overlay | null;
  /** Where the overlay is (or would be) kept. */
  location: string;
  /** The overlay file exists but cannot be used. */
  error?: string;
}

/** One line per fact: bundled dates, then the update's (or that there is none). */
export function statusLines(s: DataStatus): string[] {
  const lines = [`bundled MP data: party verified to ${s.bundled.partyVerifiedTo} (built ${s.bundled.generated})`];
  if (s.error) {
    lines.push(`updated MP data: not used: ${s.error}`);
  } else if (!s.overlay) {
    lines.push(`updated MP data: none (the bundled data is used; \`press-gallery data update\` fetches an update)`);
  } else {
    const o = s.overlay;
    const added = o.people.filter((p) => p.added).length;
    const newer = o.verifiedTo > s.bundled.partyVerifiedTo;
    lines.push(`updated MP data: party verified to ${o.verifiedTo} by ${o.source.name}, updated ${o.fetched.slice(0, 10)} (${o.people.length} members${added ? `, ${added} new` : ''}${o.skipped.length ? `, ${o.skipped.length} left out` : ''})${newer ? '' : ' — not used: the bundled data is as new'}`);
    lines.push(`  from ${o.source.url}, facts from ${o.since} on; ${OPL_ATTRIBUTION}`);
  }
  lines.push(`  kept in ${s.location}`);
  return lines;
}
