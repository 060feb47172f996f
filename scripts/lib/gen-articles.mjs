// Synthetic news articles for benchmarks: deterministic (seeded), about N bytes each, in the
// style of Indonesian, Malay and English conflict reporting, with scrape litter around them.
// As in real reports, about half the sentences carry an incident; the rest are context,
// quotes, reactions and aid.
// The sentences are written for this project; names and numbers vary per article.

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = {
  id: ['Kendari', 'Semarang', 'Makassar', 'Jayapura', 'Wamena', 'Timika', 'Bandung', 'Poso', 'Ambon', 'Medan', 'Kharkiv', 'Rafah', 'Khan Younis', 'Mogadishu', 'Ganja', 'Stepanakert', 'Maiduguri', 'Sittwe'],
  ms: ['Lahad Datu', 'Kota Kinabalu', 'Kuala Lumpur', 'Semporna', 'Tawau', 'Kuching', 'Johor Bahru', 'Ipoh', 'Rafah', 'Gaza', 'Yala', 'Narathiwat'],
  en: ['Odesa', 'Kharkiv', 'Mykolaiv', 'Rafah', 'Khan Younis', 'Mogadishu', 'Maiduguri', 'Kabul', 'Kandahar', 'Goma', 'Bunia', 'Port-au-Prince', 'Srinagar', 'Kulgam', 'Sittwe', 'Khartoum', 'El Fasher'],
};
const WEEKDAYS = { id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'], ms: ['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad'], en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] };
const MONTHS = { id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'], ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'], en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] };

const SENTENCES = {
  id: [
    'Kelompok bersenjata menyerang pos keamanan di {P} pada {W} ({d}/{m}) pagi dan menewaskan {n} warga sipil.',
    'Polisi membubarkan ratusan demonstran dengan gas air mata di depan gedung DPRD {P}.',
    'Juru bicara kepolisian mengatakan sedikitnya {n} orang terluka dalam bentrokan tersebut.',
    'Menurut warga, baku tembak antara aparat keamanan dan kelompok bersenjata berlangsung sekitar dua jam.',
    'Pemerintah daerah {P} mencatat {n2} rumah rusak dan puluhan warga mengungsi sejak {d} {M}.',
    'Aparat gabungan TNI dan Polri menangkap {n} terduga pelaku di {P} pada {W} malam.',
    'Korban tewas bertambah menjadi {n2} orang sejak pertempuran pecah pada {d} {M}, kata pejabat setempat.',
    'Para menteri dijadwalkan akan bertemu di {P} pekan depan untuk membahas gencatan senjata.',
    'Serangan udara menghantam sebuah sekolah di {P} dan melukai {n} anak, kata petugas kesehatan.',
    'Warga mengaku mendengar ledakan keras sebelum api melahap pasar tradisional di pusat kota.',
    'Warga berharap pemerintah segera memulihkan keamanan agar kegiatan ekonomi di {P} kembali normal.',
    'Sekolah-sekolah di kawasan itu diliburkan sementara, sementara pasar tetap buka dengan penjagaan ketat.',
    'Pengamat keamanan menilai situasi di daerah tersebut masih rawan menjelang akhir tahun.',
    'Pemerintah provinsi menyiapkan bantuan logistik berupa beras, air bersih, dan obat-obatan bagi para pengungsi.',
    '"Kami hanya ingin hidup tenang dan bisa bekerja seperti biasa," ujar seorang pedagang di {P}.',
    'Anggota DPR meminta aparat mengedepankan pendekatan dialog dalam menangani persoalan di wilayah itu.',
    'Jalan utama menuju {P} kembali dibuka pada sore harinya setelah sempat ditutup beberapa jam.',
    'Hingga berita ini diturunkan, belum ada pernyataan resmi dari kementerian terkait.',
  ],
  ms: [
    'Polis menahan {n} individu selepas himpunan di {P} bertukar ricuh pada {W} lalu.',
    'Jurucakap kerajaan berkata {n} anggota keselamatan terkorban dalam pertempuran di {P}.',
    'Seramai {n2} penduduk dipindahkan ke pusat pemindahan sementara sejak {d} {M}.',
    'Menurut polis, kumpulan bersenjata itu melepaskan tembakan ke arah kampung di {P} semalam.',
    'Ketua Polis Daerah berkata siasatan sedang dijalankan dan orang ramai diminta bertenang.',
    'Beberapa penunjuk perasaan cedera apabila polis menggunakan gas pemedih mata di {P}.',
    'Menteri Luar akan bertemu rakan sejawatnya di {P} minggu depan bagi membincangkan gencatan senjata.',
    'Sekurang-kurangnya {n} orang maut dalam serangan udara di {P} pada {W}.',
    'Penduduk berharap keadaan kembali pulih supaya aktiviti ekonomi di {P} dapat diteruskan.',
    'Sekolah di kawasan itu ditutup sementara manakala pasar dibuka dengan kawalan ketat.',
    'Penganalisis keselamatan berpendapat situasi di kawasan tersebut masih belum stabil.',
    'Kerajaan negeri menyediakan bantuan makanan, air bersih dan ubat-ubatan kepada mangsa.',
    '"Kami hanya mahu hidup aman dan bekerja seperti biasa," kata seorang peniaga di {P}.',
    'Jalan utama ke {P} dibuka semula pada sebelah petang selepas ditutup beberapa jam.',
  ],
  en: [
    'Gunmen attacked a village near {P} on {W} night, killing {n} civilians, local officials said.',
    'Police fired tear gas to disperse hundreds of protesters outside the governor\'s office in {P}.',
    'At least {n} people were wounded in the clashes, according to the health ministry.',
    'A drone strike hit a residential building in {P} overnight, injuring {n} people including two children.',
    'The death toll has risen to {n2} since fighting began on {M} {d}, the United Nations said.',
    'Security forces arrested {n} suspects in {P} on {W}, a police spokesman told reporters.',
    'Foreign ministers are expected to meet in {P} next week to discuss a ceasefire.',
    'Residents said they heard heavy artillery fire through the night before the army retook the town.',
    'The militants seized control of two checkpoints on the road to {P}, a military source said.',
    'Aid agencies warned that thousands of families had fled their homes since {M} {d}.',
    'Residents said they hoped calm would return so that markets and schools in {P} could reopen.',
    'Analysts say the region has seen a steady rise in tension over the past year.',
    'The provincial government said it was sending food, clean water and medicine to displaced families.',
    '"We just want to live in peace and go back to work," a shopkeeper in {P} said.',
    'Lawmakers urged the authorities to open a dialogue with community leaders.',
    'The main road to {P} reopened in the afternoon after being closed for several hours.',
    'There was no immediate comment from the defence ministry.',
    "The city's hospitals have struggled with shortages of fuel and medical supplies for months.",
  ],
};
const LITTER = {
  id: ['ADVERTISEMENT', 'Baca juga: Polisi Selidiki Ledakan di Pasar', 'sosmed-whatsapp-white', 'copy-link-circle', 'Scroll to continue with content'],
  ms: ['IKLAN', 'Baca juga: Polis Siasat Kejadian Tembakan', 'Kongsi artikel ini'],
  en: ['ADVERTISEMENT', 'Read more: Ceasefire talks stall again', 'Share this article', 'Sign up for our newsletter'],
};
const TITLES = {
  id: ['Bentrokan Pecah di {P}, {n} Warga Tewas', 'Demo Ricuh di {P}, Polisi Tembakkan Gas Air Mata'],
  ms: ['{n} Terkorban Dalam Serangan di {P}', 'Polis Tahan {n} Individu Selepas Himpunan di {P}'],
  en: ['{n} killed in attack near {P}', 'Police disperse protesters in {P}'],
};
const DATELINE = {
  id: (d, m, y) => `${d} ${MONTHS.id[m - 1]} ${y} 16:25 WIB`,
  ms: (d, m, y) => `${d} ${MONTHS.ms[m - 1]} ${y}, 9:30 pagi`,
  en: (d, m, y) => `${MONTHS.en[m - 1]} ${d}, ${y} 4:25 PM GMT+7`,
};

