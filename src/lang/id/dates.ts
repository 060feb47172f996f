import type { DatePack } from '../../core/dates/types.js';

/**
 * Indonesian dates. News writes "Kamis (8/10)" (weekday with day/month), "27 September 2020",
 * "Rabu (15/11/2023) malam", "kemarin", "semalam"/"tadi malam" (last night), "pekan lalu",
 * "bulan depan", "tiga hari lalu", "sejak 27 September". "Minggu" is Sunday only with a capital
 * ("minggu lalu" is last week). Numeric dates are day/month.
 */
export const dates: DatePack = {
  months: {
    januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, peb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    agustus: 8, agu: 8, agt: 8, ags: 8, agst: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, nop: 11,
    nopember: 11, desember: 12, des: 12, dec: 12,
  },
  weekdays: { minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, "jum’at": 5, sabtu: 6 },
  caseSensitive: ['minggu', 'mar', 'jun', 'jul', 'sep', 'des', 'agu', 'apr', 'nov', 'okt', 'feb', 'jan', 'peb', 'dec', 'oct', 'aug'],
  numericOrder: 'dm',
  dayWords: ['tanggal', 'tgl'],
  daySuffixes: [],
  weekdayWords: ['hari'],
  partsOfDay: {
    pagi: 'morning', 'pagi hari': 'morning', subuh: 'morning', 'dini hari': 'night', siang: 'afternoon', 'siang hari': 'afternoon', sore: 'afternoon',
    'sore hari': 'afternoon', petang: 'evening', malam: 'night', 'malam hari': 'night', 'tengah malam': 'night',
  },
  partsOfDayBefore: {},
  relativeDays: {
    kemarin: -1, kemarén: -1, 'kemarin lusa': -2, 'hari ini': 0, besok: 1, esok: 1, 'esok hari': 1, lusa: 2, 'pagi ini': 0, 'pagi tadi': 0,
    'tadi pagi': 0, 'siang ini': 0, 'tadi siang': 0, 'sore ini': 0, 'tadi sore': 0, 'malam ini': 0, 'kemarin malam': -1, 'kemarin sore': -1,
    'kemarin pagi': -1, 'kemarin siang': -1, 'dini hari tadi': 0,
  },
  lastNight: ['semalam', 'tadi malam', 'malam tadi'],
  lastNightSameDayFrom: 18,
  overnight: ['dalam semalam', 'semalaman', 'sepanjang malam'],
  periods: {
    hari: 'day', pekan: 'week', minggu: 'week', bulan: 'month', tahun: 'year', 'akhir pekan': 'weekend', 'akhir minggu': 'weekend',
  },
  periodAfter: { lalu: -1, 'yang lalu': -1, kemarin: -1, silam: -1, depan: 1, mendatang: 1, 'yang akan datang': 1, ini: 0 },
  periodBefore: {},
  ago: ['lalu', 'yang lalu', 'silam'],
  counts: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, beberapa: 3 },
  oneUnit: { sehari: 'day', sepekan: 'week', seminggu: 'week', sebulan: 'month', setahun: 'year' },
  monthCues: ['bulan', 'pada', 'pada bulan', 'sejak bulan', 'awal', 'akhir', 'pertengahan', 'medio', 'sejak', 'semenjak', 'hingga', 'sampai'],
  yearCues: ['tahun', 'pada tahun', 'pada', 'sejak', 'sejak tahun', 'semenjak', 'hingga', 'sampai', 'awal', 'akhir', 'pertengahan', 'selama'],
  since: ['sejak', 'semenjak', 'terhitung sejak', 'terhitung mulai'],
  past: ['terjadi', 'yang terjadi', 'berlangsung', 'lalu', 'telah', 'sudah', 'sempat', 'tewas', 'ditangkap', 'diserang', 'ditembak', 'kemarin'],
  future: [
    'akan', 'bakal', 'hendak', 'direncanakan', 'dijadwalkan', 'rencananya', 'berencana', 'diperkirakan akan', 'dijadwalkan akan', 'mendatang',
    'nanti',
  ],
};
// Not read as dates: "hari sebelumnya", "keesokan harinya", "pekan sebelumnya" count from the
// story's own day, not from publication; the events stage may resolve them against an
// explicit date in the same paragraph.
