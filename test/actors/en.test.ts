import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en/index.js';
import { fillCountry, nameAt } from '../../src/core/actors/index.js';
import { actors, find } from './helpers.js';

describe('en actors: forces by demonym and possessive', () => {
  it.each([
    ['Israeli troops raided the Jenin refugee camp on Tuesday.', 'Israeli troops', 'Military Forces of Israel', 'IL'],
    ['Russian forces shelled Kherson overnight.', 'Russian forces', 'Military Forces of Russia', 'RU'],
    ['Ukrainian air defences shot down 14 drones.', 'Ukrainian air defences', 'Military Forces of Ukraine', 'UA'],
    ["Nigeria's army said it killed 20 insurgents.", "Nigeria's army", 'Military Forces of Nigeria', 'NG'],
    ['Somali soldiers retook the town after heavy fighting.', 'Somali soldiers', 'Military Forces of Somalia', 'SO'],
    ['Azeri forces advanced along the southern front.', 'Azeri forces', 'Military Forces of Azerbaijan', 'AZ'],
    ['U.S. forces carried out an airstrike near Jilib.', 'U.S. forces', 'Military Forces of the United States', 'US'],
    ['Malaysian police arrested five suspects in Sabah.', 'Malaysian police', 'Police Forces of Malaysia', 'MY'],
  ])('%s', (text, span, name, country) => {
    const a = find(en, text, span);
    expect(a, JSON.stringify(actors(en, text))).toBeDefined();
    expect(a!.name).toBe(name);
    expect(a!.country).toBe(country);
    expect(a!.type).toBe('state');
  });
  it('the army without a country keeps a template that a later stage fills', () => {
    const a = find(en, 'The army said the town was back under control.', 'army');
    expect(a?.name).toBe('Military Forces');
    expect(a?.country).toBeNull();
    const filled = fillCountry(a!, 'SO');
    expect(filled.name).toBe('Military Forces of Somalia');
    expect(filled.country).toBe('SO');
  });
  it('regime years come from the date', () => {
    expect(nameAt('Military Forces of Armenia', 'AM', '2020-10-08')).toBe('Military Forces of Armenia (2018-)');
    expect(nameAt('Police Forces of Indonesia', 'ID', '2021-04-08')).toBe('Police Forces of Indonesia (2014-2024)');
    expect(nameAt('Hamas Movement', 'PS', '2024-06-21')).toBe('Hamas Movement');
  });
});

describe('en actors: governments, officials, claimants', () => {
  it('the health ministry', () => {
    const a = find(en, 'The health ministry in Gaza said 25 people were killed.', 'health ministry');
    expect(a?.kind).toBe('government');
  });
  it("a country's emergency services", () => {
    const a = find(en, "Ukraine's state emergency services said nine people were hurt.", "Ukraine's state emergency services");
    expect(a?.name).toBe('Government of Ukraine');
    expect(a?.country).toBe('UA');
  });
  it('a school or a local government area named with "Government" is no government', () => {
    const got = actors(en, 'Gunmen stormed the Government Girls Secondary School in Kebbi State and abducted 40 pupils.');
    expect(got.map((a) => a.kind)).not.toContain('government');
    expect(actors(en, 'Troops killed six bandits in Maru Local Government Area on Friday.').map((a) => a.kind)).not.toContain('government');
    // (the government itself still is)
    expect(find(en, 'The government said 40 pupils were missing.', 'government')?.kind).toBe('government');
  });
  it('local officials and the governor are officials', () => {
    const got = actors(en, 'Local officials and the governor confirmed the toll.');
    expect(got.map((a) => a.kind)).toEqual(['official', 'official']);
  });
  it('an army spokesman is an official of the army', () => {
    const a = actors(en, 'A spokesman for the army denied the report.')[0];
    expect(a?.kind).toBe('official');
    expect(a?.name).toBe('Military Forces');
  });
  it('a bare country before a speech verb', () => {
    const a = find(en, 'Ukraine said it had shot down most of the drones.', 'Ukraine');
    expect(a?.kind).toBe('country');
    expect(a?.name).toBe('Government of Ukraine');
  });
  it('a bare country before an attack verb is its forces', () => {
    expect(find(en, 'Russia fired 40 missiles at the capital.', 'Russia')?.name).toBe('Military Forces of Russia');
  });
  it('Azerbaijani authorities', () => {
    const a = find(en, 'Azerbaijani authorities reported 30 civilians killed.', 'Azerbaijani authorities');
    expect(a?.label).toBe('Azerbaijani authorities');
    expect(a?.country).toBe('AZ');
  });
});

