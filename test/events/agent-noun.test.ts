/**
 * A side named right after an attack noun did it: "serangan udara rejim Zionis", "serangan dron
 * Israel", "penembakan KKB". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

const run = (body: string, language: string, published: string) => extract(body, { language, published, title: '' }, { gazetteer: null }).events;

describe('the agent after an attack noun is actor1', () => {
  it('ms: "serangan udara rejim Zionis" is an Israeli strike, not one on Israel', () => {
    const ev = run('Sekurang-kurangnya 20 rakyat Palestin terbunuh dalam serangan udara rejim Zionis ke atas sebuah hospital di Rafah, semalam.', 'ms', '2024-05-02T09:00:00+08:00');
    expect(ev[0]?.sub_event_type).toBe('Air/drone strike');
    expect(ev[0]?.actor1?.country).toBe('IL');
    expect(ev[0]?.actor2?.name).not.toBe('Military Forces of Israel');
  });
  it('ms: "serangan dron Israel" names the attacker', () => {
    const ev = run('Serangan dron Israel membunuh dua anggota Hizbullah di sebuah kampung di selatan Lubnan, kelmarin.', 'ms', '2024-05-02T09:00:00+08:00');
    expect(ev[0]?.actor1?.country).toBe('IL');
  });
  it('id: "akibat serangan KKB" makes the group actor1 and the dead civilians actor2', () => {
    const ev = run('Dua tukang ojek tewas akibat serangan KKB di Distrik Sugapa, Intan Jaya, Senin (3/11).', 'id', '2025-11-04T09:00:00+09:00');
    expect(ev[0]?.sub_event_type).toBe('Attack');
    expect(ev[0]?.actor1?.name).toMatch(/TPNPB|KKB/);
    expect(ev[0]?.actor2?.type).toBe('civilians');
  });
  it('id: a group after an attack noun of an earlier attack ("membalas serangan") is not this event\'s agent', () => {
    const ev = run('Warga membalas serangan kelompok MIT dengan membakar dua pondok di kebun, Rabu (5/3).', 'id', '2025-03-06T09:00:00+08:00');
    for (const e of ev) expect(e.actor1?.name ?? '').not.toMatch(/Mujahidin/);
  });
});
