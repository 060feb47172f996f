/**
 * Forms of Indonesian and Malay reports read wrongly before (sentences written for these tests):
 * a day of a statement given "menerusi kenyataan pada Ahad", a suspect's criminal record counted as
 * dead, a side named twice, a drone that only watched, a victim's home address taken for the scene.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const run = (body: string, language: string, published: string) => extract(body, { language, published, title: '' }, { gazetteer: g }).events;

describe('Malay police shootings', () => {
  it('"berbalas tembak dengan polis": one clash, the police once, dated by the night told, not the day of the statement', () => {
    const ev = run('DUA lelaki ditembak mati dalam kejadian berbalas tembak dengan polis di Jalan Kampar, Ipoh, Perak pada Jumaat malam.\n\n' +
      '"Suspek telah melepaskan beberapa das tembakan ke arah polis dan pihak polis telah membalas tembakan," katanya menerusi kenyataan pada Sabtu.', 'ms', '2025-02-09T12:00:00+08:00');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.sub_event_type).toBe('Armed clash');
    expect(ev[0]!.date).toBe('2025-02-07');
    expect(ev[0]!.actor1?.name).toBe('Police Forces of Malaysia');
    expect(ev[0]!.actor2?.name).not.toBe('Police Forces of Malaysia');
  });
  it('a criminal record is no count of the dead', () => {
    const ev = run('KLANG: Seorang lelaki yang mempunyai 14 rekod jenayah lampau mati ditembak polis di Jalan Meru, di sini, semalam.', 'ms', '2025-02-09T12:00:00+08:00');
    expect(ev[0]?.fatalities).toBe(1);
  });
  it('police who shot two armed men named as foreigners, and the men\'s fire on the police: one event', () => {
    const ev = run('KLANG: Polis menembak mati dua penjenayah warga asing dalam kejadian di Jalan Meru, di sini, awal pagi tadi.\n\n' +
      'Menurut polis, seorang suspek keluar dari kereta dan melepaskan dua das tembakan ke arah polis sebelum anggota membalas tembakan.', 'ms', '2025-02-09T12:00:00+08:00');
    const violent = ev.filter((e) => e.event_type === 'Battles' || e.event_type === 'Violence against civilians');
    expect(violent).toHaveLength(1);
    expect(violent[0]!.sub_event_type).toBe('Armed clash');
  });
});

describe('Papua reports', () => {
  it('a drone used to watch the armed group is no air strike', () => {
    const ev = run('Aparat gabungan TNI-Polri memantau pergerakan KKB di Distrik Ilaga, Kabupaten Puncak, menggunakan drone, Kamis (6/2/2025).', 'id', '2025-02-07T10:00:00+07:00');
    expect(ev.map((e) => e.sub_event_type)).not.toContain('Air/drone strike');
  });
  it('the victim\'s home address, where the body is flown, is not where the hunt for the shooters was', () => {
    const ev = run('KKB menembak seorang tukang ojek di Distrik Ilaga, Kabupaten Puncak, Papua Tengah, Rabu (5/2/2025).\n\n' +
      'Jenazah korban akan diterbangkan ke kampung halamannya di Desa Bontoa, Kecamatan Mandai, Kabupaten Maros, Sulawesi Selatan, Kamis (6/2/2025).\n\n' +
      'Dua anggota KKB dilaporkan tewas dalam kontak tembak dengan aparat keamanan.', 'id', '2025-02-06T10:00:00+07:00');
    const clash = ev.find((e) => e.sub_event_type === 'Armed clash');
    expect(clash?.location?.admin1).toBe('Papua Tengah');
  });
});
