/**
 * Forms of African wire and national copy (Reuters, AFP, dpa, Nigerian papers) that had been
 * misread. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { codeSentence } from './helpers.js';
import { pack } from '../helpers.js';
import type { EventPack } from '../../src/core/events/types.js';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const ep = pack('en').events as EventPack;
const sub = (s: string) => codeSentence(ep, s)?.sub ?? null;

describe('a base held for a while in a raid is a battle, not a change of territory', () => {
  it('"briefly captured", "temporarily overran", "briefly seized"', () => {
    expect(sub('Al Shabaab fighters killed nine soldiers and briefly captured an army base west of Kismayo, officials said.')).toBe('Attack'); // (a battle once the soldiers are read as the army)
    expect(sub('The insurgents temporarily overran the military post before troops arrived.')).toBe('Armed clash');
    expect(sub('A spokesman for the group said its fighters had briefly seized the base.')).not.toBe('Non-state actor overtakes territory');
  });
  it('a town taken without such a word still changes hands', () => {
    expect(sub('Al Shabaab militants captured the town of Bulo Burde on Tuesday after heavy fighting.')).toBe('Non-state actor overtakes territory');
  });
});

describe('a raid on a military base', () => {
  it('"a dawn raid by the jihadist group on an army base" is a battle', () => {
    expect(sub('A dawn raid by the jihadist group JNIM on an army base in central Mali left at least 14 people dead.')).toBe('Armed clash');
    expect(sub('An assault on a police post in Borno killed three officers.')).toBe('Armed clash');
  });
});

describe('residents who deserted their village', () => {
  it('is no transfer of territory', () => {
    expect(sub('Many residents have deserted the village because they fear more attacks.')).toBe(null);
  });
  it('troops that deserted their positions still hand over ground', () => {
    expect(sub('Soldiers deserted their positions in the town as the rebels advanced.')).toBe('Non-violent transfer of territory');
  });
});

describe('"violent clashes"', () => {
  it('between two armed forces are a battle', () => {
    expect(sub('Violent clashes broke out in El Fasher on Monday between the army and the Rapid Support Forces.')).toBe('Armed clash');
  });
  it('in a protest are a riot', () => {
    expect(sub('Violent clashes broke out between protesters and police in Nairobi on Tuesday.')).toBe('Violent demonstration');
  });
});

describe('what happens near-daily is background', () => {
  it('"near-daily attacks on villages" is no event of the day', () => {
    expect(sub('Bandits have carried out near-daily attacks on villages in the district.')).toBe(null);
    expect(sub('Bandits attacked a village in the district on Monday.')).toBe('Attack');
  });
});

describe('an AP report dated by "Thursday\'s attack", its group named "the al-Qaida-linked group JNIM"', () => {
  const g = gazetteer();
  const run = (text: string) => extract(text, { language: 'en', published: '2025-05-12T14:00:00Z', title: '' }, { gazetteer: g });
  const r = run('Jihadi fighters killed dozens of soldiers and civilians in an attack on a military base in the town of Djibo in northern Burkina Faso, residents said.\n\n' +
    'Residents said the fighters arrived on motorbikes and opened fire on the base and nearby homes. A local aid worker said more than 40 bodies were collected after Thursday\'s attack.\n\n' +
    'The al-Qaida-linked group JNIM claimed responsibility in a statement on Saturday.');
  it('"opened fire on the base" is no base established', () => {
    expect(r.events.some((e) => e.sub_event_type === 'Headquarters or base established')).toBe(false);
  });
  it('the attack falls on Thursday', () => {
    expect(r.events[0]?.date).toBe('2025-05-08');
  });
  it('the side is JNIM, not al-Qaida', () => {
    expect(r.events[0]?.actor1?.name).toMatch(/^JNIM/);
  });
});

describe('"a militia called the X"', () => {
  it('the unnamed side is the one named right after it', () => {
    const g = gazetteer();
    const r = extract('Thirteen villagers were killed in an attack on Kisima in Beni territory on Tuesday, officials said, blaming a notorious militia called the Allied Democratic Forces (ADF).',
      { language: 'en', published: '2021-03-04T12:00:00Z', title: '' }, { gazetteer: g });
    expect(r.events[0]?.actor1?.name).toMatch(/^ADF/);
    expect(r.events[0]?.actor2?.name ?? '').not.toMatch(/^ADF/);
  });
});
