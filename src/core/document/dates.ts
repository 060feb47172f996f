import type { DocumentRules } from './rules.js';

/** A publication time read from a page: ISO 8601 with the page's own offset, or a date only. */
export interface FoundDate {
  iso: string;
  /** Where in the searched string the date starts and ends. */
  start: number;
  end: number;
  hasTime: boolean;
  rule: string;
}

interface Compiled {
  /**
   * dmy, mdy and numeric are global and lack their leading `(?<![\p{L}\d])` (numeric: `(?<![\p{L}\d/])`):
   * execAfterWordEnd tests it on the character before a match and searches on when it fails — the
   * same first match, without testing a Unicode letter class at every position of the line.
   */
  dmy: RegExp;
  mdy: RegExp;
  numeric: RegExp;
  iso: RegExp;
  time: RegExp;
  /** A clock time just before a date ("9:14 AM EDT, May 3, 2023"), at the end of the text before it. */
  timeBefore: RegExp;
}

const compiledFor = new WeakMap<DocumentRules, Compiled>();

function compile(r: DocumentRules): Compiled {
  let c = compiledFor.get(r);
  if (c) return c;
  const W = `(?:(?:${r.weekdayRe})\\.?,?\\s*)?`;
  c = {
    // "8 Oktober 2020", "Kamis, 08 Okt 2020", "8 Oct 2020", "Friday 1 March 2013"
    dmy: new RegExp(`${W}(\\d{1,2})(?:st|nd|rd|th)?\\s+(${r.monthRe})\\.?,?\\s+(\\d{4})${yearEnd(r.monthRe)}`, 'giu'),
    // "October 8, 2020", "Sun May 14 2017", "Oct. 8, 2020"
    mdy: new RegExp(`${W}(${r.monthRe})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${yearEnd(r.monthRe)}`, 'giu'),
    // "Kamis (8/10/2020)", "08/10/2020", "8-10-2020"
    numeric: new RegExp(`${W}\\(?(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})\\)?(?![\\d/])`, 'giu'),
    // "2020-10-08T16:25:00+07:00", "2020-10-08 16:25"
    iso: /(?<!\d)(\d{4})([-/])(\d{2})\2(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/,
    // the clock time after a date: "16:25 WIB", "pukul 16.25 WIB", "4:25 PM GMT+7", "| 13:05 WIB", "at 09:25 BST"
    time: new RegExp(
      `^[\\s,|/•·–—@-]*(?:(?:${r.clockRe})\\b\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|${r.dayPartRe})?(?![\\d\\p{L}])` +
        `(?:\\s*\\(?\\s*(${r.zoneRe})(?![\\p{L}])\\s*\\)?)?(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?(?!\\d))?`,
      'iu',
    ),
    timeBefore: new RegExp(`(?:^|[^\\d:.])(\\d{1,2})[:.](\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?)?\\s*(${r.zoneRe})?\\s*[,|/–—-]?\\s*$`, 'i'),
  };
  compiledFor.set(r, c);
  return c;
}

/**
 * The end of a year: no digit follows, or a clock time glued to it, as page scrapes join the date
 * and time cells of a header ("November 3, 20258:15 AM GMT+1"), or the day of the same date
 * printed again ("Published On 5 Nov 20235 Nov 2023": a desktop and a mobile copy of the cell).
 */
const YEAR_END = '(?:(?!\\d)|(?=\\d{1,2}:\\d{2}(?!\\d)))';
const yearEnd = (monthRe: string): string => `(?:(?!\\d)|(?=\\d{1,2}:\\d{2}(?!\\d))|(?=\\d{1,2}\\s+(?:${monthRe})(?!\\p{L})))`;
/** (a first sieve: the day of a date printed again is allowed after a year by the patterns, not here) */
const YEAR_RE = new RegExp(`(?:^|\\D)(?:19|20|21)\\d\\d(?:${YEAR_END}|(?=\\d{1,2}\\s+[A-Za-z]))`);
/** A digit, a date separator and a digit: part of every ISO or numeric date. */
const DIGIT_SEP_RE = /\d[-/.]\d/;

/** Two digits at least (the numbers here are whole and not negative): as String(n).padStart(2, '0'). */
const pad = (n: number): string => (n < 10 ? '0' + n : '' + n);

/** A letter or a digit, as the patterns' case-insensitive Unicode class [\p{L}\d] reads one code point. */
const LETTER_OR_DIGIT = /^[\p{L}\d]$/iu;

/**
 * The first match of a global pattern whose start does not follow a letter or a digit (nor, with
 * `slash`, a "/"): as the pattern with `(?<![\p{L}\d])` (`(?<![\p{L}\d/])`) before it would find.
 */
function execAfterWordEnd(re: RegExp, line: string, slash: boolean): RegExpExecArray | null {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(line);
    if (m === null) return null;
    const p = m.index;
    if (p === 0) return m;
    const ch = line.charCodeAt(p - 1);
    let blocked: boolean;
    if (ch < 128) blocked = (ch >= 48 && ch <= 57) || ((ch | 32) >= 97 && (ch | 32) <= 122) || (slash && ch === 47);
    else {
      // (a code point: a surrogate pair read whole, as the look-behind reads it)
      const lead = p >= 2 && ch >= 0xdc00 && ch <= 0xdfff ? line.charCodeAt(p - 2) : 0;
      blocked = LETTER_OR_DIGIT.test(lead >= 0xd800 && lead <= 0xdbff ? line.slice(p - 2, p) : line[p - 1]!);
    }
    if (!blocked) return m;
    // on from the next code point (a pattern with the u flag starts only at code point boundaries)
    const c0 = line.charCodeAt(p);
    const c1 = line.charCodeAt(p + 1);
    re.lastIndex = p + (c0 >= 0xd800 && c0 <= 0xdbff && c1 >= 0xdc00 && c1 <= 0xdfff ? 2 : 1);
  }
}

