import { describe, expect, test } from 'vitest';
import { nums, numMentions, skips } from '../helpers.js';

// Each row: a sentence written for this suite, and every count it holds (text, value, qualifier).
const cases: Array<[string, Array<[string, number, string]>]> = [
  ['Sedikitnya 27 orang tewas dalam serangan itu.', [['Sedikitnya 27', 27, 'at_least']]],
  ['Setidaknya 14 rumah terbakar dan 3 warga terluka.', [['Setidaknya 14', 14, 'at_least'], ['3', 3, 'exact']]],
  ['Paling sedikit dua anggota Brimob gugur.', [['Paling sedikit dua', 2, 'at_least']]],
  ['Sekitar 300 mahasiswa berunjuk rasa di depan gedung DPRD.', [['Sekitar 300', 300, 'about']]],
  ['Kurang lebih 40 orang diamankan polisi.', [['Kurang lebih 40', 40, 'about']]],
  ['Hampir 1.500 warga mengungsi ke gereja.', [['Hampir 1.500', 1500, 'about']]],
  ['Korban tewas bisa mencapai hingga 12 orang.', [['hingga 12', 12, 'at_most']]],
  ['Lebih dari 2.300 rumah rusak akibat gempa susulan.', [['Lebih dari 2.300', 2300, 'at_least']]],
  ['Sebanyak 1.200 personel gabungan dikerahkan.', [['1.200', 1200, 'exact']]],
  ['Sekitar 2,5 juta orang kehilangan tempat tinggal.', [['Sekitar 2,5 juta', 2500000, 'about']]],
  ['Pemerintah mengirim 37 ribu ton beras.', []],
  ['Dua puluh tiga tahanan kabur dari lapas.', [['Dua puluh tiga', 23, 'exact']]],
  ['Seratus lima puluh polisi berjaga di bundaran.', [['Seratus lima puluh', 150, 'exact']]],
  ['Sebelas prajurit dan dua belas warga sipil terluka.', [['Sebelas', 11, 'exact'], ['dua belas', 12, 'exact']]],
  ['Tiga ratus ribu warga turun ke jalan.', [['Tiga ratus ribu', 300000, 'exact']]],
  ['Seribu relawan dan seorang dokter tiba di lokasi.', [['Seribu', 1000, 'exact'], ['seorang', 1, 'exact']]],
  ['Seorang polisi tewas ditembak orang tak dikenal.', [['Seorang', 1, 'exact']]],
  ['Puluhan warga terluka dan ratusan lainnya mengungsi.', [['Puluhan', 12, 'vague'], ['ratusan', 100, 'vague']]],
  ['Belasan rumah dibakar massa.', [['Belasan', 11, 'vague']]],
  ['Ribuan buruh memadati jalan protokol.', [['Ribuan', 1000, 'vague']]],
  ['Beberapa warga mengalami luka tembak.', [['Beberapa', 10, 'vague']]],
  ['Sejumlah aktivis ditangkap aparat.', [['Sejumlah', 10, 'vague']]],
  ['Puluhan ribu pengungsi bertahan di perbatasan.', [['Puluhan ribu', 10000, 'vague']]],
  ['Sejumlah 15 orang ditahan di markas polres.', [['15', 15, 'exact']]],
  ['Salah satu korban masih dirawat di rumah sakit.', []],
  ['Ia satu-satunya saksi yang selamat.', []],
  ['Mereka diperiksa satu per satu oleh penyidik.', []],
  ['Kebakaran terjadi pukul 16.25 WIB.', []],
  ['Bentrokan pecah pada pukul 06.00 pagi.', []],
  ['Pelaku berusia 25 tahun itu ditangkap.', []],
  ['Korban, Andi (34), tewas di tempat.', []],
  ['Inflasi naik 5 persen dan harga cabai Rp1.200 per ons.', []],
  ['Kerugian ditaksir Rp 5 juta.', []],
  ['Ia dijerat Pasal 340 KUHP dengan ancaman hukuman mati.', []],
  ['UU Nomor 34 Tahun 2004 tentang TNI direvisi.', []],
  ['Kejadian itu berlangsung pada 2019 dan 2020.', []],
  ['Hubungi nomor 081234567890 untuk informasi.', []],
  ['Ia menempati peringkat ke-5 dalam lomba itu.', []],
  ['Baku tembak berlangsung selama 3 jam.', []],
  ['Lokasi itu berjarak 12 km dari pusat kota.', []],
  ['Antara 10 hingga 15 orang terluka.', [['10 hingga 15', 10, 'exact']]],
  ['Korban 50 lebih belum dievakuasi.', [['50 lebih', 50, 'at_least']]],
  ['Polisi mengerahkan 1.000-an personel dan 2 kompi Brimob.', [['1.000-an', 1000, 'about'], ['2', 2, 'exact']]],
  ['Jet F-16 dan senapan AK-47 dipamerkan di KTT G20.', []],
  ['Pertemuan digelar pukul 10.00-12.00 WIB pada 17-18 Agustus.', []],
  ['Kerugian mencapai Rp 1,5 miliar dan 30 ekor sapi mati.', [['30', 30, 'exact']]],
  ['Tercatat 10.000 lebih warga mengungsi selama 2 x 24 jam.', [['10.000 lebih', 10000, 'at_least']]],
  ['Fenomena itu muncul pada 2000-an.', []],
  ['Polisi mengamankan tiga pria berinisial AB (23) dan CD (25).', [['tiga', 3, 'exact']]],
  ['Dari 15 korban, 3 di antaranya anak-anak.', [['15', 15, 'exact'], ['3', 3, 'exact']]],
  ['Tidak seorang pun terluka dalam insiden itu.', [['Tidak seorang pun', 0, 'exact']]],
];

