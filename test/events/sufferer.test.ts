/**
 * A side named before the trigger as the one that died or was hurt is the target, not the
 * bomber; a security command named after an operation is no battle. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { codeSentence } from './helpers.js';
import { msEvents } from '../../src/lang/ms/events.js';

const run = (body: string, language: string) => extract(body, { language, published: '2025-11-18T15:45:00+08:00', title: '' }, { gazetteer: null }).events;

describe('the side that suffered is no perpetrator', () => {
  it('ms: soldiers killed when a roadside bomb went off are actor2 of the bombing', () => {
    const ev = run('Tiga anggota tentera Thailand terbunuh apabila bom yang ditanam di tepi jalan meletup ketika rondaan mereka melalui sebuah kampung, pagi tadi.', 'ms');
    const b = ev.find((e) => e.sub_event_type === 'Remote explosive/landmine/IED');
    expect(b?.actor1?.name ?? '').not.toMatch(/^Military Forces/);
    expect(b?.actor2?.name).toMatch(/^Military Forces/);
  });
  it('id: police wounded when a bomb exploded at their post', () => {
    const ev = run('Dua polisi terluka ketika bom rakitan meledak di pos polisi lalu lintas, Selasa (18/11) pagi.', 'id');
    const b = ev.find((e) => e.event_type === 'Explosions/Remote violence');
    expect(b?.actor1?.name ?? '').not.toMatch(/Police Forces/);
  });
});

describe('a security command named after an operation', () => {
  it('ms: "Komando Operasi Keselamatan Dalam Negeri" saying who did it is no clash', () => {
    expect(codeSentence(msEvents, 'Jurucakap Komando Operasi Keselamatan Dalam Negeri (ISOC) berkata, pihak berkuasa percaya kumpulan pemisah bertanggungjawab.')?.sub).not.toBe('Armed clash');
  });
});

describe('in a battle the side that lost men still fought', () => {
  it('ms: soldiers killed in a clash with Abu Sayyaf are a side of the clash', () => {
    const ev = run('Dua anggota tentera Filipina terbunuh dan empat lagi cedera dalam pertempuran dengan kumpulan Abu Sayyaf di Patikul, kelmarin.', 'ms');
    const names = [ev[0]?.actor1?.name, ev[0]?.actor2?.name];
    expect(names.some((n) => /^Military Forces/.test(n ?? ''))).toBe(true);
    expect(names.some((n) => /Abu Sayyaf/.test(n ?? ''))).toBe(true);
  });
});
