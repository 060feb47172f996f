import { beforeAll, describe, expect, it } from 'vitest';
import { find, gazetteer, places } from './helpers.js';

beforeAll(() => {
  gazetteer();
}, 300000);

const texts = (lang: string, t: string): string[] => places(lang, t).map((p) => p.text);

describe('English: admin-1 regions from the curated Natural Earth table', () => {
  it('a US state carries its GeoNames id and label point', () => {
    const p = find(places('en', 'Lawmakers in Texas passed the bill on Monday.'), 'Texas');
    expect(p?.kind).toBe('admin1');
    expect(p?.geonames_id).toBe(4736286);
    expect(Math.abs(p!.lat! - 31.1)).toBeLessThan(1.5);
  });
});

describe('English: regions implied by their counties', () => {
  it('Georgia among Georgian counties is the state', () => {
    const t = 'Deputies from Oconee County and Barrow County searched the river. Georgia officials said the search would go on.';
    const p = find(places('en', t), 'Georgia');
    expect(p?.country).toBe('US');
    expect(p?.kind).toBe('admin1');
  });
  it('a state named once makes the country: Alexandria beside Virginia', () => {
    const t = 'The suspect was held in Alexandria. He awaits transfer to Virginia, where he will stand trial.';
    const p = find(places('en', t), 'Alexandria');
    expect(p?.country).toBe('US');
    expect(p?.admin1).toBe('Virginia');
  });
});

describe('English: given names before surnames', () => {
  it('"Sheila D. Williams" is a person, and "Williams" alone later too', () => {
    const t = 'Police arrested Sheila D. Williams, 41, in Alexandria, Virginia. Williams told officers she had done nothing.';
    expect(texts('en', t)).not.toContain('Williams');
    expect(texts('en', t)).toContain('Alexandria');
  });
  it('"Tom Moore" is a person', () => {
    expect(texts('en', 'The award went to Tom Moore on Friday in Oklahoma.')).not.toContain('Moore');
  });
});

describe('English: lists and public bodies', () => {
  it('countries listed without a comma are each a place', () => {
    const got = texts('en', 'Youth unemployment is high in countries such as Cyprus, Greece Italy or Spain.');
    expect(got).toEqual(expect.arrayContaining(['Cyprus', 'Greece', 'Italy', 'Spain']));
  });
  it('a public body keeps its jurisdiction', () => {
    expect(texts('en', 'The Tennessee Arts Commission gave the grant.')).toContain('Tennessee');
    expect(texts('en', 'She was held in the Columbia County Detention Center without bond.')).toContain('Columbia County');
  });
  it('a company or a school does not', () => {
    expect(texts('en', 'He studied at Georgia Tech before joining the firm.')).not.toContain('Georgia');
    expect(texts('en', 'The Washington Post reported the story first.')).not.toContain('Washington');
  });
});

describe('English: people and firms that share a town name', () => {
  it('a middle name between a given name and the surname', () => {
    const t = 'Police broke up a fight between Jason Terrell Jones, 23, and a neighbour. Witnesses said Jones got upset.';
    expect(texts('en', t)).not.toContain('Jones');
    expect(texts('en', t)).not.toContain('Terrell');
  });
  it('a lower-case title before an unknown given name', () => {
    const t = 'It pays off, explains town councillor Dewly Nelson. Nelson himself was a critic at first.';
    expect(texts('en', t)).not.toContain('Nelson');
  });
  it('"in" keeps a surname-town a place', () => {
    const t = 'It pays off, explains town councillor Dewly Nelson. The plant in Nelson opened last year.';
    expect(texts('en', t)).toContain('Nelson');
  });
  it('abbreviated titles and nicknames', () => {
    expect(texts('en', 'The Rev. Al Meredith, senior pastor, spoke. Meredith escaped harm.')).not.toContain('Meredith');
    expect(texts('en', 'Authorities said Mrs. Parsons had been hit.')).not.toContain('Parsons');
    expect(texts('en', 'He was charged in the death of Katherine "Kay" Parsons, 41.')).not.toContain('Parsons');
  });
  it('firms of partners and hyphenated brands', () => {
    expect(texts('en', 'The city owes design firm Stevens & Wilkinson money.')).not.toContain('Stevens');
    expect(texts('en', 'Officials will check whether Wal-Mart Stores Inc. kept its promise.')).not.toContain('Mart');
    expect(texts('en', 'The plant near Fort Worth & Dallas closed.')).toContain('Dallas');
  });
  it('"X-based" names the place even before a firm name', () => {
    expect(texts('en', 'Its partner, Calgary-based Epoch Energy, visited the town.')).toContain('Calgary');
  });
  it('"B.C." is British Columbia, except after a year', () => {
    const p = find(places('en', 'On the other side of the B.C. border, the town is growing.'), 'B.C.');
    expect(p?.country).toBe('CA');
    expect(texts('en', 'The tomb dates from 500 B.C. and lies near Luxor.')).not.toContain('B.C.');
  });
});