describe('id numbers', () => {
  for (const [s, want] of cases) test(s, () => expect(nums('id', s)).toEqual(want));

  test('range keeps its upper end', () => {
    const m = numMentions('id', 'Antara 10 hingga 15 orang terluka.');
    expect(m[0]).toMatchObject({ value: 10, max: 15, rule: 'id/number/range' });
  });
  test('noun is recorded', () => {
    expect(numMentions('id', 'Sedikitnya 27 warga sipil tewas.')[0]?.noun).toBe('warga');
  });
  test('rule ids are prefixed with the pack code', () => {
    for (const m of numMentions('id', 'Puluhan warga dan 3 polisi serta dua tentara terluka.')) expect(m.rule).toMatch(/^id\/number\//);
  });
  test('skipped numbers say why', () => {
    expect(skips('id', 'Pelaku berusia 25 tahun ditangkap pukul 16.25 WIB.')).toEqual([['25', 'age'], ['16.25', 'time']]);
    expect(skips('id', 'Harga naik 5 persen.')).toEqual([['5', 'percent']]);
  });
});

describe('"N lagi" is N more', () => {
  test('a count before "lagi" is read, its noun past "lagi"', () => {
    expect(nums('id', 'Dua lagi terluka akibat ledakan itu.')).toEqual([['Dua', 2, 'exact']]);
    expect(nums('id', 'Polisi menemukan tiga lagi korban tewas.')).toEqual([['tiga', 3, 'exact']]);
    const m = numMentions('id', 'Polisi menemukan tiga lagi korban tewas.');
    expect(m[0]!.noun).toBe('korban');
  });
  test('"lima hari lagi" is still a span of time, not a count', () => {
    expect(nums('id', 'Sidang digelar lima hari lagi.')).toEqual([]);
  });
  test('reduplicated vague counts: berpuluh-puluh, beratus-ratus, beribu-ribu', () => {
    expect(nums('id', 'Beratus-ratus warga mengungsi.')).toEqual([['Beratus-ratus', 100, 'vague']]);
    expect(nums('ms', 'Beribu-ribu penduduk berhimpun.')).toEqual([['Beribu-ribu', 1000, 'vague']]);
  });
});
