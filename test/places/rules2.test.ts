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
