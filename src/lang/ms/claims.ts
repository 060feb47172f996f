import type { ClaimPack } from '../../core/claims/types.js';
import { claims as id } from '../id/claims.js';

/**
 * Malay casualty and attribution words: Indonesian's tables plus what Malay says differently
 * (terkorban, maut, cedera, polis, askar, jurucakap, berkata, setakat ini, tiada kecederaan).
 */
export const claims: ClaimPack = {
  ...id,
  after: {
    killed: [...id.after.killed, 'terkorban', 'maut', 'mati', 'terbunuh', 'meninggal dunia', 'menemui ajal', 'kehilangan nyawa'],
    injured: [...id.after.injured, 'dikejarkan ke hospital', 'dihantar ke hospital', 'dirawat di hospital', 'menerima rawatan', 'cedera', 'tercedera', 'cedera parah', 'cedera ringan', 'parah'],
    missing: [...id.after.missing, 'masih hilang'],
    captured: [...id.after.captured, 'ditahan', 'diberkas', 'direman', 'dicekup'],
  },
  before: {
    killed: [...id.before.killed, 'mengorbankan', 'meragut nyawa', 'meragut', 'mengorbankan nyawa'],
    injured: [...id.before.injured, 'mencederakan'],
    missing: id.before.missing,
    captured: [...id.before.captured, 'memberkas', 'menahan', 'menangkap'],
  },
  tollNouns: {
    ...id.tollNouns,
    killed: [...id.tollNouns.killed, 'angka korban', 'jumlah kematian', 'korban maut'],
    injured: [...id.tollNouns.injured, 'jumlah cedera', 'mangsa cedera'],
  },
  tollLinks: [...id.tollLinks, 'kepada', 'seramai', 'mencecah', 'meningkat kepada', 'bertambah kepada', 'meningkat'],
  civilian: [...id.civilian, 'orang awam', 'awam', 'kanak-kanak', 'penunjuk perasaan', 'peserta', 'mangsa'],
  civilianPlaces: [...id.civilianPlaces, 'kampung', 'rumah kedai', 'kedai', 'pangsapuri', 'flat'],
  militaryPlaces: [...id.militaryPlaces, 'balai polis', 'ibu pejabat polis', 'kem', 'kem tentera'],
  clashWords: [...id.clashWords, 'berbalas tembakan', 'pertempuran', 'pertempuran bersenjata'],
  military: [...id.military, 'polis', 'anggota polis', 'askar', 'tentera', 'anggota keselamatan', 'pasukan keselamatan', 'komando polis', 'penceroboh', 'militan'],
  people: [...id.people, 'individu', 'mangsa', 'polis', 'askar', 'tentera'],
  tallyCues: [...id.tallyCues, 'setakat ini', 'sehingga kini', 'sehingga hari ini', 'keseluruhannya', 'jumlah keseluruhan'],
  yearToDate: [...id.yearToDate, 'sejak awal tahun ini', 'sepanjang tahun ini'],
  zero: {
    ...id.zero,
    killed: [...id.zero.killed, 'tiada kematian', 'tiada korban', 'tiada korban nyawa', 'tiada kehilangan nyawa', 'tiada mangsa'],
    injured: [...id.zero.injured, 'tiada kecederaan', 'tiada sebarang kecederaan', 'tidak ada kecederaan', 'tiada yang cedera'],
  },
  speechVerbs: [...id.speechVerbs, 'menafikan', 'menolak dakwaan', 'berkata', 'memberitahu', 'memaklumkan', 'menjelaskan', 'mendakwa', 'mengesahkan'],
  invertedSpeechVerbs: [...id.invertedSpeechVerbs, 'katanya'],
  sourcePreps: [...id.sourcePreps, 'menurut', 'memetik'],
  citeCues: [...(id.citeCues ?? []), 'memetik'],
  pronouns: [...id.pronouns, 'beliau', 'pihaknya'],
  describers: [...(id.describers ?? []), 'disyaki', 'dipercayai', 'dipercayai sebagai', 'disyaki sebagai'],
  ageWords: [...(id.ageWords ?? []), 'berumur'],
  ageFill: [...(id.ageFill ?? []), 'lingkungan', 'lewat', 'dalam lingkungan'],
  passiveAux: [...id.passiveAux, 'disahkan', 'dipercayai', 'disyaki'],
  notPeople: [...id.notPeople, 'kereta', 'kenderaan', 'lori', 'van', 'motosikal', 'pucuk', 'das', 'butir',
    // a suspect's past ("seorang lelaki yang mempunyai 26 rekod jenayah lampau mati ditembak")
    'rekod', 'rekod jenayah', 'kes', 'kesalahan', 'pertuduhan', 'tuduhan', 'waran'],
  anaphoricHeads: [...id.anaphoricHeads, 'jurucakap', 'kerajaan', 'polis', 'kementerian'],
  speakerStripStart: [...id.speakerStripStart, 'sementara itu', 'dalam pada itu'],
  speakerStop: [...id.speakerStop, 'ketika', 'semasa', 'sewaktu', 'yang'],
  singularOutcomes: { ...id.singularOutcomes, killed: [...id.singularOutcomes.killed, 'terkorban', 'maut', 'meninggal dunia'] },
  fallbackNumbers: {
    ...id.fallbackNumbers,
    units: { ...id.fallbackNumbers.units, lapan: 8, sembilan: 9 },
    vague: { ...id.fallbackNumbers.vague, 'beberapa orang': 10 },
    qualifiers: {
      at_least: [...id.fallbackNumbers.qualifiers.at_least, 'sekurang-kurangnya', 'lebih daripada'],
      about: [...id.fallbackNumbers.qualifiers.about, 'kira-kira', 'lebih kurang', 'hampir', 'anggaran'],
      at_most: id.fallbackNumbers.qualifiers.at_most,
    },
    thousands: ',',
  },
};
