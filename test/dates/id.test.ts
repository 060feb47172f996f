import { describe, expect, test } from 'vitest';
import { dates, dateMentions } from '../helpers.js';

const PUB = '2020-10-08T16:25:00+07:00'; // a Thursday afternoon, WIB
const MORNING = '2020-10-08T07:10:00+07:00';
const EVENING = '2020-10-08T21:40:00+07:00';

// [sentence, published, every date found: text, date, precision, flags]
const cases: Array<[string, string | null, Array<[string, string | null, number, string]>]> = [
  ['Militer kedua negara kembali bentrok pada Kamis (8/10).', PUB, [['Kamis (8/10)', '2020-10-08', 1, '']]],
  ['Kota itu dibom pada Kamis (8/10) pagi.', PUB, [['Kamis (8/10) pagi', '2020-10-08', 1, '']]],
  ['Warga mengungsi pada Rabu (15/11/2023) malam.', PUB, [['Rabu (15/11/2023) malam', '2023-11-15', 1, 'future']]],
  ['Penyerangan terjadi Kamis sore (1/10).', PUB, [['Kamis sore (1/10)', '2020-10-01', 1, '']]],
  ['Sebanyak 30 warga tewas sejak pertempuran pecah pada 27 September.', PUB, [['27 September', '2020-09-27', 1, 'since']]],
  ['Korban bertambah sejak 27 September lalu.', PUB, [['27 September lalu', '2020-09-27', 1, 'since']]],
  ['Para menteri akan bertemu di Moskow pekan depan.', PUB, [['pekan depan', '2020-10-12', 2, 'future']]],
  ['Ledakan terjadi kemarin di pasar kota.', PUB, [['kemarin', '2020-10-07', 1, '']]],
  ['Rapat digelar hari ini di Jakarta.', PUB, [['hari ini', '2020-10-08', 1, '']]],
  ['Sidang dilanjutkan besok.', PUB, [['besok', '2020-10-09', 1, 'future']]],
  ['Tembakan terdengar semalam di perbatasan.', PUB, [['semalam', '2020-10-07', 1, '']]],
  ['Tembakan terdengar tadi malam di perbatasan.', EVENING, [['tadi malam', '2020-10-08', 1, '']]],
  ['Tembakan terdengar tadi malam di perbatasan.', MORNING, [['tadi malam', '2020-10-07', 1, '']]],
  ['Situasi tidak berubah dalam semalam.', PUB, [['dalam semalam', '2020-10-08', 1, '']]],
  ['Demonstrasi berlangsung pekan lalu.', PUB, [['pekan lalu', '2020-09-28', 2, '']]],
  ['Kasus serupa terjadi minggu lalu.', PUB, [['minggu lalu', '2020-09-28', 2, '']]],
  ['Harga naik sejak bulan lalu.', PUB, [['bulan lalu', '2020-09-01', 3, 'since']]],
  ['Serangan terjadi tiga hari lalu.', PUB, [['tiga hari lalu', '2020-10-05', 1, '']]],
  ['Polisi menangkap pelaku pada Senin.', PUB, [['Senin', '2020-10-05', 1, '']]],
  ['Pelaku ditangkap hari Kamis.', PUB, [['hari Kamis', '2020-10-08', 1, '']]],
  ['Presiden akan berkunjung pada Senin.', PUB, [['Senin', '2020-10-12', 1, 'future']]],
  ['Pada Minggu malam, massa membakar pos polisi.', PUB, [['Minggu malam', '2020-10-04', 1, '']]],
  ['Polisi akan menyelidiki penembakan yang terjadi pada Senin.', PUB, [['Senin', '2020-10-05', 1, '']]],
  ['Perundingan dilanjutkan Senin depan.', PUB, [['Senin depan', '2020-10-12', 1, 'future']]],
  ['UU itu disahkan pada Kamis, 20 Maret 2025.', PUB, [['Kamis, 20 Maret 2025', '2025-03-20', 1, 'future']]],
  ['Penangkapan dilakukan pada 25/1/2024 dini hari.', PUB, [['25/1/2024 dini hari', '2024-01-25', 1, 'future']]],
  ['Dokumen bertanggal 2020-09-27 itu bocor.', PUB, [['2020-09-27', '2020-09-27', 1, '']]],
  ['Konflik pecah pada Februari 2021.', PUB, [['pada Februari 2021', '2021-02-01', 3, 'future']]],
  ['Bentrokan serupa terjadi pada Desember.', PUB, [['pada Desember', '2019-12-01', 3, '']]],
  ['Kerusuhan meletus pada tahun 1998.', PUB, [['pada tahun 1998', '1998-01-01', 3, '']]],
  ['Perang 1991-1994 menewaskan ribuan orang.', PUB, [['1991-1994', '1991-01-01', 3, 'bg']]],
  ['Ia ditangkap pada 5 Desember.', PUB, [['5 Desember', '2019-12-05', 1, '']]],
  ['Serangan terjadi Kamis, tanpa tanggal lain.', null, [['Kamis', null, 1, '']]],
  ['Minggu ini polisi menambah personel.', PUB, [['Minggu ini', '2020-10-05', 2, '']]],
  ['Korban tewas mencapai 50 orang.', PUB, []],
  ['Pertemuan digelar pada 17-18 Agustus.', PUB, [['17-18 Agustus', '2020-08-17', 1, '']]],
  ['Operasi berlangsung Sabtu-Minggu (3-4/10) di hutan.', PUB, [['(3-4/10)', '2020-10-03', 1, '']]],
  ['Massa bentrok (Kamis, 1/10) di depan kantor gubernur.', PUB, [['(Kamis, 1/10)', '2020-10-01', 1, '']]],
  ['Harga minyak naik pada kuartal ketiga.', PUB, []],
  ['Korban ditemukan keesokan harinya di sungai.', PUB, []],
  // bulan dengan "tahun lalu" / "tahun depan": tahun sebelum / sesudah terbit
  ['Sejak Desember tahun lalu, 15 warga tewas dalam bentrokan.', PUB, [['Sejak Desember tahun lalu', '2019-12-01', 3, 'since']]],
];

