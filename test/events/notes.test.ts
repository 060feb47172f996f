import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { makeNotes } from '../../src/core/events/notes.js';

// Sentences written for these tests. No gazetteer: places stay unresolved, actors and notes are checked.
const run = (body: string, language: string, published = '2023-05-10T10:00:00+07:00') =>
  extract(body, { language, published, title: '' }, { gazetteer: null }).events;

describe('actors of events', () => {
  it('a protest broken up by police: the crowd is actor1, the police actor2 (ms)', () => {
    const ev = run('Polis menyuraikan himpunan peniaga di hadapan pejabat daerah petang tadi. Ketua Polis Daerah berkata tiga orang ditahan.', 'ms');
    const p = ev.find((e) => e.event_type === 'Protests');
    expect(p).toBeDefined();
    expect(p!.actor1?.type).toBe('protesters');
    expect(p!.actor2?.type).toBe('state');
    expect(p!.notes).not.toMatch(/Police Forces[^,]* demonstrated/);
  });
  it('an active verb of a passive rule keeps its subject as actor1 (id)', () => {
    const ev = run('Sebuah rudal menghantam gudang di pinggiran kota pada Senin malam. Pemerintah menuding pasukan Rusia menembakkan rudal tersebut.', 'id');
    expect(ev[0]?.actor1?.name).toBe('Military Forces of Russia');
    expect(ev[0]?.notes).toMatch(/^On \d+ May 2023, Military Forces of Russia /);
  });
});

describe('a crowd the text does not name', () => {
  it('is coded as ACLED does, Protesters or Rioters of the country of the place', async () => {
    const { gazetteer } = await import('../places/helpers.js');
    const g = gazetteer();
    const ev = extract('Ribuan mahasiswa menggelar aksi damai di Bandung, Senin (3/6). Di Semarang, aksi berakhir ricuh.', { language: 'id', published: '2024-06-04T10:00:00+07:00', title: '' }, { gazetteer: g }).events;
    expect(ev.find((e) => e.sub_event_type === 'Peaceful protest')?.actor1?.name).toBe('Protesters (Indonesia)');
    expect(ev.find((e) => e.sub_event_type === 'Violent demonstration')?.actor1?.name).toBe('Rioters (Indonesia)');
  });
  it('and left unnamed where no place gives the country', () => {
    const ev = run('Hundreds marched peacefully through the town centre on Monday.', 'en', '2023-05-10T10:00:00+03:00');
    expect(ev[0]?.actor1 ?? null).toBeNull();
  });
});

describe("a speaker's own side", () => {
  it('"the RSF said its fighters repelled …": the RSF is a side (en)', () => {
    const ev = run('The RSF said its fighters repelled an army attack on the city on Sunday.', 'en', '2023-05-10T10:00:00+03:00');
    const sides = [ev[0]?.actor1?.name, ev[0]?.actor2?.name];
    expect(sides).toContain('RSF: Rapid Support Forces');
  });
  it('"TPNPB mengklaim pihaknya menembak mati …": the TPNPB is actor1 (id)', () => {
    const ev = run('Juru bicara TPNPB-OPM mengklaim pihaknya menembak mati tiga anggota TNI di Ilaga pada Minggu.', 'id');
    expect(ev[0]?.actor1?.name).toBe('TPNPB: West Papua National Liberation Army');
  });
  it('no own-side word: the speaker is no side', () => {
    const ev = run('The RSF said army drones struck a market in the city on Sunday.', 'en', '2023-05-10T10:00:00+03:00');
    expect([ev[0]?.actor1?.name, ev[0]?.actor2?.name]).not.toContain('RSF: Rapid Support Forces');
  });
});