/** Whether a UTF-16 unit is white space as \s reads it. */
function isSpace(ch: number): boolean {
  if (ch <= 32) return ch === 32 || (ch >= 9 && ch <= 13);
  if (ch < 0xa0) return false;
  return ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;
}

/**
 * The first two letters (lower case) of the month names, when all are ASCII letters (else null: no
 * first test), as a table: 1 at first * 128 + second.
 */
const monthHeads = new WeakMap<DocumentRules, Uint8Array | null>();
function monthHeadsOf(r: DocumentRules): Uint8Array | null {
  let h = monthHeads.get(r);
  if (h !== undefined) return h;
  h = new Uint8Array(128 * 128);
  for (const m of r.months.keys()) {
    if (!/^[a-z]{2}/i.test(m)) {
      h = null;
      break;
    }
    const l = m.slice(0, 2).toLowerCase();
    h[l.charCodeAt(0) * 128 + l.charCodeAt(1)] = 1;
  }
  monthHeads.set(r, h);
  return h;
}

/**
 * Whether the day-month-year pattern may match: it needs a digit, at most two letters (st, nd, rd,
 * th), white space, and a month name. A line where no digit is followed so by the first two letters
 * of a month (ASCII, any case; a character above ASCII there may fold into one) cannot match.
 */
function mayBeDayMonth(line: string, r: DocumentRules): boolean {
  const heads = monthHeadsOf(r);
  if (heads === null) return true;
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const ch = line.charCodeAt(i);
    if (ch < 48 || ch > 57) continue;
    for (let j = i + 1; j <= i + 3; j += 2) {
      if (j >= n || !isSpace(line.charCodeAt(j))) continue;
      let k = j + 1;
      while (k < n && isSpace(line.charCodeAt(k))) k++;
      if (k + 1 >= n) continue;
      const a = line.charCodeAt(k);
      const b = line.charCodeAt(k + 1);
      if (a >= 128 || b >= 128) return true;
      if (heads[(a | 32) * 128 + (b | 32)] === 1) return true;
    }
  }
  return false;
}

/** Whether a candidate of the list starts at 0. */
function startsAtZero(found: readonly { start: number }[]): boolean {
  for (let k = 0; k < found.length; k++) if (found[k]!.start === 0) return true;
  return false;
}

/** Whether s[from, to) holds an ASCII digit (every clock time does: the time patterns need none tried without one). */
function hasDigit(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = s.charCodeAt(k);
    if (ch >= 48 && ch <= 57) return true;
  }
  return false;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= dim;
}

function offsetOf(r: DocumentRules, zone: string | undefined, sign: string | undefined, hh: string | undefined, mm: string | undefined): string | null {
  if (sign && hh) {
    const h = Number(hh);
    if (h > 14) return null;
    return `${sign}${pad(h)}:${pad(Number(mm ?? 0))}`;
  }
  if (zone) return r.zones.get(zone.toUpperCase()) ?? null;
  return null;
}

/** Reads the time that follows a date, at `rest` (the text right after the date). */
function readTime(r: DocumentRules, c: Compiled, rest: string): { time: string; offset: string | null; length: number } | null {
  const m = c.time.exec(rest);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  else if (ampm === 'am' && h === 12) h = 0;
  else if (ampm) {
    const pm = r.dayParts.get(ampm);
    if (pm && h >= pm[0] && h <= pm[1]) h += 12;
  }
  if (h > 23 || min > 59) return null;
  // A zone written in lower case ("wib") is fine; a bare "z"/"at" is not a zone.
  const zone = m[5] && (m[5] === m[5].toUpperCase() || m[5].length >= 3) ? m[5] : undefined;
  const offset = offsetOf(r, zone, m[6], m[7], m[8]);
  const sec = m[3] ? Number(m[3]) : 0;
  return { time: `${pad(h)}:${pad(min)}:${pad(sec > 59 ? 0 : sec)}`, offset, length: m[0].length };
}

