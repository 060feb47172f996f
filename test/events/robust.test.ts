/**
 * Failure modes of event coding found on synthetic articles written for these tests (in the
 * style of wire and local outlets): addresses vs lists of places, the day of a statement,
 * background figures, threats, what suspects are held for, separate incidents elsewhere,
 * finer places told later, subjects inside a trigger, generic "strike". Readings are built by
 * hand (places from a small table), so only the events stage is tested.
 */
import { describe, expect, it } from 'vitest';
import { codeEvents, sentenceHits } from '../../src/core/events/index.js';
import { id } from '../../src/lang/id/index.js';
import { en } from '../../src/lang/en/index.js';
import { ms } from '../../src/lang/ms/index.js';
import { enEvents } from '../../src/lang/en/events.js';
import { idEvents } from '../../src/lang/id/events.js';
import { msEvents } from '../../src/lang/ms/events.js';
import type { Reading } from '../../src/core/reading.js';
import type { ActorMention } from '../../src/core/actors/types.js';
import type { LanguagePack } from '../../src/core/pack.js';
import { codeSentence, handDoc, handReading, type HandExtra, type HandPlace } from './helpers.js';

type Gaz = HandPlace;
const city = (name: string, country: string, lat: number, lon: number, kind: Gaz['kind'] = 'city', admin1: string | null = null): Gaz => ({ name, kind, country, admin1, lat, lon, geonames_id: null });
// Longest names first, so "Kabupaten Sukoharjo" is found before "Sukoharjo".
const GAZ: [string, Gaz][] = [
  ['Kabupaten Intan Jaya', city('Kabupaten Intan Jaya', 'ID', -3.5, 136.85, 'other')],
  ['Kabupaten Sukoharjo', city('Kabupaten Sukoharjo', 'ID', -7.61, 110.79, 'other')],
  ['Jakarta', city('Jakarta', 'ID', -6.18, 106.83)],
  ['Sukoharjo', city('Sukoharjo', 'ID', -7.6725, 110.838)],
  ['Karanganyar', city('Karanganyar', 'ID', -7.598, 110.944)],
  ['Boyolali', city('Boyolali', 'ID', -7.533, 110.596)],
  ['Solo', city('Surakarta', 'ID', -7.556, 110.832)],
  ['Mojo', city('Mojo', 'ID', -6.71, 111.26)],
  ['Sugapa', city('Sugapa', 'ID', -3.73, 137.03)],
  ['Ilaga', city('Ilaga', 'ID', -3.97, 137.62)],
  ['Bandung', city('Bandung', 'ID', -6.922, 107.607)],
  ['Kendari', city('Kendari', 'ID', -3.99, 122.51)],
  ['Guanajuato', city('Guanajuato', 'MX', 20.9, -101.0, 'admin1', 'Guanajuato')],
  ['Salvatierra', city('Salvatierra', 'MX', 20.2136, -100.88, 'city', 'Guanajuato')],
  ['Irapuato', city('Irapuato', 'MX', 20.67, -101.35, 'city', 'Guanajuato')],
  ['Deir al-Balah', city('Deir al-Balah', 'PS', 31.417, 34.35)],
  ['Jabaliya', city('Jabaliya', 'PS', 31.53, 34.48)],
  ['Masisi', city('Masisi', 'CD', -1.40, 28.81)],
  ['Gaza Strip', city('Gaza Strip', 'PS', 31.4, 34.38, 'region')],
  ['Khan Younis', city('Khan Younis', 'PS', 31.34, 34.31)],
  ['Kaherah', city('Cairo', 'EG', 30.06, 31.25)],
  ['Kandahar', city('Kandahar', 'AF', 31.135, 65.716, 'admin1', 'Kandahar')],
  ['Gaza City', city('Gaza', 'PS', 31.50, 34.47)],
  ['Maiwand', city('Maiwand', 'AF', 31.65, 65.05, 'other', 'Kandahar')],
  ['Patikul', city('Patikul', 'PH', 6.06, 121.10)],
  ['Jolo', city('Jolo', 'PH', 6.05, 121.0)],
  ['Bongao', city('Bongao', 'PH', 5.03, 119.77)],
];

