import type { Gender } from './types';

/**
 * The people a short form ("Mr Smith", "Judge Ames", "Alex") may be, sorted into twelve classes by
 * what the rules of whom it may be read of each: named as a judge or not, their sex as far as the text
 * tells, on the record (an MP) or not. Which classes the short form may be depends only on which
 * classes have anyone in them, so the rules are written once, here, for the short form worked out
 * afresh and for the choice kept while people move between classes (issue 16: a "Mrs" gives someone a
 * sex, a "Mr Justice" makes them a judge, and a choice rebuilt at each such move was quadratic).
 */
export const CLASSES = 12;

/** What a short form's title tells (null: no title): the sex it gives, whether it is a judge's, whether no MP is written with it. */
export interface ShortFormTitle {
  readonly sex: Gender;
  readonly judicial: boolean;
  readonly noMp: boolean;
}

/** No one of the list fits once the judges are set apart: the next list of the name is read. */
export const NO_ONE_FITS = -1;

const SEX_OFFSET: Record<Gender, number> = { male: 0, female: 2, unknown: 4 };

/** The class of a person who is (or is not) named as a judge, of that sex, on the record or not. */
export function classOf(judge: boolean, sex: Gender, onRecord: boolean): number {
  return (judge ? 6 : 0) + SEX_OFFSET[sex] + (onRecord ? 1 : 0);
}

/** The set of classes holding only `cls`, as a bit mask. */
export function only(cls: number): number {
  return 1 << cls;
}

const ALL = (1 << CLASSES) - 1;
const JUDGES = 0b111111000000;
const NOT_JUDGES = ALL & ~JUDGES;
/** The classes of people on the record: every odd one. */
export const ON_RECORD = 0b101010101010;
const OF_SEX: Record<Gender, number> = { male: 0b000011000011, female: 0b001100001100, unknown: 0b110000110000 };

/**
 * The classes a short form may be, given the classes `occupied` by the people of one list of its name
 * (a bit per class with anyone in it), or NO_ONE_FITS. Any title but a judge's sets apart the people
 * named as judges, a judge's title finds them if there are any (where `judgesApart`: the name's first
 * list). "Mr. Trump" beside Donald and Ivanka Trump: of the people a title's sex allows, those known to
 * be of that sex. "Mrs Davies, a parent of two," beside David TC Davies: a title of the other sex than
 * every MP who fits is someone else; "Cllr Smith" is not the MP Cat Smith.
 */
export function fittingClasses(occupied: number, title: ShortFormTitle | null, judgesApart: boolean): number {
  const has = (mask: number): boolean => (occupied & mask) !== 0;
  let fits = ALL;
  if (title && judgesApart) fits = !title.judicial ? NOT_JUDGES : has(JUDGES) ? JUDGES : ALL;
  if (!has(fits)) return NO_ONE_FITS;
  let chosen = fits;
  if (title && title.sex !== 'unknown') {
    const allowed = fits & ~OF_SEX[title.sex === 'male' ? 'female' : 'male'];
    const known = fits & OF_SEX[title.sex];
    const gendered = has(known) ? known : allowed;
    chosen = has(gendered) ? gendered : has(fits & ON_RECORD) ? fits & ~ON_RECORD : fits;
  }
  return title?.noMp ? chosen & ~ON_RECORD : chosen;
}
