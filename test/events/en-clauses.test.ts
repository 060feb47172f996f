/**
 * English wire copy that tells two events in one sentence ("…, while drones struck …", "… hours
 * after warplanes struck …"), and agents named after "by" with words between. Real gazetteer;
 * sentences written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

beforeAll(() => {
  gazetteer();
}, 300000);

const run = (text: string) => extract(text, { language: 'en', published: '2024-11-04T10:00:00Z', title: '' }, { gazetteer: gazetteer() }).events;

describe('two events in one sentence', () => {
  it('a clause after "while" with another act at another place is another event, and each keeps its own figures', () => {
    const ev = run('Artillery shelling killed at least 9 people at a market in Omdurman on Sunday, medics said, while drones struck a fuel depot in Kosti.');
    const subs = ev.map((e) => `${e.sub_event_type}@${e.location?.name}`).sort();
    expect(subs).toEqual(['Air/drone strike@Kosti', 'Shelling/artillery/missile attack@Omdurman']);
    const shelling = ev.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack')!;
    const drones = ev.find((e) => e.sub_event_type === 'Air/drone strike')!;
    expect(shelling.fatalities).toBe(9);
    expect(drones.fatalities).toBeNull();
  });
  it('"hours after" a strike elsewhere: both events, each side in its own clause', () => {
    const ev = run('The rebels fired rockets at Goma on Monday, hours after government warplanes bombed rebel positions in Sake.');
    expect(ev.map((e) => `${e.sub_event_type}@${e.location?.name}`).sort()).toEqual(['Air/drone strike@Sake', 'Shelling/artillery/missile attack@Goma']);
  });
  it('a figure of the next sentence told with a generic word goes to the event told last', () => {
    const ev = run('The rebels fired rockets at Goma on Monday, hours after government warplanes bombed rebel positions in Sake. Local officials said the strikes killed 6 people.');
    expect(ev.find((e) => e.sub_event_type === 'Air/drone strike')?.fatalities).toBe(6);
    expect(ev.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack')?.fatalities ?? null).toBeNull();
  });
  it('one place for both clauses stays one event', () => {
    const ev = run('Artillery shelling killed 4 people in Omdurman on Sunday, while drones struck the city\'s power station.');
    expect(ev).toHaveLength(1);
  });
});

describe('the agent after "by"', () => {
  it('"shelling by the paramilitary X": X did it, across an article and an adjective', () => {
    const ev = run('Shelling by the paramilitary Rapid Support Forces killed at least 14 people near El Fasher on Sunday.');
    expect(ev[0]?.actor1?.name).toMatch(/Rapid Support Forces/);
  });
  it('"shot dead by unidentified armed men": one word between, the armed men did it to the labourers', () => {
    const ev = run('Six labourers were shot dead by unidentified armed men in Turbat on Friday night, officials said.');
    expect(ev[0]?.actor1?.name).toMatch(/Unidentified Armed Group/);
    expect(ev[0]?.actor2?.type).toBe('civilians');
  });
  it('"According to police, the armed men stormed …": the armed men did it, not the police nor the victims', () => {
    const ev = run('According to police, the armed men stormed a guest house in Turbat where the workers were sleeping and opened fire, killing five.');
    expect(ev[0]?.actor1?.name).toMatch(/Unidentified Armed Group/);
    expect(ev[0]?.actor2?.name ?? '').not.toMatch(/Unidentified Armed Group/);
  });
});

describe('towns the gazetteer lacks', () => {
  it('a local town set at the dateline city\'s point is not the same place as a suburb of that city', () => {
    const text = 'PORT-AU-PRINCE, Haiti (AP) — Gang members attacked the town of Lasalinette in central Haiti, killing at least 30 people, the United Nations said Friday.\n\nSeparately, gunmen attacked the Port-au-Prince suburb of Kenscoff on Monday, killing at least five people, local authorities said.';
    const ev = run(text);
    expect(ev.map((e) => e.location?.name).sort()).toEqual(['Kenscoff', 'Lasalinette']);
    expect(ev.find((e) => e.location?.name === 'Kenscoff')?.fatalities).toBe(5);
  });
});

describe('running totals', () => {
  it('a running total with a part of it ("including 480 security personnel") is no event of its own', () => {
    const text = 'Gunmen killed four labourers in Turbat on Friday, police said.\n\nAccording to a think tank, 900 people, including 300 security personnel, have been killed in the province since January.';
    const ev = run(text);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.sub_event_type).toBe('Attack');
  });
});

describe('figures told as more of the same', () => {
  it('"Twelve others were injured" goes with the figure just before, not with the event told next', () => {
    const text = 'Junta jets bombed a monastery in Mawlaik on Tuesday, killing 8 civilians, residents said.\n\n"Six people died on the spot," a resident said. Twelve others were injured.\n\nOn Wednesday, resistance fighters clashed with junta troops near Kalewa, killing five soldiers, the group said.';
    const ev = run(text);
    const strike = ev.find((e) => e.sub_event_type === 'Air/drone strike');
    expect(strike?.casualties.some((c) => c.outcome === 'injured' && c.count === 12)).toBe(true);
    const clash = ev.find((e) => e.sub_event_type === 'Armed clash');
    expect(clash?.casualties.some((c) => c.outcome === 'injured')).toBe(false);
  });
  it('"N more died" adds to the dead told before it', () => {
    const ev = run('Junta jets bombed a monastery in Mawlaik on Tuesday, residents said.\n\n"Seven people died on the spot and two more died on the way to the hospital," a resident said.');
    expect(ev.find((e) => e.sub_event_type === 'Air/drone strike')?.fatalities).toBe(9);
  });
});
