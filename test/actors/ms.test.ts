import { describe, expect, it } from 'vitest';
import { ms } from '../../src/lang/ms/index.js';
import { actors, find } from './helpers.js';

describe('ms actors', () => {
  it('polis is the police; PDRM is Malaysia’s', () => {
    expect(find(ms, 'Polis menahan tiga individu selepas himpunan itu.', 'Polis')?.name).toBe('Police Forces');
    const a = find(ms, 'PDRM akan mengambil tindakan terhadap penganjur.', 'PDRM');
    expect(a?.name).toBe('Police Forces of Malaysia');
    expect(a?.country).toBe('MY');
  });
  it('Angkatan Tentera Malaysia and ATM', () => {
    expect(find(ms, 'Angkatan Tentera Malaysia menghantar bantuan.', 'Angkatan Tentera Malaysia')?.country).toBe('MY');
    expect(find(ms, 'Anggota ATM dikerahkan ke sempadan.', 'Anggota ATM')?.name).toBe('Military Forces of Malaysia');
    expect(actors(ms, 'Dia mengeluarkan wang di mesin ATM berhampiran.')).toEqual([]);
  });
  it('tentera with a country', () => {
    const a = find(ms, 'Tentera Israel menyerang sebuah sekolah di Gaza.', 'Tentera Israel');
    expect(a?.name).toBe('Military Forces of Israel');
  });
  it('Amerika Syarikat is the United States', () => {
    expect(find(ms, 'Kerajaan Amerika Syarikat mengecam serangan itu.', 'Kerajaan Amerika Syarikat')?.country).toBe('US');
  });
  it('a spokesman (jurucakap) of the police is an official', () => {
    const a = actors(ms, 'Jurucakap polis berkata keadaan terkawal.')[0];
    expect(a?.kind).toBe('official');
    expect(a?.name).toBe('Police Forces');
  });
  it('orang awam are civilians', () => {
    expect(find(ms, 'Dua orang awam cedera dalam kejadian itu.', 'orang awam')?.type).toBe('civilians');
  });
  it('penunjuk perasaan are protesters', () => {
    expect(find(ms, 'Penunjuk perasaan berarak ke Dataran Merdeka.', 'Penunjuk perasaan')?.type).toBe('protesters');
  });
  it('Sulu intruders are a named armed group', () => {
    const a = find(ms, 'Penceroboh Sulu melepaskan tembakan ke arah anggota keselamatan.', 'Penceroboh Sulu');
    expect(a?.type).toBe('political_militia');
    expect(a?.country).toBe('PH');
    expect(find(ms, 'Penceroboh Sulu melepaskan tembakan ke arah anggota keselamatan.', 'anggota keselamatan')?.kind).toBe('force');
  });
  it('a district police chief with the district, and a rank before a name', () => {
    const got = actors(ms, 'Ketua Polis Daerah Lahad Datu, Supt Ahmad Ali berkata keadaan terkawal.');
    expect(got).toHaveLength(1);
    expect(got[0]?.text).toBe('Ketua Polis Daerah Lahad Datu, Supt Ahmad Ali');
    expect(got[0]?.country).toBe('MY');
    expect(got[0]?.kind).toBe('official');
    expect(find(ms, 'Supt Ahmad Ali berkata keadaan terkawal.', 'Supt Ahmad Ali')?.name).toBe('Police Forces of Malaysia');
  });
  it('police commandos', () => {
    expect(find(ms, 'Dua anggota komando polis terkorban.', 'komando polis')?.name).toBe('Police Forces');
  });
  it('the Indonesian tables still apply (KKB, TNI)', () => {
    expect(find(ms, 'KKB menyerang pos TNI di Papua.', 'KKB')?.country).toBe('ID');
    expect(find(ms, 'KKB menyerang pos TNI di Papua.', 'TNI')?.country).toBe('ID');
  });
  it('polisi is a policy and pasukan a team in Malay', () => {
    expect(actors(ms, 'Polisi baharu itu akan dilaksanakan tahun depan.')).toEqual([]);
    expect(actors(ms, 'Pasukan bola sepak negeri menang besar semalam.')).toEqual([]);
  });
  it('pasukan with a country is still a force', () => {
    expect(find(ms, 'Pasukan Israel menyerbu kem pelarian itu.', 'Pasukan Israel')?.country).toBe('IL');
  });
  it.each(['Kerajaan negeri meluluskan belanjawan baharu.', 'Harga minyak sawit naik semalam.'])('negative-ish: %s', (text) => {
    const got = actors(ms, text);
    expect(got.every((a) => a.kind === 'government')).toBe(true);
    if (text.startsWith('Harga')) expect(got).toEqual([]);
  });
});
