/** Calendar arithmetic on plain dates (no time zone, no clock): days since 1970-01-01. */

export interface LocalTime {
  y: number;
  m: number;
  d: number;
  /** Local hour at publication, or null when only the date is known. */
  hour: number | null;
}

const PUB_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * The publication's own local date and hour, read from the ISO string as written: the offset
 * in "2020-10-08T16:25:00+07:00" is the outlet's, so 16:25 on 8 October is the local time.
 * A UTC string ("…Z") is taken as written too.
 */
export function parsePublished(published: string | null): LocalTime | null {
  if (!published) return null;
  const m = PUB_RE.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { y, m: mo, d, hour: m[4] !== undefined ? Number(m[4]) : null };
}

/** Day number of a calendar date (days since 1970-01-01; proleptic Gregorian, no Date object). */
export function dayNumber(y: number, m: number, d: number): number {
  // Normalise month overflow first (m may be 0 or 13 after arithmetic).
  y += Math.floor((m - 1) / 12);
  m = ((((m - 1) % 12) + 12) % 12) + 1;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const f = fromDayNumber(dayNumber(y, m, d));
  return f.y === y && f.m === m && f.d === d;
}

const PAD2 = Array.from({ length: 32 }, (_, i) => (i < 10 ? '0' : '') + i);

export function iso(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${y}-${PAD2[m]}-${PAD2[d]}`;
}

/** Monday of the ISO week containing day n. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

/** First day of the month `delta` months from (y, m). */
export function monthStart(y: number, m: number, delta: number): number {
  const idx = y * 12 + (m - 1) + delta;
  return dayNumber(Math.floor(idx / 12), (idx % 12) + 1, 1);
}

/** Same day `delta` months away (clamped to the month's end). */
export function addMonths(y: number, m: number, d: number, delta: number): number {
  const idx = y * 12 + (m - 1) + delta;
  const ny = Math.floor(idx / 12), nm = (idx % 12) + 1;
  let dd = d;
  while (dd > 28 && !isValidDate(ny, nm, dd)) dd--;
  return dayNumber(ny, nm, dd);
}
