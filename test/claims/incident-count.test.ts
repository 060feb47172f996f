/** A figure counted over a number of incidents is a running total, not one event's toll (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { figs } from './helpers.js';

describe('"killed in more than N incidents" is a total', () => {
  it('id: "telah tewas … dalam lebih dari 8.000 insiden"', () => {
    const f = figs('Lebih dari 4.000 orang telah tewas dan lebih dari 7.000 terluka dalam lebih dari 8.000 insiden di wilayah itu.', 'id');
    expect(f.map((x) => [x.count, x.outcome, x.tally])).toEqual([[4000, 'killed', true], [7000, 'injured', true]]);
  });
  it('en: "have been killed in 350 attacks"', () => {
    const f = figs('Some 900 people have been killed in 350 attacks in the province.', 'en');
    expect(f[0]?.tally).toBe(true);
  });
  it('en negative: a place or a time after the figure is no count of incidents', () => {
    const f = figs('Five people were killed in the attack on Monday, and 2 others were wounded at 10 a.m.', 'en');
    expect(f.every((x) => !x.tally)).toBe(true);
  });
  it('id negative: "tewas dalam serangan itu" keeps the toll', () => {
    const f = figs('Tiga warga tewas dalam serangan itu pada Senin pagi.', 'id');
    expect(f[0]?.tally).toBe(false);
  });
});
