/**
 * A side claiming its own deed ("Tentera Arakan mendakwa telah membunuh lebih 40 anggota tentera
 * junta") is its actor1, and killing soldiers is fighting, not violence against civilians; Malay
 * names of armed groups. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

const run = (body: string, language: string) => extract(body, { language, published: '2025-03-14T10:00:00+08:00', title: '' }, { gazetteer: null }).events;

describe('a claimant telling its own deed', () => {
  it('ms: the Arakan Army claiming to have killed junta soldiers is a clash it fought', () => {
    const ev = run('Tentera Arakan mendakwa telah membunuh lebih 30 anggota tentera junta dalam serangan ke atas sebuah pangkalan, semalam.', 'ms');
    expect(ev[0]?.event_type).toBe('Battles');
    expect(ev[0]?.actor1?.name).toBe('AA: Arakan Army');
  });
  it('id: TPNPB claiming to have shot soldiers dead', () => {
    const ev = run('TPNPB mengklaim telah menembak mati dua anggota TNI di Kabupaten Puncak, Kamis (13/3).', 'id');
    expect(ev[0]?.actor1?.name).toMatch(/TPNPB/);
    expect(ev[0]?.event_type).toBe('Battles');
  });
  it('a speaker only telling what happened ("menyebut bom meledak") did not do it', () => {
    const ev = run('Juru bicara Polda Papua menyebut bom meledak di depan sebuah toko, Kamis (13/3).', 'id');
    expect(ev[0]?.actor1?.name ?? '').not.toMatch(/Police/);
  });
});
