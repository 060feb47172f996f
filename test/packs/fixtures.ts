/**
 * What every language pack must read, phrased in each language by this suite's authors. A pack
 * that cannot have a case gives `skip` with the reason.
 */
export interface NumberCase { text: string; value: number; qualifier: string }
export interface DateCase { text: string; published: string; date: string; precision: number; since?: boolean; future?: boolean }
export type Case<T> = T | { skip: string };

export interface PackFixtures {
  numbers: Record<'digits' | 'at_least' | 'about' | 'at_most' | 'words' | 'teen_words' | 'vague_several' | 'vague_hundreds' | 'vague_dozens' | 'thousands_separator' | 'decimal_multiplier', Case<NumberCase>>;
  /** Sentences with no count at all (percent, money, year, time, age, article number, determiner "one of"). */
  notCounts: Record<'percent' | 'money' | 'year' | 'time' | 'age' | 'article' | 'determiner', Case<string>>;
  dates: Record<'full' | 'day_month_past_bias' | 'weekday_past' | 'weekday_future' | 'weekday_numeric' | 'yesterday' | 'last_night' | 'last_week' | 'next_week' | 'last_month' | 'since' | 'days_ago', Case<DateCase>>;
}

const THU = '2020-10-08T16:25:00+07:00';
const MY = '2020-10-08T16:25:00+08:00';
const EN = '2020-10-08T16:25:00+00:00';