describe('id dates', () => {
  for (const [s, pub, want] of cases) test(`${s} (${pub ?? 'no date'})`, () => expect(dates('id', s, pub)).toEqual(want));

  test('the seed case: Thursday (8/10), since 27 September, next week', () => {
    const text = 'Azerbaijan mengatakan kota Ganja dibom pada Kamis (8/10) pagi. Pihak berwenang melaporkan 30 warga sipil tewas sejak pertempuran terjadi pada 27 September. Perwakilan ketiga negara diperkirakan akan bertemu di Moskow pekan depan.';
    const d = dateMentions('id', text, PUB);
    expect(d.map((x) => [x.date, x.precision, x.since, x.future])).toEqual([
      ['2020-10-08', 1, false, false], ['2020-09-27', 1, true, false], ['2020-10-12', 2, false, true],
    ]);
    expect(d[0]?.partOfDay).toBe('morning');
    expect(d.map((x) => x.rule)).toEqual(['id/date/weekday-paren', 'id/date/day-month', 'id/date/period']);
  });

  test('a bare weekday after an explicit date of that weekday means that day', () => {
    const text = 'Baku tembak terjadi pada Selasa (27/4/2021) pagi. Pada Selasa malam, satu anggota gugur.';
    const d = dateMentions('id', text, '2021-05-06T12:00:00+07:00');
    expect(d.map((x) => [x.date, x.rule])).toEqual([['2021-04-27', 'id/date/weekday-paren'], ['2021-04-27', 'id/date/weekday-anchored']]);
  });

  test('the publication day is local, not UTC', () => {
    // 00:30 WIB on 9 October is still 8 October in UTC.
    expect(dates('id', 'Ledakan terjadi hari ini.', '2020-10-09T00:30:00+07:00')).toEqual([['hari ini', '2020-10-09', 1, '']]);
  });
});

