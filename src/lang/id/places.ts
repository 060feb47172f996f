import type { PlacePack } from '../../core/places/types.js';
import { NEWS_AGENCIES } from '../shared/outlets.js';

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'okt', 'nov', 'des'];
const DAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'];

/**
 * Landmarks where crowds gather, told without their city ("aksi di depan gedung DPR", "long march ke
 * Bundaran HI"): the city they stand in. (Not "DPRD", the parliament of every province and regency.)
 */
export const ID_LANDMARKS: Record<string, string> = {
  ...Object.fromEntries(['gedung dpr', 'gedung dpr/mpr', 'gedung mpr/dpr', 'gedung dpr-mpr', 'gedung mpr-dpr', 'depan dpr/mpr', 'gedung dpr ri', 'gedung mpr', 'kompleks parlemen', 'kompleks parlemen senayan',
    'gedung parlemen senayan', 'gedung nusantara', 'depan dpr', 'dpr senayan', 'istana negara', 'istana merdeka', 'monas', 'monumen nasional',
    'silang monas', 'patung kuda', 'patung kuda arjuna wiwaha', 'bundaran hi', 'bundaran hotel indonesia', 'balai kota dki', 'balai kota jakarta',
    'medan merdeka barat', 'medan merdeka selatan', 'medan merdeka utara', 'gedung mahkamah konstitusi', 'gedung mk', 'mabes polri', 'kedubes as di jakarta',
    'gedung kpk', 'merah putih kpk', 'gedung merah putih kpk'].map((k) => [k, 'Jakarta|ID'])),
  'gedung sate': 'Bandung|ID',
  'gedung grahadi': 'Surabaya|ID',
  ...Object.fromEntries(['dataran merdeka', 'bangunan parlimen', 'masjid negara', 'masjid jamek', 'kompleks sogo'].map((k) => [k, 'Kuala Lumpur|MY'])),
};

