import { describe, expect, it } from 'vitest';
import { figs } from './helpers.js';

const by = (text: string, lang: string): (string | null)[] => figs(text, lang).filter((f) => !f.breakdown).map((f) => f.claimant);

describe('claimants', () => {
  it('id: "X mengatakan"', () => {
    expect(by('Kepala Dinas Kesehatan Aceh mengatakan 6 warga tewas dalam banjir bandang.', 'id')).toEqual(['Kepala Dinas Kesehatan Aceh']);
  });
  it('id: "menurut X"', () => {
    expect(by('Menurut Badan SAR Nasional, 14 orang masih hilang.', 'id')).toEqual(['Badan SAR Nasional']);
  });
  it('id: the speaker after the quote, "kata X"', () => {
    expect(by('"Dua anggota kami gugur dalam kontak tembak itu," kata Kapendam Cenderawasih Kolonel Budi.', 'id')).toEqual(['Kapendam Cenderawasih Kolonel Budi']);
  });
  it('id: "ujarnya" takes the previous speaker', () => {
    const text = 'Kapolres Sorong AKBP Rudi menjelaskan kronologi kejadian itu. "Satu anggota kami meninggal dunia," ujarnya.';
    expect(by(text, 'id')).toEqual(['Kapolres Sorong AKBP Rudi']);
  });
  it('id: the speaker phrase stops at "yang"', () => {
    expect(by('Kelompok pemberontak yang menguasai wilayah itu mengklaim telah membunuh 9 tentara.', 'id')).toEqual(['Kelompok pemberontak']);
  });
  it('id: "Mereka juga mengatakan" continues the previous claimant and its tally', () => {
    const text = 'Otoritas kesehatan setempat melaporkan 210 warga tewas sejak awal serangan. Mereka juga mengatakan 560 warga terluka.';
    const f = figs(text, 'id');
    expect(f.map((x) => `${x.count} ${x.claimant} ${x.tally}`)).toEqual(['210 Otoritas kesehatan setempat true', '560 Otoritas kesehatan setempat true']);
  });
  it('id: "dilansir dari X"', () => {
    expect(by('Dilansir dari Reuters, ledakan itu menewaskan tujuh orang.', 'id')).toEqual(['Reuters']);
  });
  it('id: the outlet itself has no claimant', () => {
    expect(by('Bentrokan antarwarga itu menewaskan dua orang.', 'id')).toEqual([null]);
  });
  it('en: "X said" at the end of the sentence', () => {
    expect(by('The attack killed 8 people, local officials said.', 'en')).toEqual(['local officials']);
  });
  it('en: "according to X"', () => {
    expect(by('At least 31 people were killed, according to the health ministry.', 'en')).toEqual(['health ministry']);
  });
  it('en: "X told reporters"', () => {
    expect(by('Police spokesman John Okafor told reporters that 12 suspects were arrested.', 'en')).toEqual(['Police spokesman John Okafor']);
  });
  it('en: a quote spanning sentences belongs to the speaker at its end', () => {
    const text = '"We found four bodies near the river. Six more people are missing," the district commissioner said.';
    expect(by(text, 'en')).toEqual(['district commissioner', 'district commissioner']);
  });
  it('en: "the ministry added" refers back to the named ministry', () => {
    const text = 'The Interior Ministry said 5 police officers were killed. The ministry also said 9 others were wounded.';
    expect(by(text, 'en')).toEqual(['Interior Ministry', 'Interior Ministry']);
  });
  it('en: "he added" refers back to the previous speaker', () => {
    const text = 'Governor Ali Musa told the BBC the town was calm. "Three guards were killed," he added.';
    expect(by(text, 'en').slice(-1)).toEqual(['Governor Ali Musa']);
  });
  it('en: a claim inside a quote is not attributed to a verb inside the quote', () => {
    const text = '"The patrol confirmed that 20 villagers were killed," the mayor said.';
    expect(by(text, 'en')).toEqual(['mayor']);
  });
  it('en: the subject before a comma aside', () => {
    expect(by('The rebels, however, claimed they had killed 25 soldiers.', 'en')).toEqual(['rebels']);
  });
  it('ms: "menurut X"', () => {
    expect(by('Menurut polis, tiga suspek ditahan dalam serbuan itu.', 'ms')).toEqual(['polis']);
  });
});

