/**
 * A lead that names the armed group, then a passive killing without its agent: the group did it.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

const run = (body: string) => extract(body, { language: 'id', published: '2025-06-10T12:00:00+09:00', title: '' }, { gazetteer: null }).events;

describe('the armed group of the sentence before', () => {
  it('is actor1 of one-sided violence told without its agent', () => {
    const ev = run('Kelompok kriminal bersenjata (KKB) kembali berulah di Kabupaten Nduga. Seorang tukang ojek tewas ditembak di Distrik Kenyam, Senin (9/6) siang.');
    expect(ev[0]?.sub_event_type).toBe('Attack');
    expect(ev[0]?.actor1?.name).toMatch(/TPNPB/);
  });
  it('but not from another paragraph', () => {
    const ev = run('Kelompok kriminal bersenjata (KKB) kembali berulah di Kabupaten Nduga.\n\nSeorang tukang ojek tewas ditembak di Distrik Kenyam, Senin (9/6) siang.');
    expect(ev[0]?.actor1?.name ?? '').not.toMatch(/TPNPB/);
  });
});
