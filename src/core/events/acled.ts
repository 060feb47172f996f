import type { SubEventType } from './types.js';

/** The ACLED event type of each sub-event type (CONTRACT.md). */
export const EVENT_TYPE: Record<SubEventType, string> = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Non-state actor overtakes territory': 'Battles',
  'Chemical weapon': 'Explosions/Remote violence',
  'Air/drone strike': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  Grenade: 'Explosions/Remote violence',
  'Sexual violence': 'Violence against civilians',
  Attack: 'Violence against civilians',
  'Abduction/forced disappearance': 'Violence against civilians',
  'Peaceful protest': 'Protests',
  'Protest with intervention': 'Protests',
  'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots',
  'Mob violence': 'Riots',
  Agreement: 'Strategic developments',
  Arrests: 'Strategic developments',
  'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments',
  'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  Other: 'Strategic developments',
};

/**
 * Default strength of a trigger of each sub-event type: ACLED's hierarchy when tactics co-occur
 * in one sentence (a suicide bomb is not also an IED; shelling that kills stays shelling; a
 * territory change absorbs the fighting that led to it).
 */
export const RANK: Record<SubEventType, number> = {
  'Suicide bomb': 9,
  'Chemical weapon': 9,
  'Non-violent transfer of territory': 8.5,
  'Air/drone strike': 8,
  'Government regains territory': 8,
  'Non-state actor overtakes territory': 8,
  'Headquarters or base established': 8,
  'Sexual violence': 8,
  'Remote explosive/landmine/IED': 7,
  Grenade: 7,
  'Excessive force against protesters': 7,
  'Shelling/artillery/missile attack': 6.5,
  'Abduction/forced disappearance': 6,
  'Protest with intervention': 6,
  'Violent demonstration': 6,
  'Mob violence': 6,
  Agreement: 6,
  'Disrupted weapons use': 5.5,
  'Armed clash': 5,
  Attack: 5,
  'Peaceful protest': 5,
  Arrests: 4.5,
  'Looting/property destruction': 3.5,
  'Change to group/activity': 3,
  Other: 2,
};

export const PROTEST_FAMILY = new Set<SubEventType>([
  'Peaceful protest',
  'Protest with intervention',
  'Excessive force against protesters',
  'Violent demonstration',
]);

export const TERRITORY = new Set<SubEventType>([
  'Government regains territory',
  'Non-state actor overtakes territory',
  'Non-violent transfer of territory',
]);