const reading = (text: string, pack: LanguagePack, extra?: HandExtra): Reading => handReading(text, pack, GAZ, extra);
const doc = handDoc;

const summary = (evs: { sub_event_type: string; location: { name: string } | null; modality: string }[]) => evs.map((e) => `${e.sub_event_type}@${e.location?.name}/${e.modality}`).sort();

describe('places: a list makes one event per member, an address one event', () => {
  it('"di Kota Solo, Sukoharjo, Karanganyar, dan Boyolali": four arrests, however close the towns', () => {
    const text = 'Densus 88 menangkap tujuh terduga teroris di Kota Solo, Sukoharjo, Karanganyar, dan Boyolali, Kamis (25/1/2024).';
    const r = reading(text, id, { dates: [['Kamis (25/1/2024)', '2024-01-25']] });
    expect(summary(codeEvents(doc(text, 'id', '2024-01-26T08:00:00+07:00'), r, id).events)).toEqual(['Arrests@Boyolali/reported', 'Arrests@Karanganyar/reported', 'Arrests@Sukoharjo/reported', 'Arrests@Surakarta/reported']);
  });
  it('"di Distrik Sugapa, Kabupaten Intan Jaya": one event at the district', () => {
    const text = 'KKB menembak mati seorang tukang ojek di Distrik Sugapa, Kabupaten Intan Jaya, Senin (12/8/2024).';
    const r = reading(text, id, { dates: [['Senin (12/8/2024)', '2024-08-12']] });
    expect(summary(codeEvents(doc(text, 'id', '2024-08-13T08:00:00+07:00'), r, id).events)).toEqual(['Attack@Sugapa/reported']);
  });
  it('an address member resolved far from the address\'s town loses to the town', () => {
    const text = 'Polisi menangkap seorang pria di Kelurahan Mojo, Kecamatan Laweyan, Solo, pada Kamis.';
    const ev = codeEvents(doc(text, 'id', '2024-01-26T08:00:00+07:00'), reading(text, id), id).events;
    expect(summary(ev)).toEqual(['Arrests@Surakarta/reported']);
  });
});

describe('the day a statement was made does not date the event', () => {
  const text = [
    'KKB menembak mati seorang tukang ojek di Sugapa, Senin (12/8/2024).',
    'Pada hari yang sama, seorang prajurit terluka dalam kontak tembak di Ilaga.',
    '"Korban ditembak saat mengantar penumpang," kata Kapolres, Selasa (13/8/2024).',
  ].join(' ');
  it('"…," kata Kapolres, Selasa (13/8): the victim sentence joins the Monday attack', () => {
    const r = reading(text, id, { dates: [['Senin (12/8/2024)', '2024-08-12'], ['Selasa (13/8/2024)', '2024-08-13']], attributions: [['Kapolres', 'Kapolres', 'kata']] });
    const ev = codeEvents(doc(text, 'id', '2024-08-13T12:00:00+07:00'), r, id).events;
    expect(summary(ev)).toEqual(['Armed clash@Ilaga/reported', 'Attack@Sugapa/reported']);
    expect(ev.every((e) => e.date === '2024-08-12')).toBe(true);
  });
  it('"police said two people were killed on Saturday": Saturday is the event\'s day', () => {
    const t = 'Police said gunmen killed two people in Kendari on Saturday.';
    const r = reading(t, en, { dates: [['Saturday', '2024-03-23']], attributions: [['Police', 'police', 'said']] });
    expect(codeEvents(doc(t, 'en', '2024-03-24T12:00:00+07:00'), r, en).events[0]!.date).toBe('2024-03-23');
  });
  it('"gunmen killed two people on Saturday, police said on Sunday": Saturday', () => {
    const t = 'Gunmen killed two people in Kendari on Saturday, police said on Sunday.';
    const r = reading(t, en, { dates: [['Saturday', '2024-03-23'], ['Sunday', '2024-03-24']], attributions: [['police', 'police', 'said']] });
    expect(codeEvents(doc(t, 'en', '2024-03-24T12:00:00+07:00'), r, en).events[0]!.date).toBe('2024-03-23');
  });
});

