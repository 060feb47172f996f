/**
 * A fight between the people of two places ("bentrok antarwarga Desa A dan Desa B") is one event:
 * the listed places are its sides, not a list of events (as "demo di Semarang, Solo dan Magelang"
 * is). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

describe('two places as the two sides of one fight', () => {
  const g = gazetteer();
  const run = (body: string) => extract(body, { language: 'id', published: '2023-06-14T15:00:00+09:00', title: '' }, { gazetteer: g }).events;
  it('"bentrokan antarwarga Desa Kailolo dan Desa Pelauw" is one mob fight', () => {
    const ev = run('Bentrokan antarwarga Desa Kailolo dan Desa Pelauw di Pulau Haruku, Kabupaten Maluku Tengah, pecah pada Selasa (13/6) pagi. Dua orang tewas dalam bentrokan itu.');
    expect(ev.filter((e) => e.event_type === 'Riots')).toHaveLength(1);
  });
  it('protests listed in several towns stay one per town', () => {
    const ev = run('Ribuan mahasiswa menggelar demo di Ambon, Masohi dan Tual, Selasa (13/6).');
    expect(ev.filter((e) => e.event_type === 'Protests').length).toBeGreaterThanOrEqual(2);
  });
});
