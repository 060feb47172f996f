import { beforeAll, describe, expect, it } from 'vitest';
import { find, gazetteer, places } from './helpers.js';

beforeAll(() => {
  gazetteer();
}, 300000);

describe('English: places of one story lie near each other', () => {
  it('two towns that share a region pull each other there (Alexandria and Pineville, Louisiana)', () => {
    const t = 'Water service was cut in Pineville on Monday. Crews from Alexandria and Ball worked overnight to fix the main.';
    const ps = places('en', t);
    expect(find(ps, 'Alexandria')?.admin1).toBe('Louisiana');
    expect(find(ps, 'Pineville')?.admin1).toBe('Louisiana');
  });
  it('a town near the story\'s other town is that one (Alexandria near Osakis, Minnesota)', () => {
    const t = 'A culvert washed out north of Alexandria near Lake Carlos, and the road to Osakis is closed.';
    expect(find(places('en', t), 'Alexandria')?.admin1).toBe('Minnesota');
  });
  it('a capital named in world news keeps its reading', () => {
    const t = 'The foreign minister left for Washington on Monday. Talks with Mexico and Canada resume in Ottawa next week.';
    expect(find(places('en', t), 'Washington')?.admin1).toBe('District of Columbia');
  });
  it('a state stays a state beside towns of another state', () => {
    const t = 'The winning ticket was sold in Riverdale, New York. Last year a man in Florida won the jackpot.';
    expect(find(places('en', t), 'Florida')?.kind).toBe('admin1');
  });
});

describe('English: curated regions and alternate names', () => {
  it('"the Atlantic" in a US story is the ocean, not the Iowa town', () => {
    const t = 'Forecasters in the United States expect an active Atlantic hurricane season this year.';
    expect(find(places('en', t), 'Atlantic')?.kind).toBe('region');
  });
});

describe('one sense per document yields to a cue word of another kind', () => {
  it('"the city of Kharkiv" stays the city beside "the Kharkiv and Poltava regions"', () => {
    const t = 'Drones struck an apartment block in the city of Kharkiv overnight. Most drones were shot down over the Kharkiv and Poltava regions.';
    const ps = places('en', t).filter((p) => p.text === 'Kharkiv');
    expect(ps.map((p) => p.kind)).toEqual(['city', 'admin1']);
  });
  it('"kota Semarang" and "Jawa Tengah" keep their kinds; bare repeats follow the best reading', () => {
    const t = 'Ribuan buruh berunjuk rasa di kota Semarang, Jawa Tengah, Senin. Aksi di Semarang berlangsung damai.';
    const ps = places('id', t).filter((p) => p.text === 'Semarang');
    expect(ps.every((p) => p.kind === 'city')).toBe(true);
  });
});

describe('A country name two countries bear', () => {
  it('is the one the story\'s other names point to ("Congo" beside Goma)', () => {
    expect(find(places('en', 'Fighting continued in Congo on Monday near Goma.'), 'Congo')?.country).toBe('CD');
  });
  it('and the other one where its capital is said ("Congo" beside Brazzaville)', () => {
    expect(find(places('en', 'Troops were deployed in Congo on Monday near Brazzaville.'), 'Congo')?.country).toBe('CG');
  });
  it('with nothing else to go by, is the bigger one (by the people of its towns); a formal name keeps its own', () => {
    expect(find(places('en', 'Rebels attacked a village in Congo on Monday.'), 'Congo')?.country).toBe('CD');
    expect(find(places('en', 'Troops clashed with rebels in the Republic of Congo on Monday.'), 'Republic of Congo')?.country).toBe('CG');
  });
});

describe('A two-word cue in capitals', () => {
  it('"Negara Bagian Kachin" is Kachin State, as "negara bagian Kachin" is', () => {
    expect(find(places('id', 'Jet tempur mengebom sebuah desa di Negara Bagian Kachin, Selasa (4/3/2025).'), 'Kachin')?.name).toBe('Kachin State');
    expect(find(places('id', 'Serangan terjadi di negara bagian Kachin, Selasa.'), 'Kachin')?.name).toBe('Kachin State');
  });
});
