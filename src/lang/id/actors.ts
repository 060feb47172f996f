import type { ActorPack, ActorRule, ActorSpec } from '../../core/actors/types.js';
import { MIL, POL, GOV, OFF, SIDE, CIV, PRO, RIO, UAG, GANG } from '../shared/actor-specs.js';
import { COUNTRY_ADJECTIVES } from '../../core/actors/data/adjectives.js';
import { COUNTRY_NAMES_BY_LANGUAGE } from '../shared/country-names.js';
import { ACTOR_ENTITIES } from '../shared/entities.js';
import { groupRules } from '../shared/armed-groups.js';

/*
 * Indonesian actor tables. Order matters only between phrases of the same length: the first
 * rule wins. Patterns: `a|b` alternatives, `_` joins words of one alternative, `{C}` a country
 * or territory (name or adjective), `{N}` by name only, `?` optional. See core/actors/types.ts.
 */

const ID_MIL: ActorSpec = { name: 'Military Forces of Indonesia', type: 'state', kind: 'force', country: 'ID', label: 'Indonesian military (TNI)' };
const ID_POL: ActorSpec = { name: 'Police Forces of Indonesia', type: 'state', kind: 'force', country: 'ID', label: 'Indonesian police (Polri)' };
const ID_MIL_OFF: ActorSpec = { ...ID_MIL, kind: 'official', label: 'Indonesian military official' };
const ID_POL_OFF: ActorSpec = { ...ID_POL, kind: 'official', label: 'Indonesian police official' };
const ID_GOV: ActorSpec = { name: 'Government of Indonesia', type: 'state', kind: 'government', country: 'ID', label: 'Indonesian government' };

/** Nouns for armed forces, before a country: "pasukan Armenia", "angkatan bersenjata Azeri". */
export const FORCE_NOUNS =
  'pasukan|tentara|militer|angkatan_bersenjata|angkatan_darat|angkatan_udara|angkatan_laut|prajurit|serdadu|pasukan_keamanan|pasukan_militer|pasukan_khusus|' +
  'angkatan_perang|jet_tempur|pesawat_tempur|pesawat_militer|helikopter_militer|drone|drone_militer|rudal|artileri|tank|kapal_perang|pertahanan_udara|sistem_pertahanan_udara|' +
  'marinir|penjaga_perbatasan|garda_nasional|militer_dan_polisi|aparat_keamanan|junta|junta_militer|rezim_militer|batalion|brigade|divisi|unit';
/** Nouns for police forces. */
export const POLICE_NOUNS = 'polisi|kepolisian|aparat_kepolisian|petugas_kepolisian|personel_kepolisian|polisi_antihuru-hara|polisi_anti_huru-hara';
/** Government bodies before a country: "Kementerian Pertahanan Nagorno-Karabakh", "Pihak berwenang Azerbaijan". */
export const GOVERNMENT_NOUNS =
  'pemerintah|pemerintahan|pihak_berwenang|pihak_berwajib|otoritas|rezim|kementerian_pertahanan|kementerian_luar_negeri|kementerian_kesehatan|kementerian_dalam_negeri|' +
  'kementerian_informasi|kemenhan|kemenlu|kemenkes|kantor_kepresidenan|istana_kepresidenan|parlemen|dinas_darurat|layanan_darurat|badan_darurat|pertahanan_sipil|kantor_berita_resmi|kedutaan_besar|kedubes';
/** Officials before a country: "Presiden Azerbaijan", "Menteri Luar Negeri Armenia". */
export const OFFICIAL_NOUNS =
  'presiden|wakil_presiden|perdana_menteri|menteri_pertahanan|menteri_luar_negeri|menteri_dalam_negeri|menteri_kesehatan|menlu|menhan|duta_besar|dubes|' +
  'juru_bicara_kementerian_pertahanan|juru_bicara_kementerian_luar_negeri|juru_bicara_pemerintah|juru_bicara_militer|pejabat|pejabat_pemerintah|pejabat_militer|pejabat_senior|diplomat|pemimpin|kepala_negara';

