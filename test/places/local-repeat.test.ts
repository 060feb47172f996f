/**
 * A village named with its cue ("Desa Kilo") and again without it ("petani di Kilo") is one place,
 * not the village and then a namesake the gazetteer knows abroad. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from './helpers.js';

describe('a local name said again without its cue', () => {
  it('keeps the village reading, in the country of the story', () => {
    const g = gazetteer();
    const body = 'Kelompok MIT diduga membunuh seorang petani di kebun di Desa Kilo, Kecamatan Poso Pesisir Utara, Kabupaten Poso, Minggu (9/3/2025).\n\n' +
      '"Pelaku pembunuhan petani di Kilo diduga kuat kelompok yang sama," kata Kapolres Poso.';
    const r = extract(body, { language: 'id', published: '2025-03-12T10:00:00+08:00', title: '' }, { gazetteer: g });
    const kilos = r.places.filter((p) => p.text === 'Kilo');
    expect(kilos.length).toBe(2);
    for (const p of kilos) expect(p.country).toBe('ID');
    expect(r.events.filter((e) => e.event_type === 'Violence against civilians')).toHaveLength(1);
  });
});
