import type { SentenceRules } from '../../core/engine/text.js';

/**
 * Indonesian sentence ends. A dot after these abbreviations does not end a sentence: titles and
 * ranks (Kol., Brigjen., Kombes., AKBP.), addresses (Jl., Kec., Kab., No.), honorifics (H., Hj.,
 * Dr., Ir.), company forms (PT., Tbk.) and month abbreviations (Sept., Okt.).
 */
export const sentences: SentenceRules = {
  abbreviations: new Set([
    'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'prof', 'jl', 'jln', 'no', 'nomor', 'kec', 'kab', 'kel', 'ds', 'kp', 'sdr', 'sdri', 'bpk', 'st',
    'kol', 'letkol', 'inf', 'pol', 'kav', 'arh', 'czi', 'psk', 'pnb', 'tek', 'dok', 'mayjen', 'brigjen', 'irjen', 'komjen', 'jenderal', 'jend', 'kombes', 'akbp', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka',
    'brigpol', 'briptu', 'bripda', 'kapt', 'lettu', 'letda', 'serka', 'serda', 'sertu', 'kopda', 'praka', 'pratu', 'prada', 'laksma', 'marsma',
    'a.n', 'u.p', 'dll', 'dsb', 'dst', 'tgl', 'thn', 'sbg', 'yth', 'pt', 'cv', 'tbk', 'persero', 'ud', 'kh', 's.h', 's.e', 's.sos', 's.ip', 'm.si', 'm.h',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'sept', 'okt', 'nov', 'nop', 'des', 'rp', 'gg', 'rt', 'rw', 'ri',
  ]),
  terminalAbbreviations: new Set(['dll', 'dsb', 'dst', 'persero', 'tbk']),
  openQuotes: '"“‘\'«([',
  closeQuotes: '"\'”’)]»',
};
