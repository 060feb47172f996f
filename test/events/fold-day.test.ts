/**
 * A secondary telling of another stated day ("Sebelumnya, pada Sabtu (1/11), KKB juga membakar
 * dua rumah") is its own event, not folded into a clash whose day came from an earlier sentence.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

const run = (body: string) => extract(body, { language: 'id', published: '2025-11-04T14:00:00+09:00', title: '' }, { gazetteer: null }).events;

describe('property burned on another day', () => {
  it('stays an event of its day, and the clash keeps the day it inherited', () => {
    const ev = run('Dua warga sipil tewas ditembak KKB di Distrik Sugapa pada Senin (3/11/2025) pagi.\n\n' +
      'Aparat gabungan TNI-Polri yang tiba di lokasi sempat terlibat kontak tembak dengan kelompok tersebut selama 30 menit.\n\n' +
      'Sebelumnya, pada Sabtu (1/11/2025), KKB juga membakar dua rumah guru di Distrik Hitadipa.');
    const clash = ev.find((e) => e.event_type === 'Battles');
    expect(clash?.date).toBe('2025-11-03');
    const burn = ev.find((e) => e.sub_event_type === 'Looting/property destruction');
    expect(burn?.date).toBe('2025-11-01');
  });
  it('houses burned in the attack told, the same day, still fold into it', () => {
    const ev = run('Kelompok bersenjata menyerang Kampung Titigi, Senin (3/11/2025). Dua warga tewas ditembak dan tiga rumah dibakar dalam serangan itu.');
    expect(ev.some((e) => e.sub_event_type === 'Looting/property destruction')).toBe(false);
  });
});
