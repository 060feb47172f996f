import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, extract, extractMany } from '../../src/core/extract.js';
import { loadGazetteer } from '../../src/io/gazetteer.js';

const env = { gazetteer: loadGazetteer() };

// Reports written for this test, in the three languages, plus the records a batch can hold that
// are no news: a language without a pack, and a text longer than one reading window.
const items = [
  { content: 'Shelling hit a market in Kharkiv on Monday, killing four people, regional officials said. Fighting continued in villages near Bakhmut overnight.', hints: { language: 'en', published: '2024-03-05T10:00:00+02:00' } },
  { content: 'Dua warga tewas dalam bentrokan di Kabupaten Puncak, Papua, Selasa (4/3/2025). Polisi mengatakan massa juga membakar sebuah rumah di Wamena.', hints: { language: 'id' } },
  { content: 'Seorang lelaki maut ditembak dalam kejadian di Semporna, semalam, kata polis.', hints: { language: 'ms', published: '2025-03-04T08:00:00+08:00' } },
  { content: 'Der Bundestag hat am Montag über den Haushalt beraten.', hints: { language: 'de' } },
  {
    content: Array.from({ length: Math.ceil(CHUNK_CHARS / 100) }, (_, i) =>
      `On day ${i + 1} of the siege, gunmen attacked hamlet number ${i + 3} near Gao, killing ${(i % 7) + 2} herders, official number ${i + 11} said in report ${i * 13 + 5}.`).join('\n\n'),
    hints: { language: 'en', published: '2024-06-03T10:00:00Z' },
  },
  { content: 'Police fired tear gas at hundreds of protesters outside parliament in Nairobi on Tuesday.', hints: { language: 'en' } },
];

describe('extractMany', () => {
  it('gives what extract gives one document at a time, in the same order', () => {
    const many = extractMany(items, env);
    expect(many).toHaveLength(items.length);
    items.forEach((x, k) => {
      const one = extract(x.content, x.hints, env);
      expect(JSON.stringify(many[k])).toBe(JSON.stringify(one));
    });
    // (the batch held real work: events in the reports, none in the German record)
    expect(many[0]!.events.length).toBeGreaterThan(0);
    expect(many[3]!.events).toEqual([]);
    expect(items[4]!.content.length).toBeGreaterThan(CHUNK_CHARS);
  });
  it('answers an empty batch with nothing', () => {
    expect(extractMany([], env)).toEqual([]);
  });
});
