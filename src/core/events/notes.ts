import type { Casualty, EventOut } from '../types.js';
import { boundedMemo } from '../engine/memo.js';
import type { SubEventType } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let regionNames: Intl.DisplayNames | null = null;

/** English name of an ISO 3166-1 alpha-2 code (ICU data of the runtime), or the code itself. */
const nameCache = new Map<string, string>();

export function countryName(code: string | null): string | null {
  if (!code) return null;
  let n = nameCache.get(code);
  if (n !== undefined) return n;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    n = regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    n = code;
  }
  nameCache.set(code, n);
  return n;
}

/** The date in words: a plain YYYY-MM-DD read by character codes, else null. */
function longDate(iso: string | null, precision: number): string | null {
  if (!iso || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  for (let i = 0; i < 10; i++) {
    const c = iso.charCodeAt(i);
    if (i !== 4 && i !== 7 && (c < 48 || c > 57)) return null;
  }
  const month = MONTHS[(iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 49];
  const year = iso.slice(0, 4);
  if (precision >= 3) return `${month} ${year}`;
  // The day without a leading zero.
  const d1 = iso.charCodeAt(8) - 48;
  const day = d1 === 0 ? iso.slice(9, 10) : iso.slice(8, 10);
  if (precision === 2) return `the week of ${day} ${month} ${year}`;
  return `${day} ${month} ${year}`;
}

/** Verb phrase per sub-event type; {target} is actor2 or a default, {place} the location. */
const PHRASE: Record<SubEventType, [subject: string, phrase: string]> = {
  'Armed clash': ['Armed forces', 'clashed with {target|an armed group} in {place}'],
  'Government regains territory': ['Government forces', 'regained control of {place} from {target|an armed group}'],
  'Non-state actor overtakes territory': ['An armed group', 'took control of {place} from {target|government forces}'],
  'Chemical weapon': ['An armed group', 'used a chemical weapon in {place}'],
  'Air/drone strike': ['Air forces', 'carried out an air/drone strike on {place}'],
  'Suicide bomb': ['A suicide bomber', 'detonated a suicide bomb in {place}'],
  'Shelling/artillery/missile attack': ['Armed forces', 'shelled {place}'],
  'Remote explosive/landmine/IED': ['Unidentified perpetrators', 'detonated an explosive device in {place}'],
  Grenade: ['Unidentified perpetrators', 'threw a grenade in {place}'],
  'Sexual violence': ['Unidentified perpetrators', 'committed sexual violence against {target|civilians} in {place}'],
  Attack: ['Unidentified armed men', 'attacked {target|civilians} in {place}'],
  'Abduction/forced disappearance': ['Unidentified armed men', 'abducted {target|people} in {place}'],
  'Peaceful protest': ['Protesters', 'held a peaceful protest in {place}'],
  'Protest with intervention': ['Protesters', 'demonstrated in {place} and were dispersed or arrested by {target|police}'],
  'Excessive force against protesters': ['Security forces', 'used excessive force against protesters in {place}'],
  'Violent demonstration': ['Rioters', 'held a violent demonstration in {place}'],
  'Mob violence': ['A mob', 'attacked {target|people or property} in {place}'],
  Agreement: ['The parties', 'reached an agreement in {place}'],
  Arrests: ['Police', 'arrested {target|people} in {place}'],
  'Change to group/activity': ['Armed forces', 'changed their deployment or activity in {place}'],
  'Disrupted weapons use': ['Security forces', 'seized or defused weapons or explosives in {place}'],
  'Headquarters or base established': ['Armed forces', 'established a base in {place}'],
  'Looting/property destruction': ['Unidentified perpetrators', 'looted or destroyed property in {place}'],
  'Non-violent transfer of territory': ['An armed group', 'took over {place} without fighting'],
  Other: ['Representatives', 'met in {place}'],
};

/** Each phrase split around its `{target|default}` slot: [before, default, after], or [phrase]. */
const PHRASE_PARTS = Object.fromEntries(
  Object.entries(PHRASE).map(([sub, [, phrase]]) => {
    const m = /\{target\|([^}]*)\}/.exec(phrase);
    return [sub, m ? [phrase.slice(0, m.index), m[1]!, phrase.slice(m.index + m[0].length)] : [phrase]];
  }),
) as Record<SubEventType, string[]>;

/**
 * Each phrase cut around its slots: `[a, b, c]` is a + place + b (no target), `[a, b, c, d]` with
 * the target first is a + target + b + place + c, and with the place first a + place + b + target
 * + c (`placeFirst`). Null when a phrase has no single {place} (then replace does it).
 */
type Cut = { pieces: string[]; placeFirst: boolean } | null;
const PHRASE_CUTS = Object.fromEntries(
  (Object.keys(PHRASE) as SubEventType[]).map((sub): [SubEventType, Cut] => {
    const parts = PHRASE_PARTS[sub];
    const cut = (x: string): [string, string] | null => {
      const i = x.indexOf('{place}');
      return i < 0 || x.indexOf('{place}', i + 1) >= 0 ? null : [x.slice(0, i), x.slice(i + 7)];
    };
    if (parts.length !== 3) { const c = cut(parts[0]!); return [sub, c ? { pieces: c, placeFirst: false } : null]; }
    const before = cut(parts[0]!);
    const after = cut(parts[2]!);
    if (before && !after) return [sub, { pieces: [before[0], before[1], parts[2]!], placeFirst: true }];
    if (after && !before) return [sub, { pieces: [parts[0]!, after[0], after[1]], placeFirst: false }];
    return [sub, null];
  }),
) as Record<SubEventType, Cut>;

/**
 * The phrase with its target (actor2's name, or the phrase's default) and its place: what
 * `(before + target + after).replace('{place}', place)` makes, by concatenation (replace runs
 * when a '$' in the place or a '{place}' in the name would make them differ).
 */
function phraseBody(sub: SubEventType, target: string | null, place: string, placeDollar = place.includes('$')): string {
  const parts0 = PHRASE_PARTS[sub];
  const cut = PHRASE_CUTS[sub];
  const t = target ?? parts0[1];
  if (cut === null || placeDollar || (target !== null && !cut.placeFirst && target.includes('{place}'))) {
    return (parts0.length === 3 ? parts0[0] + (target ?? parts0[1]) + parts0[2] : parts0[0]!).replace('{place}', place);
  }
  const p = cut.pieces;
  if (parts0.length !== 3) return p[0] + place + p[1];
  return cut.placeFirst ? p[0] + place + p[1] + t + p[2] : p[0] + t + p[1] + place + p[2];
}

/** Base form of the phrases' leading past-tense verbs, for planned events ("to hold a protest"). */
const BASE: Record<string, string> = {
  clashed: 'clash', regained: 'regain', took: 'take', used: 'use', carried: 'carry', detonated: 'detonate', shelled: 'shell', threw: 'throw',
  committed: 'commit', attacked: 'attack', abducted: 'abduct', held: 'hold', demonstrated: 'demonstrate', reached: 'reach', arrested: 'arrest',
  changed: 'change', seized: 'seize', established: 'establish', looted: 'loot', met: 'meet',
};

const GROUP_WORD = { civilian: 'civilian', military: 'combatant', unknown: 'person' } as const;

function plural(n: number, word: string): string {
  if (n === 1) return `${n} ${word}`;
  return `${n} ${word === 'person' ? 'people' : `${word}s`}`;
}

const NEAR_AFTER = [' on near ', ' of near ', ' over near ', ' shelled near '];

/**
 * What `.replace(/ (on|of|over|shelled) near /, ' $1 an area near ').replace(/ in near /, ' near ')`
 * makes, by indexOf: the leftmost of the four (they part at their second letter), then " in near ".
 */
function nearFixed(body: string): string {
  let at = -1;
  let which = '';
  for (const w of NEAR_AFTER) {
    const i = body.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) { at = i; which = w; }
  }
  if (at >= 0) body = `${body.slice(0, at)}${which.slice(0, -5)}an area near ${body.slice(at + which.length)}`;
  return body.replace(' in near ', ' near ');
}