describe('background history', () => {
  it('a past attack\'s toll is a tally, not the toll of today\'s attack', () => {
    const text = 'Gunmen opened fire at a party in Salvatierra late on Saturday, killing seven people. Last year, gunmen killed 12 people at a bar in Irapuato.';
    const r = reading(text, en, { dates: [['Saturday', '2024-04-06']], casualties: [['seven people', { count: 7 }], ['12 people', { count: 12 }]] });
    const { events, tallies } = codeEvents(doc(text, 'en', '2024-04-07T09:00:00-06:00'), r, en);
    expect(summary(events)).toEqual(['Attack@Salvatierra/reported']);
    expect(events[0]!.fatalities).toBe(7);
    expect(tallies.map((t) => t.count)).toEqual([12]);
  });
  it('a sentence dated over half a year back is history; two months back is not', () => {
    const text = 'The war began with the attack on Oct. 7, in which militants killed about 1,200 people in Jabaliya.';
    const r = (date: string) => reading(text, en, { dates: [['Oct. 7', date]] });
    expect(codeEvents(doc(text, 'en', '2024-08-11T14:00:00+03:00'), r('2023-10-07'), en).events).toEqual([]);
    const t2 = 'Militants killed about 1,200 people in Jabaliya on Oct. 7.';
    const r2 = reading(t2, en, { dates: [['Oct. 7', '2023-10-07']] });
    expect(codeEvents(doc(t2, 'en', '2023-12-11T14:00:00+03:00'), r2, en).events).toHaveLength(1);
  });
  it('"have fought for years" is no clash', () => {
    expect(codeSentence(enEvents, 'Two cartels have fought for years over the state.')).toBeNull();
    expect(codeSentence(enEvents, 'Two cartels fought in the state on Sunday.')?.sub).toBe('Armed clash');
  });
});

describe('modality', () => {
  it('a threat of violence is no planned event; an announced protest is', () => {
    expect(codeSentence(idEvents, 'Kapolda mengatakan pihaknya akan menindak tegas perusuh.')).toBeNull();
    expect(codeSentence(enEvents, 'The army will strike back against the rebels, a spokesman said.')).toBeNull();
    expect(codeSentence(idEvents, 'Aksi lanjutan rencananya akan digelar Jumat (23/8).')).toEqual({ sub: 'Peaceful protest', modality: 'planned' });
    expect(codeSentence(enEvents, 'Another protest will be held on Friday, organisers said.')).toEqual({ sub: 'Peaceful protest', modality: 'planned' });
    expect(codeSentence(idEvents, 'Aksi unjuk rasa digelar di depan gedung DPRD pada Kamis.')?.modality).toBe('reported');
  });
  it('mediators "trying to broker" a ceasefire is no agreement', () => {
    expect(codeSentence(enEvents, 'Egyptian and Qatari mediators are trying to broker a ceasefire agreement.')).toBeNull();
    expect(codeSentence(enEvents, 'The two sides signed a ceasefire agreement in Doha.')?.sub).toBe('Agreement');
  });
});

describe('what suspects are held for', () => {
  it('the arrest is the event, not the crime they are suspected of', () => {
    expect(codeSentence(msEvents, 'Polis menahan tiga suspek yang disyaki terlibat dalam penculikan nelayan di Bongao.')?.sub).toBe('Arrests');
    expect(codeSentence(idEvents, 'Polisi menangkap dua pria yang diduga terlibat penembakan warga di Kendari.')?.sub).toBe('Arrests');
    expect(codeSentence(enEvents, 'Police arrested two men in connection with the bombing of a bus station.')?.sub).toBe('Arrests');
    // (the crime told at length after the cue: its weapon words are the crime's too)
    expect(codeSentence(enEvents, 'Police detained three youths suspected of attacking a shopkeeper with a machete at a market.')?.sub).toBe('Arrests');
    expect(codeSentence(idEvents, 'Polisi menangkap dua pria yang diduga terlibat dalam aksi penganiayaan dengan senjata tajam terhadap seorang pedagang.')?.sub).toBe('Arrests');
  });
  it('without an arrest the words say what happened', () => {
    expect(codeSentence(idEvents, 'Militer kedua negara kembali terlibat dalam bentrokan baru di perbatasan.')?.sub).toBe('Armed clash');
    expect(codeSentence(enEvents, 'Three soldiers were involved in a gunfight with rebels.')?.sub).toBe('Armed clash');
  });
});

