import { beforeAll, describe, expect, it } from 'vitest';
import { find, gazetteer, places } from './helpers.js';

beforeAll(() => {
  gazetteer();
}, 300000);

describe('English: names as outlets write them', () => {
  it('a GeoNames name with an ejective mark is found without it', () => {
    const ps = places('en', 'Militiamen and federal troops fought for two days in Debre Markos, in Ethiopia\'s Amhara region.');
    const p = find(ps, 'Debre Markos');
    expect(p?.country).toBe('ET');
    expect(p?.kind).toBe('city');
    expect(find(places('en', 'Tigrayan forces withdrew from Mekele on Monday.'), 'Mekele')?.country).toBe('ET');
  });
  it('"Democratic Republic of Congo" without the article is the country, and gives an unknown town its country', () => {
    const ps = places('en', 'Rwandan-backed rebels captured the mining town of Kibondo in eastern Democratic Republic of Congo, residents said.');
    expect(find(ps, 'Democratic Republic of Congo')?.country).toBe('CD');
    expect(find(ps, 'Kibondo')?.country).toBe('CD');
  });
  it('Kinshasa is the city, not the country CLDR labels "Congo - Kinshasa"', () => {
    const p = find(places('en', 'In Kinshasa, police fired tear gas at hundreds of protesters outside the French embassy.'), 'Kinshasa');
    expect(p?.kind).toBe('city');
    expect(p?.lat).not.toBeNull();
  });
  it('a Myanmar township the gazetteer lacks is a local place of its region', () => {
    const ps = places('en', 'Junta jets bombed a monastery in Pinlebu Township, Sagaing Region, on Tuesday, residents said.');
    const p = find(ps, 'Pinlebu');
    expect(p?.country).toBe('MM');
    expect(p?.rule).toBe('en/place/local-unresolved');
  });
  it('a short dateline town in capitals before a country of several words, or straight before the agency', () => {
    expect(find(places('en', 'GOMA, Democratic Republic of Congo, Jan 20 (Reuters) - Rebels seized a village on Monday.'), 'GOMA')?.country).toBe('CD');
    expect(find(places('en', 'GAO (AP) — Jihadists attacked an army post on Monday.'), 'GAO')?.country).toBe('ML');
    // (an abbreviation before its expansion is none)
    expect(places('en', 'NATO (North Atlantic Treaty Organization) - members met on Monday.')).toHaveLength(0);
  });
  it('a town of one name said as where it happened is that town, in a report that names another country', () => {
    expect(find(places('en', 'A drone launched from Yemen hit a hotel in Eilat early on Monday, the army said.'), 'Eilat')?.country).toBe('IL');
    expect(find(places('en', 'Militants who had crossed from Afghanistan attacked a checkpoint near Chaman on Friday.'), 'Chaman')?.country).toBe('PK');
  });
  it('negative: a small town abroad said without "in" or "near" in a report about elsewhere is no place', () => {
    // (Tarbes, a French town of ~40,000, also a family name)
    expect(find(places('en', 'Fighting in Sudan continued as Tarbes told reporters the talks had stalled.'), 'Tarbes')).toBeUndefined();
  });
  it('a neighbourhood the gazetteer lacks is a local place of the story\'s country', () => {
    const p = find(places('en', 'A drone strike on a gathering in the Al-Waha neighbourhood of El Fasher killed eight people on Monday.'), 'Al-Waha');
    expect(p?.country).toBe('SD');
    expect(p?.rule).toBe('en/place/local-unresolved');
  });
  it('"el-Fasher" with its article in lower case (AP style) is the city', () => {
    expect(find(places('en', 'The drone struck a shelter in el-Fasher late on Friday, the group said.'), 'el-Fasher')?.country).toBe('SD');
  });
  it('"North Darfur", "South Kordofan" are GeoNames\' Northern Darfur and Southern Kordofan', () => {
    const ps = places('en', 'Fighting spread from North Darfur to South Kordofan, aid groups said.');
    expect(find(ps, 'North Darfur')?.kind).toBe('admin1');
    expect(find(ps, 'South Kordofan')?.kind).toBe('admin1');
  });
  it('negative: a lower-case prefix before a capital is no place ("pro-Russian", "ex-Soviet")', () => {
    expect(places('en', 'The pro-Russian and ex-Soviet officials met in the morning.')).toHaveLength(0);
  });
  it('a village of two words, the second a surname elsewhere, is a local place ("Nyaung Kone village")', () => {
    const p = find(places('en', 'Junta jets bombed Tha Kone village in Sagaing on Tuesday, killing five people.'), 'Tha Kone');
    expect(p?.country).toBe('MM');
    expect(p?.rule).toBe('en/place/local-unresolved');
  });
  it('… even when a later sentence makes its last word look like a surname ("a resident of Tha Kone said")', () => {
    const ps = places('en', 'Junta jets bombed Tha Kone village in Sagaing on Tuesday, killing five people. A resident of Tha Kone said the dead were farmers.');
    expect(find(ps, 'Tha Kone')?.country).toBe('MM');
  });
  it('Hodeidah as English outlets spell it is the Yemeni port city', () => {
    const p = find(places('en', 'A tanker was struck off the port city of Hodeidah on Wednesday.'), 'Hodeidah');
    expect(p?.country).toBe('YE');
    expect(p?.kind).toBe('city');
  });
});
