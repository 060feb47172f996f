import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/reading.js';
import { primaryFigures } from '../../src/core/claims/index.js';
import { packFor } from '../../src/lang/index.js';

/** "count outcome group claimant[ tally]" of the primary figures, captured left out. */
function ledger(text: string, lang: string): string[] {
  const r = read(text, '2024-03-14T10:00:00+07:00', packFor(lang)!, null);
  return primaryFigures(r.casualties)
    .filter((c) => c.outcome !== 'captured')
    .map((c) => `${c.count} ${c.outcome} ${c.group} ${c.claimant?.name ?? '-'}${c.tally ? ' tally' : ''}`);
}

describe('claimant names', () => {
  it('id: a dateline before the speaker is no part of its name', () => {
    expect(ledger('JAYAPURA, CNN Indonesia - Kelompok Kriminal Bersenjata (KKB) mengklaim telah menembak mati lima prajurit TNI.', 'id')).toEqual(['5 killed military Kelompok Kriminal Bersenjata (KKB)']);
  });
  it('id negative: a hyphenated name keeps its parts', () => {
    expect(ledger('Juru bicara Al-Shabaab mengatakan 30 tentara tewas.', 'id')[0]).toContain('Al-Shabaab');
  });
  it('id: a denial names its speaker, and "menurut dia" then points to the denier', () => {
    const text = 'KKB mengklaim telah membunuh lima prajurit. Namun Kapuspen TNI Mayjen Budi Santoso membantah klaim tersebut. Menurut dia, hanya satu prajurit yang terluka.';
    expect(ledger(text, 'id')).toContain('1 injured military Kapuspen TNI Mayjen Budi Santoso');
  });
  it('en: "Commission on Human Rights" stays one name', () => {
    expect(ledger('The National Commission on Human Rights said 23 people have been killed in protests since the start of the year.', 'en')[0]).toContain('National Commission on Human Rights');
  });
  it('en: "a doctors\' group said" is the doctors\' group, not the armed group named before', () => {
    expect(ledger("A drone attack by the Rapid Support Forces hit a shelter in the city, killing at least 53 people, a doctors' group said.", 'en')).toEqual(["53 killed civilian doctors' group"]);
    expect(ledger('Shelling by the militia killed 16 civilians on Wednesday, a Sudanese doctors\u2019 group said.', 'en')).toEqual(['16 killed civilian Sudanese doctors\u2019 group']);
  });
  it('en negative: a quotation closed before "the group said" stays the group', () => {
    expect(ledger("Rebels ambushed a convoy on Monday. 'We killed five soldiers,' the group said.", 'en')[0]).not.toContain("'");
  });
  it('id negative: "di Ambon" after a name is no part of it', () => {
    expect(ledger('Kapolres Rudi di Ambon mengatakan tiga warga tewas.', 'id')).toEqual(['3 killed civilian Kapolres Rudi']);
  });
});

describe('one count of two groups of one kind', () => {
  it('id: "14 anggota TNI dan Polri gugur" is one military tally', () => {
    expect(ledger('Sepanjang tahun ini, sedikitnya 14 anggota TNI dan Polri gugur di Papua, menurut catatan Satgas Damai.', 'id')).toEqual(['14 killed military Satgas Damai tally']);
  });
  it('en: "twelve women and children were killed" is one civilian figure', () => {
    expect(ledger('Twelve women and children were killed in the raid.', 'en')).toEqual(['12 killed civilian -']);
  });
  it('id negative: "sejumlah anggota dan masyarakat yang terluka" mixes groups and gives no figure', () => {
    expect(ledger('Namun, akibat aksi ini ada sejumlah anggota dan masyarakat yang terluka.', 'id')).toEqual([]);
  });
});