describe('separate incidents', () => {
  it('"Dalam kejadian berasingan, polis menahan…": an arrest of its own, not folded into the battle', () => {
    const text = 'Dua anggota tentera terbunuh dalam pertempuran dengan militan di Patikul pada Khamis. Dalam kejadian berasingan, polis menahan tiga suspek di Bongao.';
    const ev = codeEvents(doc(text, 'ms', '2024-03-15T20:00:00+08:00'), reading(text, ms), ms).events;
    expect(summary(ev)).toEqual(['Armed clash@Patikul/reported', 'Arrests@Bongao/reported']);
  });
  it('"Di Bandung, … juga menggelar aksi serupa": the first protest keeps its own place', () => {
    const text = [
      'Aksi unjuk rasa mahasiswa di depan Gedung DPR, Kamis (22/8/2024), berakhir ricuh.',
      'Polisi menembakkan gas air mata untuk membubarkan massa.',
      'Di Bandung, ribuan mahasiswa juga menggelar aksi serupa di depan Gedung DPRD.',
      'Aksi di Bandung berlangsung damai.',
    ].join(' ');
    const t = `Jakarta - ${text}`;
    const ev = codeEvents(doc(t, 'id', '2024-08-22T18:00:00+07:00'), reading(t, id, { dates: [['Kamis (22/8/2024)', '2024-08-22']] }), id).events;
    expect(summary(ev)).toEqual(['Peaceful protest@Bandung/reported', 'Protest with intervention@Jakarta/reported']);
    expect(ev.find((e) => e.location?.name === 'Bandung')!.evidence).toHaveLength(2);
  });
  it('"A strike on a house in Jabaliya killed six": another strike at a new place', () => {
    const text = 'Israeli airstrikes killed 20 people in Deir al-Balah on Sunday. A strike on a house in Jabaliya killed six members of one family.';
    const r = reading(text, en, { dates: [['Sunday', '2024-08-11']], casualties: [['20 people', { count: 20 }], ['six members', { count: 6 }]] });
    const ev = codeEvents(doc(text, 'en', '2024-08-11T14:00:00+03:00'), r, en).events;
    expect(summary(ev)).toEqual(['Air/drone strike@Deir al-Balah/reported', 'Air/drone strike@Jabaliya/reported']);
    expect(ev.map((e) => e.fatalities).sort()).toEqual([20, 6]);
  });
  it('a labour strike is no air strike', () => {
    const text = 'Israeli airstrikes killed 20 people in Deir al-Balah on Sunday. Workers in Jabaliya went on a general strike, and six were injured in the crush.';
    const r = reading(text, en, { dates: [['Sunday', '2024-08-11']], casualties: [['20 people', { count: 20 }], ['six were', { count: 6, outcome: 'injured' }]] });
    const ev = codeEvents(doc(text, 'en', '2024-08-11T14:00:00+03:00'), r, en).events;
    expect(ev.filter((e) => e.location?.name === 'Jabaliya' && e.sub_event_type === 'Air/drone strike')).toHaveLength(0);
  });
});

