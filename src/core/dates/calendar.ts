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

/** Day number of a calendar date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** Calendar date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
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

export function iso(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