/** Singular English nouns for one person speaking: a label ending in one needs an article. */
const ONE_PERSON = /\b(?:official|officer|spokesperson|spokesman|spokeswoman|source|commander|chief|minister|governor|witness|resident|doctor|medic)$/;

/** "Indonesian police officer" → "an Indonesian police officer"; names and plurals as they are (kept by label: a handful recur from report to report). */
export const withArticle: (label: string) => string = boundedMemo(10_000, (label: string) => articleOf(label));

function articleOf(label: string): string {
  if (!ONE_PERSON.test(label) || /^(?:the|a|an|his|her|their|its) /i.test(label) || /^[^ ]+['’]s /.test(label)) return label;
  return `${/^[aeiou]/i.test(label) && !/^(?:uni|eu|one)/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** One English sentence in ACLED's style, generated from the event's fields. */
export function makeNotes(e: Omit<EventOut, 'notes' | 'id'>, sub: SubEventType, claimantLabel: string | null = e.claimant?.name ?? null): string {
  const subject = e.actor1?.name ?? PHRASE[sub][0];
  const country = countryName(e.location?.country ?? null);
  const place = e.location
    ? country && country !== e.location.name
      ? `${e.location.precision === 2 ? 'near ' : ''}${e.location.name} (${country})`
      : e.location.name
    : 'an unspecified location';
  // (a '$' in the place comes from its name or its country's: no need to flatten the joined string to look)
  const dollar = e.location ? e.location.name.includes('$') || (country !== null && country.includes('$')) : false;
  let body = phraseBody(sub, e.actor2?.name ?? null, place, dollar);
  // "shelled near Ganja" reads badly: keep "shelled" + "an area near".
  if (body.includes(' near ')) body = nearFixed(body);
  const when = longDate(e.date, e.date_precision);
  let s: string;
  if (e.modality === 'planned' && sub === 'Other') {
    const who = e.actor1 && e.actor2 ? ` between ${e.actor1.name} and ${e.actor2.name}` : e.actor1 ? ` with ${e.actor1.name}` : '';
    s = `Talks or a meeting planned in ${place}${when ? ` for ${when}` : ''}${who}`;
  } else if (e.modality === 'planned') {
    s = `${when ? `Planned for ${when}` : 'Planned'}: ${subject} ${body.replace(/^(\w+)/, (v: string) => `to ${BASE[v] ?? v}`)}`;
  } else {
    // After the date a default subject is a common noun ("On 8 May 2024, unidentified armed men …"); a name keeps its case.
    const lead = when ? (e.actor1 ? subject : subject.charAt(0).toLowerCase() + subject.slice(1)) : subject.charAt(0).toUpperCase() + subject.slice(1);
    s = `${when ? `${e.date_precision >= 2 ? 'In' : 'On'} ${when}, ` : ''}${lead} ${body}`;
  }
  const killed = e.fatalities;
  // The most injured said (-Infinity: none), and the one group of the killed (null: several).
  let hurt = -Infinity;
  // (the most injured the event's claimant said, when it said any: the note names that claimant)
  let hurtOwn = -Infinity;
  const own = e.claimant?.name ?? null;
  let group: Casualty['group'] | null | undefined;
  let killedBy: string | null | undefined;
  for (const c of e.casualties) {
    if (c.outcome === 'injured') {
      if (c.count > hurt) hurt = c.count;
      if (own !== null && c.claimant?.name === own && c.count > hurtOwn) hurtOwn = c.count;
    }
    else if (c.outcome === 'killed') {
      group = group === undefined || group === c.group ? c.group : null;
      // (the one speaker of the dead, when all of them come from one: '' when no one, null when several)
      const who = c.claimant?.name ?? '';
      killedBy = killedBy === undefined || killedBy === who ? who : null;
    }
  }
  let tail = '';
  if (killed !== null && killed > 0) tail = `killing ${plural(killed, group === undefined || group === null ? 'person' : GROUP_WORD[group])}`;
  // The dead told by another speaker than the event's: "killing 30 combatants (according to Al-Shabaab)".
  if (tail && killedBy && own !== null && killedBy !== own && killedBy !== claimantLabel) tail += ` (according to ${withArticle(killedBy)})`;
  else if (killed === 0) tail = 'with no fatalities reported';
  if (hurtOwn > 0) hurt = hurtOwn;
  if (hurt > 0) tail = tail ? `${tail} and injuring ${hurt}` : `injuring ${hurt}`;
  if (tail) s += `, ${tail}`;
  if (claimantLabel) s += `, according to ${withArticle(claimantLabel)}`;
  if (e.modality === 'denied') s += ' (the report is of a denial)';
  return `${s}.`;
}