describe('"<day> <month> lalu": that day, of the latest year on or before publication', () => {
  test('published after the day: same year', () => {
    expect(dates('id', 'Hamas menyerang Israel pada 7 Oktober lalu.', '2023-11-16')).toEqual([['7 Oktober lalu', '2023-10-07', 1, '']]);
    expect(dates('id', 'Korban terus bertambah sejak 7 Oktober lalu, kata kementerian.', '2024-03-05')).toEqual([['7 Oktober lalu', '2023-10-07', 1, 'since']]);
  });
  test('published before the day in its year: the year before', () => {
    expect(dates('id', 'Kerusuhan pecah pada 20 Desember lalu.', '2024-01-10')).toEqual([['20 Desember lalu', '2023-12-20', 1, '']]);
  });
  test('"yang lalu", "tanggal", a weekday in front', () => {
    expect(dates('id', 'Pada Sabtu, 7 Oktober yang lalu, dua lagi terluka.', '2023-11-16')[0]![1]).toBe('2023-10-07');
    expect(dates('id', 'Bentrokan terjadi tanggal 7 Oktober lalu.', '2023-11-16')[0]![1]).toBe('2023-10-07');
  });
  test('"akhir Oktober lalu" (late October) stays a month', () => {
    expect(dates('id', 'Invasi darat dimulai pada akhir Oktober lalu.', '2023-11-16')).toEqual([['akhir Oktober lalu', '2023-10-01', 3, '']]);
  });
});

describe('phrases looked at before the patterns run (relative days, last night, periods)', () => {
  test('in capitals, with a character outside ASCII, across a line of white space', () => {
    expect(dates('id', 'LEDAKAN TERJADI HARI INI DI PASAR.', PUB)).toEqual([['HARI INI', '2020-10-08', 1, '']]);
    expect(dates('id', 'Ledakan terjadi kemarén di pasar.', PUB)).toEqual([['kemarén', '2020-10-07', 1, '']]);
    expect(dates('id', 'Polisi berjaga sepanjang   malam di sana.', PUB).map((d) => d[0])).toEqual(['sepanjang   malam']);
    expect(dates('id', 'Rapat digelar pekan depan.', PUB).map((d) => d[0])).toEqual(['pekan depan']);
  });
  test('a day and its month: a span, capitals, a day word in front; a number far before a month is no day', () => {
    expect(dates('id', 'Pertemuan digelar pada 17 - 18 AGUSTUS di Bali.', PUB).map((d) => d[0])).toEqual(['17 - 18 AGUSTUS']);
    expect(dates('id', 'Pertemuan digelar tanggal 5 Oktober 2020.', PUB).map((d) => d[0])).toEqual(['tanggal 5 Oktober 2020']);
    expect(dates('id', 'Sebanyak 30 warga tewas sejak pertempuran pecah pada 27 September.', PUB).map((d) => d[0])).toEqual(['27 September']);
  });
  test('a word of the phrase that is not the phrase\'s word, or glued to another, starts nothing', () => {
    expect(dates('id', 'Ledakan terjadi hari-hari ini di pasar.', PUB)).toEqual([]);
    expect(dates('id', 'Harinya ini berat.', PUB)).toEqual([]);
    expect(dates('id', 'Malam itu sepi.', PUB)).toEqual([]);
  });
});

describe('"<day> <month> ini / mendatang": the day, not the month', () => {
  test('"17 Agustus ini" read before that day is this year\'s', () => {
    expect(dates('id', 'Mahasiswa akan menggelar aksi pada 17 Agustus ini di depan Istana.', '2025-08-02T10:00:00+07:00')).toEqual([['17 Agustus ini', '2025-08-17', 1, 'future']]);
  });
  test('"5 Januari mendatang" in December is next January', () => {
    expect(dates('id', 'Sidang lanjutan digelar 5 Januari mendatang.', '2024-12-28T10:00:00+07:00')[0]!.slice(0, 2)).toEqual(['5 Januari mendatang', '2025-01-05']);
  });
});
