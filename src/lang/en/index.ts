import type { LanguagePack } from '../../core/pack.js';
import { places } from './places.js';

/**
 * English. Assembly order: sentence rules, numbers, dates, places, actors, events.
 */
export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  sentences: {
    abbreviations: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'gov', 'sen', 'rep', 'rev', 'st', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'dept', 'brig', 'adm', 'cmdr', 'lieut', 'supt', 'insp']),
  },
  numbers: {},
  dates: {},
  places,
  actors: {},
  claims: {},
  events: {},
};
