/** "One of the two men who were shot dead": the outcome is told of the whole, so the figure is the whole (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { figs } from './helpers.js';

describe('a part of a counted whole whose outcome a relative clause tells', () => {
  it('ms: "Seorang daripada dua lelaki yang ditembak mati … mempunyai 23 rekod" is two dead', () => {
    const f = figs('Seorang daripada dua lelaki yang ditembak mati oleh polis di Rawang semalam mempunyai 23 rekod jenayah lampau.', 'ms');
    expect(f.map((x) => [x.count, x.outcome, x.breakdown])).toEqual([[2, 'killed', false]]);
  });
  it('id: "Satu dari tiga warga yang tewas … adalah guru" is three dead', () => {
    const f = figs('Satu dari tiga warga yang tewas dalam serangan di Intan Jaya itu adalah guru honorer.', 'id');
    expect(f[0]?.count).toBe(3);
    expect(f[0]?.breakdown).toBe(false);
  });
  it('id negative: a part of an uncounted whole stays a part ("Satu di antara korban yang tewas")', () => {
    const f = figs('Lima orang tewas dalam serangan itu. Satu di antara korban yang tewas adalah guru.', 'id');
    expect(f.find((x) => x.count === 1)?.breakdown).toBe(true);
  });
});