describe('claimants of several figures in one sentence', () => {
  it('each figure takes the speaker before it', () => {
    const f = figs('Police said 14 people were killed, but residents said 19 people died.', 'en');
    expect(f.map((x) => `${x.count} ${x.claimant}`)).toEqual(['14 Police', '19 residents']);
  });
  it('an appositive speaker: "X, the police spokesman, said"', () => {
    expect(by('Adamu Bello, the police spokesman in the state, said 4 officers were wounded.', 'en')).toEqual(['Adamu Bello, the police spokesman']);
  });
  it('a relative clause is no speaker', () => {
    expect(by('Father Paul Ede, priest of the parish, where the raid took place, told reporters that 11 worshippers were abducted.', 'en')).toEqual(['Father Paul Ede, priest of the parish']);
  });
  it('id: "kata X" in an aside', () => {
    expect(by('Adapun, kata Yusuf, empat korban tewas sudah dimakamkan.', 'id')).toEqual(['Yusuf']);
  });
  it('id: a continuing sentence in the same paragraph keeps the speaker', () => {
    const text = 'Kapolres Jayawijaya AKBP Hasan mengatakan situasi sudah kondusif. Dua anggota polisi terluka terkena panah.';
    expect(by(text, 'id')).toEqual(['Kapolres Jayawijaya AKBP Hasan']);
  });
});

describe('pronoun speakers', () => {
  it('id: "Menurutnya" takes the previous speaker', () => {
    const text = 'Juru bicara Satgas Damai Cartenz mengatakan situasi terkendali. Menurutnya, empat anggota KKB tewas dalam kontak tembak.';
    expect(by(text, 'id')).toEqual(['Juru bicara Satgas Damai Cartenz']);
  });
  it('id: a pronoun is the speaker, not the outlet the quote was taken from', () => {
    const text = '"Situasi sudah terkendali," terang Kapolres Sorong AKBP Rudi seperti dikutip dari Antara. Ia menjelaskan, tiga warga tewas dalam serangan itu.';
    expect(by(text, 'id')).toEqual(['Kapolres Sorong AKBP Rudi']);
  });
  it('en: a pronoun is the speaker, not the outlet quoting him', () => {
    const text = '"The situation is under control," the district police chief said, as quoted by Reuters. He said three villagers were killed in the attack.';
    expect(by(text, 'en')).toEqual(['district police chief']);
  });
  it('en: "according to him" takes the previous speaker', () => {
    const text = 'Musa Idris, a community leader, told reporters the village was attacked at night. According to him, 23 bodies were recovered.';
    expect(by(text, 'en')).toEqual(['Musa Idris, a community leader']);
  });
});

describe('id speaker closing the sentence', () => {
  it('"…, kata Kapendam X." with no quote', () => {
    expect(by('Seorang prajurit gugur dan dua anggota KKB tewas, kata Kapendam Cenderawasih.', 'id')).toEqual(['Kapendam Cenderawasih', 'Kapendam Cenderawasih']);
  });
});

describe('speakers closing a sentence after a casualty clause', () => {
  it('en: "…, officials told AFP." — the clause before the comma names no speaker', () => {
    expect(by('Three soldiers were killed, officials told AFP.', 'en')).toEqual(['officials']);
  });
  it('en: "…, the ministry said in a statement on Sunday."', () => {
    expect(by('Fourteen people were killed, the Interior Ministry said in a statement on Sunday.', 'en')).toEqual(['Interior Ministry']);
  });
  it('en: "…, a hospital source said."', () => {
    expect(by('Five people were wounded, a hospital source said.', 'en')).toEqual(['hospital source']);
  });
  it('en: an appositive name still opens the sentence', () => {
    expect(by('Ibrahim Sani, a local councillor, said nine villagers were abducted.', 'en')).toEqual(['Ibrahim Sani, a local councillor']);
  });
});

