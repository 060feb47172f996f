/**
 * Malay outlets call the dateline's town "here": "LAHAD DATU: … di perairan Tambisan, dekat sini".
 * An event told so, with no finer place of its own, is at (near) the dateline's town, not in a
 * country named later. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

describe('"dekat sini" / "di sini" is the dateline', () => {
  const g = gazetteer();
  const run = (body: string) => extract(body, { language: 'ms', published: '2025-05-06T18:00:00+08:00', title: '' }, { gazetteer: g }).events;
  it('a kidnapping off a dateline town stays there, not in the Philippines named later', () => {
    const ev = run('TAWAU: Tiga nelayan tempatan dipercayai diculik oleh lima lelaki bersenjata di perairan Pulau Kulapuan, dekat sini, awal pagi semalam.\n\n' +
      'Polis percaya kumpulan penculik itu mempunyai kaitan dengan kumpulan militan yang beroperasi di selatan Filipina.');
    const k = ev.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
    expect(k?.location?.country).toBe('MY');
    expect(k?.location?.name).toBe('Tawau');
    expect(k?.location?.precision).toBe(2);
  });
  it('without "here" the dateline is not forced on an event placed elsewhere', () => {
    const ev = run('KOTA KINABALU: Dua anggota tentera Filipina terbunuh dalam pertempuran dengan kumpulan Abu Sayyaf di Jolo, wilayah Sulu, selatan Filipina, semalam.');
    expect(ev[0]?.location?.name).toBe('Jolo');
  });
});
