import type { ActorPack, ActorRule, ActorSpec } from '../../core/actors/types.js';
import { MIL, POL, GOV, OFF, CIV, PRO, RIO, UAG } from '../shared/actor-specs.js';
import { COUNTRY_NAMES_BY_LANGUAGE } from '../shared/country-names.js';
import { ID_ACTORS, ID_COUNTRY_EXTRAS } from '../id/actors.js';

/*
 * Malay actor tables: Indonesian's, with Malay words put first (polis, tentera, kerajaan,
 * jurucakap, orang awam, penunjuk perasaan) and Malaysia's forces by name.
 */

const MY_MIL: ActorSpec = { name: 'Military Forces of Malaysia', type: 'state', kind: 'force', country: 'MY', label: 'Malaysian Armed Forces' };
const MY_POL: ActorSpec = { name: 'Police Forces of Malaysia', type: 'state', kind: 'force', country: 'MY', label: 'Royal Malaysia Police' };

const FORCE = 'tentera|anggota_tentera|angkatan_tentera|askar|pasukan_tentera|pasukan_keselamatan|anggota_keselamatan|jet_pejuang|pesawat_pejuang|tentera_darat|tentera_udara|tentera_laut|komando|pasukan_komando';
const POLICE = 'polis|anggota_polis|pasukan_polis|pihak_polis|pegawai_polis|komando_polis|polis_antirusuhan|unit_simpanan_persekutuan|pasukan_simpanan_persekutuan';
const GOVT = 'kerajaan|pihak_berkuasa|pihak_berkuasa_tempatan|kementerian_pertahanan|kementerian_luar|kementerian_luar_negeri|kementerian_kesihatan|kementerian_dalam_negeri|wisma_putra|kerajaan_negeri|kerajaan_persekutuan';

export const MS_RULES: readonly ActorRule[] = [
  // Malay words that mean something else than in Indonesian: polisi = policy, pasukan = a team.
  { id: 'ms/actor/not', patterns: ['polisi', 'pasukan', 'pasukan bola_sepak|hoki|badminton|negeri|kebangsaan'], actor: null },
  { id: 'ms/actor/force-country', patterns: [`${FORCE} {C}`], actor: MIL },
  // "serangan dron Israel", "serangan peluru berpandu Rusia": the attack noun names its agent.
  { id: 'ms/actor/attack-by-country', patterns: ['serangan_dron|serangan_peluru_berpandu|serangan_roket|serangan_bom|pengeboman|pencerobohan|tembakan_mortar|tembakan_artileri|rejim {C}'], actor: MIL, slotOnly: true },
  { id: 'ms/actor/police-country', patterns: [`${POLICE} {C}`], actor: POL },
  { id: 'ms/actor/government-country', patterns: [`${GOVT} {C}`], actor: GOV },
  { id: 'ms/actor/official-country', patterns: ['jurucakap|jurucakap_kerajaan|pegawai_kerajaan|pegawai_kanan|menteri_luar|menteri_pertahanan|perdana_menteri|presiden {C}'], actor: OFF },
  { id: 'ms/actor/civilians-country', patterns: ['orang_awam|penduduk_awam|rakyat {C}'], actor: CIV },
  { id: 'ms/actor/atm', patterns: ['anggota|pasukan|pegawai|panglima|markas|perajurit|askar|personel|komando|unit ATM', 'ATM dan PDRM', 'PDRM dan ATM'], actor: MY_MIL },
  { id: 'ms/actor/atm', patterns: ['Angkatan Tentera Malaysia', 'Tentera Darat Malaysia', 'TDM', 'Tentera Udara Diraja Malaysia', 'TUDM', 'Tentera Laut Diraja Malaysia', 'TLDM', 'Rejimen Askar Melayu Diraja', 'RAMD', 'Gerak Khas', 'Rejimen Gerak Khas', 'Kementerian Pertahanan Malaysia', 'MINDEF', 'Mindef', 'Angkatan Tentera'], actor: MY_MIL, cased: true },
  { id: 'ms/actor/pdrm', patterns: ['Polis Diraja Malaysia', 'PDRM', 'Bukit Aman', 'Ibu Pejabat Polis Bukit Aman', 'VAT 69', 'VAT69', 'Komando VAT 69', 'Pasukan Gerakan Khas', 'PGK', 'Pasukan Gerakan Am', 'PGA', 'Unit Tindakan Khas', 'UTK', 'FRU', 'Unit Simpanan Persekutuan', 'Cawangan Khas', 'IPD', 'IPK', 'Ibu Pejabat Polis Daerah', 'Ibu Pejabat Polis Kontinjen'], actor: MY_POL, cased: true, tail: true },
  { id: 'ms/actor/pdrm-official', patterns: ['Ketua Polis Negara', 'KPN', 'Timbalan Ketua Polis Negara', 'Ketua Polis'], actor: { ...MY_POL, kind: 'official', label: 'Malaysian police official' } },
  { id: 'ms/actor/pdrm-official', patterns: ['Ketua Polis Daerah|Negeri|Kontinjen', 'Pesuruhjaya Polis', 'Timbalan Ketua Polis Daerah|Negeri'], actor: { ...MY_POL, kind: 'official', label: 'Malaysian police official' }, tail: true },
  { id: 'ms/actor/police-rank', patterns: ['Supt|ACP|DSP|ASP|SAC|DCP|Insp|Inspektor|Sarjan|Sjn|Koperal|Kpl|Konstabel|Lans_Koperal|Superintendan|Asisten_Superintendan|Penolong_Pesuruhjaya'], actor: { ...MY_POL, kind: 'official', label: 'Malaysian police officer' }, cased: true, tail: true, tailRequired: true },
  { id: 'ms/actor/esscom', patterns: ['ESSCOM', 'Kawasan Keselamatan Khas Pantai Timur Sabah', 'ESSZONE', 'Ops Daulat', 'Op Daulat'], actor: MY_MIL, cased: true },
  { id: 'ms/actor/force', patterns: [FORCE, 'anggota_pasukan_keselamatan|pihak_keselamatan|pihak_tentera|anggota_tentera|perajurit'], actor: MIL, generic: true },
  { id: 'ms/actor/police', patterns: [POLICE], actor: POL, generic: true },
  { id: 'ms/actor/government', patterns: [GOVT], actor: GOV, generic: true },
  { id: 'ms/actor/official', patterns: ['jurucakap|jurucakap_kerajaan|pegawai_kerajaan|pegawai_kanan_kerajaan|menteri_dalam_negeri|menteri_pertahanan|menteri_besar|ketua_menteri|pegawai_daerah|ketua_kampung|penghulu'], actor: OFF, generic: true },
  { id: 'ms/actor/unidentified', patterns: ['penceroboh|penceroboh_bersenjata|kumpulan_penceroboh|pengganas|kumpulan_pengganas|kumpulan_bersenjata|lelaki_bersenjata|individu_bersenjata|militan|kumpulan_militan|penyerang|penculik|lanun|pemberontak|pemisah|kumpulan_pemisah|puak_pemisah|militan_pemisah|anggota_kumpulan_bersenjata',
    // armed criminals who fire on police: an armed group in ACLED's terms (their exchange of fire is a clash)
    'perompak_bersenjata|penyamun_bersenjata|penjenayah_bersenjata|suspek_bersenjata|kumpulan_samun_bersenjata|kumpulan_perompak_bersenjata|kumpulan_penjenayah_bersenjata|geng_samun_bersenjata|sindiket_samun_bersenjata'], actor: UAG, generic: true },
  { id: 'ms/actor/protesters', patterns: ['penunjuk_perasaan|peserta_himpunan|peserta_perhimpunan|peserta_demonstrasi|peserta_tunjuk_perasaan|penyokong_himpunan|hadirin_himpunan|peserta_perarakan|peserta'], actor: PRO, context: 'protest' },
  { id: 'ms/actor/protesters-always', patterns: ['penunjuk_perasaan|peserta_himpunan|peserta_perhimpunan|peserta_tunjuk_perasaan'], actor: PRO },
  { id: 'ms/actor/rioters', patterns: ['perusuh|kumpulan_perusuh|orang_ramai_yang_marah'], actor: RIO },
  { id: 'ms/actor/crowd-protest', patterns: ['orang_ramai|kumpulan_orang_ramai|hadirin'], actor: PRO, context: 'protest' },
  { id: 'ms/actor/civilians', patterns: ['orang_awam|penduduk_awam|penduduk|penduduk_kampung|penduduk_tempatan|orang_kampung|kanak-kanak|wanita|penduduk_setempat|nelayan|peniaga|pelancong|tebusan'], actor: CIV, generic: true },
];