export const ID_RULES: readonly ActorRule[] = [
  // Not actors: citizens as a status, netizens, words that contain an actor noun.
  { id: 'id/actor/not', patterns: ['warga_negara|warganet|warga_net|kewarganegaraan|pasukan_pengibar_bendera|paskibra|paskibraka|masyarakat_internasional|komunitas_internasional|tentara_langit|polisi_tidur|polisi_lalu_lintas_udara',
    'kantor|rumah_dinas|gedung|halaman|depan gubernur|bupati|wali_kota|walikota|camat|lurah|pemerintah|DPRD',
    'jumlah_penduduk|kepadatan_penduduk|data_penduduk|sensus_penduduk|penduduk_dunia|pertumbuhan_penduduk|kependudukan|media_massa|ormas|organisasi_massa|transportasi_massa|massa_otot|massa_tubuh',
    'rumah_sakit_polisi|rumah_sakit_militer|rumah_sakit_tentara|sekolah_polisi|akademi_militer|akademi_kepolisian|pengadilan_militer|polisi_pamong',
    // A law named after a force ("revisi UU TNI", "RUU Polri") names no side.
    'UU|RUU|Undang-Undang|Undang_Undang|UU_No|revisi_UU TNI|Polri|Kepolisian|Kejaksaan'], actor: null },

  // Countries' forces, police, governments, officials, civilians.
  { id: 'id/actor/force-country', patterns: [`${FORCE_NOUNS} etnis|pro|pendukung|pemerintah? {C}`], actor: MIL },
  { id: 'id/actor/attack-by-country', patterns: ['serangan|serangan_udara|serangan_darat|serangan_rudal|serangan_drone|gempuran|pengeboman|pemboman|bombardir|bombardemen|tembakan|tembakan_artileri|roket|invasi|agresi|operasi_militer|blokade|penembakan {C}'], actor: MIL, slotOnly: true },
  { id: 'id/actor/gaza-ministry', patterns: ['kementerian_kesehatan|otoritas|pemerintah|kantor_media_pemerintah|pertahanan_sipil|badan_pertahanan_sipil yang? dikelola|dijalankan|dikuasai|dipimpin Hamas', 'Kemenkes|Kementerian_Kesehatan Hamas'], actor: { name: 'Government of Palestine', type: 'state', kind: 'government', country: 'PS', label: 'Gaza health ministry' } },
  { id: 'id/actor/police-country', patterns: [`${POLICE_NOUNS} {C}`], actor: POL },
  { id: 'id/actor/government-country', patterns: [`${GOVERNMENT_NOUNS} pemerintah|di|dari? {C}`, 'kementerian pertahanan dan keamanan {C}'], actor: GOV },
  { id: 'id/actor/official-country', patterns: [`${OFFICIAL_NOUNS} {C}`, `juru_bicara|jubir ${GOVERNMENT_NOUNS} {C}`], actor: OFF },
  { id: 'id/actor/side-country', patterns: ['pihak|kubu|negara {C}'], actor: SIDE },
  { id: 'id/actor/civilians-country', patterns: ['warga_sipil|penduduk_sipil|orang_sipil|masyarakat_sipil|korban_sipil {C}', 'warga|penduduk|rakyat|pengungsi|anak-anak|bocah|jurnalis|wartawan|relawan|sandera|tawanan|turis|wisatawan|nelayan|pekerja|buruh_migran|pekerja_migran {N}'], actor: CIV },
  { id: 'id/actor/protesters-country', patterns: ['demonstran|pengunjuk_rasa|pendemo|massa_aksi {C}'], actor: PRO },
  { id: 'id/actor/armed-group-country', patterns: ['militan|pemberontak|gerilyawan|milisi|pejuang|kelompok_bersenjata|separatis|kelompok_separatis|kelompok_pemberontak {C}'], actor: UAG },

  // Indonesia's forces by name.
  { id: 'id/actor/tni', patterns: ['TNI', 'Tentara Nasional Indonesia', 'TNI AD|AU|AL', 'TNI Angkatan_Darat|Angkatan_Udara|Angkatan_Laut', 'TNI-AD|TNI-AU|TNI-AL', 'ABRI', 'Kopassus', 'Kostrad', 'Kopaska', 'Marinir TNI', 'Korps Marinir', 'Paspampres', 'Raider', 'Mabes TNI', 'Puspen TNI', 'TNI-Polri', 'TNI/Polri', 'TNI dan Polri', 'aparat gabungan TNI-Polri', 'aparat_gabungan|pasukan_gabungan|tim_gabungan', 'aparat keamanan gabungan', 'Satgas Nemangkawi|Pamtas|Tinombala|Madago_Raya|Damai_Cartenz|Cartenz|Yonif|Habema',
    // the task force spelt out with its short form in brackets: "Satuan Tugas (Satgas) Madago Raya"
    'Satuan_Tugas Nemangkawi|Pamtas|Tinombala|Madago_Raya|Damai_Cartenz|Operasi_Damai_Cartenz|Habema', 'Satuan_Tugas ( Satgas ) Nemangkawi|Pamtas|Tinombala|Madago_Raya|Damai_Cartenz|Operasi_Damai_Cartenz|Habema', 'Satgas|Operasi|Ops Operasi? Damai_Cartenz', 'Koops Habema', 'Kogabwilhan III?'], actor: ID_MIL },
  { id: 'id/actor/tni-unit', patterns: ['Kodam|Kodim|Korem|Koramil|Yonif|Batalyon|Lanud|Lantamal|Lanal|Kodaeral|Kodau|Pangkalan_TNI'], actor: ID_MIL, tail: true },
  { id: 'id/actor/tni-official', patterns: ['Panglima TNI', 'Pangdam|Danrem|Dandim|Danramil|Kapendam|Kasdam|Danyon|Danlanud|Kapuspen|Kapuspen_TNI|Danpaspampres|Pangkostrad|Danjen_Kopassus|Kasad|KSAD|KSAU|KSAL|Kapenrem|Pasiintel'], actor: ID_MIL_OFF, tail: true },
  { id: 'id/actor/polri', patterns: ['Polri', 'Kepolisian Republik Indonesia', 'Kepolisian Negara Republik Indonesia', 'Mabes Polri', 'Markas Besar Polri', 'Bareskrim', 'Bareskrim Polri', 'Brimob', 'Brigade Mobil', 'Satbrimob', 'Korps Brimob', 'Gegana', 'Densus 88', 'Densus 88 Antiteror', 'Densus 88 AT', 'Densus', 'Detasemen Khusus 88', 'Detasemen Khusus 88 Antiteror', 'Polwan', 'Sabhara', 'Divisi Humas Polri', 'Div Humas Polri', 'Divhumas Polri', 'Propam Polri', 'Korlantas', 'Baharkam', 'Polairud'], actor: ID_POL },
  { id: 'id/actor/polri-unit', patterns: ['Polda|Polres|Polresta|Polrestabes|Polsek|Polsekta|Satreskrim|Satintelkam|Ditreskrimum|Ditreskrimsus|Ditsamapta|Ditintelkam|Satsamapta|Satlantas|Polairud|Mapolda|Mapolres|Mapolsek|Mapolresta|Mapolrestabes|Polrestro|Polrestabes'], actor: ID_POL, tail: true },
  { id: 'id/actor/polri-official', patterns: ['Kapolri', 'Wakapolri', 'Kapolda|Wakapolda|Kapolres|Wakapolres|Kapolresta|Kapolrestabes|Kapolsek|Kapolsekta|Kasatreskrim|Kasat_Reskrim|Dirreskrimum|Dirreskrimsus|Kabid_Humas|Kabidhumas|Kasubbid_Penmas|Kadiv_Humas|Kadivhumas|Karo_Penmas|Kakorbrimob|Dankorbrimob|Kasat_Intelkam|Kapolrestro'], actor: ID_POL_OFF, tail: true },
  { id: 'id/actor/police-rank', patterns: ['Irjen|Irjen_Pol|Kombes|Kombes_Pol|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|Bharada|Bharatu|Bharaka|Komjen|Komjen_Pol|Brigjen_Pol|Jenderal_Pol|Jenderal_Polisi|Inspektur_Jenderal|Komisaris_Besar|Ajun_Komisaris_Besar'], actor: { ...ID_POL, kind: 'official', label: 'Indonesian police officer' }, cased: true, tail: true, tailRequired: true },
  { id: 'id/actor/military-rank', patterns: ['Mayjen|Letjen|Brigjen|Jenderal|Kolonel|Letkol|Mayor|Kapten|Lettu|Letda|Peltu|Pelda|Serma|Serka|Sertu|Serda|Kopka|Koptu|Kopda|Praka|Pratu|Prada|Laksamana|Laksma|Laksda|Marsekal|Marsma|Marsda|Mayor_Jenderal|Letnan_Jenderal|Brigadir_Jenderal|Letnan_Kolonel|Letnan'], actor: { ...MIL, kind: 'official', label: 'military officer' }, cased: true, tail: true, tailRequired: true, generic: true },
  { id: 'id/actor/not-street', patterns: ['Jalan|Jl|Jln|Gedung|Bandara|Stadion|Universitas|RSUD|RS|Rumah_Sakit|Museum|Taman|Makam .? Jenderal|Jend|Kolonel|Letjen|Mayjen|Brigjen|Laksamana|Marsekal|Kapten|Mayor|Letnan|Pahlawan|Sudirman'], actor: null },
  { id: 'id/actor/satpol-pp', patterns: ['Satpol PP', 'Satpol-PP', 'Satuan Polisi Pamong Praja', 'Polisi Pamong Praja'], actor: { ...ID_GOV, kind: 'force', label: 'Satpol PP (municipal police)' } },
  { id: 'id/actor/bnpt', patterns: ['BNPT', 'Badan Nasional Penanggulangan Terorisme', 'BIN', 'Badan Intelijen Negara', 'Kemenko Polhukam', 'Menko Polhukam', 'Istana Kepresidenan', 'Istana Negara'], actor: ID_GOV },

  // Bare force, police and government nouns: the country comes from context. At a protest,
  // "aparat" (the security apparatus) is the police.
  { id: 'id/actor/aparat-protest', patterns: ['aparat|aparat_keamanan|petugas_keamanan|petugas|aparat_gabungan|personel_gabungan|petugas_gabungan'], actor: POL, context: 'protest' },
  { id: 'id/actor/force', patterns: ['tentaranya|pasukannya|prajuritnya|militernya|serdadunya|tentara|militer|pasukan|prajurit|serdadu|personel_militer|angkatan_bersenjata|aparat_keamanan|pasukan_keamanan|petugas_keamanan|personel_keamanan|aparat_keamanan_gabungan|aparat|junta|junta_militer|rezim_militer|pasukan_pemerintah|tentara_pemerintah|pasukan_elite|pasukan_khusus|militer_dan_polisi|jet_tempur|pesawat_tempur|pesawat_militer|jet-jet_tempur|jet_militer'], actor: MIL, generic: true },
  { id: 'id/actor/police', patterns: ['polisinya|personelnya|polisi|kepolisian|aparat_kepolisian|petugas_kepolisian|pihak_kepolisian|personel_kepolisian|anggota_polisi|personel_polisi|petugas_polisi|polisi_antihuru-hara|polisi_anti_huru-hara|pasukan_antihuru-hara|aparat_polisi|polisi_militer'], actor: POL, generic: true },
  { id: 'id/actor/government', patterns: ['pemerintah|pemerintah_pusat|pemerintah_daerah|pemda|pemkot|pemkab|pemprov|pihak_berwenang|pihak_berwajib|otoritas|otoritas_setempat|pihak_berwenang_setempat|kementerian_pertahanan|kementerian_luar_negeri|kementerian_kesehatan|kementerian_dalam_negeri|kemenhan|kemenlu|kemenkes|kemendagri|layanan_darurat|dinas_darurat|pertahanan_sipil|badan_penanggulangan_bencana|bpbd|bnpb'], actor: GOV, generic: true },
  { id: 'id/actor/government-unit', patterns: ['Pemkot|Pemkab|Pemprov|Pemda|Bupati|Gubernur|Wali_Kota|Walikota|Camat|Lurah|Kepala_Desa|Kades'], actor: { ...GOV, kind: 'official', label: 'local officials' }, tail: true, cased: true },
  { id: 'id/actor/official', patterns: ['gubernur|bupati|wali_kota|walikota|camat|lurah|kepala_desa|kades|kepala_kampung|pejabat_setempat|pejabat_daerah|pejabat_pemerintah|pejabat_militer|pejabat_keamanan|pejabat_kesehatan|pejabat_lokal|juru_bicara_militer|juru_bicara_pemerintah|juru_bicara_kepolisian|presiden|perdana_menteri|menteri_pertahanan|menteri_luar_negeri|menteri_kesehatan|menteri_dalam_negeri|menhan|menlu'], actor: OFF, generic: true },

  // Unidentified and generic armed groups.
  { id: 'id/actor/unidentified', patterns: ['orang_tak_dikenal|orang_tidak_dikenal|orang_tak_dikenali|orang_misterius|penembak_misterius|penembak_jitu_tak_dikenal|pria_bersenjata|pria-pria_bersenjata|orang_bersenjata|orang-orang_bersenjata|sekelompok_orang_bersenjata|sekelompok_pria_bersenjata|kelompok_bersenjata|kelompok-kelompok_bersenjata|kelompok_bersenjata_tak_dikenal|kelompok_bersenjata_tidak_dikenal|gerombolan_bersenjata|penyerang|para_penyerang|pelaku_penyerangan|pelaku_penembakan|penembak|penculik|para_penculik|bandit|bandit_bersenjata|perampok_bersenjata'], actor: UAG },
  { id: 'id/actor/unidentified-otk', patterns: ['OTK'], actor: UAG, cased: true },
  { id: 'id/actor/militants', patterns: ['teroris|kelompok_teroris|jaringan_teroris|terduga_teroris|tersangka_teroris|terpidana_teroris|napi_teroris|napiter|pelaku_teror|pelaku_bom_bunuh_diri|pelaku_bom|pengebom|pengebom_bunuh_diri|militan|kelompok_militan|militan_bersenjata|jihadis|kelompok_jihadis|ekstremis|gerilyawan|pemberontak|kelompok_pemberontak|separatis|kelompok_separatis|milisi|kelompok_milisi|milisi_bersenjata|pejuang|kombatan|simpatisan_ISIS'], actor: UAG, generic: true },
  { id: 'id/actor/settlers', patterns: ['pemukim|pemukim_Yahudi|para_pemukim|pemukim_ilegal {C}?', 'pemukim Yahudi'], actor: { name: 'Settlers ({country})', type: 'identity_militia', kind: 'group', label: '{adj} settlers' } },
  { id: 'id/actor/communal', patterns: ['milisi_etnis|milisi_suku|kelompok_suku_bersenjata|kelompok_adat_bersenjata|warga_antarkampung|massa_antarkampung'], actor: { name: 'Unidentified Communal Militia ({country})', type: 'identity_militia', kind: 'group', label: 'communal militia' } },
  { id: 'id/actor/gang', patterns: ['geng|geng_bersenjata|gangster|anggota_geng|kelompok_geng|geng-geng|geng_kriminal'], actor: GANG },

  // Protesters and rioters (massa: by the text around it).
  { id: 'id/actor/protesters', patterns: ['demonstran|pengunjuk_rasa|pendemo|pedemo|massa_aksi|massa_demonstran|massa_pengunjuk_rasa|peserta_aksi|peserta_demo|peserta_demonstrasi|peserta_unjuk_rasa|ribuan_demonstran|aliansi_mahasiswa|massa_buruh|massa_mahasiswa|massa_demo'], actor: PRO },
  { id: 'id/actor/rioters', patterns: ['perusuh|para_perusuh|massa_perusuh|massa_anarkis|massa_yang_marah|massa_mengamuk|massa_beringas|warga_yang_marah|penjarah|kerumunan_massa_anarkis'], actor: RIO },
  { id: 'id/actor/massa-riot', patterns: ['massa|sekelompok_massa|ratusan_massa|puluhan_massa|ribuan_massa|kelompok_massa|oknum_massa|gerombolan_massa|kerumunan'], actor: RIO, context: 'riot' },
  { id: 'id/actor/massa-protest', patterns: ['massa|sekelompok_massa|ratusan_massa|puluhan_massa|ribuan_massa|kelompok_massa|kerumunan|mahasiswa|para_mahasiswa|pelajar|buruh|para_buruh|ojol|pengemudi_ojol|petani|aktivis|massa_pelajar'], actor: PRO, context: 'protest' },

  // Civilians.
  { id: 'id/actor/civilians', patterns: ['warga_sipil|penduduk_sipil|orang_sipil|korban_sipil|masyarakat_sipil_tak_bersenjata|warganya|penduduknya|warga|warga_setempat|warga_desa|warga_kampung|penduduk|penduduk_setempat|penduduk_desa|masyarakat_setempat|guru|para_guru|tenaga_pengajar|pelajar|siswa|murid|santri|mahasiswa|anak-anak|anak_kecil|bocah|balita|bayi|wanita|perempuan|ibu_rumah_tangga|petani|pedagang|nelayan|tukang_ojek|pengemudi_ojek|sopir|pendeta|jemaat|jemaah|pengungsi|relawan|pekerja_bantuan|pekerja_kemanusiaan|tenaga_kesehatan|nakes|dokter|perawat|pekerja|pekerja_bangunan|karyawan|buruh|pendulang|pendulang_emas|misionaris|turis|wisatawan|penumpang|sandera'], actor: CIV, generic: true },
];

