/** News agencies named like towns, second-level units called "Province of X", and large islands (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { find, gazetteer, places } from './helpers.js';

const g = gazetteer();

describe('a news agency is a credit, not a place', () => {
  it('en: "citing Xinhua", "(ANI/Xinhua)", "Kyodo reported"', () => {
    const ps = places('en', 'Three rebels were killed in Sulu province, the army said, citing Xinhua. (ANI/Xinhua) Kyodo reported the raid later.');
    expect(find(ps, 'Xinhua')).toBeUndefined();
    expect(find(ps, 'Kyodo')).toBeUndefined();
    expect(find(ps, 'Sulu')?.country).toBe('PH');
  });
  it('id: "kantor berita Xinhua", "dikutip dari Anadolu"', () => {
    const ps = places('id', 'Dua tentara tewas dalam bentrokan di Provinsi Sulu, seperti dilaporkan kantor berita Xinhua dan dikutip dari Anadolu.');
    expect(find(ps, 'Xinhua')).toBeUndefined();
    expect(find(ps, 'Anadolu')).toBeUndefined();
  });
});

describe('second-level units GeoNames calls "Province of X" are found by their bare name', () => {
  it('"in Camarines Sur province" is the Philippine province, in its region', () => {
    const p = find(places('en', 'Five rebels were killed in a clash in Camarines Sur province on Tuesday.'), 'Camarines Sur');
    expect(p?.country).toBe('PH');
    expect(p?.admin1).toBe('Bicol Region');
    expect(p?.name).toBe('Camarines Sur');
  });
  it('French forms too: "Kompienga province" is the unit GeoNames calls "Province de la Kompienga"', () => {
    const p = find(places('en', 'Soldiers were killed in an attack on a base in Kompienga province, in eastern Burkina Faso.'), 'Kompienga');
    expect(p?.country).toBe('BF');
    expect(p?.name).toBe('Kompienga');
  });
  it('an event in "a town in Negros Occidental province" is placed there, not at the dateline', () => {
    const r = extract('MANILA, Nov. 4 -- Two soldiers were killed in a clash with New People\'s Army rebels on Wednesday in a town in Negros Occidental province, the military said.',
      { language: 'en', published: '2021-11-04T12:00:00+08:00', title: '' }, { gazetteer: g });
    expect(r.events[0]?.location?.name).toBe('Negros Occidental');
    expect(r.events[0]?.location?.admin1).toBe('Western Visayas');
  });
});

describe('large islands are regions', () => {
  it('"on Luzon island" is Luzon, Philippines, not a village of that name', () => {
    const p = find(places('en', 'The clash took place in Camarines Sur province on Luzon island.'), 'Luzon');
    expect(p?.kind).toBe('region');
    expect(p?.lat).toBeGreaterThan(13);
  });
  it('"di Pulau Jawa" and "Sumatera" are regions of Indonesia', () => {
    const ps = places('id', 'Banjir melanda sejumlah daerah di Pulau Jawa dan Sumatera pekan ini.');
    expect(ps.find((p) => /Jawa/.test(p.text))?.country).toBe('ID');
    expect(find(ps, 'Sumatera')?.kind).toBe('region');
  });
});