describe('en actors: armed groups', () => {
  it.each([
    ['Al-Shabaab militants stormed the base at dawn.', 'Al-Shabaab militants', 'Al Shabaab'],
    ['The Taliban claimed responsibility for the attack.', 'Taliban', 'Taliban'],
    ['Boko Haram fighters abducted 30 girls.', 'Boko Haram fighters', 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad'],
    ['Houthi rebels launched a drone at a tanker.', 'Houthi rebels', 'Houthi Movement (Ansar Allah)'],
    ['The 400 Mawozo gang kidnapped 17 missionaries.', '400 Mawozo gang', '400 Mawozo Gang'],
    ['Fighters of the M23 took control of Rubaya.', 'M23', 'M23: March 23 Movement'],
    ['Lashkar-e-Taiba was blamed for the ambush.', 'Lashkar-e-Taiba', 'LeT: Lashkar-e-Taiba'],
    ['The RSF shelled El Fasher again.', 'RSF', 'RSF: Rapid Support Forces'],
    ['Wagner mercenaries were seen near Moura.', 'Wagner mercenaries', 'Wagner Group'],
  ])('%s', (text, span, name) => {
    const a = find(en, text, span);
    expect(a, JSON.stringify(actors(en, text))).toBeDefined();
    expect(a!.name).toBe(name);
  });
  it('suspected bandits are an unidentified armed group', () => {
    const a = find(en, 'Suspected bandits attacked the market on Saturday.', 'Suspected bandits');
    expect(a?.name).toBe('Unidentified Armed Group');
    expect(a?.type).toBe('political_militia');
  });
  it('IS only in capitals', () => {
    expect(find(en, 'IS fighters seized the village.', 'IS fighters')?.name).toBe('Islamic State');
    expect(actors(en, 'The situation is calm.')).toEqual([]);
  });
  it('PDF in capitals is the resistance force, not a file', () => {
    expect(find(en, 'PDF fighters ambushed a junta convoy.', 'PDF fighters')?.country).toBe('MM');
    expect(actors(en, 'Download the report as a pdf file.')).toEqual([]);
  });
});

describe('en actors: civilians, protesters, rioters', () => {
  it('Palestinian civilians', () => {
    const a = find(en, 'Five Palestinian civilians were killed.', 'Palestinian civilians');
    expect(a?.name).toBe('Civilians (Palestine)');
    expect(a?.type).toBe('civilians');
  });
  it('villagers and children', () => {
    expect(actors(en, 'Villagers said children were among the dead.').map((a) => a.kind)).toEqual(['civilians', 'civilians']);
  });
  it('protesters', () => {
    expect(find(en, 'Police fired tear gas at protesters in Nairobi.', 'protesters')?.type).toBe('protesters');
  });
  it('a dateline in March is no protest march: farmers killed there are civilians', () => {
    const text = 'ABUJA, March 8, 2024 (AFP) - Gunmen killed 12 farmers in Katsina state on Wednesday, police said.';
    expect(find(en, text, 'farmers')?.type).toBe('civilians');
    expect(find(en, 'Thousands of farmers marched on the capital on Monday.', 'farmers')?.type).toBe('protesters');
  });
  it('students at a rally are protesters', () => {
    expect(find(en, 'Thousands of students joined the protest against the law.', 'students')?.type).toBe('protesters');
  });
  it('a mob is rioters', () => {
    expect(find(en, 'An angry mob set fire to the police station.', 'An angry mob')?.type).toBe('rioters');
  });
});

describe('en actors: units, ranks, Kashmir', () => {
  it('a state police command spokesperson is a police official', () => {
    const a = actors(en, 'The spokesperson of the Kano State Police Command confirmed the attack.');
    expect(a[0]?.name).toBe('Police Forces');
    expect(a[0]?.kind).toBe('official');
  });
  it('a military rank before a name', () => {
    const a = find(en, 'Major Ali Hassan told reporters the base was retaken.', 'Major Ali Hassan');
    expect(a?.kind).toBe('official');
    expect(a?.type).toBe('state');
  });
  it('a major attack is no officer', () => {
    expect(actors(en, 'It was a major attack on the town.').some((a) => a.rule === 'en/actor/rank')).toBe(false);
  });
  it('Kashmir police are Indian police', () => {
    expect(find(en, 'Kashmir police said two militants were killed.', 'Kashmir police')?.country).toBe('IN');
  });
  it('a ministry spokesperson with his rank is one official', () => {
    const a = actors(en, 'Defence Ministry spokesperson Colonel Rajesh Kalia said three militants were killed.')[0];
    expect(a?.text).toBe('Defence Ministry spokesperson Colonel Rajesh Kalia');
    expect(a?.kind).toBe('official');
  });
});

describe('en actors: attacks by a country', () => {
  it('Israeli strikes: the adjective is the actor, the strikes the event', () => {
    const a = actors(en, 'Israeli strikes killed 12 people in Rafah.');
    expect(a.map((m) => m.text)).toEqual(['Israeli']);
    expect(a[0]?.country).toBe('IL');
  });
  it("Russia's invasion", () => {
    expect(find(en, "Russia's invasion began in 2022.", 'Russia')?.name).toBe('Military Forces of Russia');
  });
});

describe('en actors: militias', () => {
  it('Israeli settlers', () => {
    const a = find(en, 'Israeli settlers torched homes near Ramallah.', 'Israeli settlers');
    expect(a?.name).toBe('Settlers (Israel)');
    expect(a?.type).toBe('identity_militia');
  });
  it('clan militias are communal militias', () => {
    expect(find(en, 'Clan militias clashed near the river.', 'Clan militias')?.name).toBe('Unidentified Communal Militia');
  });
  it('Fulani herdsmen', () => {
    expect(find(en, 'Suspected Fulani herdsmen attacked the village.', 'Fulani herdsmen')?.country).toBe('NG');
  });
});

describe('en actors: hyphenated relations', () => {
  it('a Saudi-led coalition is Saudi forces', () => {
    const a = find(en, 'Saudi-led coalition jets struck the port.', 'Saudi-led coalition');
    expect(a?.country).toBe('SA');
    expect(a?.start).toBe(0);
  });
  it('a Hamas-run ministry is the Gaza government', () => {
    expect(find(en, 'The Hamas-run health ministry said 40 were killed.', 'The Hamas-run health ministry')?.country).toBe('PS');
  });
  it('Russian-backed separatists are not Russian forces', () => {
    const got = actors(en, 'Russian-backed separatists shelled the village.');
    expect(got.map((a) => a.country)).not.toContain('RU');
  });
  it('displaced Palestinians are civilians of Palestine', () => {
    expect(find(en, 'Tents of displaced Palestinians were hit.', 'displaced Palestinians')?.name).toBe('Civilians (Palestine)');
  });
});

describe('en actors: negatives', () => {
  it.each([
    'Jordan said he would return next season.',
    'She studied at Georgia Tech before joining the firm.',
    'The Salvation Army opened a shelter downtown.',
    'The central bank governor kept interest rates unchanged.',
    'Turkey prices rose ahead of Thanksgiving.',
    'Michael Jordan announced a new brand.',
    'The two companies joined forces to cut costs.',
    'Market forces pushed prices higher.',
    'The flood forces residents to leave their homes.',
    'Western sanctions regime tightened again.',
    'The UN General Assembly voted on Friday.',
    'Attorney General Merrick Garland spoke to reporters.',
    'General Motors recalled 20,000 cars.',
  ])('%s', (text) => {
    expect(actors(en, text)).toEqual([]);
  });
});

describe('en actors: the second-word sieve of a word that may begin a country', () => {
  // "the" begins country names ("the Gambia") and phrases of words ("the army"); a phrase opening
  // with a country slot is walked from "the" only when a word of a "the …" country follows.
  it('reads a country that begins with "the" before a slot phrase', () => {
    expect(find(en, 'The Gambia police arrested two men on Monday.', 'The Gambia police')?.name).toBe('Police Forces of the Gambia');
  });
  it('reads a phrase of words after "the" and leaves other "the" alone', () => {
    expect(actors(en, 'The men said the police came after the army left.').map((a) => a.text)).toEqual(['police', 'army']);
  });
});
