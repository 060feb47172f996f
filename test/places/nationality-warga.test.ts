/** A people's nationality after 'warga' is no place (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from './helpers.js';

const g = gazetteer();

describe("'warga <country>' is a nationality", () => {
  it('a Malaysian report on a Filipino suspect stays in Malaysia', () => {
    const r = extract('TAWAU, 3 Mac (Bernama) -- Polis menembak mati seorang penjenayah warga Filipina di Kampung Jawa, petang Isnin.',
      { language: 'ms', published: '2025-03-04T10:00:00+08:00', title: '' }, { gazetteer: g });
    expect(r.places.some((p) => p.country === 'PH')).toBe(false);
    expect(r.events[0]?.location?.country).toBe('MY');
  });
  it('a country said as a place still is one', () => {
    const r = extract('Polis Filipina menahan dua lelaki di Zamboanga, Filipina, pada Isnin.',
      { language: 'ms', published: '2025-03-04T10:00:00+08:00', title: '' }, { gazetteer: g });
    expect(r.places.some((p) => p.country === 'PH')).toBe(true);
  });
});
