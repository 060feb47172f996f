import { describe, expect, it } from 'vitest';
import { claims } from './helpers.js';

// Sentences written for these tests: a relative clause on the counted noun, then the outcome with
// no auxiliary (Indonesian and Malay need none).
describe('a relative clause between the count and its outcome', () => {
  it('id: "seorang pria yang diduga mencuri sepeda motor tewas dihakimi massa"', () => {
    expect(claims('Seorang pria yang diduga mencuri sepeda motor tewas dihakimi massa di Bekasi.', 'id')).toEqual(['1 killed']);
  });
  it('ms: "dua lelaki yang menaiki motosikal itu cedera"', () => {
    expect(claims('Dua lelaki yang menaiki motosikal itu cedera dalam kejadian tersebut.', 'ms')).toEqual(['2 injured']);
  });
  it('a short clause is still read as before', () => {
    expect(claims('Tiga warga yang terluka dibawa ke rumah sakit.', 'id')).toEqual(['3 injured']);
  });
});
