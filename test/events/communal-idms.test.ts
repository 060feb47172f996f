/**
 * Residents of two villages who fight each other: a communal fight of crowds (Riots: Mob violence),
 * one event, not an armed clash of organised groups. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (body: string) => extract(body, { language: 'id', published: '2024-02-05T10:00:00+07:00', title: '' }, { gazetteer: g }).events;

describe('bentrok warga dua desa', () => {
  it('"Warga Desa A dan Desa B … bentrok" is mob violence, one event for both villages', () => {
    const ev = run('Warga Desa Talabiu dan Desa Padolo di Kecamatan Woha, Kabupaten Bima, Nusa Tenggara Barat (NTB), bentrok pada Sabtu (3/2/2024) malam.\n\n' +
      'Kapolsek setempat mengatakan warga dari dua desa itu saling serang menggunakan parang dan panah di perbatasan desa.\n\n' +
      'Bentrokan pun pecah hingga dini hari.');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.sub_event_type).toBe('Mob violence');
  });
  it('a clash between an armed group and soldiers stays a battle', () => {
    const ev = run('Kontak tembak antara KKB dan prajurit TNI terjadi di Distrik Sugapa, Kabupaten Intan Jaya, Sabtu (3/2/2024).');
    expect(ev[0]?.sub_event_type).toBe('Armed clash');
  });
});