describe('places and actors of one event', () => {
  it('"The attack took place in the town of Salvatierra": the finer place said later', () => {
    const text = 'Gunmen opened fire at a party in Guanajuato state late on Saturday, killing seven people. The attack took place in the town of Salvatierra.';
    const ev = codeEvents(doc(text, 'en', '2024-04-07T09:00:00-06:00'), reading(text, en), en).events;
    expect(summary(ev)).toEqual(['Attack@Salvatierra/reported']);
    expect(ev[0]!.location!.precision).toBe(1);
  });
  it('"M23 rebels seized the town of Masisi … fighting with the army": the rebels are actor1', () => {
    const text = 'M23 rebels seized the town of Masisi on Saturday after two days of fighting with the Congolese army.';
    const r = reading(text, en, { actors: [['M23 rebels', { name: 'M23: March 23 Movement', type: 'rebel', kind: 'group', country: 'CD' }], ['Congolese army', { name: 'Military Forces of the Democratic Republic of Congo', country: 'CD' }]] });
    const ev = codeEvents(doc(text, 'en', '2024-10-12T18:00:00+01:00'), r, en).events;
    expect(ev[0]).toMatchObject({ sub_event_type: 'Non-state actor overtakes territory', actor1: { name: 'M23: March 23 Movement' } });
  });
  it('"shot and wounded" by militants is an attack', () => {
    expect(codeSentence(enEvents, 'Suspected militants shot and wounded a migrant worker in Pulwama on Friday evening.')?.sub).toBe('Attack');
  });
});

describe('"ricuh": a commotion is a riot only when the crowd\'s violence is told or nobody intervened', () => {
  it('in one sentence', () => {
    expect(codeSentence(idEvents, 'Demo mahasiswa di depan DPRD berakhir ricuh setelah polisi menembakkan gas air mata.')?.sub).toBe('Protest with intervention');
    expect(codeSentence(idEvents, 'Demo mahasiswa berakhir ricuh, massa melempari polisi dengan batu dan gas air mata ditembakkan.')?.sub).toBe('Violent demonstration');
    expect(codeSentence(idEvents, 'Unjuk rasa buruh di depan kantor bupati berakhir ricuh.')?.sub).toBe('Violent demonstration');
  });
  it('across sentences of one protest', () => {
    const text = 'Kericuhan juga terjadi di Kendari saat mahasiswa menggelar aksi, Senin (24/3/2025). Aparat menggunakan water cannon dan membubarkan paksa massa aksi.';
    const r = reading(text, id, { dates: [['Senin (24/3/2025)', '2025-03-24']] });
    expect(summary(codeEvents(doc(text, 'id', '2025-03-25T08:00:00+07:00'), r, id).events)).toEqual(['Protest with intervention@Kendari/reported']);
    const text2 = `${text} Massa kemudian membakar ban dan merusak pagar gedung DPRD.`;
    const r2 = reading(text2, id, { dates: [['Senin (24/3/2025)', '2025-03-24']] });
    expect(summary(codeEvents(doc(text2, 'id', '2025-03-25T08:00:00+07:00'), r2, id).events)).toEqual(['Violent demonstration@Kendari/reported']);
  });
});

describe('plans of the past, cancelled plans', () => {
  it('"Pekan lalu, kedua pihak dijadwalkan bertemu": no planned meeting', () => {
    const text = 'Pekan lalu, kedua pihak dijadwalkan bertemu di Kendari.';
    const r = reading(text, id, { dates: [['Pekan lalu', '2025-02-24', { precision: 2 }]] });
    expect(codeEvents(doc(text, 'id', '2025-03-03T10:00:00+07:00'), r, id).events).toEqual([]);
    const t2 = 'Kedua pihak dijadwalkan bertemu di Kendari pekan depan.';
    const r2 = reading(t2, id, { dates: [['pekan depan', '2025-03-10', { precision: 2, future: true }]] });
    expect(summary(codeEvents(doc(t2, 'id', '2025-03-03T10:00:00+07:00'), r2, id).events)).toEqual(['Other@Kendari/planned']);
  });
  it('called-off talks are no planned event', () => {
    expect(codeSentence(enEvents, 'Talks due to be held next week were called off, officials said.')).toBeNull();
    expect(codeSentence(idEvents, 'Pertemuan yang dijadwalkan pekan depan dibatalkan.')).toBeNull();
    expect(codeSentence(enEvents, 'Talks are due to be held next week, officials said.')?.modality).toBe('planned');
  });
});

