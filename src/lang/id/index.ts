import type { LanguagePack } from '../../core/pack.js';
import { places } from './places.js';

/**
 * Indonesian. Assembly order: sentence rules, numbers, dates, places, actors, events.
 */
export const id: LanguagePack = {
  code: 'id',
  name: 'Indonesian',
  sentences: {
    abbreviations: new Set(['dr', 'drs', 'ir', 'h', 'hj', 'prof', 'jl', 'jln', 'no', 'kec', 'kab', 'kel', 'ds', 'sdr', 'bpk', 'st', 'kol', 'letkol', 'mayjen', 'brigjen', 'irjen', 'kombes', 'akbp', 'aiptu', 'bripka', 'briptu', 'kapt', 'lettu', 'serda', 'pratu', 'a.n', 'dll', 'dsb', 'dst', 'tgl', 'thn', 'sbg', 'yth', 'pt', 'cv', 'tbk']),
  },
  numbers: {},
  dates: {},
  places,
  actors: {},
  claims: {},
  events: {},
};