describe('notes', () => {
  it('Malay and Indonesian claimants are said in English', () => {
    const ev = run('Polis menyuraikan himpunan peniaga di hadapan pejabat daerah petang tadi. Ketua Polis Daerah berkata tiga orang ditahan.', 'ms');
    expect(ev[0]?.notes).not.toMatch(/Ketua|Polis Daerah/);
  });
  it('the dead told by another speaker than the event\'s say whose figure it is', () => {
    const ev = run('Militants captured a military base in the town on Sunday after heavy fighting with government forces, residents said. The militant group said in a statement that it had killed 30 soldiers.', 'en', '2025-03-10T10:00:00+03:00');
    expect(ev[0]?.notes).toMatch(/killing 30 combatants \(according to [^)]+\), according to (the )?residents/);
  });
  it('a planned meeting says it is planned, and what', () => {
    const ev = run('Fighting killed four soldiers on Monday. The two governments are due to hold talks on a prisoner swap next week.', 'en', '2023-05-10T10:00:00+00:00');
    const talks = ev.find((e) => e.modality === 'planned');
    expect(talks?.sub_event_type).toBe('Other');
    expect(talks?.notes).toMatch(/^Talks or a meeting planned/);
    expect(ev.some((e) => e.sub_event_type === 'Agreement')).toBe(false);
  });
  it('never prints zero injuries; planned verbs take their base form', () => {
    const base = { event_type: 'Explosions/Remote violence', modality: 'reported' as const, date: '2023-05-01', date_precision: 1 as const, location: null, actor1: null, actor2: null, claimant: null, evidence: [], rule: 't' };
    const n = makeNotes({ ...base, sub_event_type: 'Shelling/artillery/missile attack', fatalities: 0, casualties: [{ count: 0, qualifier: 'exact', outcome: 'injured', group: 'unknown', claimant: null, evidence: { start: 0, end: 1 } }] }, 'Shelling/artillery/missile attack');
    expect(n).not.toMatch(/injuring 0/);
    const p = makeNotes({ ...base, event_type: 'Protests', modality: 'planned', sub_event_type: 'Peaceful protest', fatalities: null, casualties: [] }, 'Peaceful protest');
    expect(p).toMatch(/Protesters to hold a peaceful protest/);
  });
  it('a date known to the month or week is "in", not "on"', () => {
    const base = { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', modality: 'reported' as const, date: '2024-05-01', location: null, actor1: null, actor2: null, fatalities: null, casualties: [], claimant: null, evidence: [], rule: 't' };
    expect(makeNotes({ ...base, date_precision: 3 }, 'Looting/property destruction')).toMatch(/^In May 2024, /);
    expect(makeNotes({ ...base, date_precision: 2 }, 'Looting/property destruction')).toMatch(/^In the week of 1 May 2024, /);
    expect(makeNotes({ ...base, date_precision: 1 }, 'Looting/property destruction')).toMatch(/^On 1 May 2024, /);
  });
  it('a pronoun claimant is the speaker named before it', () => {
    const ev = run('Gunmen attacked a bus on the highway on Monday, killing six passengers, police spokesman John Okafor said. Three more were wounded, he added.', 'en', '2023-05-10T10:00:00+00:00');
    expect(ev[0]?.claimant?.name ?? null).not.toMatch(/^(he|him)$/i);
  });
});

describe('running totals', () => {
  it('a sentence telling only the war\'s tally is no new event', () => {
    const ev = run('Soldiers and rebels clashed near the river crossing on Tuesday, killing three fighters. The UN says the fighting has killed more than 8,000 people and displaced thousands since March 2021.', 'en', '2023-05-10T10:00:00+00:00');
    expect(ev.filter((e) => e.sub_event_type === 'Armed clash').map((e) => e.date)).toEqual(['2023-05-09']);
  });
});

describe('several incidents in one report (with the gazetteer)', async () => {
  const { gazetteer } = await import('../places/helpers.js');
  const g = gazetteer();
  const runG = (body: string, language: string, published: string) => extract(body, { language, published, title: '' }, { gazetteer: g }).events;
  it('a toll at a new place after an attack is another event of that kind', () => {
    const ev = runG('Russian drones struck an apartment block in Kharkiv overnight, injuring seven people, officials said. In Kharkiv, rescuers worked through the night. One man was wounded by falling fragments in the Sumy region, its governor said.', 'en', '2023-05-10T10:00:00+03:00');
    const strikes = ev.filter((e) => e.sub_event_type === 'Air/drone strike');
    expect(strikes.map((e) => e.location?.name).sort()).toEqual(['Kharkiv', 'Sumy']);
    expect(strikes.find((e) => e.location?.name === 'Sumy')!.casualties.map((c) => c.count)).toEqual([1]);
  });
  it('the strike said with the article and a town inside the province told before is the same strike', () => {
    const ev = runG('A drone strike on a crowded market in Sudan\'s North Darfur state has killed at least 15 people, a local aid group said. The group said on Tuesday that the RSF carried out the strike on the market in the town of Kutum on Monday, wounding dozens more.', 'en', '2023-05-09T10:00:00+03:00');
    const strikes = ev.filter((e) => e.sub_event_type === 'Air/drone strike');
    expect(strikes).toHaveLength(1);
    expect(strikes[0]!.fatalities).toBe(15);
  });
  it('an overnight attack told again with the evening it began is one event', () => {
    const ev = runG('Gunmen killed nine people in an overnight raid on a village in the Kaduna region, police said on Tuesday. The attackers arrived at around 10 p.m. on Monday and opened fire on residents of Kajuru, a police spokesman said.', 'en', '2023-05-09T08:00:00+01:00');
    expect(ev.filter((e) => e.sub_event_type === 'Attack')).toHaveLength(1);
  });
  it('a state after a country\'s possessive and an adjective is where it happened, not the country', () => {
    const ev = runG('Gunmen killed nine villagers in an attack in Nigeria\'s restive Kaduna state on Sunday, officials said.', 'en', '2023-05-09T08:00:00+01:00');
    expect(ev.map((e) => e.location?.name)).toEqual(['Kaduna State']);
    const ev2 = runG('Gunmen attacked a village in Nigeria\'s Kaduna state on Sunday.', 'en', '2023-05-09T08:00:00+01:00');
    expect(ev2.map((e) => e.location?.name)).toEqual(['Kaduna State']);
  });
  it('a clash "last night" beside today\'s is another day, another event', () => {
    const ev = runG('Two rebels were killed on Wednesday in a gunfight with soldiers in Bunia, a day after three fighters were killed in a clash there last night.', 'en', '2023-05-10T18:00:00+01:00');
    const clashes = ev.filter((e) => e.sub_event_type === 'Armed clash');
    expect(clashes.map((e) => e.date).sort()).toEqual(['2023-05-09', '2023-05-10']);
  });
});

