import { beforeAll, describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/core/places/gazetteer.js';
import { gazetteer } from './helpers.js';

// A tiny index in the build format, written here: countries first, towns, then admin-1 rows.
const TINY = [
  '#sitrep-gazetteer 1',
  'Azerbaijan\tcountry\tAZ\t\t40.5\t47.5\t587116\tPCLI\t0',
  'Ganja\tcity\tAZ\tGanja\t40.68278\t46.36056\t586523\tPPLA\t335600',
  'Paris\tcity\tUS\tTexas\t33.66\t-95.55\t4717560\tPPL\t24000',
  'Texas\tadmin1\tUS\tTexas\t31.2\t-99.2\t\tADM1\t21000000',
  '#names',
  'azerbaijan\tp0',
  '=AZ\tp0',
  'ganja\tp1,a2',
  'paris\tp2',
  'paris texas\tp2',
  'texas\tp3',
  '^paris\t2',
  '',
].join('\n');

describe('compiled index format', () => {
  const g = parseGazetteer(TINY);
  it('counts place rows', () => expect(g.size).toBe(4));
  it('looks names up by hash, best first', () => {
    const c = g.lookup('ganja')!;
    expect(c.map((x) => x.match)).toEqual(['p', 'a']);
    expect(c[0]!.place).toMatchObject({ name: 'Ganja', kind: 'city', country: 'AZ', geonames_id: 586523, fcode: 'PPLA', population: 335600 });
  });
  it('misses unknown names', () => expect(g.lookup('gence')).toBeUndefined());
  it('keeps abbreviations case-sensitive', () => {
    expect(g.lookup('=AZ')![0]!.place.name).toBe('Azerbaijan');
    expect(g.lookup('=az')).toBeUndefined();
  });
  it('knows how long names starting with a word get', () => {
    expect(g.span('paris')).toBe(2);
    expect(g.span('ganja')).toBe(1);
  });
  it('gives a word\'s span and candidates in one look-up, the same as span() and lookup()', () => {
    const w = g.word('paris');
    expect(w.span).toBe(2);
    expect(w.cands).toBe(g.lookup('paris'));
    expect(g.word('gence')).toEqual({ span: 1, cands: null });
    expect(g.word('ganja').cands!.map((x) => x.match)).toEqual(['p', 'a']);
  });
  it('indexes countries and admin-1 regions', () => {
    expect(g.country('AZ')!.geonames_id).toBe(587116);
    expect(g.admin1('US', 'texas')!.name).toBe('Texas');
    expect(g.admin1('US', 'ohio')).toBeUndefined();
  });
  it('rejects other files', () => expect(() => parseGazetteer('hello\n')).toThrow());
});

describe('shipped gazetteer', () => {
  beforeAll(() => {
    gazetteer();
  }, 300000);
  it('has the GeoNames towns, the countries and the curated regions', () => {
    const g = gazetteer();
    expect(g.size).toBeGreaterThan(200000);
    expect(g.country('ID')!.geonames_id).toBe(1643084);
    expect(g.lookup('jenewa')!.some((c) => c.place.country === 'CH')).toBe(true);
    expect(g.lookup('tepi barat')![0]!.place.kind).toBe('region');
    expect(g.lookup('papua pegunungan')![0]!.place.kind).toBe('admin1');
    expect(g.lookup('=AS')![0]!.place.country).toBe('US');
  });
  it('has second-level units GeoNames files no town under, at their region (Ethiopian zones, Pakistani agencies)', () => {
    const g = gazetteer();
    const zone = g.lookup('north wollo zone')?.find((c) => c.place.kind === 'other' && c.place.country === 'ET');
    expect(zone?.place.admin1).toBe('Amhara');
    // "Khyber district" in the news: the bare name, found with its cue word
    expect(g.lookup('khyber')?.some((c) => c.match === 'b' && c.place.country === 'PK' && c.place.admin1 === 'Khyber Pakhtunkhwa')).toBe(true);
  });
  it('has all 38 Indonesian provinces', () => {
    const g = gazetteer();
    for (const n of ['aceh', 'sumatera utara', 'dki jakarta', 'jawa tengah', 'kalimantan utara', 'sulawesi tenggara', 'maluku utara',
      'papua', 'papua barat', 'papua barat daya', 'papua tengah', 'papua pegunungan', 'papua selatan']) {
      expect(g.lookup(n)?.some((c) => c.place.kind === 'admin1' && c.place.country === 'ID'), n).toBe(true);
    }
  });
});
