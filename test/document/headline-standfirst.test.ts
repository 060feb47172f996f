/**
 * A scraped page's header: section labels, the headline, a standfirst under it, then the byline
 * and the date. The headline is the first line of four words or more, not the longest line above
 * the date. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/document/index.js';

describe('the headline above a standfirst', () => {
  it('en: a standfirst longer than the headline is not the title', () => {
    const page = [
      'World', 'Middle East', '',
      'Flood death toll in Derna rises to 57, officials say', '',
      'The number has more than doubled since Tuesday, when rescue teams reached the eastern districts cut off by the water', '',
      'By Reuters Published: Thu 14 Sep 2023, 9:10 AM', '',
      'At least 57 people have died in the floods in Derna, local officials said on Thursday.', '',
      'Rescue teams were still searching for the missing in the eastern districts of the city.',
    ].join('\n');
    const d = buildDocument(page, {});
    expect(d.title).toBe('Flood death toll in Derna rises to 57, officials say');
    expect(d.published?.startsWith('2023-09-14T09:10')).toBe(true);
  });
  it('id: a label of a few words above the headline is skipped', () => {
    const page = [
      'Berita Nasional', '',
      'Polisi Tangkap Tiga Pelaku Pembakaran Pos Ronda di Garut', '',
      'Selasa, 12 Maret 2024 10:15 WIB', '',
      'Polisi menangkap tiga orang yang diduga membakar pos ronda di Kecamatan Tarogong, Garut, pada Senin malam.', '',
      'Ketiganya kini ditahan di Mapolres Garut untuk diperiksa lebih lanjut.',
    ].join('\n');
    expect(buildDocument(page, {}).title).toBe('Polisi Tangkap Tiga Pelaku Pembakaran Pos Ronda di Garut');
  });
});

describe('a date cell printed twice', () => {
  it('"Published On 5 Nov 20235 Nov 2023" (two copies glued by the scrape) is that day, kept out of the text', () => {
    const page = [
      'Gunmen kill five villagers in night raid on farming village', '',
      'Published On 5 Nov 20235 Nov 2023', '',
      'Gunmen killed five villagers in an attack on Monday night, police said on Tuesday in a statement to reporters.', '',
      'The attackers fled into the forest after the raid, the police spokesman said.',
    ].join('\n');
    const d = buildDocument(page, {});
    expect(d.published).toBe('2023-11-05');
    expect(d.text).not.toMatch(/Published On/);
  });
  it('a year followed by other digits is still no date', () => {
    const page = ['Troops repel attack on border post', '', 'Reference 5 Nov 202350 units', '',
      'Troops repelled an attack on a border post on Monday night, the army said in a statement on Tuesday.'].join('\n');
    expect(buildDocument(page, {}).published).toBeNull();
  });
});

describe('Malay header times with a shortened part of the day', () => {
  const body = '\n\nPolis menahan tiga lelaki yang disyaki terlibat dalam kes rompakan di sebuah kedai emas di Ipoh pada malam Isnin, kata Ketua Polis Daerah.\n\nKetiga-tiga suspek kini direman selama tujuh hari bagi membantu siasatan polis.\n';
  it('"2:05 ptg" is 14:05, "9:15 pg" 09:15, "9:15 mlm" 21:15 (Malaysian time)', () => {
    const at = (line: string) => buildDocument('Polis Tahan Tiga Suspek Rompakan Kedai Emas\n\n' + line + body, {}).published;
    expect(at('Dikemas kini 27 Nov 2025, 2:05 ptg')).toBe('2025-11-27T14:05:00+08:00');
    expect(at('Disiarkan pada 27 Nov 2025 9:15 pg')).toBe('2025-11-27T09:15:00+08:00');
    expect(at('27 November 2025, 9:15 mlm')).toBe('2025-11-27T21:15:00+08:00');
  });
});