describe('the phrase of a note', () => {
  // What the phrase was filled with before it was cut into pieces: the target slot, then replace.
  const PHRASES: Record<string, string> = {
    'Armed clash': 'clashed with {target|an armed group} in {place}',
    'Government regains territory': 'regained control of {place} from {target|an armed group}',
    'Air/drone strike': 'carried out an air/drone strike on {place}',
  };
  const reference = (sub: string, target: string | null, place: string) => {
    const phrase = PHRASES[sub]!;
    const m = /\{target\|([^}]*)\}/.exec(phrase);
    const filled = m ? phrase.slice(0, m.index) + (target ?? m[1]) + phrase.slice(m.index + m[0].length) : phrase;
    return filled.replace('{place}', place);
  };
  const event = (sub: string, target: string | null, place: string) => ({
    event_type: 'Battles', sub_event_type: sub, modality: 'reported' as const, date: null, date_precision: 1 as const,
    location: { name: place, country: null, admin1: null, lat: null, lon: null, precision: 1 as const, geonames_id: null },
    actor1: { name: 'Side A', type: 'state' as const, country: null }, actor2: target ? { name: target, type: 'rebels' as const, country: null } : null,
    fatalities: null, casualties: [], claimant: null, evidence: [], rule: 'test',
  });
  for (const sub of Object.keys(PHRASES)) {
    for (const [target, place] of [[null, 'Kidal'], ['the M23', 'Goma'], ['Group {place} X', 'Bunia'], [null, 'Price $& Town'], ['A $1 side', "Ville $' d"]] as [string | null, string][]) {
      it(`${sub}: ${target ?? '(default)'} at ${place}`, () => {
        const notes = makeNotes(event(sub, target, place) as never, sub as never, null);
        expect(notes).toBe(`Side A ${reference(sub, target, place)}.`);
      });
    }
  }
});

describe('the default subject of a note', () => {
  const base = { event_type: 'Strategic developments', sub_event_type: 'Agreement', modality: 'reported', location: { name: 'Doha', country: 'QA', admin1: null, lat: 25.3, lon: 51.5, precision: 1, geonames_id: null }, actor2: null, fatalities: null, casualties: [], claimant: null, evidence: [], rule: 'x' } as const;
  it('is a common noun after the date', () => {
    expect(makeNotes({ ...base, date: '2025-10-19', date_precision: 1, actor1: null } as never, 'Agreement')).toBe('On 19 October 2025, the parties reached an agreement in Doha (Qatar).');
  });
  it('opens the sentence when there is no date, and a named actor keeps its case', () => {
    expect(makeNotes({ ...base, date: null, date_precision: 1, actor1: null } as never, 'Agreement')).toMatch(/^The parties reached/);
    expect(makeNotes({ ...base, date: '2025-10-19', date_precision: 1, actor1: { name: 'Government of Qatar', type: 'state', country: 'QA' } } as never, 'Agreement')).toMatch(/^On 19 October 2025, Government of Qatar reached/);
  });
});

describe('the injured of a note', () => {
  it("are the figure the event's claimant gave, when it gave one", () => {
    const cl = (name: string) => ({ name, country: null });
    const ev = {
      event_type: 'Riots', sub_event_type: 'Violent demonstration', modality: 'reported', date: '2025-03-20', date_precision: 1,
      location: { name: 'Makassar', country: 'ID', admin1: null, lat: -5.1, lon: 119.4, precision: 1, geonames_id: null },
      actor1: null, actor2: null, fatalities: null, claimant: cl('the organisers'), evidence: [], rule: 'x',
      casualties: [
        { count: 7, qualifier: 'at_least', outcome: 'injured', group: 'civilian', claimant: cl('the organisers'), evidence: { start: 0, end: 1 }, rule: 'x' },
        { count: 12, qualifier: 'exact', outcome: 'injured', group: 'military', claimant: cl('the police chief'), evidence: { start: 0, end: 1 }, rule: 'x' },
      ],
    };
    expect(makeNotes(ev as never, 'Violent demonstration', 'the organisers')).toContain('injuring 7, according to the organisers');
  });
});
