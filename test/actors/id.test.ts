import { describe, expect, it } from 'vitest';
import { id } from '../../src/lang/id/index.js';
import { actors, find, pairs } from './helpers.js';

describe('id actors: state forces by country', () => {
  it.each([
    ['Pasukan Rusia menembakkan rudal ke kota Kharkiv pada Senin malam.', 'Pasukan Rusia', 'Military Forces of Russia', 'RU'],
    ['Serangan itu dilakukan tentara Israel di Khan Younis.', 'tentara Israel', 'Military Forces of Israel', 'IL'],
    ['Militer Azerbaijan menyatakan telah merebut tiga desa.', 'Militer Azerbaijan', 'Military Forces of Azerbaijan', 'AZ'],
    ['Angkatan bersenjata Azeri menembaki posisi musuh.', 'Angkatan bersenjata Azeri', 'Military Forces of Azerbaijan', 'AZ'],
    ['Jet tempur Amerika Serikat menyerang gudang senjata di Suriah timur.', 'Jet tempur Amerika Serikat', 'Military Forces of the United States', 'US'],
    ['Desa itu ditembaki oleh pasukan etnis Armenia semalam.', 'pasukan etnis Armenia', 'Military Forces of Armenia', 'AM'],
    ['Polisi Nigeria menyebut 12 orang diculik dari sebuah sekolah.', 'Polisi Nigeria', 'Police Forces of Nigeria', 'NG'],
  ])('%s', (text, span, name, country) => {
    const a = find(id, text, span);
    expect(a, JSON.stringify(actors(id, text))).toBeDefined();
    expect(a!.name).toBe(name);
    expect(a!.country).toBe(country);
    expect(a!.type).toBe('state');
    expect(a!.kind).toBe('force');
    expect(a!.rule).toMatch(/^id\/actor\//);
  });
});

describe('id actors: Indonesian forces by name', () => {
  it('TNI, Polri, Brimob and Densus 88 are Indonesian state forces', () => {
    const text = 'Prajurit TNI dan personel Brimob Polri dikerahkan ke Intan Jaya, sementara Densus 88 menangkap dua orang di Bekasi.';
    const names = actors(id, text).map((a) => `${a.text}|${a.name}|${a.country}`);
    expect(names).toContain('Prajurit TNI|Military Forces of Indonesia|ID');
    expect(names.some((n) => n.startsWith('Brimob|Police Forces of Indonesia'))).toBe(true);
    expect(names).toContain('Densus 88|Police Forces of Indonesia|ID');
  });
  it('a law named after a force names no side ("revisi UU TNI", "RUU Polri")', () => {
    const text = 'Mahasiswa menolak revisi Undang-Undang TNI dan RUU Polri di depan gedung dewan, sementara prajurit TNI berjaga.';
    const names = actors(id, text).map((a) => a.text);
    expect(names).toContain('prajurit TNI');
    expect(names.filter((n) => /^(TNI|Polri)$/.test(n))).toEqual([]);
  });
  it('a rank with initials after a lead word opening the sentence is a soldier ("Almarhum Pratu AS tertembak")', () => {
    expect(find(id, '"Almarhum Pratu AS tertembak di bagian dada," ujar juru bicara itu.', 'Pratu AS')?.name).toBe('Military Forces');
    // (any other capitalised word before a rank still makes one longer name)
    expect(find(id, 'Jalan Kolonel Sugiono ditutup sejak pagi.', 'Kolonel Sugiono')).toBeUndefined();
  });
  it('a police unit takes its region name', () => {
    const a = find(id, 'Polda Jawa Tengah menahan 40 orang usai kericuhan.', 'Polda Jawa Tengah');
    expect(a?.name).toBe('Police Forces of Indonesia');
  });
  it('a spokesman of the TNI is an official of the TNI', () => {
    const a = find(id, 'Juru bicara TNI membantah tuduhan tersebut.', 'Juru bicara TNI');
    expect(a?.kind).toBe('official');
    expect(a?.name).toBe('Military Forces of Indonesia');
  });
  it('a regional police chief with his rank and name is one official', () => {
    const a = actors(id, 'Kapolda Sulawesi Tengah Irjen Rudy Sufahriadi mengatakan dua anggota MIT tewas.');
    expect(a[0]?.text).toBe('Kapolda Sulawesi Tengah Irjen Rudy Sufahriadi');
    expect(a[0]?.kind).toBe('official');
    expect(a.find((m) => m.text === 'MIT')?.name).toBe('MIT: Mujahidin Indonesia Timur');
  });
  it('bare polisi has no country but a template', () => {
    const a = find(id, 'Polisi masih memburu pelaku.', 'Polisi');
    expect(a?.country).toBeNull();
    expect(a?.template).toBe('Police Forces of {country}');
  });
});

describe('id actors: joined names and -nya forms', () => {
  it('Militer Azerbaijan-Armenia names the Azerbaijani military', () => {
    expect(find(id, 'Militer Azerbaijan-Armenia Malah Bentrok', 'Militer Azerbaijan')?.country).toBe('AZ');
  });
  it('tentaranya is a force', () => {
    expect(find(id, 'Militer Israel mengatakan dua tentaranya tewas.', 'tentaranya')?.kind).toBe('force');
  });
});

describe('id actors: settlers and hostages', () => {
  it('pemukim Israel', () => {
    expect(find(id, 'Pemukim Israel menyerang desa itu.', 'Pemukim Israel')?.name).toBe('Settlers (Israel)');
  });
  it('sandera Israel are civilians', () => {
    expect(find(id, 'Sandera Israel dibebaskan pekan lalu.', 'Sandera Israel')?.type).toBe('civilians');
  });
});

describe('id actors: ranks', () => {
  it('a police rank before a name is a police officer', () => {
    const a = find(id, 'Menurut Kombes Pol Budi Santoso, pelaku sudah diamankan.', 'Kombes Pol Budi Santoso');
    expect(a?.name).toBe('Police Forces of Indonesia');
    expect(a?.kind).toBe('official');
  });
  it('a rank and name after a comma belong to the body before', () => {
    const a = actors(id, 'Hal itu disampaikan Kepala Divisi Humas Polri, Brigjen Budi Hartono.');
    expect(a).toHaveLength(1);
    expect(a[0]?.name).toBe('Police Forces of Indonesia');
    expect(a[0]?.text).toBe('Kepala Divisi Humas Polri, Brigjen Budi Hartono');
  });
  it('a rank with no name after it is nothing', () => {
    expect(actors(id, 'Pangkatnya naik menjadi Kolonel.')).toEqual([]);
  });
  it('Gaza ministry run by Hamas', () => {
    const a = find(id, 'Kementerian kesehatan yang dikelola Hamas mencatat 200 korban.', 'Kementerian kesehatan yang dikelola Hamas');
    expect(a?.country).toBe('PS');
  });
  it('an air strike by a country names its forces, the country alone being the actor', () => {
    const a = actors(id, 'Serangan udara Israel menghantam sebuah masjid.');
    expect(a).toHaveLength(1);
    expect(a[0]?.text).toBe('Israel');
    expect(a[0]?.name).toBe('Military Forces of Israel');
    expect(a[0]?.agentOf).toEqual({ start: 0, end: 'Serangan udara Israel'.length });
  });
  it('Karen rebels are the KNU', () => {
    expect(find(id, 'Kelompok pemberontak Karen melaporkan serangan itu.', 'Kelompok pemberontak Karen')?.name).toBe('KNU: Karen National Union');
  });
});

describe('id actors: governments and claimants', () => {
  it('ministry of an unrecognised republic is a government body in ISO Azerbaijan', () => {
    const a = find(id, 'Kementerian Pertahanan Nagorno-Karabakh melaporkan 20 tentara tewas.', 'Kementerian Pertahanan Nagorno-Karabakh');
    expect(a?.name).toBe('Government of Nagorno-Karabakh');
    expect(a?.country).toBe('AZ');
    expect(a?.kind).toBe('government');
  });
  it('authorities of a country', () => {
    const a = find(id, 'Pihak berwenang Azerbaijan menyebut 30 warga sipil tewas.', 'Pihak berwenang Azerbaijan');
    expect(a?.name).toBe('Government of Azerbaijan');
    expect(a?.label).toBe('Azerbaijani authorities');
  });
  it('a bare country name before a speech verb speaks for its government', () => {
    const a = find(id, 'Armenia membantah klaim tersebut.', 'Armenia');
    expect(a?.kind).toBe('country');
    expect(a?.name).toBe('Government of Armenia');
    expect(a?.rule).toBe('id/actor/country-speaks');
  });
  it('a bare country name after a passive verb is not a subject', () => {
    const got = actors(id, 'Kelompok yang didukung Iran mengatakan serangan akan berlanjut.');
    expect(got.find((m) => m.text === 'Iran')).toBeUndefined();
  });
  it('a country as the object of a preposition is not an actor', () => {
    expect(actors(id, 'Bantuan dikirim ke Ukraina pekan ini.')).toEqual([]);
  });
});

describe('id actors: armed groups', () => {
  it.each([
    ['KKB kembali menembak seorang tukang ojek di Puncak.', 'KKB', 'TPNPB: West Papua National Liberation Army', 'rebel'],
    ['Kelompok Separatis Teroris membakar sekolah di Beoga.', 'Kelompok Separatis Teroris', 'TPNPB: West Papua National Liberation Army', 'rebel'],
    ['Militan Hamas menembakkan roket dari Gaza.', 'Militan Hamas', 'Hamas Movement', 'rebel'],
    ['Milisi Hizbullah menembaki pos Israel di perbatasan.', 'Milisi Hizbullah', 'Hezbollah', 'political_militia'],
    ['Tentara Arakan merebut pangkalan militer di Rakhine.', 'Tentara Arakan', 'AA: Arakan Army', 'rebel'],
    ['Kelompok Abu Sayyaf menculik tiga nelayan.', 'Kelompok Abu Sayyaf', 'Abu Sayyaf Group', 'rebel'],
    ['Para terduga teroris itu terafiliasi Jamaah Ansharut Daulah.', 'Jamaah Ansharut Daulah', 'JAD: Jamaah Ansharut Daulah', 'rebel'],
    ['Junta Myanmar menjatuhkan bom di desa itu.', 'Junta Myanmar', 'Military Forces of Myanmar', 'state'],
  ])('%s', (text, span, name, type) => {
    const a = find(id, text, span);
    expect(a, JSON.stringify(actors(id, text))).toBeDefined();
    expect(a!.name).toBe(name);
    expect(a!.type).toBe(type);
  });
  it('unidentified attackers', () => {
    const a = actors(id, 'Orang tak dikenal menembak mati seorang warga di Intan Jaya.');
    expect(a[0]?.name).toBe('Unidentified Armed Group');
    expect(a[0]?.template).toBe('Unidentified Armed Group ({country})');
    expect(a[1]?.kind).toBe('civilians');
  });
  it('OTK only in capitals', () => {
    expect(find(id, 'Dua OTK menembaki pos jaga.', 'OTK')?.type).toBe('political_militia');
  });
});

describe('id actors: civilians, protesters, rioters', () => {
  it('warga sipil with its country', () => {
    const a = find(id, 'Serangan udara menewaskan 12 warga sipil Palestina.', 'warga sipil Palestina');
    expect(a?.name).toBe('Civilians (Palestine)');
    expect(a?.country).toBe('PS');
    expect(a?.type).toBe('civilians');
  });
  it('a teacher is a civilian', () => {
    expect(find(id, 'Seorang guru tewas ditembak di kiosnya.', 'guru')?.kind).toBe('civilians');
  });
  it('students at a protest are protesters', () => {
    const a = find(id, 'Ribuan mahasiswa berunjuk rasa menolak revisi undang-undang di depan gedung DPRD.', 'mahasiswa');
    expect(a?.type).toBe('protesters');
  });
  it('students elsewhere are civilians', () => {
    expect(find(id, 'Dua mahasiswa menjadi korban penembakan di Wamena.', 'mahasiswa')?.type).toBe('civilians');
  });
  it('a crowd that burns and attacks is rioters', () => {
    const a = find(id, 'Massa membakar pos polisi dan merusak kendaraan dinas.', 'Massa');
    expect(a?.name).toBe('Rioters');
    expect(a?.kind).toBe('rioters');
  });
  it('massa aksi and pengunjuk rasa are protesters', () => {
    expect(pairs(id, 'Massa aksi dan pengunjuk rasa lainnya bergerak ke Istana.')).toEqual(
      expect.arrayContaining(['Massa aksi → Protesters', 'pengunjuk rasa → Protesters']),
    );
  });
  it('aparat at a protest is the police', () => {
    expect(find(id, 'Aparat menembakkan gas air mata ke arah demonstran.', 'Aparat')?.name).toBe('Police Forces');
  });
});

describe('id actors: negatives', () => {
  it.each([
    'Warga negara Indonesia di luar negeri diminta melapor ke kedutaan.',
    'Harga beras naik di pasar tradisional pekan ini.',
    'Jordan Henderson mencetak gol kemenangan.',
    'Ia bertemu di kantor gubernur untuk membahas anggaran.',
    'Kota itu dikenal sebagai penghasil kopi terbaik di Jawa Barat.',
    'Jumlah penduduk kota itu naik dua persen.',
    'Berita itu ramai di media massa sejak pagi.',
    'Kantor itu berada di Jl. Jenderal Sudirman, Jakarta Pusat.',
  ])('%s', (text) => {
    expect(actors(id, text)).toEqual([]);
  });
});

describe('id actors: protest and riot cues of the text around a sentence', () => {
  it('a cue of several words that holds another cue counts once, where it starts', () => {
    // "aksi protes" (a protest cue) holds "protes"; the crowd two sentences on is at that protest
    const t = 'Ratusan orang menggelar aksi protes di depan kantor bupati. Mereka membawa spanduk. Massa kemudian membubarkan diri.';
    expect(find(id, t, 'Massa')?.type).toBe('protesters');
  });
  it('a riot cue alone around the crowd makes it rioters; a protest cue around it outweighs one', () => {
    expect(find(id, 'Kericuhan pecah di pasar. Massa bergerak ke kantor gubernur.', 'Massa')?.type).toBe('rioters');
    expect(find(id, 'Mahasiswa berunjuk rasa sejak pagi. Kericuhan pecah di pasar. Massa bergerak ke kantor gubernur.', 'Massa')?.type).toBe('protesters');
  });
});