describe('tolls and single victims', () => {
  it('en: a toll noun several words before "has reached N"', () => {
    expect(ledger('The death toll in Gaza since the war began has reached 30,534, according to the health ministry.', 'en')).toEqual(['30534 killed unknown health ministry tally']);
  });
  it('en negative: "reached" with no toll word before it is no figure', () => {
    expect(ledger('The convoy of aid trucks sent by the agency last week finally reached 40 villages.', 'en')).toEqual([]);
  });
  it('en: "a 45-year-old street vendor was killed" is one civilian', () => {
    expect(ledger('A 45-year-old street vendor was killed by a stray bullet, his family said.', 'en')).toEqual(['1 killed civilian his family']);
  });
  it('id: a named victim introduced as "seorang guru" is a civilian', () => {
    expect(ledger('Seorang guru honorer bernama Yonatan tewas setelah ditembak orang tak dikenal.', 'id').map((x) => x.split(' ').slice(0, 3).join(' '))).toEqual(['1 killed civilian']);
  });
  it('id: "Satu mahasiswa …, Randi (21), tewas" is a civilian', () => {
    expect(ledger('Satu mahasiswa Universitas Cendana, Kupang, Bima (20), tewas saat demonstrasi di depan kantor gubernur.', 'id')).toEqual(['1 killed civilian -']);
  });
  it('id: two victims named with their ages and "dan" are two', () => {
    expect(ledger('Korban atas nama Simon Kogoya (27) dan Petrus Murib (45) tewas di lokasi kejadian, kata Kapolres.', 'id')).toEqual(['2 killed unknown Kapolres']);
  });
  it('ms: three named victims, commas and "dan", are three', () => {
    expect(ledger('Mangsa, Ahmad Faizal (23), Lim Wei (31) dan Ravi Kumar (28) maut di tempat kejadian.', 'ms').map((x) => x.split(' ')[0])).toEqual(['3']);
  });
  it('id negative: a name after a comma with no coordinator stays one', () => {
    expect(ledger('Di Kampung Sinak, Yonatan tewas setelah ditembak orang tak dikenal.', 'id').map((x) => x.split(' ')[0])).toEqual(['1']);
  });
  it('id negative: a group word before "dan" is no name in the list', () => {
    expect(ledger('Seorang polisi dan Yonatan (30) tewas dalam baku tembak itu.', 'id').map((x) => x.split(' ')[0])).not.toContain('2');
  });
  it('id negative: a named victim with no group word stays unknown', () => {
    expect(ledger('Yonatan tewas setelah ditembak orang tak dikenal di jalan raya.', 'id')).toEqual(['1 killed unknown -']);
  });
});

describe('running totals from the start of the year', () => {
  const since = (text: string, lang: string): (string | null)[] => {
    const r = read(text, '2024-03-14T10:00:00+07:00', packFor(lang)!, null);
    return primaryFigures(r.casualties).filter((c) => c.tally).map((c) => c.since);
  };
  it('id: "sejak awal tahun" starts the total on 1 January of the report year', () => {
    expect(since('Bentrokan pecah lagi pada Minggu (10/3/2024). Menurut data Komnas HAM, total korban tewas akibat konflik di Maluku sejak awal tahun mencapai 57 orang.', 'id')).toEqual(['2024-01-01']);
  });
  it('en: "since the start of the year"', () => {
    expect(since('Police fired tear gas on Tuesday. The commission said 23 people have been killed in protests since the start of the year.', 'en')).toEqual(['2024-01-01']);
  });
  it('ms: "sepanjang tahun ini"', () => {
    expect(since('Sepanjang tahun ini, 12 anggota polis terkorban di sempadan, kata jurucakap polis.', 'ms')).toEqual(['2024-01-01']);
  });
  it('en negative: no date in the report, no year to start from', () => {
    expect(since('The commission said 23 people have been killed in protests since the start of the year.', 'en')).toEqual([null]);
  });
  it('en negative: "since the war began" gives no start date', () => {
    expect(since('The death toll since the war began has reached 30,534, the health ministry said.', 'en')).toEqual([null]);
  });
  it('en negative: "in the past year" is no calendar-year total', () => {
    expect(since('More than 200 people have been killed in the past year, the group said.', 'en')).toEqual([null]);
  });
});

describe('conflicting claims and coordinated speech', () => {
  it('en: "X said … and claimed …" keeps X for the second figure, side by side with the army figure', () => {
    const text = 'Security forces raided a hideout, killing 12 militants, the military said. The Pakistani Taliban, in a statement, said only three of its fighters had died and claimed to have killed 10 soldiers.';
    expect(ledger(text, 'en')).toEqual(['12 killed military military', '3 killed military Pakistani Taliban', '10 killed military Pakistani Taliban']);
  });
  it('en negative: a plain subject before "claimed" is still the speaker', () => {
    expect(ledger('The group claimed to have killed 10 soldiers.', 'en')).toEqual(['10 killed military group']);
  });
});

describe('parts and wholes across paragraphs', () => {
  it('en: "four of the wounded" in a later paragraph breaks down the wounded figure', () => {
    const text = 'A bomb exploded in a crowded market on Friday, killing nine people and wounding at least 25, police said.\n\n"Most of the victims were shoppers," a police officer said. He said four of the wounded were in critical condition.';
    expect(ledger(text, 'en').map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['9 killed', '25 injured']);
  });
  it('en negative: "four of them were wounded" with no earlier wounded figure is a figure', () => {
    const text = 'Gunmen stopped a bus carrying 30 passengers.\n\nFour of them were wounded, police said.';
    expect(ledger(text, 'en').map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['4 injured']);
  });
});

