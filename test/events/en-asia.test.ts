/**
 * English reports from South and Southeast Asia: a patrol that meets an armed group and fights it,
 * and an exchange of fire between militants and armed village volunteers (sentences written for
 * these tests).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

describe('en: battles told from the side that met the other', () => {
  const g = gazetteer();
  const run = (body: string, published = '2024-08-08T09:00:00+08:00') => extract(body, { language: 'en', published, title: '' }, { gazetteer: g }).events;
  it('"troops … encountered about 15 armed men, and they clashed with the group": the troops are actor1', () => {
    const ev = run('Soldiers of the 39th Infantry Battalion were patrolling a village in Cotabato on Tuesday when they encountered about 15 armed men, and they clashed with the group for half an hour, the Army said.');
    const b = ev.filter((e) => e.event_type === 'Battles');
    expect(b).toHaveLength(1);
    expect(b[0]!.actor1?.type).toBe('state');
    expect(b[0]!.actor2?.name).toMatch(/^Unidentified Armed Group/);
  });
  it('"… came across a band of rebels, leading to a firefight": the same', () => {
    const ev = run('Government troops on a security patrol in Cotabato on Monday came across a band of rebels, leading to a firefight that lasted 20 minutes.');
    const b = ev.filter((e) => e.event_type === 'Battles');
    expect(b).toHaveLength(1);
    expect(b[0]!.actor1?.type).toBe('state');
    expect(b[0]!.actor2?.type).not.toBe('state');
  });
  it('negative: the armed group that attacks the troops stays actor1', () => {
    const ev = run('Suspected rebels ambushed a patrol of soldiers in Cotabato on Monday, sparking a gunfight.');
    const b = ev.filter((e) => e.event_type === 'Battles');
    expect(b).toHaveLength(1);
    expect(b[0]!.actor1?.type).not.toBe('state');
  });
});

describe('en: militants and armed village volunteers exchanging fire are one battle', () => {
  const g = gazetteer();
  const run = (body: string) => extract(body, { language: 'en', published: '2024-05-15T11:00:00+05:30', title: '' }, { gazetteer: g }).events;
  it('an exchange of fire, then "militants opened fire on the village volunteers": one Armed clash, the volunteer killed counted', () => {
    const ev = run('A village volunteer was killed when suspected militants and village volunteers exchanged fire at a hilltop village in Bishnupur district on Tuesday, officials said. The militants fired on the volunteers manning a bunker, who retaliated.');
    expect(ev.map((e) => e.sub_event_type)).toEqual(['Armed clash']);
    expect(ev[0]!.fatalities).toBe(1);
  });
  it('negative: militants firing on villagers stay an attack on civilians', () => {
    const ev = run('Suspected militants opened fire on villagers working in paddy fields in Bishnupur district on Tuesday, officials said.');
    expect(ev.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });
});

describe('en: a background telling dated by its month and the place a victim comes from', () => {
  const g = gazetteer();
  const run = (body: string) => extract(body, { language: 'en', published: '2023-10-28T09:00:00+05:00', title: '' }, { gazetteer: g }).events;
  it('"… last month in twin suicide bombings" does not take over an IED blast told without a day', () => {
    const ev = run('In the second incident, a roadside bomb exploded near a convoy in North Waziristan, killing two soldiers. More than 50 people were killed last month in twin suicide bombings at a mosque.');
    const subs = ev.map((e) => e.sub_event_type).sort();
    expect(subs).toEqual(['Remote explosive/landmine/IED', 'Suicide bomb']);
    expect(ev.find((e) => e.sub_event_type === 'Remote explosive/landmine/IED')!.fatalities).toBe(2);
  });
  it('"a 25-year-old resident of Mansehra" is no place of an event', () => {
    const ev = run('Two soldiers were martyred in an exchange of fire with terrorists in Lakki Marwat on Wednesday. One of them, Sepoy Tariq Mehmood, a 25-year-old resident of Mansehra, embraced martyrdom during the intense exchange of fire.');
    expect(ev.map((e) => e.location?.name ?? null).filter((n) => n !== null && /Mansehra/.test(n))).toEqual([]);
  });
});
