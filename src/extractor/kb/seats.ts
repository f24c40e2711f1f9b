/**
 * Seats as references to their members: "the Bassetlaw MP", "the MP for Dover", "the Tory MP for
 * Bracknell". A seat is looked up under the names of the terms in force on the date, so a boundary
 * change (Bethnal Green and Bow → Bethnal Green and Stepney in 2024) is the records' own. A name that
 * is no constituency of the date (a county, a city, a region) finds nobody: a place is never a person.
 */
import type { KbPerson, KbTerm } from './compact';
import { within } from '../dates';
import { foldName } from './names';
import { PARTY_WORDS } from './offices';
import { samePartyName } from './parties';

/** What a seat phrase asks for: the seat as written, and the party it claims, if any. */
export interface SeatQuery {
  seat: string;
  party: string | null;
}

const PARTY = '(?:tory|conservative|labour|lib dem|liberal democrat|snp|plaid|green|reform|ukip|dup|independent)';
const MP_FOR = new RegExp(`^(?:the )?(?:(${PARTY}) )?mp for (.+)$`);
const SEAT_MP = new RegExp(`^(?:the )?(?:(${PARTY}) )?(.+?) mp$`);

/** "the tory mp for bracknell" → { seat: "bracknell", party: "Conservative" }; null when no seat is named. */
export function seatQuery(phrase: string): SeatQuery | null {
  let p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/\b(?:former|ex|then)\b/.test(p)) return null; // a former member of the seat: not the member of the date
  p = p.replace(/\b(?:new|newly|elected|outgoing|veteran|long-serving) /g, '');
  const m = MP_FOR.exec(p) ?? SEAT_MP.exec(p);
  if (!m || !m[2]) return null;
  const party = m[1] ? PARTY_WORDS[m[1]] ?? (m[1] === 'reform' ? 'Reform UK' : m[1] === 'independent' ? 'Independent' : null) : null;
  return { seat: m[2], party };
}

/** A seat name as a key: case, accents, commas and hyphens aside, "&" as "and". */
export function seatKey(name: string): string {
  return foldName(name).replace(/&/g, ' and ').replace(/[,.'’]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

export class SeatIndex {
  private readonly bySeat = new Map<string, Array<{ person: KbPerson; term: KbTerm }>>();
  /** Runs of two or three words inside seat names ("bethnal green"), built on first use. */
  private pieces: Set<string> | null = null;

  /** Seat name → key, once per name (a seat has many terms). */
  private readonly keys = new Map<string, string>();

  add(person: KbPerson): void {
    for (const term of person.terms) {
      let key = this.keys.get(term.constituency);
      if (key === undefined) this.keys.set(term.constituency, (key = seatKey(term.constituency)));
      const list = this.bySeat.get(key);
      if (list) list.push({ person, term });
      else this.bySeat.set(key, [{ person, term }]);
    }
  }

  /** Is this a seat's name in the records (at any date)? */
  isSeat(name: string): boolean {
    return this.bySeat.has(seatKey(name));
  }

  /** Are these (normalised) words a seat's name or two or three words of one ("Bethnal Green")? */
  isPlace(words: readonly string[]): boolean {
    if (!this.pieces) {
      this.pieces = new Set();
      for (const key of this.bySeat.keys()) {
        const w = key.split(' ');
        for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= w.length; i++) this.pieces.add(w.slice(i, i + n).join(' '));
      }
    }
    const key = seatKey(words.join(' '));
    return this.bySeat.has(key) || this.pieces.has(key);
  }

  /** The member sitting for the seat on the date (at most one), whose party fits the one claimed. */
  holders(q: SeatQuery, date: string): KbPerson[] {
    const found = (this.bySeat.get(seatKey(q.seat)) ?? []).filter(({ term }) => within(date, term.start, term.end));
    const fits = found.filter(({ term }) => !q.party || samePartyName(term.party, q.party));
    return fits.length === 1 ? [fits[0].person] : [];
  }
}
