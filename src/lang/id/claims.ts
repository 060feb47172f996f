import type { ClaimPack } from '../../core/claims/types.js';

/**
 * Indonesian casualty and attribution words. Group policy (documented for the events stage):
 * civilians = warga, penduduk, anak, guru, mahasiswa, demonstran…; military = anyone armed or in
 * uniform — soldiers, police, and armed groups (KKB, militan) — since ACLED does not count them as
 * civilians; everything else (orang, korban) = unknown.
 */
export const claims: ClaimPack = {
  after: {
    killed: ['tewas', 'meninggal', 'meninggal dunia', 'wafat', 'menghembuskan napas terakhir', 'mengembuskan napas terakhir', 'tutup usia', 'gugur', 'terbunuh', 'dibunuh', 'ditembak mati', 'tertembak mati', 'kehilangan nyawa', 'tak bernyawa', 'tidak bernyawa', 'meregang nyawa', 'menjadi korban jiwa', 'korban jiwa', 'tewaskan'],
    injured: ['luka', 'luka-luka', 'terluka', 'mengalami luka', 'mengalami luka-luka', 'alami luka', 'luka berat', 'luka ringan', 'cedera', 'mengalami cedera', 'dirawat', 'korban luka', 'korban luka-luka'],
    missing: ['hilang', 'dinyatakan hilang', 'belum ditemukan', 'masih hilang'],
    captured: ['ditangkap', 'diamankan', 'ditahan', 'diculik', 'disandera', 'dibekuk', 'diringkus', 'ditawan', 'dicokok', 'digelandang'],
  },
  before: {
    killed: ['menewaskan', 'tewaskan', 'membunuh', 'bunuh', 'pembunuhan terhadap', 'pembunuhan', 'renggut nyawa', 'merenggut nyawa', 'menelan korban jiwa', 'menembak mati', 'tembak mati'],
    injured: ['melukai', 'lukai', 'mencederai'],
    missing: [],
    captured: ['menangkap', 'tangkap', 'mengamankan', 'amankan', 'menahan', 'menculik', 'culik', 'menyandera', 'sandera', 'meringkus', 'membekuk', 'penangkapan terhadap', 'penangkapan', 'ditangkap', 'diamankan'],
  },
  ambiguousActive: [],
  passiveAux: ['telah', 'sudah', 'dilaporkan', 'dikabarkan', 'dinyatakan', 'diduga', 'dipastikan', 'dipercaya'],
  tollNouns: {
    killed: ['korban tewas', 'korban jiwa', 'korban meninggal', 'korban meninggal dunia', 'kematian', 'angka kematian', 'jumlah korban tewas', 'jumlah korban jiwa', 'jumlah kematian', 'jumlah korban'],
    injured: ['korban luka', 'korban luka-luka', 'korban terluka', 'korban cedera'],
    missing: ['korban hilang', 'orang hilang'],
    captured: ['yang ditangkap', 'tahanan'],
  },
  tollLinks: ['menjadi', 'mencapai', 'berjumlah', 'sebanyak', 'tercatat', 'ada'],
  totalWords: ['total', 'totalnya', 'jumlahnya', 'seluruhnya', 'keseluruhan'],
  bodies: ['jasad', 'jenazah', 'mayat'],
  coordinators: ['dan', 'serta'],
  barriers: ['dan', 'serta', 'atau', 'tetapi', 'namun', 'sedangkan', 'sementara', 'setelah', 'sebelum', 'karena', 'ketika', 'saat', 'sehingga', 'untuk', 'bahwa', 'menembak', 'menyerang'],
  notPeople: ['tahun', 'bulan', 'minggu', 'pekan', 'hari', 'jam', 'menit', 'detik', 'persen', 'rumah', 'unit', 'kendaraan', 'mobil', 'motor', 'sepeda', 'truk', 'bangunan', 'gedung', 'desa', 'kampung', 'km', 'kilometer', 'meter', 'kg', 'ton', 'rupiah', 'juta', 'miliar', 'triliun', 'dolar', 'luka tembak', 'luka tusuk', 'luka bacok', 'luka sayatan', 'peluru', 'butir', 'pucuk', 'bom', 'roket', 'rudal', 'jet', 'pesawat', 'drone', 'tank', 'kali', 'kapal', 'pos', 'gereja', 'masjid', 'sekolah', 'wib', 'wita', 'wit', 'anggota tubuh'],
  notCountBefore: ['pukul', 'jam', 'nomor', 'no', 'rt', 'rw', 'smpn', 'sman', 'sdn', 'smkn', 'pasal', 'ayat', 'tahun', 'usia', 'berusia', 'umur', 'halaman', 'km', 'jalan', 'jl', 'blok', 'kelas', 'semester', 'ke', 'unit', 'skuad', 'batalion', 'batalyon', 'kompi', 'regu', 'yonif', 'kodim', 'korem', 'polsek', 'polres', 'g'],
  partitive: ['di antara', 'diantara', 'di antaranya', 'diantaranya', 'dari', 'dari antara', 'dari mereka', 'daripada'],
  relativizers: ['yang'],
  amongWords: ['termasuk di antara', 'termasuk dalam', 'di antara'],
  partitiveLead: ['dari', 'di antara', 'daripada'],
  breakdownCues: ['termasuk', 'di antaranya', 'diantaranya', 'antara lain', 'terdiri dari', 'terdiri atas', 'meliputi', 'yakni', 'salah'],
  civilian: ['warga', 'warga sipil', 'sipil', 'penduduk', 'masyarakat', 'anak', 'anak-anak', 'balita', 'bayi', 'perempuan', 'wanita', 'ibu', 'guru', 'siswa', 'pelajar', 'mahasiswa', 'demonstran', 'pendemo', 'pengunjuk rasa', 'pedagang', 'petani', 'nelayan', 'jurnalis', 'wartawan', 'pengungsi', 'jemaah', 'jamaah', 'pekerja', 'buruh', 'tenaga kesehatan', 'nakes', 'dokter', 'perawat', 'relawan', 'warga palestina', 'penumpang', 'pejalan kaki', 'karyawan', 'santri', 'pendeta'],
  military: ['tentara', 'prajurit', 'personel', 'personel tni', 'anggota tni', 'tni', 'militer', 'pasukan', 'serdadu', 'polisi', 'anggota polisi', 'anggota polri', 'polri', 'brimob', 'aparat', 'aparat keamanan', 'petugas keamanan', 'anggota kkb', 'kkb', 'militan', 'pemberontak', 'gerilyawan', 'milisi', 'kombatan', 'teroris', 'pejuang', 'anggota kelompok kriminal bersenjata', 'kelompok kriminal bersenjata', 'komando', 'perwira', 'marinir', 'bharada', 'anggota brimob', 'anggota kkb'],
  suffixes: ['nya', 'mu', 'ku'],
  elliptic: ['lainnya', 'lain', 'orang lainnya', 'korban lainnya', 'lagi'],
  people: ['orang', 'jiwa', 'korban', 'lainnya', 'lain', 'warga', 'anggota', 'individu', 'demonstran', 'pendemo', 'tentara', 'prajurit', 'personel', 'polisi', 'anak', 'orang lainnya'],
  tallyCues: ['sejak', 'hingga kini', 'hingga saat ini', 'sampai saat ini', 'sampai kini', 'sejauh ini', 'sepanjang', 'secara keseluruhan', 'dengan demikian', 'dengan begitu', 'kumulatif', 'selama ini'],
  conflictNouns: ['perang', 'konflik', 'pemberontakan', 'kekerasan', 'agresi', 'invasi'],
  perfectAux: ['telah'],
  zero: {
    killed: ['tidak ada korban jiwa', 'tak ada korban jiwa', 'tidak ada korban', 'tak ada korban', 'tidak menimbulkan korban jiwa', 'tidak menimbulkan korban', 'tanpa korban jiwa', 'nihil korban', 'tidak ada korban tewas', 'tidak ada yang tewas', 'tidak ada yang meninggal', 'tidak ada korban meninggal', 'belum ada korban jiwa'],
    injured: ['tidak ada korban luka', 'tidak ada yang terluka', 'tak ada yang terluka', 'tidak ada korban luka-luka'],
    missing: [],
    captured: [],
  },
  speechVerbs: ['mengatakan', 'menyatakan', 'menyebutkan', 'menyebut', 'melaporkan', 'mengungkapkan', 'menjelaskan', 'menegaskan', 'mengklaim', 'menuturkan', 'menerangkan', 'memaparkan', 'menambahkan', 'mengakui', 'membenarkan', 'mengonfirmasi', 'mengkonfirmasi', 'memastikan', 'merinci', 'mencatat', 'berkata', 'bilang', 'menuding', 'menyampaikan', 'mengumumkan', 'memberitakan', 'mengecam', 'mengutuk', 'menyesalkan', 'menuturkan'],
  notSpeechBefore: [],
  invertedSpeechVerbs: ['kata', 'ujar', 'ucap', 'tutur', 'jelas', 'ungkap', 'terang', 'tegas', 'imbuh', 'tambah', 'sebut', 'papar', 'lanjut', 'katanya', 'ujarnya'],
  pronounSpeechSuffixes: ['katanya', 'ujarnya', 'ucapnya', 'tuturnya', 'jelasnya', 'ungkapnya', 'terangnya', 'tegasnya', 'imbuhnya', 'tambahnya', 'sebutnya', 'paparnya', 'lanjutnya', 'sambungnya'],
  sourcePreps: ['menurut', 'berdasarkan keterangan', 'berdasarkan laporan', 'berdasarkan data', 'dilansir dari', 'dilansir', 'seperti dikutip dari', 'dikutip dari', 'mengutip', 'melansir', 'sebagaimana dilaporkan', 'seperti dilaporkan'],
  passiveSource: ['disampaikan oleh', 'dilaporkan oleh', 'diungkapkan oleh', 'dikonfirmasi oleh', 'diumumkan oleh'],
  pronouns: ['ia', 'dia', 'mereka', 'beliau', 'pihaknya', 'kami', 'ia pun', 'dia pun', 'mereka juga', 'ia juga', 'dia juga'],
  anaphoricHeads: ['kementerian', 'pernyataan', 'laporan', 'kantor berita', 'pihak berwenang', 'juru bicara', 'jubir', 'polisi', 'militer', 'kelompok', 'organisasi', 'lembaga', 'kepolisian'],
  reportNouns: ['pernyataan', 'laporan', 'keterangan', 'berita', 'rilis', 'siaran pers'],
  anaphoricAfter: ['tersebut', 'itu', 'ini'],
  speakerStripStart: ['namun', 'tetapi', 'sementara itu', 'sementara', 'di sisi lain', 'lebih lanjut', 'selain itu', 'adapun', 'sedangkan', 'bahwa', 'dan', 'pun'],
  speakerStop: ['yang', 'saat', 'ketika', 'kepada', 'dalam', 'pada', 'seperti', 'di', 'usai', 'setelah', 'dilansir', 'kemarin', 'bahwa', 'sebagaimana'],
  speakerStripEnd: ['juga', 'pun', 'lebih lanjut', 'lagi', 'kembali', 'telah', 'sudah', 'sebelumnya', 'kemudian'],
  singularDeterminers: ['seorang', 'satu'],
  singularOutcomes: {
    killed: ['tewas', 'meninggal dunia', 'meninggal', 'gugur', 'wafat', 'terbunuh', 'ditembak mati'],
    injured: [],
    missing: [],
    captured: [],
  },
  listCues: ['ada', 'sebanyak'],
  fallbackNumbers: {
    units: { satu: 1, seorang: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, sejuta: 1000000, kedua: 2, ketiga: 3, keempat: 4, kelima: 5 },
    multipliers: { puluh: 10, ratus: 100, ribu: 1000, juta: 1000000 },
    teens: ['belas'],
    vague: { beberapa: 10, sejumlah: 10, puluhan: 12, belasan: 11, ratusan: 100, ribuan: 1000, banyak: 10, 'berpuluh-puluh': 12, 'beratus-ratus': 100 },
    qualifiers: {
      at_least: ['sedikitnya', 'setidaknya', 'paling sedikit', 'minimal', 'lebih dari', 'sekurang-kurangnya', 'sekurangnya'],
      about: ['sekitar', 'kurang lebih', 'lebih kurang', 'kira-kira', 'hampir', 'sekira', 'sekiranya'],
      at_most: ['hingga', 'sampai', 'maksimal', 'paling banyak', 'kurang dari'],
    },
    thousands: '.',
  },
};