function merge(...tables: Readonly<Record<string, readonly string[]>>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables) for (const [k, v] of Object.entries(t)) out[k] = [...new Set([...(out[k] ?? []), ...v])];
  return out;
}

/** Country names Indonesian news uses beyond the ISO/CLDR tables. */
export const ID_COUNTRY_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  US: ['Amerika', 'Paman Sam', 'AS'], GB: ['Inggris', 'Britania'], MM: ['Burma'], KR: ['Korsel'], KP: ['Korut'], CD: ['Kongo', 'RD Kongo', 'DR Kongo'],
  NL: ['Belanda'], TR: ['Turki'], CZ: ['Ceko'], PH: ['Filipina'], JP: ['Jepang'], DE: ['Jerman'], SA: ['Arab Saudi', 'Saudi'], EG: ['Mesir'],
  IN: ['India'], PS: ['Palestina'], RU: ['Rusia'], UA: ['Ukraina'], IL: ['Israel'], AZ: ['Azerbaijan'], AM: ['Armenia'], YE: ['Yaman'],
};

export const ID_ACTORS: ActorPack = {
  countryNames: merge(COUNTRY_NAMES_BY_LANGUAGE.id, ID_COUNTRY_EXTRAS, COUNTRY_NAMES_BY_LANGUAGE.en),
  countryAdjectives: merge(COUNTRY_ADJECTIVES),
  countryNameStop: ['Republik', 'Kota', 'Negara'],
  entities: ACTOR_ENTITIES,
  rules: [...ID_RULES.slice(0, 1), ...groupRules('id/actor/group'), ...ID_RULES.slice(1)],
  officialBefore: ['juru bicara', 'jubir', 'kepala', 'komandan', 'panglima', 'kabid humas', 'kepala bidang humas', 'kabidhumas', 'kadiv humas', 'kepala divisi humas', 'kapendam',
    'kapuspen', 'kepala pusat penerangan', 'pejabat', 'perwira', 'petinggi', 'sumber', 'sumber di', 'wakil', 'direktur', 'kasubbid penmas', 'karo penmas', 'kepala biro penerangan masyarakat', 'juru bicara resmi'],
  officialAfter: [],
  officialRule: 'id/actor/official-of',
  speechVerbs: ['mengatakan', 'menyatakan', 'menyebut', 'menyebutkan', 'mengklaim', 'membantah', 'menuduh', 'menuding', 'melaporkan', 'mengumumkan', 'menegaskan', 'memperingatkan',
    'menolak', 'mengecam', 'berkata', 'mengungkapkan', 'menjelaskan', 'menyampaikan', 'mengutuk', 'mengakui', 'menyangkal', 'mengonfirmasi', 'membenarkan', 'menyalahkan', 'menyerukan', 'mendesak', 'bersikeras', 'mencatat'],
  attackVerbs: ['menyerang', 'menembak', 'menembaki', 'membom', 'mengebom', 'menggempur', 'membombardir', 'meluncurkan', 'melancarkan', 'menembakkan', 'menghantam', 'menginvasi',
    'mencaplok', 'menduduki', 'merebut', 'menggencarkan', 'menargetkan', 'menyasar', 'membalas'],
  verbAux: ['juga', 'telah', 'sudah', 'kembali', 'pun', 'sebelumnya', 'terus', 'lalu', 'kemudian', 'sendiri', 'justru', 'bahkan', 'secara', 'resmi', 'langsung', 'kerap', 'sering', 'pada', 'hari', 'ini', 'itu'],
  countryVerbStop: ['Jordan', 'Georgia', 'Chad'],
  countryNotAfter: ['didukung', 'dibantu', 'disokong', 'oleh', 'dengan', 'di', 'ke', 'dari', 'untuk', 'antara', 'terhadap', 'melawan', 'bersama', 'sekutu', 'dukungan', 'kepada', 'pro', 'dan', 'serta', 'atau', 'tentang', 'soal', 'mengenai', 'bagi', 'wilayah', 'perbatasan', 'kota', 'negara', 'yang'],
  countryRule: { speech: 'id/actor/country-speaks', attack: 'id/actor/country-attacks' },
  protestCues: ['demo', 'demonstrasi', 'demonstran', 'unjuk rasa', 'berunjuk rasa', 'pengunjuk rasa', 'aksi massa', 'aksi unjuk', 'aksi damai', 'aksi protes', 'aksi tolak', 'aksi menolak', 'aksi kamisan', 'mogok', 'long march', 'orasi', 'protes', 'memprotes', 'massa aksi', 'tuntutan', 'tolak ruu', 'menolak ruu', 'tolak uu', 'himpunan', 'perhimpunan', 'tunjuk perasaan', 'bantahan'],
  riotCues: ['ricuh', 'kericuhan', 'rusuh', 'kerusuhan', 'anarkis', 'anarki', 'mengamuk', 'amukan', 'membakar', 'dibakar', 'pembakaran', 'melempar', 'dilempar', 'melempari', 'dilempari', 'lemparan', 'merusak', 'dirusak', 'perusakan', 'pengrusakan', 'menyerang', 'diserang', 'penyerangan', 'molotov', 'menjarah', 'dijarah', 'penjarahan', 'bentrok', 'bentrokan', 'tawuran', 'rusuhan', 'merusuh'],
  leadWords: ['almarhum', 'almarhumah', 'mendiang', 'korban', 'jenazah', 'tersangka', 'pelaku'],
  tailStop: ['irjen', 'brigjen', 'kombes', 'akbp', 'kompol', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka', 'brigpol', 'briptu', 'bripda', 'bharada', 'bharatu', 'mayjen', 'letjen', 'kolonel', 'letkol', 'mayor', 'kapten', 'lettu', 'letda', 'serka', 'sertu', 'serda', 'pratu', 'prada', 'jenderal', 'komjen', 'laksamana', 'marsekal', 'pak', 'bapak', 'ibu', 'dr', 'drs', 'ir', 'h', 'kasat', 'kabid', 'kapolda', 'kapolres', 'dan', 'di', 'yang', 'pada', 'ke', 'dari', 'saat', 'ketika', 'kamis', 'jumat', 'sabtu', 'minggu', 'senin', 'selasa', 'rabu', 'senin', 'jakarta'],
};
