import { describe, it, expect } from 'vitest';
import { findDate, normaliseIso } from '../../src/core/document/dates.js';
import { documentRules } from '../../src/core/document/rules.js';

const r = documentRules();
const iso = (s: string): string | null => findDate(s, r)?.iso ?? null;

describe('publication dates as outlets print them', () => {
  it.each([
    ['8 Oktober 2020 16:25 WIB', '2020-10-08T16:25:00+07:00'],
    ['Kamis, 08 Okt 2020 16:25 WIB', '2020-10-08T16:25:00+07:00'],
    ['Kamis (8/10/2020) pukul 16.25 WIB', '2020-10-08T16:25:00+07:00'],
    ['October 8, 2020 4:25 PM GMT+7', '2020-10-08T16:25:00+07:00'],
    ['8 Oct 2020, 09:25 BST', '2020-10-08T09:25:00+01:00'],
    ['Rabu, 7 Desember 2022 | 13:05 WIB', '2022-12-07T13:05:00+07:00'],
    ['SELASA, 17 JANUARI 2023 | 12:28 WIB | LAPORAN: ANI', '2023-01-17T12:28:00+07:00'],
    ['Selasa, 4 Januari 2022 | 08:00 WITA', '2022-01-04T08:00:00+08:00'],
    ['Jumat, 9 April 2021 10:00 WIT', '2021-04-09T10:00:00+09:00'],
    ['Published - June 22, 2024 02:53 am IST - NEW DELHI', '2024-06-22T02:53:00+05:30'],
    ['Updated 9:14 AM EDT, May 3, 2023', '2023-05-03T09:14:00-04:00'],
    ['Khamis, 15 Julai 2021 | 10:30 MYT', '2021-07-15T10:30:00+08:00'],
    ['Berita Harian - 12 Julai 2024 @ 9:15pm', '2024-07-12T21:15:00'],
    ['Diterbitkan pada 12 Julai 2024, 9.15 malam', '2024-07-12T21:15:00'],
    ['Jumaat, 12 Julai 2024 3.40 petang', '2024-07-12T15:40:00'],
    ['Selasa, 4 Juni 2024 pukul 04.30 dini hari', '2024-06-04T04:30:00'],
    ['Selasa, 4 Juni 2024 pukul 3.30 sore', '2024-06-04T15:30:00'],
    ['Selasa, 4 Juni 2024 pukul 10.15 pagi', '2024-06-04T10:15:00'],
    ['12 May 2022, 14:20 CEST', '2022-05-12T14:20:00+02:00'],
    ['March 3, 2022 7:00 PM PST', '2022-03-03T19:00:00-08:00'],
    ['1 March 2022 18:00 MSK', '2022-03-01T18:00:00+03:00'],
    ['2020-10-08T16:25:00+0700', '2020-10-08T16:25:00+07:00'],
    ['2022-03-14T09:12:00Z', '2022-03-14T09:12:00+00:00'],
  ])('%s → %s', (line, expected) => {
    expect(iso(line)).toBe(expected);
  });

  it('keeps a time without zone without an offset, and a date alone as a date', () => {
    expect(iso('April 4, 2018 / 10:32 AM / Updated 16 hours ago')).toBe('2018-04-04T10:32:00');
    expect(iso('Friday 1 March 2013')).toBe('2013-03-01');
  });

  it('reads a clock time glued to the year, as scrapes join a header\'s date and time cells', () => {
    expect(iso('March 14, 20249:05 PM GMT+3Updated 5 hours ago')).toBe('2024-03-14T21:05:00+03:00');
    expect(iso('14 March 202421:40 CET')).toBe('2024-03-14T21:40:00+01:00');
    // a longer run of digits is no year
    expect(iso('March 14, 2024123:05')).toBeNull();
  });

  it('finds nothing in relative times, dates without a year, or impossible dates', () => {
    expect(iso('Updated 2 hours ago')).toBeNull();
    expect(iso('pada Kamis (8/10) pagi')).toBeNull();
    expect(iso('31 Februari 2021')).toBeNull();
    expect(iso('sekitar 10.000 orang')).toBeNull();
  });

  it('normalises machine-written times', () => {
    expect(normaliseIso('2020/10/08 16:25:00', r)).toBe('2020-10-08T16:25:00');
    expect(normaliseIso('not a date', r)).toBeNull();
  });
});
