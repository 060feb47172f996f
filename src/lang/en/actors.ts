import type { ActorPack, ActorRule } from '../../core/actors/types.js';
import { MIL, POL, GOV, OFF, SIDE, CIV, PRO, RIO, UAG, GANG } from '../shared/actor-specs.js';
import { COUNTRY_ADJECTIVES } from '../../core/actors/data/adjectives.js';
import { COUNTRY_NAMES_BY_LANGUAGE } from '../shared/country-names.js';
import { ACTOR_ENTITIES } from '../shared/entities.js';
import { groupRules } from '../shared/armed-groups.js';

/*
 * English actor tables. Patterns: `a|b` alternatives, `_` joins words of one alternative,
 * `{C}` a country or territory (name or adjective: "Israeli", "Ukraine"), `{N}` by name only
 * ("Russia's army"), `?` optional. First rule wins among phrases of the same length.
 */


/** Nouns for armed forces after a country or adjective: "Israeli troops", "Ukrainian air defences". */
export const FORCE_NOUNS =
  'forces|troops|army|military|soldiers|armed_forces|security_forces|military_forces|defence_forces|defense_forces|navy|air_force|air_forces|' +
  'air_defence|air_defences|air_defense|air_defenses|air_defence_forces|air_defense_forces|artillery|warplanes|war_planes|jets|fighter_jets|military_jets|' +
  'drones|drone|missiles|missile|gunboats|warships|tanks|border_guards|border_guard|paratroopers|marines|special_forces|' +
  'ground_troops|ground_forces|' +
  'national_guard|national_army|ground_forces|land_forces|commandos|servicemen|service_members|military_personnel|security_personnel|militaries|junta|military_junta|regime_forces|government_forces|government_troops';
/** Attacks by a country: the country is the actor, the noun the event ("Israeli strikes", "Russia's invasion"). */
export const ATTACK_NOUNS =
  'attack|attacks|bombardment|bombardments|offensive|offensives|ground_offensive|ground_offensives|invasion|raid|raids|assault|drone_attack|drone_attacks|' +
  'missile_attack|missile_attacks|missile_strike|missile_strikes|drone_strike|drone_strikes|air_raid|air_raids|air_strike|air_strikes|airstrike|airstrikes|strike|strikes|shelling|shellfire|fire|gunfire|bombing|bombings|incursion|incursions';
export const POLICE_NOUNS = 'police|police_force|police_forces|policemen|police_officers|riot_police|national_police|federal_police|police_service|gendarmes|gendarmerie|counterterrorism_police|anti-terror_police';
export const GOVERNMENT_NOUNS =
  'government|authorities|administration|ministry|defence_ministry|defense_ministry|foreign_ministry|health_ministry|interior_ministry|information_ministry|' +
  'presidency|regime|leadership|state_emergency_service|state_emergency_services|emergency_service|emergency_services|emergency_ministry|civil_defence|civil_defense|' +
  'embassy|parliament|cabinet|state_media|state_news_agency|military_command|general_staff|army_command|ministry_of_defence|ministry_of_defense';
export const OFFICIAL_NOUNS =
  'officials|official|president|prime_minister|defence_minister|defense_minister|foreign_minister|interior_minister|health_minister|ambassador|envoy|diplomats|diplomat|leader|leaders|spokesman|spokesperson|spokeswoman|military_officials|security_officials|army_officials|police_officials|governor';

