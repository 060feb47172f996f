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
export function resolveActors(actors: readonly ActorMention[], text?: string): ActorMention[] {
  if (text !== undefined) actors = ownAcronyms(actors, text);
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

/** An acronym of capitals (a digit allowed after the first letter: "M23" is no acronym of words). */
const ACRONYM_RE = /^\p{Lu}{2,7}$/u;
/** The capitalised words before an opening bracket, with the small words names keep ("of", "for", "the"). */
const EXPANSION_RE = /((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|of|for|and|the|de|du|des|la|le|el|al|dan|untuk|bagi))*)\s*\(\s*$/u;

/**
 * "the banned Kuki National Liberation Army (KNLA) … four cadres of KNLA": a report that spells out
 * an acronym says which group it means. A known group's acronym spelled out as another name (whose
 * initials it is) names that other group, in every mention of the report; its country is left open.
 */
function ownAcronyms(actors: readonly ActorMention[], text: string): readonly ActorMention[] {
  let defined: Map<string, string> | null = null;
  for (const a of actors) {
    if (a.type === 'state' || !ACRONYM_RE.test(a.text) || a.start < 2) continue;
    let k = a.start - 1;
    while (k > 0 && text.charCodeAt(k) === 32) k--;
    if (text.charCodeAt(k) !== 40) continue; // "("
    const m = EXPANSION_RE.exec(text.slice(Math.max(0, k - 90), k + 1));
    if (!m) continue;
    const words = m[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    const initials = words.map((w) => w[0]).join('');
    // (the name's last words whose initials are the acronym: "the banned Kuki National Liberation Army")
    const at = initials.lastIndexOf(a.text);
    if (at < 0 || at + a.text.length !== initials.length) continue;
    const expansion = words.slice(at).join(' ');
    const known = a.name.includes(':') ? a.name.slice(a.name.indexOf(':') + 1).trim() : a.name;
    if (fold(known) === fold(expansion) || fold(a.label) === fold(expansion)) continue;
    // (the name before the bracket read as the same group, in any language: "Tentara Pembebasan Nasional Papua Barat (TPNPB)")
    if (actors.some((b) => b !== a && b.name === a.name && b.end <= k && k - b.end <= 2)) continue;
    (defined ??= new Map()).set(a.text, expansion);
  }
  if (defined === null) return actors;
  const d = defined;
  return actors.map((a) => {
    const exp = d.get(a.text);
    if (exp === undefined) return a;
    return { ...a, name: `${a.text}: ${exp}`, label: exp, country: null, template: null, rule: `${a.rule}+spelled-out` };
  });
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