describe('long toll phrases and uncounted civilian breakdowns', () => {
  it('id: "Jumlah korban tewas … di Al Jazirah, Sudan, bertambah menjadi 40 orang"', () => {
    const text = 'Jumlah korban tewas akibat serangan pasukan paramiliter di sebuah desa di negara bagian Al Jazirah, Sudan, bertambah menjadi 40 orang, Rabu (6/3/2024).';
    expect(ledger(text, 'id').map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['40 killed']);
  });
  it('id negative: a comma after a lower-case word ends the toll phrase', () => {
    expect(ledger('Jumlah korban tewas masih didata, sementara itu ratusan warga menjadi 40 kelompok pengungsi.', 'id')).toEqual([]);
  });
  it('en: "…, including children" with no count makes the figure civilian', () => {
    expect(ledger('The health ministry said at least 210 Palestinians were killed in the operation, including children.', 'en')).toEqual(['210 killed civilian health ministry']);
  });
  it('id: "termasuk perempuan dan anak-anak"', () => {
    expect(ledger('Sedikitnya 30 orang tewas, termasuk perempuan dan anak-anak, kata pejabat setempat.', 'id')).toEqual(['30 killed civilian pejabat setempat']);
  });
  it('en negative: "including soldiers" does not make the figure civilian', () => {
    expect(ledger('At least 30 people were killed, including soldiers, officials said.', 'en')).toEqual(['30 killed unknown officials']);
  });
});

describe('speakers after a conjunction and "the group"', () => {
  it('en: "…, with the group saying …, while the army said …": two claimants side by side', () => {
    const text = 'Al Shabaab militants attacked an African Union base on Friday, with the group saying it had killed 40 soldiers while the Somali army said five peacekeepers had died.';
    expect(ledger(text, 'en')).toEqual(['40 killed military Al Shabaab militants', '5 killed military Somali army']);
  });
  it('id: "sementara" opens the second speaker', () => {
    const text = 'KKB mengklaim menembak mati lima prajurit, sementara Kapendam Cenderawasih mengatakan dua prajurit gugur.';
    expect(ledger(text, 'id')).toEqual(['5 killed military KKB', '2 killed military Kapendam Cenderawasih']);
  });
  it('en negative: "after" inside the speaker phrase does not cut it', () => {
    expect(ledger('Police who arrived after the blast said 7 people were killed.', 'en')).toEqual(['7 killed unknown Police']);
  });
  it('en negative: "the group" with no armed group before stays as written', () => {
    expect(ledger('The group said 9 people were wounded.', 'en')).toEqual(['9 injured unknown group']);
  });
});

describe('"killed N of the X" and hospital outcomes', () => {
  it('en: "killed 18 of the terrorists" is a figure even after a larger one', () => {
    const text = 'The group said it had killed 40 soldiers. "We killed 18 of the terrorists," the army commander said.';
    expect(ledger(text, 'en').map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['40 killed', '18 killed']);
  });
  it('en negative: "two of the dead" is still a breakdown', () => {
    const text = 'Nine people were killed in the blast. Two of the dead were children, police said.';
    expect(ledger(text, 'en').map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['9 killed']);
  });
  it('id: "12 mahasiswa dilarikan ke rumah sakit" is an injured figure', () => {
    expect(ledger('Sebanyak 12 mahasiswa dilarikan ke rumah sakit karena sesak napas akibat gas air mata.', 'id')).toEqual(['12 injured civilian -']);
  });
  it('ms: "dikejarkan ke hospital"', () => {
    expect(ledger('Tiga anggota polis dikejarkan ke hospital selepas diserang, kata jurucakap polis.', 'ms').map((x) => x.split(' ').slice(0, 3).join(' '))).toEqual(['3 injured military']);
  });
  it('id negative: bodies taken to hospital are dead, not injured', () => {
    expect(ledger('Dua jenazah dibawa ke rumah sakit untuk diotopsi.', 'id').map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['2 killed']);
  });
});

describe('running total since a year whose date holds the cue', () => {
  it('ms: "sejak 2020"', () => {
    const r = read('Sehingga kini sudah 11 anggota keselamatan terkorban dalam serangan di kawasan sempadan sejak 2020.', '2024-03-14T10:00:00+07:00', packFor('ms')!, null);
    expect(primaryFigures(r.casualties).map((c) => [c.count, c.tally, c.since])).toEqual([[11, true, '2020-01-01']]);
  });
});

