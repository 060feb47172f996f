import { describe, expect, it } from 'vitest';
import { idEvents } from '../../src/lang/id/events.js';
import { codeSentence } from './helpers.js';

// Indonesian sentences written for these tests.
const CASES: [string, string][] = [
  // Fights between mass organisations are mob violence; drones shot down are weapons use disrupted.
  ['Bentrokan antara dua organisasi kemasyarakatan (ormas) pecah di jalan raya itu, Sabtu malam.', 'Mob violence'],
  ['Kementerian Pertahanan Rusia mengklaim pasukannya menembak jatuh 37 drone Ukraina semalam.', 'Disrupted weapons use'],
  // Road-blocking is a violent demonstration in ACLED's codebook; roads blocked by armed men are not.
  ['Ratusan warga memblokade Jalan Trans Sulawesi untuk menuntut perbaikan jalan yang rusak.', 'Violent demonstration'],
  ['Pasukan pemerintah dan pemberontak terlibat bentrokan di perbatasan.', 'Armed clash'],
  ['Terjadi baku tembak antara aparat gabungan dan KKB di distrik itu pada Selasa pagi.', 'Armed clash'],
  ['Kontak senjata berlangsung selama dua jam di kampung tersebut.', 'Armed clash'],
  ['Tentara merebut kembali kota itu dari kelompok militan.', 'Government regains territory'],
  ['Kelompok pemberontak menguasai dua desa di utara provinsi.', 'Non-state actor overtakes territory'],
  ['Milisi memasuki kota tanpa perlawanan setelah pasukan pemerintah mundur.', 'Non-violent transfer of territory'],
  ['Penyelidik menyebut gas beracun digunakan dalam serangan itu.', 'Chemical weapon'],
  ['Serangan udara menghantam sebuah masjid di kota itu.', 'Air/drone strike'],
  ['Jet tempur junta menjatuhkan bom di desa-desa perbatasan.', 'Air/drone strike'],
  ['Pelaku bom bunuh diri meledakkan diri di depan kantor polisi.', 'Suicide bomb'],
  ['Kota Ganja dibom pada Kamis pagi oleh pasukan Armenia.', 'Shelling/artillery/missile attack'],
  ['Desa-desa di sekitar kota itu ditembaki dengan artileri dan roket.', 'Shelling/artillery/missile attack'],
  ['Bom rakitan meledak di pinggir jalan saat patroli melintas.', 'Remote explosive/landmine/IED'],
  ['Dua petani tewas setelah menginjak ranjau darat.', 'Remote explosive/landmine/IED'],
  ['Orang tak dikenal melemparkan granat ke arah pos jaga.', 'Grenade'],
  ['Seorang siswi diperkosa oleh tiga pria di kebun.', 'Sexual violence'],
  ['KKB menembak seorang guru hingga tewas di kiosnya.', 'Attack'],
  ['Kelompok bersenjata membantai belasan warga desa.', 'Attack'],
  ['Dua pekerja diculik kelompok bersenjata di jalan trans.', 'Abduction/forced disappearance'],
  ['Ribuan buruh menggelar unjuk rasa di depan gedung DPRD.', 'Peaceful protest'],
  ['Mahasiswa berdemo menolak kenaikan harga BBM.', 'Peaceful protest'],
  ['Aksi massa itu dibubarkan dengan gas air mata oleh polisi.', 'Protest with intervention'],
  ['Polisi menangkap puluhan pengunjuk rasa dalam demo tersebut.', 'Protest with intervention'],
  ['Polisi menembaki demonstran dengan peluru tajam.', 'Excessive force against protesters'],
  ['Demo mahasiswa berakhir ricuh, massa melempari polisi dengan batu.', 'Violent demonstration'],
  ['Seorang terduga pencuri tewas dihakimi massa.', 'Mob violence'],
  ['Warga yang marah membakar rumah terduga pelaku, amuk massa tak terhindarkan.', 'Mob violence'],
  ['Kedua pihak menandatangani perjanjian damai di ibu kota.', 'Agreement'],
  ['Gencatan senjata mulai berlaku Minggu malam.', 'Agreement'],
  ['Densus 88 menangkap tiga terduga teroris di Solo.', 'Arrests'],
  ['Pelaku berhasil diringkus polisi di rumahnya.', 'Arrests'],
  ['Tim Gegana berhasil menjinakkan bom di depan gereja.', 'Disrupted weapons use'],
  ['Aparat menyita puluhan senjata api dan ribuan amunisi.', 'Disrupted weapons use'],
  ['TNI mendirikan pos baru di perbatasan.', 'Headquarters or base established'],
  ['Toko-toko dijarah dan dibakar oleh orang tak dikenal.', 'Looting/property destruction'],
  // A speaker that is a force ("Polisi mengatakan …") is not a side of the killing it reports.
  ['Polisi mengatakan tiga warga tewas ditembak orang tak dikenal di kampung itu.', 'Attack'],
  ['Dua prajurit TNI tewas dalam serangan di pos itu.', 'Armed clash'],
  ['Puluhan pemukim bersenjata menyerang desa itu dan membakar rumah warga.', 'Mob violence'],
  ['Seorang warga ditembak mati saat mencoba melarikan diri dari kampung itu.', 'Attack'],
];