/** Indonesian place cues and stop lists (Malay inherits these; see src/lang/ms). */
export const places: PlacePack = {
  before: {
    di: {}, ke: {}, dari: {}, menuju: {}, 'wilayah': {}, 'kawasan': {}, 'daerah': {}, 'asal': {}, 'sekitar': { near: true },
    dekat: { near: true }, 'di dekat': { near: true }, 'di sekitar': { near: true }, 'pinggiran': { near: true },
    'luar': { near: true }, 'di luar': { near: true },
    kota: { kind: 'city' }, 'kota madya': { kind: 'city' }, kotamadya: { kind: 'city' }, desa: { kind: 'city' }, kampung: { kind: 'city' },
    kelurahan: { kind: 'city' }, dusun: { kind: 'city' }, 'desa-desa': { kind: 'city' }, nagari: { kind: 'city' },
    // offices of a level of government name its region: "Kapolres Puncak", "Bupati Intan Jaya"
    polres: { kind: 'admin2' }, kapolres: { kind: 'admin2' }, polresta: { kind: 'admin2' }, kapolresta: { kind: 'admin2' },
    bupati: { kind: 'admin2' }, pemkab: { kind: 'admin2' }, kodim: { kind: 'admin2' }, dandim: { kind: 'admin2' },
    walikota: { kind: 'city' }, 'wali kota': { kind: 'city' }, pemkot: { kind: 'city' },
    polda: { kind: 'admin1' }, kapolda: { kind: 'admin1' }, gubernur: { kind: 'admin1' }, pemprov: { kind: 'admin1' },
    provinsi: { kind: 'admin1' }, prov: { kind: 'admin1' }, negara: { kind: 'country' }, 'negara bagian': { kind: 'admin1' },
    oblast: { kind: 'admin1' },
    kabupaten: { kind: 'admin2' }, kab: { kind: 'admin2' }, distrik: { kind: 'admin2' }, kecamatan: { kind: 'admin2' },
    'wilayah administratif': { kind: 'admin2' }, kotapraja: { kind: 'admin2' },
    // Malay
    negeri: { kind: 'admin1' }, bandar: { kind: 'city' },
  },
  after: {
    raya: {},
    // a city's administrative part named by a compass word ("Jakarta Pusat", "Jakarta Selatan"),
    // when the gazetteer has no such unit: the city (a regency that has one, "Aceh Utara", is found whole)
    pusat: {}, utara: {}, selatan: {}, timur: {}, barat: {},
  },
  near: ['dekat', 'di dekat', 'sekitar', 'di sekitar', 'pinggiran', 'pinggir', 'luar', 'di luar', 'utara', 'selatan',
    'timur', 'barat', 'timur laut', 'barat laut', 'tenggara', 'barat daya', 'sebelah utara', 'sebelah selatan',
    'sebelah timur', 'sebelah barat', 'km dari', 'kilometer dari', 'tak jauh dari', 'tidak jauh dari', 'perbatasan',
    'desa-desa di dekat', 'desa-desa di sekitar', 'berhampiran', 'dekat dengan'],
  connectors: ['al', 'el', 'de', 'bin', 'dan', 'of'],
  stop: [...MONTHS, ...DAYS, ...NEWS_AGENCIES,
    'di', 'ke', 'dari', 'yang', 'dan', 'atau', 'ini', 'itu', 'pada', 'untuk', 'dengan', 'dalam', 'oleh', 'akan', 'telah',
    'sudah', 'juga', 'namun', 'tetapi', 'tapi', 'sementara', 'sedangkan', 'saat', 'ketika', 'setelah', 'sebelum', 'sejak',
    'hingga', 'sampai', 'selain', 'menurut', 'kata', 'ujar', 'ucap', 'jelas', 'tambah', 'tutur', 'kemarin', 'hari', 'pagi',
    'siang', 'sore', 'malam', 'kini', 'sekarang', 'tahun', 'bulan', 'pekan', 'minggu', 'dia', 'ia', 'mereka', 'kami', 'kita',
    'saya', 'beliau', 'para', 'sang', 'si', 'sebuah', 'seorang', 'beberapa', 'banyak', 'semua', 'seluruh', 'tidak', 'bukan',
    'ada', 'adalah', 'merupakan', 'jadi', 'maka', 'karena', 'sebab', 'jika', 'kalau', 'bahkan', 'lalu', 'kemudian',
    'polisi', 'polri', 'polda', 'polres', 'polsek', 'kapolda', 'kapolres', 'kapolsek', 'tni', 'kodam', 'korem', 'kodim',
    'koramil', 'pangdam', 'danrem', 'dandim', 'satgas', 'densus', 'brimob', 'kkb', 'opm', 'tpnpb', 'bupati', 'wali', 'gubernur',
    'presiden', 'menteri', 'kepala', 'ketua', 'wakil', 'juru', 'bicara', 'kabid', 'humas', 'kasat', 'reskrim', 'pemerintah',
    'pemkab', 'pemkot', 'pemprov', 'dprd', 'dpr', 'mpr', 'kpu', 'bawaslu', 'universitas', 'rumah', 'sakit', 'rsud', 'masjid',
    'gereja', 'sekolah', 'kantor', 'jalan', 'jl', 'gedung', 'pasar', 'bandara', 'pelabuhan', 'tuhan', 'allah', 'islam',
    'kristen', 'katolik', 'muslim', 'idul', 'fitri', 'adha', 'lebaran', 'natal', 'ramadan', 'ramadhan', 'baca', 'lihat',
    'simak', 'foto', 'video', 'sumber', 'editor', 'penulis', 'reporter', 'kompas', 'antara', 'detik', 'tempo', 'kumparan',
    'tribun', 'liputan', 'okezone', 'viva', 'cnn', 'bbc', 'reuters', 'afp', 'ap', 'utara', 'selatan', 'timur', 'barat',
    'tengah', 'pusat', 'raya', 'besar', 'baru', 'lama', 'kecil', 'merdeka', 'bersatu', 'damai', 'sejahtera', 'mulia',
    'indah', 'jaya', 'makmur', 'sentosa', 'bahagia', 'harapan', 'suka', 'cinta', 'kasih', 'sari', 'agung', 'mandiri',
    'tuan', 'puan', 'datuk', 'dato', 'tan', 'sri', 'encik', 'pak', 'bu', 'ibu', 'bapak', 'mas', 'mbak', 'bang', 'kak',
    'kerajaan', 'polis', 'tentera', 'jurucakap', 'semalam', 'pasukan', 'militer', 'tentara',
    // words that often open a sentence
    'warga', 'serangan', 'kontak', 'insiden', 'peristiwa', 'kejadian', 'bentrokan', 'aksi', 'massa', 'ribuan', 'ratusan',
    'puluhan', 'sejumlah', 'salah', 'korban', 'pelaku', 'tersangka', 'aparat', 'petugas', 'personel', 'anggota',
    'mahasiswa', 'buruh', 'demo', 'unjuk', 'jelang', 'menjelang', 'usai', 'seusai', 'akibat', 'selama', 'kedua', 'ketiga',
    'keluarga', 'penduduk', 'rakyat', 'masyarakat', 'pengungsi', 'dua', 'tiga', 'empat', 'lima', 'satu',
    'sebanyak', 'tak', 'belum', 'masih', 'selanjutnya', 'sebelumnya', 'adapun', 'terkait',
    'mengenai', 'soal', 'berdasarkan', 'atas', 'bagi', 'melalui', 'tentang', 'sebagai', 'hal',
  ],
  titles: ['pak', 'bu', 'ibu', 'bapak', 'sdr', 'saudara', 'presiden', 'wakil', 'menteri', 'gubernur', 'bupati', 'wali',
    'walikota', 'camat', 'lurah', 'kepala', 'ketua', 'kapolda', 'kapolres', 'kapolsek', 'kapolri', 'pangdam', 'danrem',
    'dandim', 'kasdam', 'jenderal', 'jendral', 'letjen', 'mayjen', 'brigjen', 'kolonel', 'letkol', 'mayor', 'kapten',
    'kombes', 'akbp', 'kompol', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka', 'brigpol', 'briptu', 'bripda', 'serka',
    'serda', 'sertu', 'pratu', 'prada', 'kopda', 'koptu', 'pelda', 'serma', 'ustaz', 'ustadz', 'kiai', 'habib', 'syekh',
    'pendeta', 'pastor', 'romo', 'dr', 'prof', 'ir', 'h', 'hj', 'raja', 'ratu', 'pangeran', 'perdana', 'pm', 'senator',
    'juru', 'jubir', 'dubes', 'duta', 'tuan', 'puan', 'encik', 'datuk', 'dato', "dato'", 'tan', 'sri', 'tun', 'tengku',
    'tunku', 'yb', 'ketua', 'pemimpin', 'panglima', 'komandan', 'kapten', 'pelatih', 'striker', 'bek', 'kiper'],
  orgWords: ['universitas', 'institut', 'sekolah', 'akademi', 'politeknik', 'bank', 'pt', 'cv', 'tbk', 'partai', 'front',
    'gerakan', 'dewan', 'komisi', 'kementerian', 'kemenlu', 'kemenhan', 'badan', 'lembaga', 'dinas', 'polda', 'polres',
    'polsek', 'kodam', 'korem', 'kodim', 'koramil', 'satgas', 'rumah', 'rsud', 'rs', 'masjid', 'gereja', 'stadion', 'hotel',
    'bandara', 'pelabuhan', 'stasiun', 'terminal', 'jalan', 'jl', 'gedung', 'pasar', 'mal', 'timnas', 'fc', 'persatuan',
    'perkumpulan', 'yayasan', 'harian', 'koran', 'majalah', 'televisi', 'radio', 'universiti', 'kolej', 'sekolah', 'pertubuhan',
    'parti', 'kementerian', 'jabatan', 'ibu pejabat', 'balai', 'klinik', 'hospital', 'lapangan', 'taman', 'alun-alun', 'tugu',
    'monumen', 'simpang', 'kedutaan', 'konsulat', 'kbri', 'kjri'],
  institutions: ['polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'kodam', 'korem', 'kodim', 'koramil', 'lanud',
    'lantamal', 'pemkab', 'pemkot', 'pemprov', 'pemerintah', 'dprd', 'kpu', 'kpud', 'bawaslu', 'kejari', 'kejati',
    'pengadilan', 'bpbd', 'basarnas', 'dinas', 'kesbangpol', 'satpol', 'brimob', 'kantor', 'kedutaan', 'konsulat',
    'kerajaan', 'polis', 'ibu', 'balai', 'majlis', 'dewan', 'kerajaan negeri', 'ipd', 'ipk', 'jabatan'],
  speech: ['kata', 'ujar', 'ucap', 'tutur', 'jelas', 'tambah', 'tegas', 'sebut', 'ungkap', 'menurut', 'mengatakan', 'menyatakan', 'berkata'],
  // (and a people's nationality: 'seorang penjenayah warga Filipina', 'WN Malaysia' are no places)
  forces: ['pasukan', 'militer', 'tentara', 'angkatan', 'tni', 'polisi', 'polis', 'tentera', 'prajurit', 'serdadu', 'warga', 'wn', 'wna', 'wni',
    'pihak', 'kubu', 'jet', 'drone', 'rudal', 'artileri', 'milisi', 'pemberontak', 'separatis', 'gerilyawan',
    'pejuang', 'tank', 'kapal', 'armada', 'batalion', 'brigade', 'satuan', 'unit', 'marinir', 'komando'],
  forcesBefore: true,
  headFirst: true,
  demonyms: {},
  abbreviations: {},
  freeAbbreviations: [],
  landmarks: ID_LANDMARKS,
  local: {
    before: { desa: 'city', kampung: 'city', dusun: 'city', kelurahan: 'city', kecamatan: 'other', distrik: 'other',
      kabupaten: 'other', kab: 'other', kota: 'city', 'negara bagian': 'admin1', negeri: 'admin1', 'wilayah': 'other',
      'kampung halaman': 'city', mukim: 'other', nagari: 'city', gampong: 'city', 'kamp pengungsi': 'other',
      'kem pelarian': 'other', 'provinsi': 'admin1' },
    after: {},
  },
};
