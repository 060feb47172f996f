import type { NumberPack } from '../../core/numbers/types.js';
import { numbers as id } from '../id/numbers.js';

/**
 * Malay numbers: Indonesian's words (satu, belas, puluh, ratus, ribu, juta, se-) with Malaysian
 * digits ("1,200", "2.5 juta": "." is the decimal mark), "bilion", "peratus", "ringgit", and the
 * qualifiers "lebih daripada" (and bare "lebih 7,000"), "sekurang-kurangnya", "sehingga", "lebih kurang".
 */
export const numbers: NumberPack = {
  ...id,
  decimal: '.',
  dotTimes: true,
  // Malay spells eight "lapan" (Indonesian "delapan"); the rest of the number words are shared.
  units: { ...id.units, lapan: 8, sebilion: 1_000_000_000 },
  bigMultipliers: { ...id.bigMultipliers, bilion: 1_000_000_000, trilion: 1e12 },
  vague: { ...id.vague, ramai: { value: 10, scale: 1 } },
  // "kedua-dua suspek", "ketiga-tiga mangsa": all two, all three
  fixed: { ...id.fixed, 'kedua-dua': 2, 'ketiga-tiga': 3, 'keempat-empat': 4, 'kelima-lima': 5, 'keenam-enam': 6, 'ketujuh-tujuh': 7, 'kelapan-lapan': 8, 'kesembilan-sembilan': 9, 'kesepuluh-sepuluh': 10 },
  before: {
    ...id.before,
    'lebih daripada': 'at_least', lebih: 'at_least', 'tidak kurang daripada': 'at_least', 'kurang daripada': 'at_most', sehingga: 'at_most',
    'tidak melebihi': 'at_most', 'lebih kurang': 'about', anggaran: 'about', 'dianggarkan': 'about', 'kira-kira': 'about', hampir: 'about',
  },
  skipBefore: { ...id.skipBefore, seksyen: 'article', perkara: 'article', akta: 'article', fasal: 'article', peraturan: 'article', 'bil': 'article', 'bil.': 'article', 'berumur': 'age', 'berusia': 'age', 'rm': 'money' },
  skipAfter: { ...id.skipAfter, peratus: 'percent', minit: 'measure', saat: 'measure', sen: 'money', 'juta ringgit': 'money', 'bilion ringgit': 'money' },
  notCounts: [...id.notCounts, 'orang ramai', 'ramai orang yang', 'lebih ramai', 'paling ramai', 'terlalu ramai', 'tidak ramai', 'ramai-ramai'],
  vagueBlockers: [...id.vagueBlockers, 'orang'],
  currencyPrefixes: [...id.currencyPrefixes, 'rm'],
};
