import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { loadGazetteer } from '../../src/io/gazetteer.js';

const env = { gazetteer: loadGazetteer() };

describe('printed places', () => {
  it('are the reading’s places with near defaulted to false, every field in the same order', () => {
    const texts: Array<[string, string]> = [
      ['en', 'Shelling hit a market in Kharkiv on Monday, killing four people, regional officials said. Fighting continued in villages near Bakhmut overnight, and two soldiers were wounded in Donetsk.'],
      ['id', 'Dua warga tewas dalam bentrokan di Kabupaten Puncak, Papua, pada Selasa. Polisi mengatakan massa juga membakar sebuah rumah di dekat Kota Wamena.'],
    ];
    for (const [language, text] of texts) {
      const out = extract(text, { language }, env);
      expect(out.places.length).toBeGreaterThan(0);
      const expected = out.reading!.places.map((p) => ({ ...p, near: p.near ?? false }));
      // (JSON compares key order too: the printed output is JSON)
      expect(JSON.stringify(out.places)).toBe(JSON.stringify(expected));
    }
  });
});
