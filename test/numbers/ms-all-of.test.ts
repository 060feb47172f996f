/** Malay "kedua-dua", "ketiga-tiga": all two, all three — one number, not a sum (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { nums } from '../helpers.js';
import { figs } from '../claims/helpers.js';

describe('ms: a reduplicated ordinal is "all N"', () => {
  it('the numbers stage reads "Ketiga-tiga suspek" as 3 and "kedua-dua mangsa" as 2', () => {
    expect(nums('ms', 'Ketiga-tiga suspek ditembak mati manakala kedua-dua mangsa cedera.')).toEqual([['Ketiga-tiga', 3, 'exact'], ['kedua-dua', 2, 'exact']]);
  });
  it('the claims fallback reader no longer adds the two halves (it read 6)', () => {
    const f = figs('Ketiga-tiga suspek maut di tempat kejadian.', 'ms');
    expect(f[0]?.count).toBe(3);
  });
  it('"twenty-five" still adds its halves', () => {
    expect(figs('Twenty-five people were killed.', 'en')[0]?.count).toBe(25);
  });
});