describe('id triggers: one sentence per sub-event type', () => {
  for (const [sentence, sub] of CASES) {
    it(`${sub}: ${sentence}`, () => {
      expect(codeSentence(idEvents, sentence)?.sub).toBe(sub);
    });
  }
});

describe('id modality', () => {
  it('planned meeting', () => {
    expect(codeSentence(idEvents, 'Perwakilan Prancis, AS, dan Rusia diperkirakan akan bertemu di Jenewa.')).toEqual({ sub: 'Other', modality: 'planned' });
  });
  it('meeting next week', () => {
    expect(codeSentence(idEvents, 'Menteri luar negeri dijadwalkan bertemu pekan depan di Moskow.')?.modality).toBe('planned');
  });
  it('denial', () => {
    expect(codeSentence(idEvents, 'Militer membantah telah membom desa itu.')?.modality).toBe('denied');
  });
});

describe('id negatives', () => {
  const NEG = [
    'KKB memalang jalan menuju distrik itu dengan batang pohon.',
    // An attack planned is no attack.
    'Para terduga teroris itu diduga merencanakan serangan terhadap pos polisi menjelang Ramadhan.',
    'Kelompok itu berencana menyerang markas TNI di perbatasan.',
    'Banjir bandang menewaskan 12 orang di kabupaten itu.',
    'Gempa berkekuatan 6,2 merusak ratusan rumah.',
    'Ledakan tabung gas di pabrik itu melukai tiga pekerja.',
    'Ada kekhawatiran Turki ikut terseret dalam konflik tersebut.',
    'Tidak ada bentrokan selama aksi berlangsung.',
    'Bank sentral menaikkan suku bunga acuan.',
    // Aircraft seen or heard are no strike.
    'Warga mendengar suara pesawat tempur melintas di atas kampung sepanjang malam.',
    'Sebuah drone terlihat berputar-putar di atas pos itu pada Jumat sore.',
    // The article of the penal code a suspect is charged under names an offence, not an incident.
    'Para tersangka dijerat Pasal 170 KUHP tentang pengeroyokan dengan ancaman lima tahun penjara.',
  ];
  for (const s of NEG) it(s, () => {
    const r = codeSentence(idEvents, s);
    // "Tidak ada bentrokan selama aksi": the protest is still coded, the clash is not.
    if (r) expect(r.sub).toBe('Peaceful protest');
    else expect(r).toBeNull();
  });
});

describe('id: shot by police is force against protesters only in a protest', () => {
  it('"terduga teroris ditembak polisi" is no protest', () => {
    expect(codeSentence(idEvents, 'Dua terduga teroris ditembak polisi saat hendak melarikan diri di Poso.')?.sub).not.toBe('Excessive force against protesters');
  });
  it('"anggota KKB tewas tertembak" is no protest', () => {
    expect(codeSentence(idEvents, 'Ada dua orang tewas tertembak, mereka adalah anggota kelompok kriminal bersenjata.')?.sub).not.toBe('Excessive force against protesters');
  });
  it('but a student shot dead at a demonstration is', () => {
    expect(codeSentence(idEvents, 'Seorang mahasiswa tewas tertembak saat demo menolak kenaikan harga BBM di Kendari.')?.sub).toBe('Excessive force against protesters');
    expect(codeSentence(idEvents, 'Polisi menggunakan peluru tajam untuk membubarkan unjuk rasa di depan gedung DPRD.')?.sub).toBe('Excessive force against protesters');
  });
});
