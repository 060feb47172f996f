/**
 * Landmarks that stand for their city: protests "di depan gedung DPR", at "Patung Kuda" or the
 * "Bundaran HI" are in Jakarta; a rally at "Dataran Merdeka" is in Kuala Lumpur. Sentences written
 * for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer, places } from './helpers.js';
import { extract } from '../../src/core/extract.js';

beforeAll(() => {
  gazetteer();
}, 300000);

describe('landmarks as places', () => {
  it('the national parliament building is Jakarta', () => {
    const ps = places('id', 'Ratusan mahasiswa berunjuk rasa di depan gedung DPR/MPR, Senin (25/8/2025).');
    expect(ps.map((p) => p.name)).toEqual(['Jakarta']);
    expect(ps[0]!.rule).toBe('id/place/landmark');
  });
  it('Patung Kuda and the Bundaran HI are Jakarta', () => {
    expect(places('id', 'Massa bergerak dari Patung Kuda menuju Bundaran HI siang tadi.').map((p) => p.name)).toEqual(['Jakarta', 'Jakarta']);
  });
  it('a regional parliament (DPRD) names no city by itself', () => {
    expect(places('id', 'Mahasiswa berunjuk rasa di depan gedung DPRD sejak pagi.').map((p) => p.name)).toEqual([]);
  });
  it('Dataran Merdeka is Kuala Lumpur', () => {
    expect(places('ms', 'Ribuan orang berhimpun di Dataran Merdeka petang semalam.').map((p) => p.name)).toEqual(['Kuala Lumpur']);
  });
  it('a protest at the DPR building is placed in Jakarta', () => {
    const ev = extract('Ribuan buruh menggelar unjuk rasa di depan gedung DPR, Kamis (28/8/2025). Polisi membubarkan massa dengan gas air mata.',
      { language: 'id', published: '2025-08-29T10:00:00+07:00', title: '' }, { gazetteer: gazetteer() }).events;
    expect(ev[0]?.location?.name).toBe('Jakarta');
    expect(ev[0]?.location?.country).toBe('ID');
  });
});