describe('a perpetrator named after the event', () => {
  const actors: [string, Partial<ActorMention>][] = [['TNI', { name: 'Military Forces of Indonesia', country: 'ID' }], ['KKB', { name: 'TPNPB: West Papua National Liberation Army', type: 'rebel', kind: 'group', country: 'ID' }]];
  it('"Pelaku diduga kelompok KKB": the battle\'s other side', () => {
    const text = 'Dua prajurit TNI gugur dalam kontak tembak di Ilaga, Rabu dini hari. "Pelaku diduga kelompok KKB," kata Kapendam.';
    const ev = codeEvents(doc(text, 'id', '2024-07-04T15:00:00+09:00'), reading(text, id, { actors }), id).events;
    expect(ev[0]).toMatchObject({ sub_event_type: 'Armed clash', actor1: { name: 'Military Forces of Indonesia' }, actor2: { name: 'TPNPB: West Papua National Liberation Army' } });
  });
  it('"blamed the army, which … against the paramilitary RSF": the side named after the cue, the state included', () => {
    const sd: [string, Partial<ActorMention>][] = [['army', { name: 'Military Forces of Sudan', type: 'state', kind: 'force', country: 'SD' }], ['Rapid Support Forces', { name: 'RSF: Rapid Support Forces', type: 'political_militia', kind: 'group', country: 'SD' }]];
    const text = 'An air strike hit a crowded market in Kendari on Saturday, killing 12 civilians, medics said. Medics blamed the army, which has used drones against the paramilitary Rapid Support Forces.';
    const ev = codeEvents(doc(text, 'en', '2024-02-10T18:00:00+02:00'), reading(text, en, { actors: sd }), en).events;
    expect(ev[0]).toMatchObject({ sub_event_type: 'Air/drone strike', actor1: { name: 'Military Forces of Sudan' } });
    // the cue's object is who is blamed; a group before the cue is not ("The RSF blamed the army")
    const t2 = 'An air strike hit a crowded market in Kendari on Saturday, killing 12 civilians, medics said. The Rapid Support Forces blamed the army.';
    const ev2 = codeEvents(doc(t2, 'en', '2024-02-10T18:00:00+02:00'), reading(t2, en, { actors: sd }), en).events;
    expect(ev2[0]!.actor1?.name).toBe('Military Forces of Sudan');
  });
  it('a group named in passing, without a perpetrator cue, is not the perpetrator', () => {
    const text = 'Dua prajurit TNI gugur dalam kontak tembak di Ilaga, Rabu dini hari. Wilayah itu dikenal sebagai basis KKB.';
    const ev = codeEvents(doc(text, 'id', '2024-07-04T15:00:00+09:00'), reading(text, id, { actors }), id).events;
    expect(ev[0]!.actor2).toBeNull();
  });
});

describe('agreements, missiles, Malay "apabila"', () => {
  it('a ceasefire named without being made joins the agreement told; made ones code', () => {
    expect(codeSentence(enEvents, 'The government and the rebels agreed on Friday to extend the ceasefire by six months.')?.sub).toBe('Agreement');
    expect(codeSentence(idEvents, 'Kedua pihak menyepakati gencatan senjata yang mulai berlaku Senin.')?.sub).toBe('Agreement');
    const text = 'The government and the rebels agreed on Friday to extend a ceasefire in Kendari. The ceasefire has largely held in Jolo.';
    const ev = codeEvents(doc(text, 'en', '2024-02-09T20:00:00-05:00'), reading(text, en), en).events;
    expect(ev.map((e) => e.sub_event_type)).toEqual(['Agreement']);
  });
  it('"A Russian missile struck a residential building"', () => {
    expect(codeSentence(enEvents, 'A Russian missile struck a residential building in the city on Thursday.')?.sub).toBe('Shelling/artillery/missile attack');
  });
  it('Malay "apabila" is "when": "cedera apabila sebutir bom meletup"', () => {
    expect(codeSentence(msEvents, 'Dua anggota renjer maut manakala lima lagi cedera apabila sebutir bom meletup ketika rondaan mereka.')?.sub).toBe('Remote explosive/landmine/IED');
    expect(codeSentence(idEvents, 'Warga khawatir akan terjadi bentrokan apabila aparat tidak bertindak.')).toBeNull();
  });
  it('a separate incident in another province is not placed in the town told before', () => {
    const text = 'Sebutir bom meletup di Patikul pagi tadi. Dalam kejadian berasingan di Sulu, seorang penduduk cedera ditembak.';
    const gazText = text;
    const r = reading(gazText, ms);
    r.places.push({ ...city('Sulu', 'PH', 6.0, 121.0, 'admin1', 'Sulu'), start: text.indexOf('Sulu'), end: text.indexOf('Sulu') + 4, text: 'Sulu', rule: 'test' });
    for (const p of r.places) if (p.name === 'Patikul') p.admin1 = 'Basilan';
    r.places.sort((a, b) => a.start - b.start);
    const ev = codeEvents(doc(text, 'ms', '2024-09-12T14:00:00+08:00'), r, ms).events;
    expect(summary(ev)).toEqual(['Attack@Sulu/reported', 'Remote explosive/landmine/IED@Patikul/reported']);
  });
});

