import { COUNTRY_NAMES } from './data/countries.js';
import { REGIMES } from './data/regimes.js';
import type { ActorMention } from './types.js';

/** ACLED-style English name of an ISO alpha-2 country ("CD" → "Democratic Republic of Congo"). */
export function countryName(code: string): string | null {
  return COUNTRY_NAMES[code] ?? null;
}

/**
 * Completes a mention that did not say its country ("the army", "polisi") with the country a
 * later stage knows (the event's location): name, label and country are filled in. A mention
 * that already has a country, or no template, is returned as it is.
 */
export function fillCountry(m: ActorMention, code: string): ActorMention {
  if (m.country || !m.template) return m;
  const name = countryName(code);
  if (!name) return m;
  return { ...m, name: ofCountry(m.template, name), country: code, template: null };
}

/**
 * ACLED's name of a state actor for a given date, with the years of the government in power:
 * nameAt("Military Forces of Armenia", "AM", "2020-10-08") → "Military Forces of Armenia (2018-)".
 * Names of other actors, and countries without a known table, come back unchanged.
 */
export function nameAt(name: string, country: string | null, date: string | null): string {
  if (!country || !date || !/^(Military|Police) Forces of |^Government of /.test(name) || /\(\d{4}-/.test(name)) return name;
  const list = REGIMES[country];
  if (!list) return name;
  let found: (typeof list)[number] | null = null;
  for (const r of list) if (r.from <= date && (!r.to || date < r.to)) found = r;
  if (!found) return name;
  const y0 = found.from.slice(0, 4);
  const y1 = found.to ? found.to.slice(0, 4) : '';
  return `${name} (${y0}-${y1})`;
}

/** Names that take "the" after "of": "Military Forces of the United States". */
const THE = new Set(['United States', 'United Kingdom', 'Democratic Republic of Congo', 'Republic of Congo', 'Central African Republic', 'Philippines', 'Netherlands', 'United Arab Emirates', 'Gambia', 'Bahamas', 'Comoros', 'Maldives', 'Dominican Republic', 'Czech Republic', 'Solomon Islands', 'Marshall Islands']);

/** Fills `{country}` in an ACLED name. */
export function ofCountry(template: string, cname: string): string {
  return template.replace(/ of \{country\}/g, THE.has(cname) ? ` of the ${cname}` : ` of ${cname}`).replace(/\{country\}/g, cname);
}


const CATEGORY = /^(Military Forces|Police Forces|Government) of \{country\}$/;
/** CATEGORY's category of each template seen (the packs' few templates), or null. */
const CATEGORIES = new Map<string, string | null>();
function categoryOf(template: string): string | null {
  let c = CATEGORIES.get(template);
  if (c === undefined) {
    const m = CATEGORY.exec(template);
    c = m ? m[1]! : null;
    if (CATEGORIES.size >= 1024) CATEGORIES.clear();
    CATEGORIES.set(template, c);
  }
  return c;
}

/**
 * Document-level pass over a document's actor mentions, in text order: a state noun that did
 * not say its country ("the army", "polisi", "pemerintah") takes the country of the one state
 * body of its kind that the document names, when it is named before the noun ("Nigerian
 * soldiers… the army said"). When the
 * document names two or more ("pasukan Armenia… militer Azerbaijan… militer"), it stays open.
 * Civilians, protesters and armed groups are left to the event's location (see fillCountry).
 * The rule id gains "+coref".
 */
export function resolveActors(actors: readonly ActorMention[]): ActorMention[] {
  const named = new Map<string, Map<string, ActorMention>>();
  for (const a of actors) {
    if (a.template || !a.country || a.type !== 'state') continue;
    const m = /^(Military Forces|Police Forces|Government) of /.exec(a.name);
    if (!m) continue;
    const byName = named.get(m[1]!) ?? new Map<string, ActorMention>();
    byName.set(a.name, a);
    named.set(m[1]!, byName);
  }
  // (no body named: nothing to refer to)
  if (named.size === 0) return actors.slice();
  return actors.map((a) => {
    if (!a.template || a.country) return a;
    const cat = categoryOf(a.template);
    const only = cat !== null ? named.get(cat) : undefined;
    if (!only || only.size !== 1) return a;
    const ref = [...only.values()][0]!;
    // only a body named before ("Nigerian soldiers… the army said"); one named only later
    // ("the regional governor said… a Turkish official said") is not what the noun referred to
    if (ref.start > a.start) return a;
    const label = a.kind === 'official' ? `${ref.label} official` : ref.label;
    return { ...a, name: ref.name, country: ref.country, template: null, label, rule: `${a.rule}+coref` };
  });
}
