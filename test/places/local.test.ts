import { beforeAll, describe, expect, it } from 'vitest';
import { find, gazetteer, places } from './helpers.js';

beforeAll(() => {
  gazetteer();
}, 300000);

const LOCAL = /\/place\/local-unresolved$/;
const locals = (lang: string, t: string) => places(lang, t).filter((p) => LOCAL.test(p.rule));

describe('English: local places named as reported', () => {
  it('an unknown district of a named province takes the province\'s country and point, near it', () => {
    const t = 'Gunmen attacked a checkpoint in Zorbakhel district of Kandahar province on Sunday, officials said.';
    const ps = places('en', t);
    const p = find(ps, 'Zorbakhel');
    const k = find(ps, 'Kandahar');
    expect(p?.rule).toBe('en/place/local-unresolved');
    expect(p?.country).toBe('AF');
    expect(p?.name).toBe('Zorbakhel');
    expect(p?.near).toBe(true);
    expect(p?.lat).toBe(k?.lat);
  });
  it('an unknown village of a named local government area and state', () => {
    const t = 'Bandits raided Tungan-Mallam village in Rijau local government area of Niger State, residents said.';
    const p = find(places('en', t), 'Tungan-Mallam');
    expect(p?.country).toBe('NG');
    expect(p?.kind).toBe('city');
    expect(p?.near).toBe(true);
  });
  it('a bare unknown town takes the story\'s most-mentioned place of its country', () => {
    const t = 'Fighting raged in Kismayo on Monday. Al-Shabaab then stormed the border town of Qorowdhere, a Somali officer said.';
    const p = find(places('en', t), 'Qorowdhere');
    expect(p?.country).toBe('SO');
    expect(p?.lat).toBe(find(places('en', t), 'Kismayo')?.lat);
  });
  it('a district named like a town abroad is the local one in a story about elsewhere', () => {
    const t = 'Afghan forces cleared Kandahar city on Friday. Five insurgents were killed in Nish district, the ministry said.';
    const p = find(places('en', t), 'Nish');
    expect(p?.country).toBe('AF');
    expect(p?.rule).toBe('en/place/local-unresolved');
  });
  it('names the gazetteer knows in the story\'s country keep their own reading', () => {
    const p = find(places('en', 'A bomb exploded in Kandahar province on Saturday.'), 'Kandahar');
    expect(p?.rule).not.toMatch(LOCAL);
  });
  it('no local place without a country context', () => {
    expect(locals('en', 'The Zorbakhel district council met on Tuesday to discuss the budget.')).toEqual([]);
  });
  it('no local place from persons, common words or sentence openers', () => {
    const t = 'Fighting raged in Kandahar on Monday. Police district officers said Mr Zorbakhel village elders met. Several district chiefs left.';
    expect(locals('en', t).map((p) => p.text)).toEqual([]);
  });
});

describe('Indonesian and Malay: local places named as reported', () => {
  it('kecamatan X, Kota Y: the unknown kecamatan sits at the city', () => {
    const t = 'Ledakan terjadi di Kecamatan Sukamelarat, Kota Bandung, pada Rabu pagi.';
    const ps = places('id', t);
    const p = find(ps, 'Sukamelarat');
    expect(p?.country).toBe('ID');
    expect(p?.near).toBe(true);
    expect(p?.lat).toBe(find(ps, 'Kota Bandung')?.lat);
  });
  it('distrik X, Kabupaten Y in Papua', () => {
    const t = 'Massa menyerang pos di Distrik Walelagama, Kabupaten Jayawijaya, Papua, Senin.';
    const p = find(places('id', t), 'Walelagama');
    expect(p?.country).toBe('ID');
    expect(p?.rule).toBe('id/place/local-unresolved');
  });
  it('desa X in a Malay text', () => {
    const t = 'Polis menahan dua lelaki di kampung Sungai Lembing Hulu, Pahang, semalam.';
    const p = places('ms', t).find((q) => LOCAL.test(q.rule));
    expect(p?.country).toBe('MY');
    expect(p?.rule).toBe('ms/place/local-unresolved');
  });
  it('no local place after a title or from a person after a cue word', () => {
    const t = 'Bupati Jayawijaya hadir di Wamena. Desa Maju kata warga tetap aman.';
    expect(locals('id', t).map((p) => p.text)).toEqual([]);
  });
});

describe('English: political camps are not places', () => {
  it('"the Zorbakhel camp" of a politician in a story about Kandahar is no local place', () => {
    const t = 'Talks resumed in Kandahar on Monday. Aides said the Zorbakhel camp rejected the offer.';
    expect(locals('en', t)).toEqual([]);
  });
  it('a refugee camp is', () => {
    const t = 'Talks resumed in Kandahar on Monday. Shelling hit the Zorbakhel refugee camp, aides said.';
    expect(locals('en', t).map((p) => p.text)).toEqual(['Zorbakhel']);
  });
});

describe('English: boundaries of a local name', () => {
  it('"village of X Local Government Area": the village is X alone… and X is not taken for a newspaper', () => {
    const t = 'Herders fled to Makurdi. They came from Tse-Uvundagh village of Gwer Local Government Area, the Gwer County Times said.';
    const ts = locals('en', t).map((p) => p.text);
    expect(ts).toContain('Tse-Uvundagh');
    expect(ts.some((x) => /Local|Times/.test(x))).toBe(false);
  });
});

describe('Malay: a cue word that is part of a known name', () => {
  it('"Kota Kinabalu" stays the city the gazetteer knows, not a local place "Kinabalu"', () => {
    const t = 'Polis menahan tiga lelaki di Kota Kinabalu semalam. Seorang pegawai di Kuala Lumpur mengesahkan perkara itu.';
    const ps = places('ms', t);
    expect(find(ps, 'Kota Kinabalu')?.country).toBe('MY');
    expect(locals('ms', t)).toEqual([]);
  });
});