describe('strikes across an area and the worst of them', () => {
  it('"Serangan paling teruk menimpa sebuah sekolah di Khan Younis, mengorbankan 12": an event of its own', () => {
    const text = 'Sekurang-kurangnya 30 orang terbunuh dalam serangan udara Israel di Gaza Strip sejak subuh tadi. Serangan paling teruk menimpa sebuah sekolah di Khan Younis, mengorbankan 12 orang. Rundingan di Kaherah dijangka disambung semula minggu depan.';
    const r = reading(text, ms, { casualties: [['30 orang', { count: 30, tally: true }], ['12 orang', { count: 12 }]], dates: [['minggu depan', '2024-07-15', { future: true, precision: 2 }]] });
    const ev = codeEvents(doc(text, 'ms', '2024-07-10T18:00:00+08:00'), r, ms).events;
    expect(summary(ev)).toEqual(['Air/drone strike@Gaza Strip/reported', 'Air/drone strike@Khan Younis/reported', 'Other@Cairo/planned']);
    expect(ev.find((e) => e.location?.name === 'Khan Younis')!.fatalities).toBe(12);
  });
  it('without its own toll, a later generic mention only places the event more finely', () => {
    const text = 'Israeli airstrikes hit the Gaza Strip overnight. The attack took place in Khan Younis.';
    const ev = codeEvents(doc(text, 'en', '2024-07-10T18:00:00+03:00'), reading(text, en), en).events;
    expect(summary(ev)).toEqual(['Air/drone strike@Khan Younis/reported']);
  });
  it('weapons recovered after a firefight are no territory regained', () => {
    expect(codeSentence(enEvents, 'Troops recovered four rifles and a grenade launcher from the scene.')?.sub).toBe('Disrupted weapons use');
    expect(codeSentence(enEvents, 'Government forces recaptured the town from the rebels on Friday.')?.sub).toBe('Government regains territory');
  });
});

describe('"the incident": a telling of the event, never an event', () => {
  it('"The incident took place on Saturday in Maiwand district": the event\'s day and place', () => {
    const text = 'A Taliban vehicle struck a roadside bomb in Kandahar province, the ministry said. The incident took place on Saturday in Maiwand district.';
    const r = reading(text, en, { dates: [['Saturday', '2017-05-13']] });
    const ev = codeEvents(doc(text, 'en', '2017-05-14T12:00:00+04:30'), r, en).events;
    expect(summary(ev)).toEqual(['Remote explosive/landmine/IED@Maiwand/reported']);
    expect(ev[0]!.date).toBe('2017-05-13');
  });
  it('alone it codes nothing', () => {
    const text = 'The incident happened in Kendari on Monday, police said.';
    expect(codeEvents(doc(text, 'en', '2024-01-02T12:00:00+07:00'), reading(text, en), en).events).toEqual([]);
    const t2 = 'Kejadian itu terjadi di Kendari pada Senin malam.';
    expect(codeEvents(doc(t2, 'id', '2024-01-02T12:00:00+07:00'), reading(t2, id), id).events).toEqual([]);
  });
});