/**
 * Finds the first full date (with a year) in a line, with the clock time and zone printed right
 * after it. Returns ISO 8601: "2020-10-08T16:25:00+07:00", or "2020-10-08" when no time follows.
 * A time without a zone keeps no offset ("2018-04-04T10:32:00").
 */
export function findDate(line: string, r: DocumentRules): FoundDate | null {
  if (!YEAR_RE.test(line)) return null; // every full date carries a four-digit year
  const c = compile(r);
  type Cand = { y: number; m: number; d: number; start: number; end: number; rule: string; time?: string; offset?: string | null };
  const found: Cand[] = [];
  const consider = (cand: Cand): void => {
    if (validDate(cand.y, cand.m, cand.d)) found.push(cand);
  };
  // (the ISO and numeric forms both need a digit, a separator and a digit: most date lines have none)
  const sep = DIGIT_SEP_RE.test(line);
  let m = sep ? c.iso.exec(line) : null;
  if (m) {
    const cand = { y: +m[1]!, m: +m[3]!, d: +m[4]!, start: m.index, end: m.index + m[0].length, rule: 'document/date/iso' } as Cand;
    if (m[5]) {
      cand.time = `${m[5]}:${m[6]}:${m[7] ?? '00'}`;
      cand.offset = m[8] ? (m[8] === 'Z' ? '+00:00' : m[8].length === 5 ? `${m[8].slice(0, 3)}:${m[8].slice(3)}` : m[8]) : null;
    }
    consider(cand);
  }
  // (a date found at the line's start cannot be beaten: the first found wins a tie, so the
  // patterns after it are not tried — each is a long scan of the line)
  m = startsAtZero(found) || !mayBeDayMonth(line, r) ? null : execAfterWordEnd(c.dmy, line, false);
  if (m) consider({ y: +m[3]!, m: r.months.get(m[2]!.toLowerCase()) ?? 0, d: +m[1]!, start: m.index, end: m.index + m[0].length, rule: 'document/date/day-month-year' });
  m = startsAtZero(found) ? null : execAfterWordEnd(c.mdy, line, false);
  if (m) consider({ y: +m[3]!, m: r.months.get(m[1]!.toLowerCase()) ?? 0, d: +m[2]!, start: m.index, end: m.index + m[0].length, rule: 'document/date/month-day-year' });
  m = sep && !startsAtZero(found) ? execAfterWordEnd(c.numeric, line, true) : null;
  if (m) {
    let d = +m[1]!, mo = +m[3]!;
    if (mo > 12 && d <= 12) [d, mo] = [mo, d]; // "10/28/2020": month first
    consider({ y: +m[4]!, m: mo, d, start: m.index, end: m.index + m[0].length, rule: 'document/date/numeric' });
  }
  if (!found.length) return null;
  const b = found.reduce((a, c) => (c.start < a.start ? c : a));
  const date = `${b.y}-${pad(b.m)}-${pad(b.d)}`;
  if (b.time) {
    return { iso: `${date}T${b.time}${b.offset ?? ''}`, start: b.start, end: b.end, hasTime: true, rule: b.rule };
  }
  const t = hasDigit(line, b.end, line.length) ? readTime(r, c, line.slice(b.end)) : null;
  if (t) return { iso: `${date}T${t.time}${t.offset ?? ''}`, start: b.start, end: b.end + t.length, hasTime: true, rule: b.rule };
  // AP: "Updated 9:14 AM EDT, May 3, 2023": the clock time stands before the date.
  const before = line.slice(Math.max(0, b.start - 40), b.start);
  const tb = hasDigit(before, 0, before.length) ? c.timeBefore.exec(before) : null;
  if (tb) {
    const tt = readTime(r, c, `${tb[1]}:${tb[2]}${tb[3] ? ' ' + tb[3] : ''}${tb[4] ? ' ' + tb[4].toUpperCase() : ''}`);
    if (tt) return { iso: `${date}T${tt.time}${tt.offset ?? ''}`, start: b.start - (before.length - tb.index) , end: b.end, hasTime: true, rule: b.rule };
  }
  return { iso: date, start: b.start, end: b.end, hasTime: false, rule: b.rule };
}

/**
 * Normalises a machine-written time (meta tags, JSON-LD, flags) to ISO 8601 keeping its offset:
 * "2020-10-08T16:25:00+0700" → "2020-10-08T16:25:00+07:00", "…Z" → "…+00:00". Returns null when
 * the value holds no date.
 */
export function normaliseIso(value: string, r: DocumentRules): string | null {
  const v = value.trim();
  if (!v) return null;
  const found = findDate(v, r);
  if (found) return found.iso;
  return null;
}