/** One article of about `bytes` bytes in language `lang`, as a scraped plain-text page. */
export function generateArticle(lang, seed, bytes = 4096) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const d = 1 + Math.floor(r() * 27);
  const m = 1 + Math.floor(r() * 12);
  const y = 2019 + Math.floor(r() * 6);
  const fill = (s) =>
    s
      .replaceAll('{P}', pick(PLACES[lang]))
      .replaceAll('{W}', pick(WEEKDAYS[lang]))
      .replaceAll('{M}', MONTHS[lang][m - 1])
      .replaceAll('{d}', String(d))
      .replaceAll('{m}', String(m))
      .replaceAll('{n}', String(1 + Math.floor(r() * 40)))
      .replaceAll('{n2}', String(20 + Math.floor(r() * 400)));
  const lines = [fill(pick(TITLES[lang])), '', DATELINE[lang](d, m, y), ''];
  let size = lines.join('\n').length;
  while (size < bytes) {
    const para = [fill(pick(SENTENCES[lang])), fill(pick(SENTENCES[lang]))].join(' ');
    lines.push(para);
    if (r() < 0.25) lines.push(pick(LITTER[lang]));
    size += para.length + 1;
  }
  return lines.join('\n');
}

/** The same article wrapped in a plausible news page (header, nav, article, footer). */
export function generateHtmlPage(lang, seed, bytes = 4096) {
  const text = generateArticle(lang, seed, bytes);
  const [title, , dateline, , ...body] = text.split('\n');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paras = body.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)} - Kabar Harian</title>
<meta property="og:title" content="${esc(title)}"><meta property="article:published_time" content="2024-04-23T09:25:00+07:00"></head>
<body><header><nav><a href="/">Beranda</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${esc(title)}</h1><time>${esc(dateline)}</time>
<figure><img src="a.jpg"><figcaption>Warga di lokasi kejadian. Foto: Reuters</figcaption></figure>
${paras}</article><aside><h3>Terpopuler</h3><ul><li><a href="/1">Berita lain</a></li><li><a href="/2">Berita lain lagi</a></li></ul></aside></main>
<footer>© 2024 Kabar Harian. All rights reserved.</footer></body></html>`;
}