describe('id/ms source phrases', () => {
  it('id: "menurut data X" drops the word "data"', () => {
    expect(by('Menurut data Dinas Sosial Kabupaten Nduga, 12 warga tewas dalam konflik itu.', 'id')).toEqual(['Dinas Sosial Kabupaten Nduga']);
  });
  it('id: "…, lapor X." closing the sentence', () => {
    expect(by('Empat orang tewas dalam serangan udara itu, lapor Antara.', 'id')).toEqual(['Antara']);
  });
  it('ms: "…, lapor Bernama."', () => {
    expect(by('Tujuh orang terbunuh dalam pertempuran itu, lapor Bernama.', 'ms')).toEqual(['Bernama']);
  });
  it('ms: a capitalised stop word inside a title is part of the name ("Menteri Dalam Negeri")', () => {
    expect(by('Menteri Dalam Negeri berkata, sepuluh orang terkorban dalam rusuhan itu.', 'ms')).toEqual(['Menteri Dalam Negeri']);
  });
  it('id: a lower-case stop word still ends the speaker ("… dalam konferensi pers")', () => {
    expect(by('Kapolda Maluku dalam konferensi pers mengatakan tiga warga tewas.', 'id')).toEqual(['Kapolda Maluku']);
  });
});

describe('data sources', () => {
  it('en: "according to figures compiled by X" names X', () => {
    expect(by('Some 250 people were killed in the province, according to figures compiled by the agency.', 'en')).toEqual(['agency']);
  });
  it('id: "menurut data yang dihimpun X" names X', () => {
    expect(by('Menurut data yang dihimpun Komnas HAM, 11 warga sipil tewas.', 'id')).toEqual(['Komnas HAM']);
  });
});

describe('id: "Hal itu disampaikan X" names the speaker of the sentence before', () => {
  it('the figure before takes X', () => {
    const text = 'Tiga warga tewas dalam penyerangan itu. Hal itu disampaikan Kabid Humas Polda Maluku Kombes Rudi di Ambon, Rabu.';
    expect(by(text, 'id')).toEqual(['Kabid Humas Polda Maluku Kombes Rudi']);
  });
  it('"Hal tersebut diungkapkan oleh X"', () => {
    const text = 'Dua prajurit gugur dalam kontak tembak. Hal tersebut diungkapkan oleh Dandim Nabire.';
    expect(by(text, 'id')).toEqual(['Dandim Nabire']);
  });
  it('not across a paragraph break', () => {
    const text = 'Dua prajurit gugur dalam kontak tembak.\n\nHal tersebut diungkapkan oleh Dandim Nabire.';
    expect(by(text, 'id')).toEqual([null]);
  });
  it('a sentence with its own speaker keeps it', () => {
    const text = 'Menurut warga, dua orang tewas. Hal itu dibenarkan Kapolsek Wamena.';
    expect(by(text, 'id')).toEqual(['warga']);
  });
  it('id: "seperti dikutip X" closing the sentence', () => {
    expect(by('Lima orang tewas dalam serangan itu, seperti dikutip AFP.', 'id')).toEqual(['AFP']);
  });
});

describe('speech verbs inside casualty phrases', () => {
  it('en: "claimed the lives of" is no speech', () => {
    expect(by('The attack claimed the lives of six soldiers.', 'en')).toEqual([null]);
  });
  it('en: "claimed" as speech still names the speaker', () => {
    expect(by('The group claimed it killed six soldiers.', 'en')).toEqual(['group']);
  });
});

describe('asides and fillers around the speaker', () => {
  it('en: "X, speaking on condition of anonymity, said"', () => {
    expect(by('A police officer, speaking on condition of anonymity, said seven militants were killed.', 'en')).toEqual(['police officer']);
  });
  it('en: "according to an AFP tally"', () => {
    expect(by('At least six people were killed, according to an AFP tally.', 'en')).toEqual(['AFP']);
  });
  it('id: "ujar salah seorang warga"', () => {
    expect(by('"Empat orang tewas di tempat," ujar salah seorang warga.', 'id')).toEqual(['warga']);
  });
  it('id: "…, demikian keterangan X."', () => {
    expect(by('Lima orang tewas, demikian keterangan Humas Polres Jayawijaya.', 'id')).toEqual(['Humas Polres Jayawijaya']);
  });
});
