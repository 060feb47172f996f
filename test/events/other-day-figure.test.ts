/**
 * A figure told in a sentence with no trigger of its own and a day of its own that is no event's
 * ("Three people were killed in a village on June 9", after an attack told for 13 June) is another
 * incident's toll, not the event's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (text: string) => extract(text, { language: 'en', published: '2023-06-14T12:00:00+05:30', title: '' }, { gazetteer: g });

describe('a figure with a day of its own', () => {
  it('an earlier incident told later does not add to the attack\'s fatalities', () => {
    const r = run('At least seven villagers were killed when gunmen attacked a village in Imphal East district late on Tuesday, police said. ' +
      'Four people were killed and one was wounded in a village near Moreh on June 2 when men in uniform called them out of their homes.');
    const attack = r.events.find((e) => e.sub_event_type === 'Attack');
    expect(attack?.fatalities).toBe(7);
    expect(r.tallies.some((t) => t.count === 4 && t.as_of === '2023-06-02')).toBe(true);
  });
  it('a figure told the same day still goes to the event', () => {
    const r = run('Gunmen attacked a village in Imphal East district on Tuesday night, police said. Seven villagers were killed on Tuesday, officials said.');
    expect(r.events[0]?.fatalities).toBe(7);
  });
});

describe('a toll\'s group is not read across a comma', () => {
  it('"… citing sources from the army, the death toll was put at 11" is no count of soldiers', () => {
    const r = run('Gunmen attacked a village in Imphal East district on Tuesday night, killing nine villagers, police said. ' +
      'According to local reports citing sources from the army, the death toll was put at 11.');
    expect(r.events[0]?.fatalities).toBe(9);
    expect(r.events[0]?.casualties.find((c) => c.count === 11)?.group).not.toBe('military');
  });
});

describe('a crowd attacks: the crowd word is the subject, not a victim told before', () => {
  it('"villagers were killed when gunmen attacked" is an attack, not mob violence', () => {
    expect(run('Seven villagers were killed when gunmen attacked a village in Imphal East district on Tuesday.').events[0]?.sub_event_type).toBe('Attack');
  });
  it('"angry villagers attacked" is still mob violence', () => {
    expect(run('Angry villagers attacked a man they accused of theft in Imphal East district on Tuesday.').events[0]?.sub_event_type).toBe('Mob violence');
  });
});

describe('an event without a day of its own', () => {
  it('takes the figure told with a day ("Five people were killed on Saturday night")', () => {
    const r = run('Gunmen stormed a village in Imphal East district, police said. Five people were killed on Saturday night, officials said.');
    expect(r.events[0]?.fatalities).toBe(5);
  });
});