describe('more of the same group, tolls after abbreviations, victims with ages', () => {
  it('ms: "14 lagi anggota cedera" after soldiers killed are soldiers too', () => {
    const text = 'Sebelas anggota tentera Filipina terbunuh dalam serangan hendap oleh militan, kata tentera semalam.\n\nJurucakap tentera berkata, seramai 14 lagi anggota cedera dan dihantar ke hospital.';
    expect(ledger(text, 'ms')).toEqual(['11 killed military tentera', '14 injured military Jurucakap tentera']);
  });
  it('id negative: "10 anggota" with no "lagi" does not take the group before', () => {
    const text = 'Dua warga tewas dalam serangan itu. Sebanyak 10 anggota terluka.';
    expect(ledger(text, 'id')).toEqual(['2 killed civilian -', '10 injured unknown -']);
  });
  it('en: "bringing the total death toll since Oct. 7 to 35,034"', () => {
    const text = 'Israeli air strikes killed at least 60 Palestinians across the Gaza Strip, the health ministry said on Sunday, bringing the total death toll since Oct. 7 to 35,034.';
    expect(ledger(text, 'en').map((x) => x.split(' ')[0])).toContain('35034');
  });
  it('en: "shot dead a 40-year-old security guard" is one civilian killed', () => {
    expect(ledger('Police said the kidnappers also shot dead a 40-year-old security guard.', 'en')).toEqual(['1 killed civilian Police']);
  });
});

describe('speakers inside tolls, start dates and appositions', () => {
  it('en: "residents put the death toll at 35" — the speaker is no group of the dead', () => {
    expect(ledger('Police said 21 people were killed, but residents put the death toll at 35.', 'en')).toEqual(['21 killed unknown Police', '35 killed unknown residents']);
  });
  it('en negative: "the civilian death toll rose to 40" keeps its group', () => {
    expect(ledger('The civilian death toll rose to 40, officials said.', 'en')).toEqual(['40 killed civilian officials']);
  });
  const since = (text: string, lang: string): (string | null)[] => {
    const r = read(text, '2024-03-14T10:00:00+07:00', packFor(lang)!, null);
    return primaryFigures(r.casualties).filter((c) => c.tally).map((c) => c.since);
  };
  it('id: "sejak awal tahun" wins over a report date at the end of the sentence', () => {
    expect(since('Total korban tewas sejak awal tahun mencapai 57 orang, menurut data Komnas HAM, Kamis (14/3/2024).', 'id')).toEqual(['2024-01-01']);
  });
  it('ms: "sejak awal tahun kini mencecah 340 orang"', () => {
    expect(since('Jumlah kematian akibat konflik itu sejak awal tahun kini mencecah 340 orang, lapor Bernama, Khamis (14/3/2024).', 'ms')).toEqual(['2024-01-01']);
  });
  it('id: "sejak 7 Oktober" right after the cue', () => {
    expect(since('Menurut Kemenkes Gaza, jumlah korban tewas sejak 7 Oktober telah mencapai 31.184 orang.', 'id')).toEqual(['2023-10-07']);
  });
  it('id: "Seorang anggota Brimob, Bripda Ronald, gugur" is one soldier/police killed', () => {
    expect(ledger('Seorang anggota Brimob, Bripda Ronald, gugur tertembak dalam kontak senjata tersebut.', 'id')).toEqual(['1 killed military -']);
  });
  it('id: "Dua anggota Brimob, Bripda Ronald dan Bripda Andi, gugur" — names between commas after a count', () => {
    expect(ledger('Dua anggota Brimob, Bripda Ronald dan Bripda Andi, gugur tertembak dalam kontak senjata tersebut.', 'id')).toEqual(['2 killed military -']);
  });
  it('id negative: "Seorang anggota Brimob, Bripda Ronald, mengatakan …" — the named one is the speaker, not a victim', () => {
    expect(ledger('Seorang anggota Brimob, Bripda Ronald, mengatakan dua warga tewas.', 'id')).toEqual(['2 killed civilian Bripda Ronald']);
  });
});

describe('one civilian victim named inside a breakdown', () => {
  it('en: "Six Palestinians, including a 14-year-old boy, were killed" is a civilian figure', () => {
    expect(ledger('Six Palestinians, including a 14-year-old boy, were killed by Israeli fire in Jenin, the health ministry said.', 'en')).toEqual(['6 killed civilian health ministry']);
  });
  it('en negative: "including a senior commander" is no civilian', () => {
    expect(ledger('Six fighters, including a senior commander, were killed in the strike, the group said.', 'en')).toEqual(['6 killed military group']);
  });
});
