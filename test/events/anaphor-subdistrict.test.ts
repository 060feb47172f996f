/**
 * "That arrest took place … in X subdistrict": an anaphoric mention that names a place inside the
 * event's regency or district is the same event, told more finely (its place and day). Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (language: string, text: string) => extract(text, { language, published: '2024-02-06T10:00:00+07:00', title: '' }, { gazetteer: g }).events;

describe('an anaphoric mention inside the regency refines the event', () => {
  it('id: "Penangkapan tersebut terjadi pada Senin … di wilayah Kecamatan Wedi"', () => {
    const ev = run('id', 'Tim gabungan menangkap seorang pria terduga pengedar senjata api di Kabupaten Klaten, Jawa Tengah. ' +
      'Penangkapan tersebut terjadi pada Senin, 5 Februari 2024, di wilayah Kecamatan Wedi sekitar pukul 14.00 WIB. ' +
      'Kapolres mengatakan penangkapan terjadi di sebuah warung di Kecamatan Wedi.');
    expect(ev).toHaveLength(1);
    expect(ev[0]?.date).toBe('2024-02-05');
    expect(ev[0]?.location?.name).toBe('Wedi');
  });
  it('id: a subdistrict the gazetteer does not know still joins ("Kecamatan Wonoluhur")', () => {
    const ev = run('id', 'Polisi menangkap dua terduga pelaku pembakaran rumah di Kabupaten Boyolali, Jawa Tengah. ' +
      'Penangkapan tersebut terjadi pada Senin, 5 Februari 2024, di wilayah Kecamatan Wonoluhur.');
    expect(ev).toHaveLength(1);
    expect(ev[0]?.date).toBe('2024-02-05');
    expect(ev[0]?.location?.name).toBe('Wonoluhur');
    expect(ev[0]?.evidence).toHaveLength(2);
  });
  it('a place in another province is not the same event', () => {
    const ev = run('id', 'Polisi menangkap seorang pria di Kabupaten Klaten, Jawa Tengah, pada Senin. ' +
      'Penangkapan tersebut terjadi di Kecamatan Ngaglik, Kabupaten Sleman, Yogyakarta.');
    expect(ev.every((e) => e.location?.admin1 !== 'Jawa Tengah' || e.location?.name === 'Kabupaten Klaten')).toBe(true);
  });
});
