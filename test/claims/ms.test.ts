import { describe, expect, it } from 'vitest';
import { claims, figs } from './helpers.js';

describe('ms casualty figures', () => {
  const cases: [string, string[]][] = [
    ['Tiga anggota polis terkorban dalam serangan hendap di sempadan.', ['3 killed']],
    ['Dua orang maut manakala empat lagi cedera dalam kejadian tembakan itu.', ['2 killed', '4 injured']],
    ['Polis menahan 18 individu yang disyaki terlibat dalam rusuhan tersebut.', ['18 captured']],
    ['Sekurang-kurangnya lapan askar terbunuh dalam pertempuran di selatan negara itu.', ['8 killed']],
    ['Tiada kecederaan dilaporkan dalam kejadian kebakaran itu.', ['0 injured']],
    ['Seramai 12 penduduk kampung cedera parah akibat letupan tersebut.', ['12 injured']],
    ['Jumlah kematian meningkat kepada 45 orang setakat ini.', ['45 killed']],
  ];
  for (const [text, want] of cases) it(text, () => expect(claims(text, 'ms')).toEqual(want));

  it('reads Malay attributions', () => {
    const [f] = figs('Jurucakap tentera berkata lima militan terbunuh dalam operasi itu.', 'ms');
    expect(f).toMatchObject({ count: 5, outcome: 'killed', group: 'military', claimant: 'Jurucakap tentera' });
    const [g] = figs('“Dua anggota kami cedera,” katanya kepada pemberita. ', 'ms');
    expect(g).toMatchObject({ count: 2, outcome: 'injured' });
  });

  it('treats a running total "setakat ini" as a tally', () => {
    const [f] = figs('Kementerian Kesihatan berkata 300 orang maut setakat ini.', 'ms');
    expect(f).toMatchObject({ count: 300, tally: true, claimant: 'Kementerian Kesihatan' });
  });
});

describe('ms coordination and asides', () => {
  it('coordinated counts share the outcome', () => {
    expect(claims('Seorang pelancong dan lima anggota tentera cedera dalam letupan itu.', 'ms')).toEqual(['1 injured', '5 injured']);
  });
  it('"manakala seorang lagi cedera" after a death toll', () => {
    expect(claims('Dua anggota polis terbunuh, manakala seorang lagi cedera dalam serangan itu.', 'ms')).toEqual(['1 injured', '2 killed']);
  });
  it('katanya after a quote with no earlier speaker leaves the outlet as claimant', () => {
    const [f] = figs('"Empat penduduk maut dalam kejadian itu," katanya.', 'ms');
    expect(f).toMatchObject({ count: 4, outcome: 'killed', claimant: null });
  });
});