export const FIXTURES: Record<string, PackFixtures> = {
  id: {
    numbers: {
      digits: { text: 'Polisi menangkap 14 orang.', value: 14, qualifier: 'exact' },
      at_least: { text: 'Sedikitnya 9 orang tewas.', value: 9, qualifier: 'at_least' },
      about: { text: 'Sekitar 60 rumah terbakar.', value: 60, qualifier: 'about' },
      at_most: { text: 'Korban bisa mencapai hingga 8 orang.', value: 8, qualifier: 'at_most' },
      words: { text: 'Tiga puluh dua tahanan kabur.', value: 32, qualifier: 'exact' },
      teen_words: { text: 'Empat belas prajurit terluka.', value: 14, qualifier: 'exact' },
      vague_several: { text: 'Beberapa warga terluka.', value: 10, qualifier: 'vague' },
      vague_hundreds: { text: 'Ratusan mahasiswa berunjuk rasa.', value: 100, qualifier: 'vague' },
      vague_dozens: { text: 'Puluhan orang ditangkap.', value: 12, qualifier: 'vague' },
      thousands_separator: { text: 'Sebanyak 4.630 anak menjadi korban.', value: 4630, qualifier: 'exact' },
      decimal_multiplier: { text: 'Sebanyak 1,7 juta warga mengungsi.', value: 1700000, qualifier: 'exact' },
    },
    notCounts: {
      percent: 'Harga beras naik 12 persen.',
      money: 'Kerugian mencapai Rp 40 juta.',
      year: 'Konflik itu dimulai pada 2014.',
      time: 'Ledakan terdengar pukul 05.30 WIB.',
      age: 'Pelaku yang berusia 19 tahun ditahan.',
      article: 'Ia dijerat Pasal 170 KUHP.',
      determiner: 'Salah satu korban dirawat.',
    },
    dates: {
      full: { text: 'Serangan terjadi pada 3 Agustus 2019.', published: THU, date: '2019-08-03', precision: 1 },
      day_month_past_bias: { text: 'Bentrokan terjadi pada 20 Desember.', published: THU, date: '2019-12-20', precision: 1 },
      weekday_past: { text: 'Polisi menggerebek rumah itu pada Selasa.', published: THU, date: '2020-10-06', precision: 1 },
      weekday_future: { text: 'Kedua pihak akan berunding pada Selasa.', published: THU, date: '2020-10-13', precision: 1, future: true },
      weekday_numeric: { text: 'Massa berkumpul pada Senin (5/10).', published: THU, date: '2020-10-05', precision: 1 },
      yesterday: { text: 'Pelaku ditangkap kemarin.', published: THU, date: '2020-10-07', precision: 1 },
      last_night: { text: 'Baku tembak terjadi tadi malam.', published: THU, date: '2020-10-07', precision: 1 },
      last_week: { text: 'Demo serupa digelar pekan lalu.', published: THU, date: '2020-09-28', precision: 2 },
      next_week: { text: 'Sidang digelar pekan depan.', published: THU, date: '2020-10-12', precision: 2, future: true },
      last_month: { text: 'Kasus itu terungkap bulan lalu.', published: THU, date: '2020-09-01', precision: 3 },
      since: { text: 'Ratusan orang tewas sejak 1 Oktober.', published: THU, date: '2020-10-01', precision: 1, since: true },
      days_ago: { text: 'Serangan terjadi dua hari lalu.', published: THU, date: '2020-10-06', precision: 1 },
    },
  },
  ms: {
    numbers: {
      digits: { text: 'Polis menahan 14 individu.', value: 14, qualifier: 'exact' },
      at_least: { text: 'Sekurang-kurangnya 9 orang maut.', value: 9, qualifier: 'at_least' },
      about: { text: 'Kira-kira 60 rumah musnah.', value: 60, qualifier: 'about' },
      at_most: { text: 'Mangsa dijangka sehingga 8 orang.', value: 8, qualifier: 'at_most' },
      words: { text: 'Tiga puluh dua banduan melarikan diri.', value: 32, qualifier: 'exact' },
      teen_words: { text: 'Empat belas anggota cedera.', value: 14, qualifier: 'exact' },
      vague_several: { text: 'Beberapa penduduk cedera.', value: 10, qualifier: 'vague' },
      vague_hundreds: { text: 'Ratusan pelajar berhimpun.', value: 100, qualifier: 'vague' },
      vague_dozens: { text: 'Puluhan orang ditahan.', value: 12, qualifier: 'vague' },
      thousands_separator: { text: 'Seramai 4,630 kanak-kanak terjejas.', value: 4630, qualifier: 'exact' },
      decimal_multiplier: { text: 'Seramai 1.7 juta penduduk dipindahkan.', value: 1700000, qualifier: 'exact' },
    },
    notCounts: {
      percent: 'Harga beras naik 12 peratus.',
      money: 'Dia didenda RM40,000.',
      year: 'Konflik itu bermula pada 2014.',
      time: 'Letupan kedengaran pada pukul 5.30 petang.',
      age: 'Suspek berusia 19 tahun ditahan.',
      article: 'Dia didakwa mengikut Seksyen 302 Kanun Keseksaan.',
      determiner: 'Salah seorang mangsa dirawat.',
    },
    dates: {
      full: { text: 'Serangan berlaku pada 3 Ogos 2019.', published: MY, date: '2019-08-03', precision: 1 },
      day_month_past_bias: { text: 'Pertempuran berlaku pada 20 Disember.', published: MY, date: '2019-12-20', precision: 1 },
      weekday_past: { text: 'Polis menyerbu rumah itu pada Selasa.', published: MY, date: '2020-10-06', precision: 1 },
      weekday_future: { text: 'Kedua-dua pihak akan berunding pada Selasa.', published: MY, date: '2020-10-13', precision: 1, future: true },
      weekday_numeric: { skip: 'Malaysian outlets do not write a weekday with "(d/m)"; the Indonesian form is still read through the id tables' },
      yesterday: { text: 'Suspek ditahan semalam.', published: MY, date: '2020-10-07', precision: 1 },
      last_night: { text: 'Tembakan berlaku malam tadi.', published: MY, date: '2020-10-07', precision: 1 },
      last_week: { text: 'Himpunan serupa diadakan minggu lepas.', published: MY, date: '2020-09-28', precision: 2 },
      next_week: { text: 'Perbicaraan diadakan minggu hadapan.', published: MY, date: '2020-10-12', precision: 2, future: true },
      last_month: { text: 'Kes itu terbongkar bulan lalu.', published: MY, date: '2020-09-01', precision: 3 },
      since: { text: 'Ratusan orang terkorban sejak 1 Oktober.', published: MY, date: '2020-10-01', precision: 1, since: true },
      days_ago: { text: 'Serangan berlaku dua hari lalu.', published: MY, date: '2020-10-06', precision: 1 },
    },
  },
  en: {
    numbers: {
      digits: { text: 'Police arrested 14 people.', value: 14, qualifier: 'exact' },
      at_least: { text: 'At least 9 people were killed.', value: 9, qualifier: 'at_least' },
      about: { text: 'About 60 homes burned down.', value: 60, qualifier: 'about' },
      at_most: { text: 'Up to 8 people may have died.', value: 8, qualifier: 'at_most' },
      words: { text: 'Thirty-two prisoners escaped.', value: 32, qualifier: 'exact' },
      teen_words: { text: 'Fourteen soldiers were wounded.', value: 14, qualifier: 'exact' },
      vague_several: { text: 'Several residents were hurt.', value: 10, qualifier: 'vague' },
      vague_hundreds: { text: 'Hundreds of students protested.', value: 100, qualifier: 'vague' },
      vague_dozens: { text: 'Dozens of people were detained.', value: 12, qualifier: 'vague' },
      thousands_separator: { text: 'Some 4,630 children were affected.', value: 4630, qualifier: 'about' },
      decimal_multiplier: { text: 'A total of 1.7 million people fled.', value: 1700000, qualifier: 'exact' },
    },
    notCounts: {
      percent: 'Rice prices rose 12 percent.',
      money: 'Damage reached $40 million.',
      year: 'The conflict began in 2014.',
      time: 'The blast was heard at 5:30 a.m.',
      age: 'The 19-year-old suspect was detained.',
      article: 'He was charged under Article 170.',
      determiner: 'The bombing was one of the deadliest in years.',
    },
    dates: {
      full: { text: 'The attack took place on August 3, 2019.', published: EN, date: '2019-08-03', precision: 1 },
      day_month_past_bias: { text: 'Clashes broke out on December 20.', published: EN, date: '2019-12-20', precision: 1 },
      weekday_past: { text: 'Police raided the house on Tuesday.', published: EN, date: '2020-10-06', precision: 1 },
      weekday_future: { text: 'The two sides will meet on Tuesday.', published: EN, date: '2020-10-13', precision: 1, future: true },
      weekday_numeric: { skip: 'English news does not write a weekday with "(d/m)"' },
      yesterday: { text: 'The suspect was arrested yesterday.', published: EN, date: '2020-10-07', precision: 1 },
      last_night: { text: 'Gunfire erupted last night.', published: EN, date: '2020-10-07', precision: 1 },
      last_week: { text: 'A similar protest was held last week.', published: EN, date: '2020-09-28', precision: 2 },
      next_week: { text: 'The trial opens next week.', published: EN, date: '2020-10-12', precision: 2, future: true },
      last_month: { text: 'The case came to light last month.', published: EN, date: '2020-09-01', precision: 3 },
      since: { text: 'Hundreds have died since 1 October.', published: EN, date: '2020-10-01', precision: 1, since: true },
      days_ago: { text: 'The attack happened two days ago.', published: EN, date: '2020-10-06', precision: 1 },
    },
  },
};