function merge(...tables: Readonly<Record<string, readonly string[]>>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables) for (const [k, v] of Object.entries(t)) out[k] = [...new Set([...(out[k] ?? []), ...v])];
  return out;
}

export const MS_ACTORS: ActorPack = {
  ...ID_ACTORS,
  countryNames: merge(COUNTRY_NAMES_BY_LANGUAGE.ms, { US: ['Amerika Syarikat', 'AS', 'Amerika'], GB: ['Britain', 'UK'], PS: ['Palestin'], PH: ['Filipina'] }, ID_COUNTRY_EXTRAS, COUNTRY_NAMES_BY_LANGUAGE.id, COUNTRY_NAMES_BY_LANGUAGE.en),
  rules: [...MS_RULES, ...ID_ACTORS.rules],
  officialBefore: [...ID_ACTORS.officialBefore, 'jurucakap', 'ketua', 'komander', 'pegawai', 'pegawai kanan', 'timbalan', 'pengarah', 'panglima', 'sumber'],
  speechVerbs: [...ID_ACTORS.speechVerbs, 'memberitahu', 'mendakwa', 'menafikan', 'memaklumkan', 'menyifatkan'],
  attackVerbs: [...ID_ACTORS.attackVerbs, 'melancarkan', 'mengebom', 'menceroboh'],
  countryRule: { speech: 'ms/actor/country-speaks', attack: 'ms/actor/country-attacks' },
  officialRule: 'ms/actor/official-of',
  protestCues: [...ID_ACTORS.protestCues, 'himpunan', 'perhimpunan', 'tunjuk perasaan', 'perarakan', 'demonstrasi', 'bantahan', 'membantah'],
  riotCues: [...ID_ACTORS.riotCues, 'rusuhan', 'merusuh', 'perusuh'],
  tailStop: [...ID_ACTORS.tailStop, 'datuk', 'dato', 'tan', 'sri', 'asp', 'dsp', 'acp', 'sac', 'dcp', 'insp', 'kpl', 'sjn', 'konstabel'],
};
