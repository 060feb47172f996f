import { describe, expect, it } from 'vitest';
import { codeEvents, fatalitiesOf } from '../../src/core/events/index.js';
import { id } from '../../src/lang/id/index.js';
import { en } from '../../src/lang/en/index.js';
import type { Reading } from '../../src/core/reading.js';
import type { PlaceMention } from '../../src/core/places/types.js';
import type { LanguagePack } from '../../src/core/pack.js';
import { handDoc, handReading, type HandExtra } from './helpers.js';

const GAZ: Record<string, Omit<PlaceMention, 'start' | 'end' | 'text' | 'rule'>> = {
  Ganja: { name: 'Ganja', kind: 'city', country: 'AZ', admin1: 'Ganja', lat: 40.6828, lon: 46.3606, geonames_id: 587084 },
  Stepanakert: { name: 'Stepanakert', kind: 'city', country: 'AZ', admin1: null, lat: 39.8153, lon: 46.7519, geonames_id: 174875 },
  'Nagorno-Karabakh': { name: 'Nagorno-Karabakh', kind: 'region', country: 'AZ', admin1: null, lat: 39.9, lon: 46.7, geonames_id: null },
  Azerbaijan: { name: 'Azerbaijan', kind: 'country', country: 'AZ', admin1: null, lat: 40.5, lon: 47.5, geonames_id: 587116 },
  Jenewa: { name: 'Geneva', kind: 'city', country: 'CH', admin1: null, lat: 46.2022, lon: 6.1457, geonames_id: 2660646 },
  Moskow: { name: 'Moscow', kind: 'city', country: 'RU', admin1: null, lat: 55.7522, lon: 37.6156, geonames_id: 524901 },
  Kendari: { name: 'Kendari', kind: 'city', country: 'ID', admin1: null, lat: -3.99, lon: 122.51, geonames_id: 1640344 },
};

const reading = (text: string, pack: LanguagePack, extra?: HandExtra): Reading => handReading(text, pack, Object.entries(GAZ), extra);
const doc = handDoc;

const GANJA = [
  'Pertempuran antara kedua tentara pecah lagi di Nagorno-Karabakh pada Kamis (8/10).',
  'Azerbaijan mengatakan kota Ganja dibom pasukan Armenia pada Kamis pagi sehingga satu warga sipil tewas.',
  'Beberapa desa di dekat Ganja ikut ditembaki.',
  'Pihak berwenang Karabakh menyebut pusat Stepanakert dihujani tembakan artileri dan roket semalam.',
  'Pihak berwenang Azerbaijan mencatat 30 warga sipil tewas sejak 27 September.',
  'Utusan tiga negara penengah diperkirakan akan bertemu di Jenewa pada Kamis.',
  'Mereka dijadwalkan bertemu pejabat Armenia di Moskow pekan depan.',
].join(' ');

describe('codeEvents on a hand-built reading (Indonesian)', () => {
  const r = reading(GANJA, id, {
    dates: [['Kamis (8/10)', '2020-10-08'], ['Kamis pagi', '2020-10-08'], ['sejak 27 September', '2020-09-27', { since: true }], ['pekan depan', '2020-10-12', { future: true, precision: 2 }]],
    casualties: [['satu warga sipil', { count: 1, claimant: { name: 'Azerbaijan', country: 'AZ' } }], ['30 warga sipil', { count: 30, tally: true, since: '2020-09-27', claimant: { name: 'Azerbaijani authorities', country: 'AZ' } }]],
    attributions: [['Azerbaijan mengatakan', 'Azerbaijan'], ['Pihak berwenang Karabakh', 'Nagorno-Karabakh authorities']],
    actors: [['pasukan Armenia', { name: 'Military Forces of Armenia', country: 'AM' }]],
  });
  const { events, tallies } = codeEvents(doc(GANJA, 'id'), r, id);
  const by = (name: string) => events.filter((e) => e.location?.name === name);

  it('codes five events: two shellings, a clash, two planned meetings', () => {
    expect(events.map((e) => `${e.sub_event_type}@${e.location?.name}/${e.modality}`).sort()).toEqual([
      'Armed clash@Nagorno-Karabakh/reported',
      'Other@Geneva/planned',
      'Other@Moscow/planned',
      'Shelling/artillery/missile attack@Ganja/reported',
      'Shelling/artillery/missile attack@Stepanakert/reported',
    ]);
  });
  it('merges the villages near Ganja into the Ganja event', () => {
    expect(by('Ganja')).toHaveLength(1);
    expect(by('Ganja')[0]!.evidence).toHaveLength(2);
  });
  it('sets actor1, fatalities, claimant and casualties of the Ganja event', () => {
    const g = by('Ganja')[0]!;
    expect(g.actor1?.country).toBe('AM');
    expect(g.fatalities).toBe(1);
    expect(g.claimant?.name).toBe('Azerbaijan');
    expect(g.casualties.map((c) => c.count)).toEqual([1]);
    expect(g.date).toBe('2020-10-08');
    expect(g.notes).toMatch(/^On 8 October 2020, Military Forces of Armenia shelled Ganja \(Azerbaijan\), killing 1 civilian, according to Azerbaijan\.$/);
  });
  it('the Stepanakert event is claimed by the Karabakh authorities', () => {
    expect(by('Stepanakert')[0]!.claimant?.name).toBe('Nagorno-Karabakh authorities');
  });
  it('the Moscow meeting is dated next week; the Geneva one the publication day', () => {
    expect(by('Moscow')[0]!.date).toBe('2020-10-12');
    expect(by('Geneva')[0]!.date).toBe('2020-10-08');
  });
  it('sends running totals to tallies', () => {
    expect(tallies).toHaveLength(1);
    expect(tallies[0]).toMatchObject({ count: 30, since: '2020-09-27', as_of: '2020-10-08' });
  });
  it('orders reported events before planned ones', () => {
    expect(events.slice(-2).every((e) => e.modality === 'planned')).toBe(true);
  });
  it('gives stable, distinct ids', () => {
    const again = codeEvents(doc(GANJA, 'id'), r, id).events.map((e) => e.id);
    expect(again).toEqual(events.map((e) => e.id));
    expect(new Set(again).size).toBe(events.length);
  });
});

