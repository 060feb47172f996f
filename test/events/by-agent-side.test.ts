/** "an attack by terrorist armed groups": the words after the agent that name the same side are not its target (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (text: string) => extract(text, { language: 'en', published: '2019-08-20T10:00:00Z', title: '' }, { gazetteer: g }).events;

describe('the agent of "by" and its target', () => {
  it('soldiers who died in an attack by "terrorist armed groups" fought them: an armed clash with the army', () => {
    const ev = run('Fourteen soldiers died on Sunday during a large attack by terrorist armed groups on a base in northern Mali.');
    expect(ev[0]?.sub_event_type).toBe('Armed clash');
    expect(ev[0]?.actor2?.name).toMatch(/^Military Forces/);
  });
  it('villagers killed in an attack by armed militants stay civilians', () => {
    const ev = run('Nine villagers were killed on Sunday in an attack by armed militants on a village in northern Mali.');
    expect(ev[0]?.sub_event_type).toBe('Attack');
    expect(ev[0]?.actor2?.name).toMatch(/^Civilians/);
  });
});

describe('the other side of a clash is not another mention of the first', () => {
  it('"soldiers were wounded in a clash between the troops and NPA rebels": actor2 is the NPA', () => {
    const ev = extract('Two soldiers were wounded in a clash between the troops and NPA rebels in Iloilo province on Monday.',
      { language: 'en', published: '2024-01-18T12:00:00+08:00', title: '' }, { gazetteer: g }).events;
    expect(ev[0]?.actor1?.name).toMatch(/^Military Forces/);
    expect(ev[0]?.actor2?.name).toBe('NPA: New Peoples Army');
  });
});
