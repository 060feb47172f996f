/**
 * Reports that are running tolls (a ministry's count since a war began): where the count is, who
 * gives it, from when, and what is no event of the report. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (text: string, published = '2023-06-20T12:00:00Z') => extract(text, { language: 'en', published, title: '' }, { gazetteer: g });

describe('the scope of a running total', () => {
  it('is the place said with "in" nearest the figure, a town as well as a country', () => {
    const r = run('More than 300 civilians have been killed in Khartoum since the fighting between the army and the paramilitary forces erupted in Sudan on April 15, the health ministry said.');
    const t = r.tallies.find((x) => x.count === 300);
    expect(t?.scope).toBe('Khartoum');
  });
  it('a named region before a country read from a demonym', () => {
    const r = run('In the Israeli-occupied West Bank, 40 Palestinians have been killed since January, the ministry said.');
    expect(r.tallies.find((x) => x.count === 40)?.scope).toBe('West Bank');
  });
});

describe('"X quoted Y as saying"', () => {
  it('the one quoted is the claimant, not the outlet', () => {
    const r = run('State television quoted a police spokesman as saying that 42 people have been killed in the province since the start of the year.');
    const t = r.tallies.find((x) => x.count === 42);
    expect(t?.claimant?.name).toBe('police spokesman');
  });
});

describe('the day a count runs from', () => {
  it('is read past a few words of the since-clause, up to a comma', () => {
    const r = run('At least 210 people have been killed since the fighting between the army and the rebel forces began on March 3, the army said.');
    expect(r.tallies.find((x) => x.count === 210)?.since).toBe('2023-03-03');
  });
  it('but not across a comma', () => {
    const r = run('At least 210 people have been killed since the fighting between the army and the rebels began, the army said on March 3.');
    expect(r.tallies.find((x) => x.count === 210)?.since ?? null).toBeNull();
  });
});

describe('the attack a count runs from is no event of the report', () => {
  it('weeks before the report, in the since-clause: a tally only', () => {
    const r = run('At least 900 people have been killed in Darfur since the war sparked by the paramilitary forces\' April 15 attacks on army bases, the United Nations said.');
    expect(r.events).toHaveLength(0);
    expect(r.tallies.some((x) => x.count === 900 && x.outcome === 'killed')).toBe(true);
  });
  it('a recent attack the count runs from is still the event', () => {
    const r = run('At least 12 people have died in Darfur since the June 17 attack on the market, the United Nations said.');
    expect(r.events.some((e) => e.event_type === 'Violence against civilians' || e.event_type === 'Battles' || e.event_type === 'Explosions/Remote violence')).toBe(true);
  });
});

describe('a report of figures and no event keeps every figure', () => {
  it('"There are N wounded, the statement added" after a running toll is a count too', () => {
    const r = run('At least 4,000 people have been killed in Gaza since October, the health ministry said on Sunday. There are 11,500 wounded, the statement added.');
    expect(r.events).toHaveLength(0);
    expect(r.tallies.some((x) => x.count === 4000 && x.outcome === 'killed')).toBe(true);
    expect(r.tallies.some((x) => x.count === 11500 && x.outcome === 'injured')).toBe(true);
  });
});

describe('thousands told in the perfect are a count over time', () => {
  it('en: "have been wounded" with a four-digit figure is a tally, not the strike\'s toll', () => {
    const r = run('Israeli airstrikes hit Rafah on Monday, killing 12 people. More than 2,300 people in Rafah have been wounded in Israeli strikes, the ministry said.');
    expect(r.tallies.some((x) => x.count === 2300 && x.outcome === 'injured' && /^Rafa/.test(x.scope ?? ''))).toBe(true);
    for (const e of r.events) expect(e.casualties.some((c) => c.count === 2300)).toBe(false);
  });
  it('id: "telah tewas" with thousands', () => {
    const r = extract('Serangan udara menghantam Khartoum pada Senin dan menewaskan 14 warga. Sedikitnya 1.200 warga telah tewas akibat serangan udara di Khartoum, kata kementerian kesehatan.', { language: 'id', published: '2023-06-20T12:00:00Z', title: '' }, { gazetteer: g });
    expect(r.tallies.some((x) => x.count === 1200 && x.outcome === 'killed')).toBe(true);
    for (const e of r.events) expect(e.casualties.some((c) => c.count === 1200)).toBe(false);
  });
  it('with words between the auxiliary and the outcome ("have now been confirmed killed")', () => {
    const r = run('Gunmen attacked a market in Gao on Monday, killing five people. At least 1,924 people have now been confirmed killed in attacks on aid queues, officials said.');
    expect(r.events[0]?.fatalities).toBe(5);
    expect(r.tallies.some((x) => x.count === 1924)).toBe(true);
  });
  it('a small figure in the perfect is still the event\'s', () => {
    const r = run('Israeli airstrikes hit Rafah on Monday. Twelve people have been killed in the strikes, the ministry said.');
    expect(r.events[0]?.fatalities).toBe(12);
  });
});