export const EN_RULES: readonly ActorRule[] = [
  // Not actors: names that contain an actor noun.
  { id: 'en/actor/not', patterns: ['Salvation Army', 'Army Corps of Engineers', 'Army of God', 'Dad\'s Army', 'Army Navy', 'Police Academy', 'police station', 'police stations', 'police headquarters',
    'army base', 'army barracks', 'military base', 'military bases', 'military camp', 'military hospital', 'army hospital', 'police custody', 'military academy', 'military court', 'military tribunal',
    'Government House', 'government building', 'government buildings', 'government offices', 'civilian areas', 'civilian infrastructure', 'civilian casualties', 'civilian deaths', 'residential buildings',
    'former soldiers', 'former soldier', 'ex-soldiers', 'veterans', 'central bank governor', 'bank governor', 'governor of the central bank', 'Governor of the National Bank', 'Bank Governor',
    'market forces', 'join forces', 'joined forces', 'joining forces', 'joins forces', 'driving force', 'driving forces', 'labour force', 'labor force', 'work force', 'forces of nature',
    'military-grade', 'military age', 'military-style', 'army green', 'police tape', 'police car', 'police cars', 'police report', 'police reports', 'police records',
    'forces the|a|an|them|him|her|us|people|residents|civilians|thousands|hundreds|families|many|its|their|his|women|children|everyone|some|those|out|up|back|down',
    'police the|their|its|our', 'police_tape|police_car|police_van|police_vehicle|police_vehicles|police_dog|police_dogs|police_academy|police_record',
    'sanctions regime', 'visa regime', 'tax regime', 'trade regime', 'food and drug administration', 'drug administration', 'administration building', 'student union', 'student loan', 'student loans', 'student visa', 'student visas',
    'General Assembly|Motors|Electric|Dynamics|Mills|Hospital|Election|Elections|Strike|Secretary|Conference|Manager|Counsel|Court|Data|Directorate|Administration|Services|Staff',
    'Major League|Leagues|Road|Street|Crimes|Cities|Events', 'Lieutenant Governor', 'Captain America|Marvel', 'Sergeant Pepper', 'the Colonel',
    // (Nigerian and South Asian school and college names: "Government Girls Secondary School, Kaura Namoda")
    'Government Girls|Boys|Secondary|College|Science|Technical|Day|Comprehensive|High|Primary|Model|Junior|Senior|Unity|Teaching|Degree|Polytechnic|Arts|Pilot|Vocational|Islamiyya',
    'Local Government Area|Areas|Council|Councils|Secretariat|Headquarters',
    'Government Accountability Office', 'government bonds', 'government bond', 'government debt', 'government spending', 'government policy', 'government policies', 'government officials\' salaries'], actor: null },

  // Country-specific forces, police, governments, officials, civilians.
  { id: 'en/actor/force-country', patterns: [`{C} ${FORCE_NOUNS}`, `the? {N} 's ${FORCE_NOUNS}`, `the? armed_forces|army|military|forces|troops|navy|air_force of {N}`, `{C} pro-government|government|state forces|troops`], actor: MIL },
  { id: 'en/actor/attack-by-country', patterns: [`{C} ${ATTACK_NOUNS}`, `the? {N} 's ${ATTACK_NOUNS}`], actor: MIL, slotOnly: true },
  { id: 'en/actor/coalition-country', patterns: ['{C} - led coalition|forces|troops|military_coalition|offensive|operation|strikes|airstrikes'], actor: { ...MIL, label: '{adj}-led forces' } },
  { id: 'en/actor/police-country', patterns: [`{C} ${POLICE_NOUNS}`, `the? {N} 's ${POLICE_NOUNS}`, `the? {C} police_force|police_service|national_police`], actor: POL },
  { id: 'en/actor/government-country', patterns: [`{C} ${GOVERNMENT_NOUNS}`, `the? {N} 's ${GOVERNMENT_NOUNS}`, `the? {C} health|defence|defense|foreign|interior|emergency ministry`, `the? government|authorities|ministry_of_defence|ministry_of_defense|ministry_of_health|ministry_of_foreign_affairs|ministry_of_interior|presidency of {N}`], actor: GOV },
  { id: 'en/actor/official-country', patterns: [`{C} ${OFFICIAL_NOUNS}`, `the? {N} 's ${OFFICIAL_NOUNS}`, `officials|president|leader|spokesman|ambassador from|of {N}`], actor: OFF },
  { id: 'en/actor/gaza-ministry', patterns: ['the? Hamas-run|Hamas-controlled|Hamas-led|Hamas-administered Gaza? health_ministry|ministry_of_health|government|authorities|civil_defence|civil_defense|government_media_office|media_office'], actor: { name: 'Government of Palestine', type: 'state', kind: 'government', country: 'PS', label: 'Gaza health ministry' } },
  { id: 'en/actor/side-country', patterns: ['the? {C} side', 'the? {N} camp'], actor: SIDE },
  { id: 'en/actor/civilians-country', patterns: ['{C} civilians|villagers|residents|children|women|nationals|citizens|farmers|fishermen|pilgrims|refugees|worshippers|civilian|journalists|aid_workers|hostages|migrants|families|people', 'civilians|residents|people|villagers in|of {N}', 'displaced|unarmed|innocent|ordinary|civilian {C}'], actor: CIV },
  { id: 'en/actor/protesters-country', patterns: ['{C} protesters|protestors|demonstrators|marchers'], actor: PRO },
  { id: 'en/actor/armed-group-country', patterns: ['{C} militants|gunmen|rebels|insurgents|militias|militia|militiamen|jihadists|separatists|fighters|guerrillas|extremists|bandits|terrorists'], actor: UAG },
  { id: 'en/actor/gang-country', patterns: ['{C} gangs|gang|gang_members|gangsters'], actor: GANG },

  // Bare nouns: the country comes from context.
  { id: 'en/actor/force', patterns: ['army|military|troops|soldiers|forces|armed_forces|security_forces|security_force|government_forces|government_troops|pro-government_forces|state_forces|security_personnel|military_personnel|service_members|servicemen|navy|air_force|air_defence|air_defences|air_defense|air_defenses|air_defence_forces|air_defense_forces|junta|military_junta|regime_forces|paratroopers|commandos|special_forces|security_agencies|joint_forces|joint_task_force|warplanes|fighter_jets|gunships|helicopter_gunships|security_operatives|operatives'], actor: MIL, generic: true },
  { id: 'en/actor/police', patterns: ['police|policemen|policeman|policewoman|police_officers|police_officer|riot_police|police_force|police_forces|cops|gendarmes|gendarmerie|police_command|state_police_command|police_service|counterterrorism_police|anti-terror_police'], actor: POL, generic: true },
  { id: 'en/actor/government', patterns: ['government|authorities|local_authorities|state_authorities|regional_authorities|health_ministry|ministry_of_health|defence_ministry|defense_ministry|ministry_of_defence|ministry_of_defense|foreign_ministry|interior_ministry|emergency_ministry|state_emergency_service|state_emergency_services|emergency_services|emergency_service|civil_defence|civil_defense|civil_defence_agency|civil_defense_agency|presidency|military_administration|regional_administration|regional_military_administration|city_administration|city_military_administration|district_administration|local_government|state_government|district_administration|provincial_government'], actor: GOV, generic: true },
  { id: 'en/actor/force-official', patterns: ['military_officials|army_officials|military_official|army_official|military_sources|military_source|army_sources|army_source|military_spokesman|army_spokesman|military_spokesperson|army_spokesperson|defence_officials|defense_officials|defence_sources|defense_sources|security_sources|military_commander|army_commander|army_chief|military_chief'], actor: { ...MIL, kind: 'official', label: 'military officials' }, generic: true },
  { id: 'en/actor/police-official', patterns: ['police_officials|police_official|police_sources|police_source|police_spokesman|police_spokesperson|police_spokeswoman|police_chief|police_commissioner|police_commander|commissioner_of_police'], actor: { ...POL, kind: 'official', label: 'police officials' }, generic: true },
  { id: 'en/actor/police-unit', patterns: ['State Police Command|Headquarters', 'Police Command|Force|Service|Department|Division|Directorate', 'State Command', 'Police Public Relations Officer', 'PPRO'], actor: POL, cased: true },
  { id: 'en/actor/rank', patterns: ['Major|Maj|Colonel|Col|Lt-Col|Lieutenant-Colonel|Brigadier|Brig|Brigadier-General|Brig-Gen|Major-General|Maj-Gen|Lieutenant-General|Lt-Gen|General|Gen|Lieutenant|Lt|Captain|Capt|Sergeant|Sgt|Corporal|Cpl .?'], actor: { ...MIL, kind: 'official', label: 'military officer' }, cased: true, tail: true, tailRequired: true, generic: true },
  { id: 'en/actor/government-acronym', patterns: ['MoD|MOD|MoI|MoFA|MFA|MoH'], actor: GOV, cased: true },
  { id: 'en/actor/official', patterns: ['officials|local_officials|government_officials|security_officials|health_officials|official_sources|local_official|government_official|a_government_official|the_governor|governor|deputy_governor|district_governor|provincial_governor|regional_governor|mayor|district_chief|district_commissioner|council_chairman|local_government_chairman|lawmaker|minister|the_minister|president|prime_minister|spokesman|spokesperson|spokeswoman'], actor: OFF, generic: true },

  // Unidentified and generic armed groups.
  { id: 'en/actor/unidentified', patterns: ['gunmen|gunman|armed_men|armed_man|unidentified_gunmen|unknown_gunmen|masked_gunmen|bandits|suspected_bandits|armed_bandits|bandit|assailants|attackers|unknown_assailants|unidentified_assailants|armed_group|armed_groups|an_armed_group|armed_gang|armed_gangs|kidnappers|abductors|suicide_bomber|suicide_bombers|suicide_car_bomber|unidentified_armed_group|unknown_armed_group|armed_assailants|armed_attackers|herdsmen|terror_suspects|terror_suspect|terrorist_suspects|suspected_militants|suspected_terrorists|suspected_jihadists|suspected_insurgents'], actor: UAG },
  { id: 'en/actor/militants', patterns: ['militants|militant|insurgents|insurgent|jihadists|jihadist|terrorists|terrorist|extremists|rebels|rebel|rebel_fighters|fighters|guerrillas|guerrilla|militia|militias|militiamen|militia_members|separatists|separatist_fighters|islamists|islamist_militants|islamist_fighters|jihadi_fighters|enemy|enemy_forces|terrorist_group|terror_group|militant_group|rebel_group|insurgent_group|jihadist_group|militant_outfit|terror_outfit|terrorist_outfit|jihadist_outfit|insurgent_outfit|rebel_outfit|Takfiri_outfit|Takfiri_group|Takfiri_terrorists|Takfiri_militants|Takfiris'], actor: UAG, generic: true },
  { id: 'en/actor/fulani', patterns: ['Fulani herdsmen|militia|militias|militants|gunmen|herders|ethnic_militia', 'armed Fulani herdsmen|herders'], actor: { name: 'Fulani Ethnic Militia (Nigeria)', type: 'identity_militia', kind: 'group', country: 'NG', label: 'Fulani militia' } },
  { id: 'en/actor/communal', patterns: ['ethnic_militia|ethnic_militias|communal_militia|communal_militias|tribal_militia|tribal_militias|clan_militia|clan_militias|clan_fighters|tribal_fighters|ethnic_fighters|armed_herders|armed_youths|village_volunteers|village_volunteer|armed_village_volunteers|armed_volunteers'], actor: { name: 'Unidentified Communal Militia ({country})', type: 'identity_militia', kind: 'group', label: 'communal militia' } },
  { id: 'en/actor/vigilantes', patterns: ['vigilantes|vigilante_group|vigilante_groups|village_defence_guards|village_defense_guards|village_defence_committee|village_defense_committee|village_defence_group|village_defense_group|VDG|VDGs|vigilante_members|local_vigilantes|self-defence_group|self-defense_group|self-defence_militia|self-defense_militia|hunters_militia|Dozo_hunters|Dozos|Koglweogo|VDP|Volunteers_for_the_Defence_of_the_Homeland'], actor: { name: 'Vigilante Militia ({country})', type: 'political_militia', kind: 'group', label: 'vigilantes' } },
  { id: 'en/actor/settlers', patterns: ['{C} settlers', 'settlers', 'Jewish settlers', 'armed settlers'], actor: { name: 'Settlers ({country})', type: 'identity_militia', kind: 'group', label: '{adj} settlers' } },
  { id: 'en/actor/gang', patterns: ['gang|gangs|gang_members|gang_member|gangsters|armed_gang_members|street_gangs|criminal_gangs|criminal_gang|kidnapping_gang|kidnap_gang'], actor: GANG, generic: true },

  // Protesters and rioters.
  { id: 'en/actor/protesters', patterns: ['protesters|protestors|protester|protestor|demonstrators|demonstrator|marchers|anti-government_protesters|anti-government_demonstrators|pro-democracy_protesters|opposition_protesters|opposition_supporters|student_protesters|student_demonstrators|rally_participants|activists_and_protesters'], actor: PRO },
  { id: 'en/actor/rioters', patterns: ['rioters|rioter|mob|a_mob|an_angry_mob|angry_mob|angry_mobs|mobs|looters|lynch_mob|angry_residents|irate_residents|irate_youths|angry_youths|youths'], actor: RIO },
  { id: 'en/actor/crowd-riot', patterns: ['crowd|crowds|angry_crowd'], actor: RIO, context: 'riot' },
  { id: 'en/actor/crowd-protest', patterns: ['crowd|crowds|students|student|workers|activists|supporters|opposition_supporters|farmers'], actor: PRO, context: 'protest' },

  // Civilians.
  { id: 'en/actor/civilians', patterns: ['civilians|civilian|villagers|villager|residents|resident|local_residents|locals|children|child|women|farmers|farmer|traders|trader|worshippers|worshipers|displaced_people|displaced_persons|displaced_families|internally_displaced_people|passengers|pupils|schoolchildren|school_children|teachers|teacher|students|student|missionaries|aid_workers|humanitarian_workers|health_workers|herders|fishermen|miners|pilgrims|refugees|hostages|journalists|families|motorists|commuters|shoppers|market_traders|marketgoers|churchgoers|congregants|mourners|wedding_guests|travellers|travelers'], actor: CIV, generic: true },
];

