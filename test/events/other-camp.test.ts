/**
 * The other camp's telling of a clash ("Pasukan kami … telah menembak mati dua anggota TNI," kata
 * juru bicara TPNPB) merged into the clash the TNI fought gives the speaker's side as actor2, not
 * the TNI twice. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

describe('a clash told by both camps', () => {
  it('has the two camps as its sides', () => {
    const body = 'Aparat gabungan TNI-Polri terlibat kontak tembak dengan kelompok tersebut di Distrik Sugapa, Intan Jaya, Senin (3/11/2025).\n\n' +
      'Juru bicara TPNPB Sebby Sambom mengklaim pihaknya bertanggung jawab. "Pasukan kami telah menembak mati dua anggota TNI di Sugapa," kata Sebby.';
    const ev = extract(body, { language: 'id', published: '2025-11-04T10:00:00+09:00', title: '' }, { gazetteer: null }).events;
    const clash = ev.find((e) => e.event_type === 'Battles');
    expect(clash).toBeDefined();
    expect(clash!.actor1?.name).not.toBe(clash!.actor2?.name);
  });
});