describe('codeEvents (English)', () => {
  it('uses the nearest preceding place when a sentence names none', () => {
    const text = 'Students gathered in Kendari on Thursday. Police fired tear gas to disperse the protesters.';
    const ev = codeEvents(doc(text, 'en'), reading(text, en), en).events;
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ sub_event_type: 'Protest with intervention', location: { name: 'Kendari' } });
  });
  it('drops background history', () => {
    const text = 'The 1991-94 war killed 30,000 people. Shelling resumed around Stepanakert on Thursday.';
    const ev = codeEvents(doc(text, 'en'), reading(text, en), en).events;
    expect(ev.map((e) => e.sub_event_type)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('codes a generic "attack" only when nothing stronger is said', () => {
    const text = 'A roadside bomb hit a convoy near Kendari. The attack was claimed by a local group.';
    const ev = codeEvents(doc(text, 'en'), reading(text, en), en).events;
    expect(ev.map((e) => e.sub_event_type)).toEqual(['Remote explosive/landmine/IED']);
    expect(ev[0]!.evidence).toHaveLength(2);
  });
  it('"no one was hurt" gives fatalities 0', () => {
    const text = 'A grenade exploded outside a bar in Kendari. No one was hurt.';
    const r = reading(text, en, { casualties: [['No one', { count: 0, outcome: 'killed', group: 'unknown' }]] });
    expect(codeEvents(doc(text, 'en'), r, en).events[0]!.fatalities).toBe(0);
  });
  it('returns nothing for a disaster report', () => {
    const text = 'Floods swept through Kendari on Monday. The blast of water destroyed 200 homes and rescuers evacuated thousands.';
    expect(codeEvents(doc(text, 'en'), reading(text, en), en).events).toEqual([]);
  });
});

describe('fatalitiesOf', () => {
  const k = (count: number, group: 'civilian' | 'military', claimant: string | null) => ({ count, outcome: 'killed' as const, group, claimant: claimant ? { name: claimant, country: null } : null });
  it('null when no killed figure', () => expect(fatalitiesOf([])).toBeNull());
  it('keeps the lowest of competing claims', () => expect(fatalitiesOf([k(30, 'civilian', 'police'), k(37, 'civilian', 'residents'), k(40, 'civilian', 'diocese')])).toBe(30));
  it('adds figures of different groups from one voice', () => expect(fatalitiesOf([k(2, 'military', 'Bernama'), k(5, 'military', null)])).toBe(7));
  it('counts a repeated figure once', () => expect(fatalitiesOf([k(1, 'civilian', null), k(1, 'civilian', null)])).toBe(1));
  it('a vague figure of one voice does not undercut another voice\'s stated toll', () => {
    const several = { ...k(10, 'military', 'a U.S. official'), qualifier: 'vague' as const };
    expect(fatalitiesOf([{ ...k(41, 'civilian', 'the health ministry'), qualifier: 'exact' as const }, several])).toBe(41);
    // (alone, it is the figure)
    expect(fatalitiesOf([several])).toBe(10);
  });
  it('voices telling different groups complete each other; within a group the lowest stands', () => {
    expect(fatalitiesOf([k(2, 'military', 'the army'), k(5, 'civilian', 'residents')])).toBe(7);
    expect(fatalitiesOf([k(2, 'military', 'the army'), k(9, 'military', 'the rebels'), k(5, 'civilian', 'residents')])).toBe(7);
    // (a figure of no group may hold the others: alternatives)
    const people = { count: 6, outcome: 'killed' as const, group: 'unknown' as const, claimant: { name: 'police', country: null } };
    expect(fatalitiesOf([k(2, 'military', 'the army'), people])).toBe(2);
  });
  it('adds the outlet\'s distinct figures by group, a repeat once, the injured left out', () => {
    const hurt = { count: 40, outcome: 'injured' as const, group: 'civilian' as const, claimant: null };
    expect(fatalitiesOf([k(2, 'civilian', null), hurt, k(3, 'military', null), k(2, 'civilian', null), k(3, 'civilian', null)])).toBe(8);
  });
});
