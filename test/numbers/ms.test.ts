import { describe, expect, test } from 'vitest';
import { nums } from '../helpers.js';

// Malay reads Indonesian's number words with Malaysian digits ("1,200", "2.5 juta").
const cases: Array<[string, Array<[string, number, string]>]> = [
  ['Sekurang-kurangnya 12 orang maut dalam nahas itu.', [['Sekurang-kurangnya 12', 12, 'at_least']]],
  ['Lebih daripada 1,200 peserta berhimpun di dataran.', [['Lebih daripada 1,200', 1200, 'at_least']]],
  ['Kira-kira 300 penduduk dipindahkan ke dewan orang ramai.', [['Kira-kira 300', 300, 'about']]],
  ['Lebih kurang 40 anggota polis dikerahkan.', [['Lebih kurang 40', 40, 'about']]],
  ['Sejak 2004, lebih 7,000 orang terbunuh di wilayah itu.', [['lebih 7,000', 7000, 'at_least']]],
  ['Lebih 300 rumah musnah dalam kebakaran itu.', [['Lebih 300', 300, 'at_least']]],
  ['Seramai 2.5 juta pengundi layak mengundi.', [['2.5 juta', 2500000, 'exact']]],
  ['Dua puluh lima individu telah dikenal pasti.', [['Dua puluh lima', 25, 'exact']]],
  ['Polis menahan tiga belas suspek dan seorang wanita.', [['tiga belas', 13, 'exact'], ['seorang', 1, 'exact']]],
  ['Puluhan penunjuk perasaan cedera.', [['Puluhan', 12, 'vague']]],
  ['Ratusan penduduk kampung hadir.', [['Ratusan', 100, 'vague']]],
  ['Ramai penduduk terkorban dalam banjir itu.', [['Ramai', 10, 'vague']]],
  ['Orang ramai diminta menjauhi kawasan itu.', []],
  ['Salah seorang suspek berusia 16 tahun.', []],
  ['Kadar inflasi meningkat 3.5 peratus.', []],
  ['Dia didenda RM5,000 oleh mahkamah.', []],
  ['Tertuduh didakwa mengikut Seksyen 302 Kanun Keseksaan.', []],
  ['Perhimpunan bermula pada pukul 9.30 pagi.', []],
  ['Antara 10 dan 15 kenderaan rosak.', [['10 dan 15', 10, 'exact']]],
];

describe('ms numbers', () => {
  for (const [s, want] of cases) test(s, () => expect(nums('ms', s)).toEqual(want));
  test('"1.200" in Malay is a decimal, in Indonesian a thousand and two hundred', () => {
    expect(nums('ms', 'Seramai 1.5 juta orang.')).toEqual([['1.5 juta', 1500000, 'exact']]);
    expect(nums('id', 'Sebanyak 1.500 orang.')).toEqual([['1.500', 1500, 'exact']]);
  });
});

describe('Malay number words', () => {
  test('"lapan" is eight, alone and in compounds', () => {
    expect(nums('ms', 'Lapan orang cedera dalam serangan itu.')).toEqual([['Lapan', 8, 'exact']]);
    expect(nums('ms', 'Seramai lapan puluh lapan mangsa dirawat.')).toEqual([['lapan puluh lapan', 88, 'exact']]);
    expect(nums('ms', 'Polis menahan lapan belas suspek.')).toEqual([['lapan belas', 18, 'exact']]);
    expect(nums('ms', 'Seramai lapan ratus penduduk dipindahkan.')).toEqual([['lapan ratus', 800, 'exact']]);
  });
  test('the whole list: satu … sembilan, sepuluh, sebelas, dua belas, seratus, seribu, sejuta', () => {
    const words: Array<[string, number]> = [
      ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5], ['enam', 6], ['tujuh', 7], ['lapan', 8], ['sembilan', 9],
      ['sepuluh', 10], ['sebelas', 11], ['dua belas', 12], ['sembilan belas', 19], ['dua puluh', 20], ['seratus', 100],
      ['seratus lapan', 108], ['seribu', 1000], ['dua ribu lapan ratus', 2800], ['sejuta', 1_000_000],
    ];
    for (const [w, v] of words) expect(nums('ms', `Seramai ${w} penduduk dipindahkan.`), w).toEqual([[w, v, 'exact']]);
  });
  test('"N lagi" (N more) is a count', () => {
    expect(nums('ms', 'Tiga lagi cedera dalam kejadian itu.')).toEqual([['Tiga', 3, 'exact']]);
    expect(nums('ms', 'Mayat dua lagi mangsa ditemui pagi tadi.')).toEqual([['dua', 2, 'exact']]);
  });
});
