import { describe, expect, it } from 'vitest';
import { claims } from './helpers.js';

describe('not casualty figures', () => {
  const id: string[] = [
    'Korban, Andi (34), tewas di tempat kejadian.',
    'Pada tahun 2019, kota itu dilanda kerusuhan besar di 3 kecamatan.',
    'Massa membakar 12 rumah dan 4 mobil milik warga.',
    'Polisi menyita 3 pucuk senjata api rakitan dari rumah pelaku.',
    'Ledakan terjadi pukul 08.30 WIB dan terdengar hingga radius 2 kilometer.',
    'Satu di antara guru yang ditembak mati itu adalah warga pendatang.',
    'Siswa kelas 3 SMPN 2 Beoga itu sempat bersembunyi selama dua jam.',
    'Dua luka tembak ditemukan di dada korban.',
    'Sebanyak 300 personel gabungan dikerahkan untuk mengamankan lokasi.',
  ];
  for (const t of id) it(t, () => expect(claims(t, 'id').filter((x) => !x.startsWith('1 '))).toEqual([]));

  const en: string[] = [
    'The 45-year-old teacher said the school had 300 students.',
    'Rebels seized 14 vehicles and burned 20 houses in the village.',
    'The army deployed 2,000 troops to the region in 2019.',
    'He was one of the 12 survivors of the crash.',
    'The ceasefire came into force at 6:00 a.m. after 15 days of talks.',
    'The ministry said it had destroyed 30 drones overnight.',
    'Three gunmen stormed a church on Sunday.',
    'The bank raised rates by 50 basis points.',
  ];
  for (const t of en) it(t, () => expect(claims(t, 'en')).toEqual([]));

  it('an age in brackets is no count', () => {
    expect(claims('Korban, Andi (34), tewas di tempat kejadian.', 'id')).toEqual(['1 killed']);
  });
  it('"satu di antara" is a breakdown, not a toll', () => {
    expect(claims('Satu di antara korban yang tewas adalah anggota TNI.', 'id')).toEqual([]);
  });
});

describe('counts that are agents or names', () => {
  it('a number in a group name before an active verb is no victim count', () => {
    expect(claims('Police said the 400 Mawozo gang abducted the missionaries.', 'en')).toEqual([]);
  });
  it('attackers counted before an active verb with an object', () => {
    expect(claims('Five gunmen killed the village head on Monday.', 'en')).not.toContain('5 killed');
  });
});

describe('verbs across "and"', () => {
  it('"killed 200 people and displaced 500,000" reads no 500,000 dead', () => {
    expect(claims('The fighting killed 200 people and displaced 500,000 others.', 'en')).toEqual(['200 killed']);
  });
});

describe('one of the N', () => {
  it('"one of the five hostages was killed" is one killed, not five', () => {
    expect(claims('One of the five hostages was killed during the rescue.', 'en')).toEqual(['1 killed']);
  });
  it('"dua dari lima sandera tewas" is two killed', () => {
    expect(claims('Dua dari lima sandera tewas dalam operasi pembebasan.', 'id')).toEqual(['2 killed']);
  });
});