describe('English: roads and schools', () => {
  it('a state road number is not the state', () => {
    expect(texts('en', 'Crews said W.Va. 61 will stay closed near Elkview.')).not.toContain('W.Va.');
    expect(texts('en', 'He lives in Huntington, W.Va., with his family.')).toContain('W.Va.');
  });
  it('a charter school named after a city is not the city', () => {
    expect(texts('en', 'Parents founded the Washington Latin Public Charter School last year.')).not.toContain('Washington');
  });
});

describe('English: lists of counties', () => {
  it('"X, Y and Z counties" makes each a county of the state named', () => {
    const ps = places('en', 'Flooding hit Becker, Clay, Grant and Otter Tail counties in Minnesota.');
    for (const n of ['Becker', 'Clay', 'Grant', 'Otter Tail']) {
      const p = find(ps, n);
      expect(p?.name, n).toMatch(/County$/);
      expect(p?.admin1, n).toBe('Minnesota');
    }
  });
  it('counties named as counties decide an ambiguous state', () => {
    const p = find(places('en', 'The mob struck at a bridge between Walton and Oconee counties in Georgia.'), 'Georgia');
    expect(p?.country).toBe('US');
  });
  it('towns that Georgia the state also has do not move Georgia the country', () => {
    const p = find(places('en', 'Russia and Georgia fought in 2008; Athens and Rome urged calm.'), 'Georgia');
    expect(p?.country).toBe('GE');
  });
  it('a bare county name without a cue is not read as the county', () => {
    expect(texts('en', 'He lives in Oconee.')).not.toContain('Oconee');
  });
});

describe('English: a state of the story\'s country', () => {
  it('Georgia in a US story is the state', () => {
    const t = 'The bill in Harrisburg, Pa., passed. A similar bill in Atlanta would stop Georgia counties from limiting modular homes.';
    expect(find(places('en', t), 'Georgia')?.country).toBe('US');
  });
  it('Georgia beside Tbilisi stays the country', () => {
    const t = 'Officials in Tbilisi, the capital, insisted that Georgia would not join, a U.S. envoy said.';
    expect(find(places('en', t), 'Georgia')?.country).toBe('GE');
  });
});

describe('English: a country or state before its offices', () => {
  it('keeps the country before a title or a public body', () => {
    expect(texts('en', 'U.S. Sens. Byrd and Rockefeller spoke.')).toContain('U.S.');
    expect(texts('en', 'About 10 percent are black, according to U.S. Census estimates.')).toContain('U.S.');
    expect(texts('en', 'Texas Gov. Rick Perry spoke on Monday.')).toContain('Texas');
  });
  it('but not a school or a hotel named after a place', () => {
    expect(texts('en', 'He studied at Georgia Tech.')).not.toContain('Georgia');
    expect(texts('en', 'The Paris Hilton Hotel opened.')).not.toContain('Paris');
  });
});