const PLURAL_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Adjectives used as nouns for the side: "the Armenians", "the Azeris" (only inside phrases).
  AZ: ['Azeris'], AM: ['Armenians'], IL: ['Israelis'], PS: ['Palestinians'], RU: ['Russians'], UA: ['Ukrainians'], US: ['Americans'],
};

function merge(...tables: Readonly<Record<string, readonly string[]>>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables) for (const [k, v] of Object.entries(t)) out[k] = [...new Set([...(out[k] ?? []), ...v])];
  return out;
}

export const EN_ACTORS: ActorPack = {
  countryNames: merge(COUNTRY_NAMES_BY_LANGUAGE.en, { GB: ['Britain'], MM: ['Burma'], CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'], CG: ['Congo-Brazzaville'], US: ['America'], KR: ['Korea'] }),
  countryAdjectives: merge(COUNTRY_ADJECTIVES, PLURAL_ADJECTIVES),
  countryNameStop: [],
  entities: ACTOR_ENTITIES,
  rules: [...EN_RULES.slice(0, 1), ...groupRules('en/actor/group'), ...EN_RULES.slice(1)],
  officialBefore: ['spokesman for', 'spokesman for the', 'spokesman of the', 'spokesperson of the', 'spokeswoman of the', 'spokesman of', 'spokesperson of', 'the spokesperson of the', 'the spokesman of the', 'image maker of the', 'public relations officer of the', 'spokesperson for', 'spokesperson for the', 'spokeswoman for', 'spokeswoman for the', 'a spokesman for', 'a spokesman for the',
    'a spokesperson for', 'a spokesperson for the', 'a spokeswoman for the', 'head of', 'head of the', 'chief of', 'chief of the', 'commander of', 'commander of the', 'officials of', 'officials of the',
    'an official of', 'an official of the', 'a senior official of the', 'sources in the', 'sources within the', 'a source in the', 'officials from the', 'an official from the', 'officials in the'],
  officialAfter: ['spokesman', 'spokesperson', 'spokeswoman', 'official', 'officials', 'chief', 'commander', 'commanders', 'source', 'sources', 'officer', 'officers', 'leader', 'leaders', 'general', 'chief of staff'],
  officialRule: 'en/actor/official-of',
  speechVerbs: ['said', 'says', 'say', 'claimed', 'claims', 'claim', 'denied', 'denies', 'accused', 'accuses', 'reported', 'reports', 'announced', 'announces', 'stated', 'states', 'warned', 'warns',
    'insisted', 'insists', 'confirmed', 'confirms', 'blamed', 'blames', 'rejected', 'rejects', 'condemned', 'condemns', 'told', 'added', 'acknowledged', 'admitted', 'vowed', 'threatened', 'responded', 'urged', 'demanded'],
  attackVerbs: ['fired', 'fires', 'launched', 'launches', 'attacked', 'attacks', 'struck', 'strikes', 'shelled', 'shells', 'bombed', 'bombs', 'hit', 'hits', 'pounded', 'pounds', 'invaded', 'invades',
    'targeted', 'targets', 'retaliated', 'retaliates', 'bombarded', 'seized', 'captured', 'shot', 'downed', 'intercepted'],
  verbAux: ['has', 'had', 'have', 'also', 'later', 'earlier', 'previously', 'again', 'repeatedly', 'reportedly', 'itself', 'then', 'overnight', 'has', 'had', 'allegedly', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'last', 'night', 'week'],
  countryVerbStop: ['Jordan', 'Georgia', 'Chad', 'America'],
  countryNotAfter: ['by', 'with', 'against', 'of', 'to', 'from', 'in', 'between', 'and', 'or', 'for', 'on', 'at', 'into', 'than', 'that', 'backed', 'allied', 'about', 'over', 'near', 'toward', 'towards', 'across', 'which', 'where'],
  countryRule: { speech: 'en/actor/country-speaks', attack: 'en/actor/country-attacks' },
  protestCues: ['protest', 'demonstrat', 'rally', 'rallies', 'rallied', 'protest march', 'marches', 'march against', 'marched', 'marchers', 'sit-in', 'picket', 'strikers', 'general strike', 'demonstrators'],
  riotCues: ['riot', 'unrest', 'torched', 'set fire', 'set ablaze', 'looted', 'looting', 'stoned', 'pelted', 'mob', 'hurled', 'vandali', 'lynch', 'burned down', 'burnt down', 'clashed with police', 'clashes with police', 'violent protest'],
  tailStop: ['gen', 'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'sgt', 'mr', 'mrs', 'ms', 'dr', 'said', 'on', 'in', 'and', 'the', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};
