import { describe, expect, test } from 'vitest';
import { dates } from '../helpers.js';

const PUB = '2023-09-17T12:00:00+08:00'; // a Sunday noon, Malaysian time

const cases: Array<[string, string | null, Array<[string, string | null, number, string]>]> = [
  // Malay "semalam" is yesterday, whatever the hour of publication.
  ['Perhimpunan itu diadakan di Kuala Lumpur semalam.', PUB, [['semalam', '2023-09-16', 1, '']]],
  ['Perhimpunan itu diadakan di Kuala Lumpur semalam.', '2023-09-17T21:00:00+08:00', [['semalam', '2023-09-16', 1, '']]],
  ['Tembakan kedengaran malam tadi.', PUB, [['malam tadi', '2023-09-16', 1, '']]],
  ['Polis menghubungi mereka pagi tadi.', PUB, [['pagi tadi', '2023-09-17', 1, '']]],
  ['Lima orang akan hadir ke balai polis esok.', PUB, [['esok', '2023-09-18', 1, 'future']]],
  ['Seorang lagi akan hadir pada 19 Sept (Selasa).', PUB, [['19 Sept (Selasa)', '2023-09-19', 1, 'future']]],
  ['Serangan berlaku pada Khamis.', PUB, [['Khamis', '2023-09-14', 1, '']]],
  ['Menteri akan bertemu minggu hadapan.', PUB, [['minggu hadapan', '2023-09-18', 2, 'future']]],
  ['Kejadian itu berlaku minggu lepas.', PUB, [['minggu lepas', '2023-09-04', 2, '']]],
  ['Operasi bermula pada 1 Mac 2013.', PUB, [['1 Mac 2013', '2013-03-01', 1, '']]],
  ['Banjir melanda sejak 3 Ogos.', PUB, [['3 Ogos', '2023-08-03', 1, 'since']]],
  ['Pertempuran berlaku pada Jumaat lalu.', PUB, [['Jumaat lalu', '2023-09-15', 1, '']]],
  ['Polis menahan 25 individu.', PUB, []],
  // a month with "tahun lalu" / "tahun depan" after it is of the year before / after publication
  ['Sejak perjanjian dimeterai pada Oktober tahun lalu, 40 orang terbunuh.', PUB, [['pada Oktober tahun lalu', '2022-10-01', 3, 'since']]],
  ['Pilihan raya negeri diadakan pada Februari tahun depan.', PUB, [['pada Februari tahun depan', '2024-02-01', 3, 'future']]],
];

describe('ms dates', () => {
  for (const [s, pub, want] of cases) test(`${s} (${pub ?? 'no date'})`, () => expect(dates('ms', s, pub)).toEqual(want));

  test('the same "semalam" is last night in Indonesian', () => {
    expect(dates('id', 'Tembakan terdengar semalam.', '2023-09-17T21:00:00+07:00')).toEqual([['semalam', '2023-09-17', 1, '']]);
  });
});

describe('Malay "<day> <month> lalu/lepas"', () => {
  test('7 Oktober lalu, 7 Oktober yang lepas', () => {
    expect(dates('ms', 'Serangan pada 7 Oktober lalu mengorbankan ramai orang.', '2023-11-16')[0]!.slice(0, 2)).toEqual(['7 Oktober lalu', '2023-10-07']);
    expect(dates('ms', 'Serangan pada 7 Oktober yang lepas mengorbankan ramai orang.', '2024-02-01')[0]!.slice(0, 2)).toEqual(['7 Oktober yang lepas', '2023-10-07']);
  });
  test('"lapan hari lalu"', () => {
    expect(dates('ms', 'Kejadian itu berlaku lapan hari lalu.', '2023-11-16')[0]!.slice(0, 2)).toEqual(['lapan hari lalu', '2023-11-08']);
  });
});

describe('"<day> <month> ini / hadapan / akan datang": that day, not the month alone', () => {
  test('an announced rally "pada 4 Ogos ini" is the 4th of this year\'s August', () => {
    expect(dates('ms', 'Penganjur akan mengadakan himpunan di hadapan Parlimen pada 4 Ogos ini.', '2025-07-26T21:40:00+08:00')).toEqual([['4 Ogos ini', '2025-08-04', 1, 'future']]);
  });
  test('a day said to come after a December publication is next year\'s', () => {
    expect(dates('ms', 'Rundingan disambung pada 8 Januari akan datang.', '2025-12-20T12:00:00+08:00')[0]!.slice(0, 2)).toEqual(['8 Januari akan datang', '2026-01-08']);
  });
});
