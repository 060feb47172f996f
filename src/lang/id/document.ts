import type { DocumentPack } from '../../core/document/types.js';

/**
 * Indonesian page furniture, as kumparan, detik, Kompas, Tempo, CNN Indonesia, Antara and
 * Tribun print it: dates ("Kamis, 08 Okt 2020 16:25 WIB", "Kamis (8/10/2020) pukul 16.25 WIB"),
 * "Baca juga:" link lines, "Foto:" credits, "Perbesar" controls, paywall and share litter.
 */
export const idDocument: DocumentPack = {
  months: {
    januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, peb: 2, maret: 3, mar: 3, april: 4, apr: 4,
    mei: 5, juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, agst: 8,
    september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, nopember: 11, nop: 11,
    desember: 12, des: 12,
  },
  weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad', 'sen', 'sel', 'rab', 'kam', 'jum', 'sab', 'min'],
  zones: { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' },
  // Indonesian outlets print Jakarta time (WIB) unless they say otherwise.
  defaultOffset: '+07:00',
  clockWords: ['pukul', 'pkl', 'jam'],
  // "pukul 3 sore" 15:00, "1 siang" 13:00, "9 malam" 21:00; "pagi", "dini hari" stay before noon.
  dayParts: { pagi: [13, 12], 'dini hari': [13, 12], siang: [1, 5], sore: [1, 11], malam: [6, 11] },
  publishedLabels: ['diterbitkan', 'dipublikasikan', 'terbit', 'tayang', 'dipublikasi'],
  updatedLabels: ['diperbarui', 'diperbaharui', 'update', 'pembaruan'],
  litterLines: [
    'iklan', 'bagikan', 'komentar', 'tutup', 'tutup iklan', 'lanjutkan membaca', 'baca selengkapnya',
    'selengkapnya', 'salin tautan', 'salin link', 'tautan disalin', 'link disalin', 'lihat foto', 'lihat video',
    'gulir ke bawah untuk melanjutkan', 'konten berbayar', 'konten bersponsor', 'pilihan redaksi', 'video pilihan',
    'ikuti kami', 'dengarkan', 'dengarkan artikel', 'bagikan artikel', 'tag', 'tags', 'topik', 'topik terkait',
    // Liputan6 and Kompas TV close with a video prompt: "Simak Video Pilihan Berikut Ini:"
    'simak video pilihan berikut ini', 'saksikan video pilihan berikut ini', 'simak video berikut ini', 'saksikan video berikut ini',
  ],
  litterPatterns: [
    // syndication notes: "Artikel ini telah tayang di Kompas.com dengan judul …"
    'artikel ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan|tersedia) (?:di|pada) .*',
    // "Simak berita dan artikel lainnya di Google News", "Ikuti kami di Google News"
    '(?:simak|ikuti|dapatkan|baca|gabung)\\b.{0,100}\\b(?:google news|whatsapp|telegram|instagram|saluran|channel)\\b.*',
    'dapatkan update berita .*',
    // paywall prompts
    '.{0,40}\\b(?:berlangganan|langganan)\\b.{0,60}',
    '(?:sudah|belum) (?:punya akun|berlangganan|terdaftar)\\??.{0,60}',
    '(?:masuk|login|daftar) untuk (?:membaca|melanjutkan|mengakses).{0,60}',
    // reading-time badges: "3 menit baca", "Waktu baca 2 menit"
    '(?:waktu baca )?\\d+ menit(?: baca| membaca)?',
    // photo count badges: "12 foto"
    '\\d+ foto',
    // pagination: "Halaman Selanjutnya", "Halaman 2 dari 3", "1 2 3 Selanjutnya"
    'halaman (?:selanjutnya|berikutnya|sebelumnya|\\d+(?: dari \\d+)?)',
    '(?:\\d+ ){1,9}(?:selanjutnya|berikutnya|»|>)',
    'iklan(?:\\s*[-–—:|]\\s*.{0,40})?',
  ],
  relatedLeads: ['pilihan editor', 'pilihan redaksi', 'baca juga', 'baca pula', 'simak juga', 'lihat juga', 'tonton juga', 'baca', 'simak', 'saksikan juga', 'berita terkait', 'artikel terkait', 'baca berita lainnya'],
  tailHeaders: ['berita terkait', 'berita lainnya', 'artikel terkait', 'artikel lainnya', 'berita populer', 'populer', 'terpopuler', 'terkini', 'berita terkini', 'rekomendasi', 'rekomendasi untuk anda', 'baca berita lainnya', 'pilihan untukmu', 'lihat semua', 'topik pilihan'],
  captionLabels: ['keterangan foto', 'keterangan gambar', 'keterangan'],
  photoLabels: ['foto', 'dok', 'dokumentasi', 'ilustrasi', 'sumber foto', 'kredit foto', 'sumber gambar', 'gambar'],
  creditNames: ['Net', 'Ist', 'Istimewa', 'Dok', 'Repro', 'ANTARA', 'ANTARA FOTO', 'Antara', 'kumparan', 'detikcom', 'Kompas.com', 'Tempo', 'Tribunnews', 'Humas'],
  enlargeWords: ['perbesar', 'lihat foto', 'zoom'],
  bylineLabels: ['oleh', 'penulis', 'editor', 'reporter', 'wartawan', 'laporan', 'laporan wartawan', 'kontributor', 'penyunting', 'redaktur', 'pewarta', 'fotografer'],
  stopwords: [
    'yang', 'dan', 'di', 'itu', 'dengan', 'untuk', 'tidak', 'ini', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke',
    'karena', 'tersebut', 'bisa', 'ada', 'mereka', 'lebih', 'kata', 'sudah', 'saat', 'oleh', 'menjadi', 'bahwa',
    'atau', 'hanya', 'namun', 'telah', 'para', 'sebagai', 'masih', 'hingga', 'setelah', 'seperti', 'secara', 'harus',
    'kepada', 'sejak', 'antara', 'bagi', 'tak', 'belum', 'sementara', 'serta', 'dia', 'ia', 'kami', 'kita',
  ],
  distinctive: [
    'pemerintah', 'polisi', 'kepolisian', 'juru', 'tewas', 'mengatakan', 'karena', 'setelah', 'bisa', 'saat', 'ujar',
    'ungkap', 'menurut', 'tersebut', 'sejumlah', 'aparat', 'mengungkapkan', 'menyebut', 'sedangkan', 'kabupaten',
    'provinsi', 'kemarin', 'korban', 'terluka', 'diamankan', 'kecamatan', 'lalu', 'pun', 'enggak', 'gak', 'kok',
    'agar', 'bahkan', 'sempat', 'berhasil', 'tutur', 'imbuh', 'menuturkan', 'usai', 'mobil', 'uang', 'gratis', 'anak-anak',
  ],
};
