/**
 * Forms of Indonesian reports seen on real pages (sentences written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (body: string, published = '2025-03-12T15:00:00+07:00') => extract(body, { language: 'id', published, title: '' }, { gazetteer: g }).events;

describe("'seorang' before a force's name is that force, no civilian", () => {
  it('"seorang prajurit TNI tewas tertembak oleh KKB" is a battle', () => {
    const ev = run('Seorang prajurit TNI tewas tertembak oleh kelompok kriminal bersenjata (KKB) di Distrik Sinak, Kabupaten Puncak, Senin (10/3/2025).');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.event_type).toBe('Battles');
  });
  it('and it is one event with the clash told after it', () => {
    const ev = run('Seorang anggota Brimob tewas tertembak oleh KKB di Distrik Sinak, Kabupaten Puncak, Senin (10/3/2025).\n\n' +
      'Menurut polisi, KKB menyerang pos Brimob dan menembak anggota tersebut hingga tewas di Distrik Sinak.');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.event_type).toBe('Battles');
    expect(ev[0]!.fatalities).toBe(1);
  });
  it('a civilian named with seorang stays a civilian', () => {
    const ev = run('Seorang warga tewas ditembak oleh KKB di Distrik Sinak, Kabupaten Puncak, Senin (10/3/2025).');
    expect(ev[0]!.event_type).toBe('Violence against civilians');
  });
});

describe('where a statement was made is no event place', () => {
  it('"kata X di <venue>, <town>": the venue named before its town', () => {
    const ev = run('Kelompok bersenjata menembak seorang pedagang hingga tewas di Distrik Sugapa, Kabupaten Intan Jaya, Senin (10/3/2025).\n\n' +
      '"Pelaku penembakan pedagang itu sedang kami kejar," kata Kapolda Papua Tengah di Markas Polda, Nabire, Selasa (11/3/2025).');
    expect(ev).toHaveLength(1);
    expect(ev.some((e) => e.location?.name === 'Nabire')).toBe(false);
  });
  it('"mengonfirmasi kejadian tersebut di <town>": where it was confirmed', () => {
    const ev = run('Seorang anggota Brimob tewas dalam kontak tembak dengan KKB di Distrik Sinak, Kabupaten Puncak, Senin (10/3/2025).\n\n' +
      'Kapolda Papua mengonfirmasi kejadian tersebut di Jayapura dan menyebut kontak tembak berlangsung sekitar satu jam.');
    expect(ev).toHaveLength(1);
    expect(ev.some((e) => e.location?.name === 'Jayapura')).toBe(false);
  });
});

describe('fighting told as the backdrop of another attack', () => {
  it('"serangan … saat pertempuran antara X dan Y" is the strike alone', () => {
    const ev = run('Serangan udara militer menghantam sebuah pasar di kota Lashio dan menewaskan sedikitnya delapan warga sipil, Senin (10/3/2025).\n\n' +
      'Lima orang lainnya terluka dalam serangan yang terjadi saat pertempuran antara tentara dan kelompok pemberontak di wilayah itu.');
    expect(ev.filter((e) => e.event_type === 'Battles')).toHaveLength(0);
    expect(ev.filter((e) => e.sub_event_type === 'Air/drone strike')).toHaveLength(1);
  });
  it('"kelompok X, yang bertempur melawan junta" describes the group', () => {
    const ev = run('"Mereka mengebom dua desa," kata juru bicara kelompok pemberontak, yang bertempur melawan junta sejak 2021, Senin (10/3/2025).');
    expect(ev.filter((e) => e.event_type === 'Battles')).toHaveLength(0);
  });
  it('a battle told as such stays one', () => {
    const ev = run('Pertempuran sengit antara tentara dan kelompok pemberontak pecah di kota Lashio, Senin (10/3/2025), menewaskan tiga tentara.');
    expect(ev[0]?.event_type).toBe('Battles');
  });
});

describe('a crowd besieging a police station', () => {
  it('"warga mengepung Mapolres" is unrest, not an armed clash', () => {
    const ev = run('Ratusan warga menggelar demo di depan Mapolres Bima, Senin (10/3/2025), menuntut pembebasan seorang pemuda.\n\n' +
      'Warga sejak pagi mengepung Mapolres Bima. Mereka berusaha masuk ke dalam markas itu.');
    expect(ev.filter((e) => e.event_type === 'Battles')).toHaveLength(0);
    expect(ev.some((e) => e.event_type === 'Riots')).toBe(true);
  });
  it('troops besieging a village stay a battle', () => {
    const ev = run('Pasukan TNI mengepung markas kelompok kriminal bersenjata di Distrik Sinak, Senin (10/3/2025), dan terlibat kontak tembak.');
    expect(ev[0]?.event_type).toBe('Battles');
  });
});
