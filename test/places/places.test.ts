import { beforeAll, describe, expect, it } from 'vitest';
import { find, gazetteer, places } from './helpers.js';

// the compiled index is built from the npm GeoNames packages when missing (slow once)
beforeAll(() => {
  gazetteer();
}, 300000);

/** Asserts one resolved mention: surface text → name, kind, country (and admin1 when given). */
function expectPlace(lang: string, text: string, surface: string, want: { name?: string; kind?: string; country?: string | null; admin1?: string; near?: boolean }): void {
  const ps = places(lang, text);
  const p = find(ps, surface);
  expect(p, `${surface} in: ${text}\n got: ${ps.map((q) => q.text).join(', ')}`).toBeDefined();
  if (want.name !== undefined) expect(p!.name).toBe(want.name);
  if (want.kind !== undefined) expect(p!.kind).toBe(want.kind);
  if (want.country !== undefined) expect(p!.country).toBe(want.country);
  if (want.admin1 !== undefined) expect(p!.admin1).toBe(want.admin1);
  if (want.near !== undefined) expect(!!p!.near).toBe(want.near);
  expect(text.slice(p!.start, p!.end)).toBe(p!.text);
  expect(p!.lat).not.toBeNull();
  expect(p!.rule).toMatch(new RegExp(`^${lang}/place/`));
}

function expectNone(lang: string, text: string, surface: string): void {
  const ps = places(lang, text);
  expect(ps.map((p) => p.text), text).not.toContain(surface);
}

