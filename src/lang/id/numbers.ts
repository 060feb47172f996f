import type { NumberPack } from '../../core/numbers/types.js';

/**
 * Indonesian numbers. Digits use "." for thousands and "," for decimals ("1.200", "2,5 juta");
 * "16.25" with two digits is a clock time. Number words build like "dua ratus lima puluh tiga";
 * "se-" makes one of a unit (seratus, seribu, sebelas). Vague counts follow ACLED's coding
 * (beberapa/sejumlah 10, belasan 11, puluhan 12, ratusan 100, ribuan 1000).
 */
export const numbers: NumberPack = {
  decimal: ',',
  dotTimes: true,
  units: {
    nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
    sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, sejuta: 1_000_000, semiliar: 1_000_000_000,
  },
  teens: { belas: 10 },
  smallMultipliers: { puluh: 10, ratus: 100 },
  bigMultipliers: { ribu: 1000, rb: 1000, juta: 1_000_000, jt: 1_000_000, miliar: 1_000_000_000, milyar: 1_000_000_000, triliun: 1e12 },
  articles: [],
  joiners: [],
  fixed: { seorang: 1, sebuah: 1, seekor: 1, sepasang: 2, 'tidak seorang pun': 0, 'tak seorang pun': 0, 'tidak ada seorang pun': 0, selusin: 12 },
  vague: {
    beberapa: { value: 10, scale: 1 },
    sejumlah: { value: 10, scale: 1 },
    banyak: { value: 10, scale: 1 },
    belasan: { value: 11, scale: 10 },
    puluhan: { value: 12, scale: 10 },
    ratusan: { value: 100, scale: 100 },
    ribuan: { value: 1000, scale: 1000 },
    jutaan: { value: 1_000_000, scale: 1_000_000 },
    'berpuluh-puluh': { value: 12, scale: 10 },
    'beratus-ratus': { value: 100, scale: 100 },
    'beribu-ribu': { value: 1000, scale: 1000 },
  },
  of: [],
  before: {
    sedikitnya: 'at_least', setidaknya: 'at_least', 'paling sedikit': 'at_least', 'paling tidak': 'at_least', 'sekurang-kurangnya': 'at_least',
    minimal: 'at_least', 'tidak kurang dari': 'at_least', 'tak kurang dari': 'at_least', 'lebih dari': 'at_least', 'lebih daripada': 'at_least',
    'di atas': 'at_least', 'lebih dari sekitar': 'at_least',
    sekitar: 'about', sekira: 'about', 'kurang lebih': 'about', 'kira-kira': 'about', hampir: 'about', nyaris: 'about', 'lebih kurang': 'about',
    mendekati: 'about', diperkirakan: 'about', 'diperkirakan sekitar': 'about', 'sekitar lebih dari': 'at_least', kisaran: 'about',
    hingga: 'at_most', sampai: 'at_most', 'paling banyak': 'at_most', maksimal: 'at_most', 'kurang dari': 'at_most', 'tidak lebih dari': 'at_most',
    'tak lebih dari': 'at_most', 'sebanyak-banyaknya': 'at_most',
  },
  after: { lebih: 'at_least', '-an': 'about', 'atau lebih': 'at_least' },
  approxSuffixes: { an: 'about', 'an-an': 'about' },
  skipBefore: {
    pukul: 'time', jam: 'time', pkl: 'time',
    pasal: 'article', artikel: 'article', ayat: 'article', no: 'article', nomor: 'article', nomer: 'article', nmr: 'article', bab: 'article', butir: 'article',
    halaman: 'article', hal: 'article', jilid: 'article', seri: 'article', kode: 'article', perpres: 'article', perppu: 'article', permen: 'article',
    km: 'measure', kilometer: 'measure', rt: 'article', rw: 'article', blok: 'article', kavling: 'article', gang: 'article', gg: 'article', lantai: 'article',
    berusia: 'age', berumur: 'age', usia: 'age', umur: 'age', 'usia sekitar': 'age', 'berusia sekitar': 'age',
    tahun: 'year', thn: 'year', 'tahun anggaran': 'year', periode: 'year',
    densus: 'name', batalyon: 'name', yonif: 'name', kodim: 'name', korem: 'name', kodam: 'name', brigif: 'name', sma: 'name', smp: 'name',
    smpn: 'name', sman: 'name', sd: 'name', sdn: 'name', smk: 'name', smkn: 'name', man: 'name', mtsn: 'name', pos: 'name', 'pos pantau': 'name',
    rp: 'money', 'rp.': 'money', idr: 'money', usd: 'money', 'us$': 'money', rm: 'money', sgd: 'money',
    'yang ke': 'ordinal', urutan: 'ordinal', peringkat: 'ordinal', tingkat: 'ordinal', level: 'ordinal', skala: 'measure',
    magnitudo: 'measure', 'siaga': 'article', 'tipe': 'name', kelas: 'name', g: 'name', covid: 'name',
  },
  skipAfter: {
    x: 'measure', '×': 'measure',
    persen: 'percent', '%': 'percent', 'per sen': 'percent', prosen: 'percent',
    tahun: 'measure', thn: 'measure', bulan: 'measure', minggu: 'measure', pekan: 'measure', hari: 'measure', jam: 'measure', menit: 'measure',
    detik: 'measure', malam: 'measure', dekade: 'measure', abad: 'measure', windu: 'measure', waktu: 'measure', kali: 'measure',
    km: 'measure', kilometer: 'measure', meter: 'measure', m: 'measure', cm: 'measure', mm: 'measure', kg: 'measure', gram: 'measure', ton: 'measure',
    liter: 'measure', hektare: 'measure', hektar: 'measure', ha: 'measure', mil: 'measure', derajat: 'measure', knot: 'measure', kaki: 'measure',
    'km/jam': 'measure', mph: 'measure', sr: 'measure', mw: 'measure', kwh: 'measure', 'kilo': 'measure', inci: 'measure', mm2: 'measure',
    pagi: 'time', siang: 'time', sore: 'time', petang: 'time', 'tengah hari': 'time', 'tengah malam': 'time', wib: 'time', wita: 'time', wit: 'time', gmt: 'time', utc: 'time',
    rupiah: 'money', dolar: 'money', dollar: 'money', euro: 'money', ringgit: 'money', yen: 'money', yuan: 'money', rupee: 'money', rubel: 'money',
    'juta rupiah': 'money', 'miliar rupiah': 'money', 'ribu rupiah': 'money', 'triliun rupiah': 'money',
  },
  notCounts: [
    'salah satu', 'salah seorang', 'salah sebuah', 'seorang diri', 'sebuah pun', 'satu per satu', 'satu sama lain', 'satu-satunya', 'satu kesatuan', 'satu pun', 'seorang pun', 'satu dua', 'satu hal',
    'di satu sisi', 'satu arah', 'satu suara', 'satu atap', 'satu pintu', 'lima besar', 'tiga besar', 'sepuluh besar', 'banyak hal', 'lebih banyak',
    'paling banyak', 'terlalu banyak', 'cukup banyak', 'tidak banyak', 'tak banyak', 'banyak pihak', 'banyak orang yang',
    'sejumlah besar', 'sejumlah uang', 'dua kali lipat',
  ],
  // "lagi" after a count is "more": "tiga lagi tewas" (three more died) is a count, read past it to the noun.
  notCountNouns: ['sisi', 'hal', 'kali', 'saat', 'waktu', 'pun', 'demi', 'persatu'],
  rangeWords: ['hingga', 'sampai', 'sd', 's.d', 'atau'],
  between: { antara: 'dan' },
  vagueBlockers: ['lebih', 'paling', 'terlalu', 'cukup', 'tidak', 'tak', 'begitu', 'sangat', 'amat', 'berapa', 'yang', 'semakin', 'makin', 'kian'],
  currencyPrefixes: ['rp', 'rm', 'us$', 'usd', 'idr', 's$', 'sgd'],
  ordinalPrefixes: ['ke', 'yang'],
  nounSkip: ['buah', 'ekor', 'unit', 'lagi'],
  conjunctions: ['dan', 'serta', 'atau', 'dengan', 'yang', 'di', 'ke', 'dari', 'pada'],
  agesInBrackets: true,
};
