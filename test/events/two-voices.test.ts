/**
 * Two sides' figures for one event: a voice that says no one died (the accused denying) does not
 * beat another voice's dead as "the lowest count". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { fatalitiesOf } from '../../src/core/events/index.js';
import { extract } from '../../src/core/extract.js';

const k = (count: number, claimant: string | null) => ({ count, outcome: 'killed' as const, group: 'civilian' as const, claimant: claimant ? { name: claimant, country: null } : null });

describe('a zero from one voice against dead from another', () => {
  it('keeps the dead', () => expect(fatalitiesOf([k(21, 'NUG'), k(0, 'junta')])).toBe(21));
  it('still keeps the lowest of two positive counts', () => expect(fatalitiesOf([k(21, 'NUG'), k(0, 'junta'), k(15, 'saksi')])).toBe(15));
  it('is 0 when every voice says no one died', () => expect(fatalitiesOf([k(0, 'polis'), k(0, 'penganjur')])).toBe(0));
  it('ms: the junta denying civilian deaths does not make the air strike bloodless', () => {
    const body = 'YANGON: Sekurang-kurangnya 17 orang awam maut apabila jet pejuang tentera Myanmar mengebom sebuah kampung di Magway, menurut Kerajaan Perpaduan Nasional (NUG).\n\n' +
      'Jurucakap junta menafikan tentera menyasarkan orang awam. "Tiada orang awam terbunuh," katanya kepada media kerajaan.';
    const ev = extract(body, { language: 'ms', published: '2025-02-06T10:00:00+08:00', title: '' }, { gazetteer: null }).events;
    const strike = ev.find((e) => e.sub_event_type === 'Air/drone strike');
    expect(strike?.fatalities).toBe(17);
  });
});

describe('a toll of no group and the figures of groups it may hold', () => {
  const g = (count: number, group: 'civilian' | 'military' | 'unknown', claimant: string | null) => ({ count, outcome: 'killed' as const, group, claimant: claimant ? { name: claimant, country: null } : null });
  it('"tiga orang tewas" and a spokesman\'s "dua warga … dan satu …" are three, not five', () => expect(fatalitiesOf([g(3, 'unknown', null), g(2, 'civilian', 'Kapolda')])).toBe(3));
  it('the outlet\'s own: a total of no group against its parts', () => expect(fatalitiesOf([g(3, 'unknown', null), g(2, 'civilian', null), g(1, 'military', null)])).toBe(3));
  it('parts larger than the no-group figure add up', () => expect(fatalitiesOf([g(2, 'unknown', null), g(2, 'civilian', null), g(3, 'military', null)])).toBe(5));
  it('id: a clash told with its total and a spokesman\'s breakdown', () => {
    const body = 'Bentrokan antarwarga dua desa di Kabupaten Maluku Tengah pecah pada Rabu (26/1) pagi. Tiga orang tewas dan sedikitnya 12 lainnya luka-luka dalam bentrokan tersebut.\n\n' +
      '"Dua warga meninggal dunia karena luka tembak dan satu karena luka panah," kata Kapolda Maluku.';
    const ev = extract(body, { language: 'id', published: '2022-01-26T15:00:00+09:00', title: '' }, { gazetteer: null }).events;
    expect(ev[0]?.fatalities).toBe(3);
  });
});
