/**
 * A clause after a span of time and "after" tells an earlier incident ("The raid came three days
 * after …", "…, a week after bandits abducted …"): its own event, dated that many days before,
 * with its own figures. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (text: string, published: string) => extract(text, { language: 'en', published, title: '' }, { gazetteer: g });

describe('an earlier incident after a span of time', () => {
  it('"came three days after two soldiers were killed when landmines exploded": a landmine event three days before, with its dead', () => {
    const r = run('Suspected jihadists killed nine soldiers in an attack on an army post in the Tillaberi region on Tuesday, the defence ministry said. ' +
      'The raid came three days after two soldiers were killed when landmines exploded near the border with Burkina Faso.', '2024-05-16T09:00:00Z');
    const mine = r.events.find((e) => e.sub_event_type === 'Remote explosive/landmine/IED');
    expect(mine?.date).toBe('2024-05-11');
    expect(mine?.fatalities).toBe(2);
    expect(r.tallies.some((t) => t.count === 2)).toBe(false);
    const raid = r.events.find((e) => e.event_type === 'Battles' || e.sub_event_type === 'Attack');
    expect(raid?.date).toBe('2024-05-14');
    expect(raid?.fatalities).toBe(9);
  });
  it('"killed five people on Sunday, a week after bandits abducted 20 students": two events, each with its day and figure', () => {
    const r = run('Gunmen killed five people in Maru on Sunday, a week after bandits abducted 20 students in the area, police said.', '2024-05-16T09:00:00Z');
    const attack = r.events.find((e) => e.sub_event_type === 'Attack');
    const abduction = r.events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
    expect(attack?.date).toBe('2024-05-12');
    expect(attack?.fatalities).toBe(5);
    expect(abduction?.date).toBe('2024-05-05');
    expect(abduction?.casualties.some((c) => c.count === 20)).toBe(true);
  });
  it('a cue opening the sentence: the clause up to its comma is the earlier one', () => {
    const r = run('Two days after gunmen shot dead a village head in Bukkuyum, bandits stormed a market in Anka on Friday and killed seven traders.', '2024-05-18T09:00:00Z');
    const attacks = r.events.filter((e) => e.sub_event_type === 'Attack');
    expect(attacks.map((e) => e.date).sort()).toEqual(['2024-05-15', '2024-05-17']);
    expect(attacks.find((e) => e.date === '2024-05-17')?.fatalities).toBe(7);
  });
  it('"three days after the attack on the school": an incident told before, not another one', () => {
    const r = run('Bandits abducted 30 pupils from a school in Kuriga on Monday. Three days after the attack on the school, parents protested in Kaduna.', '2024-05-16T09:00:00Z');
    expect(r.events.filter((e) => e.event_type === 'Violence against civilians')).toHaveLength(1);
  });
});

describe('wire names of an armed group', () => {
  it('"the Takfiri outfit" detonating a bomb is an armed group, not nobody', () => {
    const r = run('Military officials said on Monday that the Takfiri outfit had detonated a car bomb at an army base in the town of Baidoa.', '2024-05-13T09:00:00Z');
    expect(r.events[0]?.actor1?.type).toBeTruthy();
    expect(r.events[0]?.actor1?.type).not.toBe('state');
  });
});

describe('students taken in a story that told a protest', () => {
  it('"Gunmen abducted 20 students" after a protest paragraph: the students are civilians', () => {
    const r = run('Police fired tear gas to disperse hundreds of students protesting against fee increases in Zaria on Monday. ' +
      'Gunmen abducted 20 students from a secondary school in Kuriga, Kaduna state, on Wednesday, residents said.', '2024-03-08T09:00:00Z');
    const abduction = r.events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
    expect(abduction?.actor2?.type).toBe('civilians');
    expect(r.events.find((e) => e.event_type === 'Protests')?.actor1?.type).toBe('protesters');
  });
});

describe('an abduction in which people were killed', () => {
  it('is coded an Attack, as ACLED does', () => {
    const r = run('At least six people were killed on Saturday by gunmen in Kurya village of Bukkuyum district, Zamfara State. ' +
      'The gunmen also abducted eleven villagers and rustled many cows.', '2024-04-15T09:00:00Z');
    const vac = r.events.filter((e) => e.event_type === 'Violence against civilians');
    expect(vac.map((e) => e.sub_event_type)).toContain('Attack');
    expect(vac.find((e) => e.sub_event_type === 'Attack')?.fatalities).toBe(6);
    expect(vac.some((e) => e.sub_event_type === 'Abduction/forced disappearance' && (e.fatalities ?? 0) > 0)).toBe(false);
  });
  it('an abduction without dead stays one', () => {
    const r = run('Gunmen abducted eleven villagers in Kurya village of Bukkuyum district, Zamfara State, on Saturday.', '2024-04-15T09:00:00Z');
    expect(r.events[0]?.sub_event_type).toBe('Abduction/forced disappearance');
  });
});

describe('a date of last year does not date what follows', () => {
  it('"… a campaign launched late last year." then a toll with no day: the toll keeps the story\'s day', () => {
    const r = run('Armed men killed at least a dozen people in Mbau in Beni territory on Sunday night, officials said. ' +
      'Violence in the area surged late last year. ' +
      '"We have found 12 bodies of civilians killed by these rebels," said the territory administrator.', '2020-08-10T12:00:00Z');
    for (const e of r.events) expect(e.date?.startsWith('2020')).toBe(true);
  });
});

describe('things counted are not people', () => {
  it('"hundreds of munitions seized" is no one captured', () => {
    const r = run('At least 28 suspected gang members were killed in Petionville on Tuesday and hundreds of munitions seized, police said.', '2024-11-19T20:00:00Z');
    const all = r.events.flatMap((e) => e.casualties);
    expect(all.some((c) => c.count === 100)).toBe(false);
    expect(all.some((c) => c.count === 28 && c.outcome === 'killed')).toBe(true);
  });
});

describe('the earlier clause ends at its own clause break', () => {
  it('"a day after the government agreed to scrap the tax, following deadly protests": no protest event of that day', () => {
    const r = run('Police fired tear gas at small groups of demonstrators in Nairobi on Thursday, a day after the government agreed to drop a finance bill following deadly protests.', '2024-06-27T09:00:00Z');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.sub_event_type).toBe('Protest with intervention');
    expect(r.events[0]?.date).toBe('2024-06-27');
  });
});

describe('victims "brutally attacked" on a road', () => {
  it('are victims of an attack, not protesters', () => {
    const r = run('Four fishermen were brutally attacked on the road to Pangane on Tuesday and later died, local sources said.', '2019-08-28T09:00:00Z');
    expect(r.events.some((e) => e.event_type === 'Protests')).toBe(false);
  });
  it('a peaceful demonstration brutally attacked is still excessive force', () => {
    const r = run('Officers brutally attacked a peaceful student demonstration in Lagos on Tuesday.', '2019-08-28T09:00:00Z');
    expect(r.events[0]?.sub_event_type).toBe('Excessive force against protesters');
  });
});

describe('a generic killing told with a day of its own', () => {
  it('"Last Friday, the insurgents … killed two people" after a killing told for Tuesday is another event', () => {
    const r = run('Insurgents beheaded five people on Tuesday in the Mucojo area of Macomia district, Cabo Delgado. ' +
      'Last Friday, the insurgents, who are believed to be inspired by Islamic fundamentalism, killed two people in Nangade district.', '2019-08-28T09:00:00Z');
    const days = r.events.filter((e) => e.sub_event_type === 'Attack').map((e) => e.date).sort();
    expect(days).toEqual(['2019-08-23', '2019-08-27']);
    expect(r.events.find((e) => e.date === '2019-08-27')?.fatalities).toBe(5);
    expect(r.events.find((e) => e.date === '2019-08-23')?.fatalities).toBe(2);
  });
});
