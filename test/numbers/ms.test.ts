import { describe, expect, test } from 'vitest';
import { nums } from '../helpers.js';

// Malay reads Indonesian's number words with Malaysian digits ("1,200", "2.5 juta").
const cases: Array<[string, Array<[string, number, string]>]> = [
  ['Sekurang-kurangnya 12 orang maut dalam nahas itu.', [['Sekurang-kurangnya 12', 12, 'at_least']]],
  ['Lebih daripada 1,200 peserta berhimpun di dataran.', [['Lebih daripada 1,200', 1200, 'at_least']]],
  ['Kira-kira 300 penduduk dipindahkan ke dewan orang ramai.', [['Kira-kira 300', 300, 'about']]],
  ['Lebih kurang 40 anggota polis dikerahkan.', [['Lebih kurang 40', 40, 'about']]],
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
