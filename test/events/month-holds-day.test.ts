/**
 * A month said in passing in a later sentence ("Hingga Oktober, Densus 88 telah menangkap 61 …")
 * does not replace the day an event already has from the sentences before. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

describe('a month that holds the event\'s day', () => {
  it('leaves the day', () => {
    const g = gazetteer();
    const body = 'Tim Detasemen Khusus (Densus) 88 Antiteror Polri menangkap delapan orang terduga teroris yang tergabung dalam jaringan Jamaah Ansharut Daulah (JAD) di tiga provinsi pada Selasa (7/10) dan Rabu (8/10).\n\n' +
      'Juru bicara Densus 88 Kombes Pol Aswin Siregar mengatakan penangkapan dilakukan di Lampung, Jawa Timur, dan Sulawesi Tengah.\n\n' +
      '"Lima orang diamankan di Lampung, dua di Kabupaten Malang, dan satu di Kota Palu," kata Aswin dalam keterangannya, Kamis (9/10).\n\n' +
      'Aswin memastikan tidak ada perlawanan saat penangkapan.\n\n' +
      'Penangkapan ini menambah daftar terduga teroris yang ditangkap Densus 88 sepanjang 2025. Hingga Oktober, Densus 88 telah menangkap 61 terduga teroris di berbagai daerah.';
    const ev = extract(body, { language: 'id', published: '2025-10-09T13:00:00+07:00', title: '' }, { gazetteer: g }).events;
    const arrests = ev.filter((e) => e.sub_event_type === 'Arrests');
    expect(arrests.length).toBeGreaterThan(0);
    for (const a of arrests) expect(a.date_precision).toBe(1);
  });
});