describe('English: places found and resolved', () => {
  it('a city after "in"', () => expectPlace('en', 'Fighting broke out in Kharkiv on Monday.', 'Kharkiv', { country: 'UA', kind: 'city', near: false }));
  it('"north of X" is near X', () => expectPlace('en', 'Shelling hit villages north of Kharkiv overnight.', 'Kharkiv', { country: 'UA', near: true }));
  it('"in the town of X"', () => expectPlace('en', 'Rockets landed in the town of Barda, officials said.', 'Barda', { country: 'AZ', kind: 'city' }));
  it('countries', () => {
    expectPlace('en', 'Armenia accused Azerbaijan of targeting civilians.', 'Armenia', { kind: 'country', country: 'AM' });
    expectPlace('en', 'Armenia accused Azerbaijan of targeting civilians.', 'Azerbaijan', { kind: 'country', country: 'AZ' });
  });
  it('"Town, State" picks the town of that state', () => expectPlace('en', 'A tornado hit Paris, Texas, on Sunday.', 'Paris', { country: 'US', admin1: 'Texas' }));
  it('a bare famous name is the famous place', () => expectPlace('en', 'The ministers met in Paris on Tuesday.', 'Paris', { country: 'FR', kind: 'city' }));
  it('Gaza Strip and West Bank are Palestinian', () => {
    const t = 'Israeli strikes hit Rafah in the southern Gaza Strip and a camp in the West Bank.';
    expectPlace('en', t, 'Gaza Strip', { country: 'PS' });
    expectPlace('en', t, 'West Bank', { country: 'PS' });
    expectPlace('en', t, 'Rafah', { country: 'PS' });
  });
  it('U.S. with dots', () => expectPlace('en', 'The U.S. embassy in Kabul was closed.', 'U.S.', { country: 'US', kind: 'country' }));
  it('Kabul is the city', () => expectPlace('en', 'The U.S. embassy in Kabul was closed.', 'Kabul', { country: 'AF', kind: 'city' }));
  it('Georgia the country beside Tbilisi', () => expectPlace('en', "Georgia's parliament in Tbilisi voted on Friday.", 'Georgia', { country: 'GE', kind: 'country' }));
  it('Georgia the state after Atlanta', () => expectPlace('en', 'He flew to Atlanta, Georgia, for the meeting.', 'Georgia', { country: 'US', kind: 'admin1' }));
  it('AP state abbreviations after a town', () => expectPlace('en', 'The plant in Huntington, W.Va., closed.', 'W.Va.', { country: 'US', name: 'West Virginia' }));
  it('regions of the curated table', () => {
    expectPlace('en', 'Separatists in Donbas and Crimea held votes.', 'Donbas', { country: 'UA', kind: 'region' });
    expectPlace('en', 'Azeri forces shelled Stepanakert, the main city of Nagorno-Karabakh.', 'Nagorno-Karabakh', { country: 'AZ', kind: 'region' });
  });
  it('Stepanakert resolves to Xankandi', () => expectPlace('en', 'Azeri forces shelled Stepanakert, the main city of Nagorno-Karabakh.', 'Stepanakert', { country: 'AZ' }));
  it('a possessive name', () => expectPlace('en', "The proposal was Cairo's bid for peace.", 'Cairo', { country: 'EG' }));
  it('state and country after a town', () => {
    const t = 'The army retook Marte in Borno State, Nigeria.';
    expectPlace('en', t, 'Marte', { country: 'NG' });
    expectPlace('en', t, 'Borno State', { country: 'NG', kind: 'admin1' });
  });
  it('Odesa and Mykolaiv are Ukrainian cities', () => {
    const t = 'Drones struck Odesa and Mykolaiv in southern Ukraine.';
    expectPlace('en', t, 'Odesa', { country: 'UA', kind: 'city' });
    expectPlace('en', t, 'Mykolaiv', { country: 'UA', kind: 'city' });
  });
  it('Kashmir district', () => expectPlace('en', 'Militants attacked a camp in Kulgam district of Jammu and Kashmir.', 'Kulgam', { country: 'IN' }));
  it('a place that names an office keeps its place', () => expectPlace('en', 'Minnesota Governor Tim Pawlenty declared an emergency.', 'Minnesota', { country: 'US', kind: 'admin1' }));
  it('a nationality not next to forces is its country', () => expectPlace('en', 'Palestinian officials said the talks had failed.', 'Palestinian', { country: 'PS', kind: 'country' }));
  it('seas and oceans', () => expectPlace('en', 'Storms formed over the Atlantic Ocean.', 'Atlantic Ocean', { kind: 'region' }));
  it('Town, County', () => expectPlace('en', 'Deputies from Henderson County searched the lake.', 'Henderson County', { country: 'US' }));
  it('towns near each other resolve together', () => {
    const t = 'Floods reached Fargo on Monday. Volunteers from Moorhead joined them.';
    expectPlace('en', t, 'Fargo', { country: 'US', admin1: 'North Dakota' });
    expectPlace('en', t, 'Moorhead', { country: 'US', admin1: 'Minnesota' });
  });
  it('offsets index the text', () => {
    const t = 'Officials in Mogadishu, Somalia, said the blast killed five.';
    const ps = places('en', t);
    expect(ps.length).toBeGreaterThanOrEqual(2);
    for (const p of ps) expect(t.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('English: not places', () => {
  it('a footballer', () => expectNone('en', 'Jordan Henderson scored twice on Saturday.', 'Jordan'));
  it('a university', () => expectNone('en', 'She studies engineering at Georgia Tech.', 'Georgia'));
  it('a person who speaks', () => expectNone('en', 'Washington said the talks would resume next week.', 'Washington'));
  it('months and unions', () => {
    const ps = places('en', 'In March, officials said the Union would decide by May.');
    expect(ps).toEqual([]);
  });
  it('nationality of armed forces', () => {
    expectNone('en', 'Azeri forces shelled Stepanakert overnight.', 'Azeri');
    expectNone('en', 'Officials said Russian troops were not involved.', 'Russian');
  });
  it('a title before a surname', () => expectNone('en', 'Mr. Paris told the court he was innocent.', 'Paris'));
  it('a surname seen with a first name stays a person', () => expectNone('en', 'Tom Jones was arrested. Jones told police he was at home.', 'Jones'));
  it('a newspaper', () => expectNone('en', 'The report was first published by the New York Times on Friday.', 'New York'));
  it('a town that is a common word', () => expectNone('en', 'Police said the suspect fled on foot.', 'Police'));
});

describe('Indonesian: places found and resolved', () => {
  it('di dekat X is near X', () => expectPlace('id', 'Militer Azerbaijan dan Armenia kembali bentrok di dekat Ganja.', 'Ganja', { country: 'AZ', near: true }));
  it('desa-desa di dekat X', () => expectPlace('id', 'Serangan menghantam desa-desa di dekat Ganja, kota terbesar kedua Azerbaijan.', 'Ganja', { near: true }));
  it('kota X', () => expectPlace('id', 'Rudal jatuh di kota Ganja pada Kamis pagi.', 'Ganja', { country: 'AZ', kind: 'city', near: false }));
  it('Provinsi X', () => expectPlace('id', 'Kontak tembak terjadi di Provinsi Papua Tengah.', 'Papua Tengah', { country: 'ID', kind: 'admin1' }));
  it('Kabupaten X', () => expectPlace('id', 'Seorang guru ditembak di Kabupaten Puncak, Papua Tengah.', 'Kabupaten Puncak', { country: 'ID', admin1: 'Papua Tengah' }));
  it('a regency named bare', () => expectPlace('id', 'KKB kembali beraksi di Intan Jaya, Papua Tengah.', 'Intan Jaya', { country: 'ID', admin1: 'Papua Tengah' }));
  it('an office names its regency', () => expectPlace('id', 'Kapolres Puncak AKBP Dony Charles mengatakan situasi aman.', 'Puncak', { country: 'ID', admin1: 'Papua Tengah' }));
  it('a governor of a province', () => expectPlace('id', 'Gubernur Papua Lukas Enembe meminta warga tenang.', 'Papua', { country: 'ID', kind: 'admin1' }));
  it('exonyms', () => {
    const t = 'Pembicaraan damai akan digelar di Jenewa, sementara Moskow menawarkan mediasi.';
    expectPlace('id', t, 'Jenewa', { country: 'CH' });
    expectPlace('id', t, 'Moskow', { country: 'RU', name: 'Moscow' });
    expectPlace('id', 'Delegasi tiba di Wina pada Senin (9/3) malam.', 'Wina', { country: 'AT', name: 'Vienna' });
  });
  it('Kaukasus Selatan', () => expectPlace('id', 'Ketegangan di Kaukasus Selatan meningkat.', 'Kaukasus Selatan', { kind: 'region' }));
  it('country names in Indonesian and AS', () => {
    const t = 'Amerika Serikat (AS), Prancis, dan Rusia menyerukan gencatan senjata.';
    expectPlace('id', t, 'Amerika Serikat', { country: 'US' });
    expectPlace('id', t, 'AS', { country: 'US' });
    expectPlace('id', t, 'Prancis', { country: 'FR' });
    expectPlace('id', t, 'Rusia', { country: 'RU' });
  });
  it('Jalur Gaza and Tepi Barat', () => {
    const t = 'Serangan udara Israel menghantam Jalur Gaza dan Tepi Barat.';
    expectPlace('id', t, 'Jalur Gaza', { country: 'PS', kind: 'region' });
    expectPlace('id', t, 'Tepi Barat', { country: 'PS', kind: 'region' });
  });
  it('Town, Province', () => {
    expectPlace('id', 'Demo ricuh terjadi di Kendari, Sulawesi Tenggara, pada Selasa.', 'Kendari', { country: 'ID', admin1: 'Sulawesi Tenggara' });
    expectPlace('id', 'Ribuan buruh berunjuk rasa di Semarang, Jawa Tengah.', 'Semarang', { country: 'ID', kind: 'city' });
  });
  it('a sentence-opening word does not hide the place', () => expectPlace('id', 'Warga Stepanakert berlindung di ruang bawah tanah.', 'Stepanakert', { country: 'AZ' }));
  it('Nagorno-Karabakh', () => expectPlace('id', 'Pertempuran berlanjut di Nagorno-Karabakh sejak Minggu.', 'Nagorno-Karabakh', { country: 'AZ' }));
  it('Turki as a speaker is still a country', () => expectPlace('id', 'Pasukan Armenia menembaki posisi Azerbaijan, kata Turki.', 'Turki', { country: 'TR' }));
});

describe('Indonesian: not places', () => {
  it('nationality of forces', () => {
    expectNone('id', 'Militer Azerbaijan dan Armenia kembali bentrok di dekat Ganja.', 'Azerbaijan');
    expectNone('id', 'Pasukan Armenia menembaki posisi Azerbaijan, kata Turki.', 'Armenia');
  });
  it('forces of two countries joined by a hyphen', () => {
    const ps = places('id', 'Jelang pembicaraan damai, militer Azerbaijan-Armenia malah bentrok.');
    expect(ps.map((p) => p.country)).not.toContain('AM');
  });
  it('organisations named after the country', () => {
    const ps = places('id', 'Mahasiswa Universitas Indonesia dan pegawai Bank Indonesia ikut berdemo.');
    expect(ps).toEqual([]);
  });
  it('weekdays and months', () => {
    const ps = places('id', 'Peristiwa itu terjadi pada Senin (9/3) dan Selasa, 10 Maret 2020.');
    expect(ps).toEqual([]);
  });
  it('a person with a place-like name', () => expectNone('id', 'Menurut Jordan Henderson, laga itu berat.', 'Jordan'));
});

describe('Malay (inherits Indonesian)', () => {
  it('Town, State', () => {
    expectPlace('ms', 'Dua anggota komando terkorban di Lahad Datu, Sabah.', 'Lahad Datu', { country: 'MY', kind: 'city' });
    expectPlace('ms', 'Dua anggota komando terkorban di Lahad Datu, Sabah.', 'Sabah', { country: 'MY', kind: 'admin1' });
  });
  it('Kuala Lumpur', () => expectPlace('ms', 'Himpunan diadakan di Kuala Lumpur pada Sabtu.', 'Kuala Lumpur', { country: 'MY' }));
});
