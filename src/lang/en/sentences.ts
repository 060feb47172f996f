import type { SentenceRules } from '../../core/engine/text.js';

/**
 * English sentence ends. A dot after these abbreviations does not end a sentence: titles and
 * ranks (Mr., Gen., Lt. Col.), streets (St., Ave.), "No.", month abbreviations ("Sept. 27"),
 * dotted initials (U.S., U.N.) and Latin forms (e.g., i.e.). "etc." and "a.m." may close one.
 */
export const sentences: SentenceRules = {
  abbreviations: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'spc', 'gov', 'sen', 'rep', 'rev', 'st', 'ave', 'blvd',
    'rd', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.u', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'dept', 'brig', 'adm', 'cmdr', 'lieut',
    'supt', 'insp', 'gov', 'pres', 'sec', 'atty', 'messrs', 'fig', 'al', 'vol', 'pp', 'ph', 'cf',
  ]),
  terminalAbbreviations: new Set(['etc', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp']),
  openQuotes: '"“‘\'«([',
  closeQuotes: '"\'”’)]»',
};
