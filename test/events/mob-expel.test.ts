/**
 * A crowd forcibly driving people out is mob violence, and a mob is never a state force even when
 * police are told beside it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { codeSentence } from './helpers.js';
import { idEvents } from '../../src/lang/id/events.js';

describe('a crowd driving people out', () => {
  it('"puluhan pemuda mengusir paksa pengungsi" is mob violence', () => {
    expect(codeSentence(idEvents, 'Puluhan pemuda mengusir paksa belasan pengungsi dari penampungan sementara di Lhokseumawe, Senin (4/12).')?.sub).toBe('Mob violence');
  });
  it('"serangan massa terhadap" is mob violence, not an armed attack', () => {
    expect(codeSentence(idEvents, 'Serangan massa terhadap para pengungsi itu dikecam lembaga kemanusiaan.')?.sub).toBe('Mob violence');
  });
  it('the mob is actor1, not the police who stood by', () => {
    const body = 'Ratusan mahasiswa mengusir paksa pengungsi yang ditampung di gedung serba guna, Rabu (27/12). Mereka menerobos barisan polisi yang berjaga di pintu masuk.';
    const ev = extract(body, { language: 'id', published: '2023-12-27T16:00:00+07:00', title: '' }, { gazetteer: null }).events;
    const mob = ev.find((e) => e.sub_event_type === 'Mob violence');
    expect(mob).toBeDefined();
    expect(mob?.actor1?.name ?? '').not.toMatch(/Police/);
  });
});
