/** A weekday with its week told from publication ("Thursday last week", "Senin pekan lalu"). Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

// (published on a Thursday)
const day = (language: string, t: string) => extract(t, { language, published: '2025-11-27T10:00:00+07:00', title: '' }, { gazetteer: null }).events[0]?.date;

describe('a weekday of last week, this week or next week', () => {
  it('en', () => {
    expect(day('en', 'Gunmen killed four villagers on Thursday last week, police said.')).toBe('2025-11-20');
    expect(day('en', 'Gunmen killed four villagers on Monday last week, police said.')).toBe('2025-11-17');
    expect(day('en', 'Gunmen killed four villagers on Monday this week, police said.')).toBe('2025-11-24');
    expect(day('en', 'Gunmen killed four villagers last Thursday, police said.')).toBe('2025-11-20');
  });
  it('id', () => {
    expect(day('id', 'KKB menembak mati dua warga di Intan Jaya pada Senin pekan lalu.')).toBe('2025-11-17');
    expect(day('id', 'KKB menembak mati dua warga di Intan Jaya pada Jumat minggu lalu.')).toBe('2025-11-21');
    expect(day('id', 'KKB menembak mati dua warga di Intan Jaya pada Senin lalu.')).toBe('2025-11-24');
  });
  it('ms', () => {
    expect(day('ms', 'Polis menembak mati dua penjenayah di Ipoh pada Isnin minggu lepas.')).toBe('2025-11-17');
  });
});
