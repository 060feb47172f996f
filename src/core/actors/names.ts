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
  return { ...m, name: m.template.replace(/\{country\}/g, name), country: code, template: null };
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
