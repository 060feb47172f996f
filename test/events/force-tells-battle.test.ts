/**
 * Armed men killed, told by a state force with no killer named: a battle of that force, not an
 * attack by the armed men. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (text: string) => extract(text, { language: 'en', published: '2025-11-27T10:00:00Z', title: '' }, { gazetteer: g });

describe('"N militants were killed, the army said"', () => {
  it('is an armed clash of the army with the militants', () => {
    const r = run('Twelve militants were killed in Borno on Monday, the army said in a statement.');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.sub_event_type).toBe('Armed clash');
    expect(e.actor1?.name).toMatch(/Military Forces of Nigeria/);
    expect(e.actor2?.name).not.toMatch(/Military/);
    expect(e.fatalities).toBe(12);
  });
  it('told by police: the police are the other side', () => {
    const r = run('Four bandits were shot dead in Katsina on Sunday, police said.');
    expect(r.events[0]?.sub_event_type).toBe('Armed clash');
    expect(r.events[0]?.actor1?.name).toMatch(/Police Forces of Nigeria/);
  });
  it('civilians killed told by police are still an attack', () => {
    const r = run('Gunmen killed five villagers in Katsina on Sunday, police said.');
    expect(r.events[0]?.sub_event_type).toBe('Attack');
  });
});