describe('plans said as "would", conditions', () => {
  it('"Organisers said they would hold another protest on Thursday": planned', () => {
    expect(codeSentence(enEvents, 'Organisers said they would hold another protest on Thursday.')).toEqual({ sub: 'Peaceful protest', modality: 'planned' });
    expect(codeSentence(enEvents, 'The two foreign ministers would meet in Geneva next week, diplomats said.')).toEqual({ sub: 'Other', modality: 'planned' });
  });
  it('a condition governs its clause: "If talks fail, the rebels would hold a protest"', () => {
    expect(codeSentence(enEvents, 'If talks fail, the rebels would hold a protest.')).toBeNull();
    expect(codeSentence(idEvents, 'Jika tuntutan tidak dipenuhi, mahasiswa akan kembali menggelar aksi unjuk rasa.')).toBeNull();
    expect(codeSentence(enEvents, 'Protesters marched through the capital on Sunday.')?.sub).toBe('Peaceful protest');
  });
});

describe('the day of a plan', () => {
  it('"would hold another protest on Thursday", said on a Tuesday: the coming Thursday', () => {
    const text = 'Organisers in Kendari said they would hold another protest on Thursday.';
    const r = reading(text, en, { dates: [['Thursday', '2024-06-13', { relative: true }]] });
    const ev = codeEvents(doc(text, 'en', '2024-06-18T20:00:00+03:00'), r, en).events;
    expect(ev[0]).toMatchObject({ sub_event_type: 'Peaceful protest', modality: 'planned', date: '2024-06-20' });
    const t2 = 'Protesters marched in Kendari on Thursday.';
    const r2 = reading(t2, en, { dates: [['Thursday', '2024-06-13', { relative: true }]] });
    expect(codeEvents(doc(t2, 'en', '2024-06-18T20:00:00+03:00'), r2, en).events[0]!.date).toBe('2024-06-13');
  });
});

describe('false reports, a toll told before the event, another kind told separately', () => {
  it('"kabar penembakan … adalah hoaks": no shooting; the arrest of who spread it stays', () => {
    expect(codeSentence(idEvents, 'Polisi memastikan kabar penembakan di pasar yang beredar di media sosial adalah hoaks.')).toBeNull();
    expect(codeSentence(enEvents, 'Police said reports of a shooting at the market were a hoax.')).toBeNull();
    expect(codeSentence(idEvents, 'Polisi menangkap penyebar hoaks penembakan di pasar.')?.sub).toBe('Arrests');
  });
  it('"… after officials said an explosion at the hospital killed 15", then "Separately, tanks shelled …": two events', () => {
    const text = 'The military denied on Tuesday that it had struck the al-Ahli hospital in the north of the city, after Palestinian officials said an explosion at the hospital in Gaza City killed at least 15 people overnight. Separately, tanks shelled a neighbourhood of Gaza City on Tuesday morning, wounding six people.';
    const r = reading(text, en, { casualties: [['at least 15 people', { count: 15 }], ['six people', { count: 6, outcome: 'injured' }]] });
    const ev = codeEvents(doc(text, 'en', '2024-10-22T16:00:00+03:00'), r, en).events;
    expect(ev.map((e) => `${e.sub_event_type}:${e.fatalities}`).sort()).toEqual(['Remote explosive/landmine/IED:15', 'Shelling/artillery/missile attack:null']);
  });
});

describe('the scope of a denial', () => {
  it('ends at a new clause: "denied … struck the hospital, after officials said an explosion killed 15"', () => {
    expect(codeSentence(enEvents, 'The military denied on Tuesday that it had struck a hospital, after officials said an explosion at the hospital killed 15 people.')?.modality).toBe('reported');
    const t = 'Militer membantah menyerang rumah sakit, namun pejabat setempat mengatakan ledakan di rumah sakit itu menewaskan 15 orang.';
    const hits = sentenceHits(t, 0, idEvents).hits;
    expect(hits.find((h) => t.slice(h.start, h.end) === 'ledakan')?.modality).toBe('reported');
    expect(hits.find((h) => t.slice(h.start, h.end).startsWith('menyerang'))?.modality).toBe('denied');
  });
  it('covers what it says: "The army denied that its troops had shot protesters"', () => {
    expect(codeSentence(enEvents, 'The army denied that its troops had shot protesters.')?.modality).toBe('denied');
    expect(codeSentence(enEvents, 'The army denied shelling the village.')?.modality).toBe('denied');
  });
});
