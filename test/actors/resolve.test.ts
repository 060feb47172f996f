import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en/index.js';
import { id } from '../../src/lang/id/index.js';
import { resolveActors } from '../../src/core/actors/index.js';
import { actors } from './helpers.js';

describe('document-level actor resolution', () => {
  it('the army takes the country of the one army the text names', () => {
    const got = resolveActors(actors(en, 'Nigerian soldiers retook the town on Tuesday. The army said 20 jihadists were killed.'));
    const army = got.find((a) => a.text === 'army');
    expect(army?.name).toBe('Military Forces of Nigeria');
    expect(army?.country).toBe('NG');
    expect(army?.rule).toBe('en/actor/force+coref');
  });
  it('with two armies named, a bare noun stays open', () => {
    const got = resolveActors(actors(id, 'Pasukan Armenia dan militer Azerbaijan kembali bentrok. Militer mengatakan situasi terkendali.'));
    const bare = got.find((a) => a.text === 'Militer');
    expect(bare?.country).toBeNull();
    expect(bare?.template).toBe('Military Forces of {country}');
  });
  it('police do not take the army’s country', () => {
    const got = resolveActors(actors(en, 'Kenyan troops crossed the border. Police said the road was closed.'));
    expect(got.find((a) => a.text === 'Police')?.country).toBeNull();
  });
  it('a body named only later is not what the noun meant ("the regional governor said… a Turkish official said")', () => {
    const got = resolveActors(actors(en, 'Drones hit the city overnight, the regional governor said. Talks will resume in Istanbul, a Turkish official said.'));
    const governor = got.find((a) => a.text === 'regional governor');
    expect(governor?.country).toBeNull();
    expect(got.find((a) => a.text === 'Turkish official')?.country).toBe('TR');
    const later = resolveActors(actors(en, 'A Turkish official said talks would resume. The regional governor said drones hit the city.'));
    expect(later.find((a) => a.text === 'regional governor')?.country).toBe('TR');
  });
  it('civilians are left to the event location', () => {
    const got = resolveActors(actors(id, 'Polda Papua menyebut warga sipil terluka.'));
    expect(got.find((a) => a.text === 'warga sipil')?.country).toBeNull();
  });
  it('a report that spells out an acronym as another group means that group, in every mention', () => {
    const text = 'Troops killed four fighters of the banned Kuki National Liberation Army (KNLA) on Sunday. Two more KNLA cadres were arrested.';
    const got = resolveActors(actors(en, text), text).filter((a) => a.text === 'KNLA');
    expect(got).toHaveLength(2);
    for (const a of got) {
      expect(a.name).toBe('KNLA: Kuki National Liberation Army');
      expect(a.country).toBeNull();
    }
  });
  it('the known name spelled out, in any language, keeps the known group', () => {
    const text = 'Tentara Pembebasan Nasional Papua Barat (TPNPB) menembak dua prajurit. TPNPB mengklaim serangan itu.';
    const got = resolveActors(actors(id, text), text).filter((a) => a.text === 'TPNPB');
    expect(got.length).toBeGreaterThan(0);
    for (const a of got) expect(a.name).toBe('TPNPB: West Papua National Liberation Army');
    const en2 = 'Fighters of the Karen National Liberation Army (KNLA) overran a junta post.';
    expect(resolveActors(actors(en, en2), en2).every((a) => !a.name.startsWith('KNLA') || a.name === 'KNLA: Karen National Liberation Army')).toBe(true);
  });
});
