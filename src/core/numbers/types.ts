import type { Qualifier } from '../types.js';

/** A count found in the text: "sedikitnya 27" → 27 at_least; "puluhan" → 12 vague. */
export interface NumberMention {
  /** Span of the number itself with its qualifier ("sedikitnya 27", "more than 100"). */
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  /** Id of the rule that made it, e.g. "id/number/words". */
  rule: string;
  /** The word it counts, lower case, when it follows the number ("warga", "people"); else null. */
  noun?: string | null;
  /** Upper end of a range ("10-15 orang", "between 10 and 15"): value is the lower end. */
  max?: number;
  /** Span of the numeral alone, without the qualifier words. */
  numeral?: { start: number; end: number };
}

/** A number the reader saw but did not count, with why (for --explain and tests). */
export interface NumberSkip {
  start: number;
  end: number;
  /** year | time | percent | money | age | ordinal | phone | article | measure | decimal | date | name | fraction | determiner */
  reason: string;
  rule: string;
}

/** Reasons a number is not a count; the pack's tables say which words give which reason. */
export type SkipReason =
  | 'year' | 'time' | 'percent' | 'money' | 'age' | 'ordinal' | 'phone' | 'article'
  | 'measure' | 'decimal' | 'date' | 'name' | 'fraction' | 'determiner';

/** A vague count: the value coded for it, and the factor it gives a following multiplier. */
export interface VagueCount {
  /** ACLED's conservative value: "beberapa" 10, "puluhan" 12, "ratusan" 100. */
  value: number;
  /** "puluhan ribu" = 10 × 1000, "a few hundred" = 3 × 100, "hundreds of thousands" = 100 × 1000. */
  scale: number;
  /** Only counts when followed by this kind of word: "scores" only in "scores of". */
  requiresOf?: boolean;
}

/**
 * The number words, qualifiers and non-count contexts of one language. Every key is lower case
 * and tokenized like text (so "at least" is two words, "a.m." one). The engine reads numbers
 * only through these tables.
 */
export interface NumberPack {
  /** Decimal mark of written digits: "," (id: "2,5 juta") or "." (en, ms: "2.5 million"). */
  decimal: ',' | '.';
  /** A dot number with exactly two decimals and no multiplier is a clock time ("16.25" WIB). */
  dotTimes: boolean;
  /** Cardinal words with their value: "satu" 1, "sebelas" 11, "seratus" 100, "twenty" 20. */
  units: Record<string, number>;
  /** "belas"-style words: add 10 to the unit before ("dua belas" = 12). */
  teens: Record<string, number>;
  /** Multipliers that scale the unit before them ("puluh" 10, "ratus" 100, "hundred", "dozen" 12). */
  smallMultipliers: Record<string, number>;
  /** Multipliers that close a group ("ribu" 1000, "juta" 1e6, "thousand", "million", "billion"). */
  bigMultipliers: Record<string, number>;
  /** Words that count as 1 only right before a multiplier ("a" in "a hundred", "a dozen"). */
  articles: string[];
  /** Words that may join number words ("and" in "two hundred and five"). */
  joiners: string[];
  /** Phrases that stand for a count without being numerals ("seorang" 1, "no one" 0, "half a dozen" 6). */
  fixed: Record<string, number>;
  /** Vague counts ("beberapa", "puluhan", "dozens", "a few"). */
  vague: Record<string, VagueCount>;
  /** Words that link a vague count to its noun or to a multiplier ("of" in "dozens of", "hundreds of thousands"). */
  of: string[];
  /** Qualifier phrases right before a number ("sedikitnya", "at least", "lebih dari", "up to"). */
  before: Record<string, Qualifier>;
  /** Qualifier phrases right after a number (or after its noun): "lebih", "or more". */
  after: Record<string, Qualifier>;
  /** Phrases right before a number that make it no count ("Pasal", "pukul", "berusia", "Rp"). */
  skipBefore: Record<string, SkipReason>;
  /** Words right after a number that make it no count ("persen", "tahun", "km", "WIB", "rupiah"). */
  skipAfter: Record<string, SkipReason>;
  /** Phrases holding a number word that are no count ("salah satu", "one another"). */
  notCounts: string[];
  /** Words before which a number word is no count ("one" in "one day", "satu" in "satu sisi"). */
  notCountNouns: string[];
  /** Words that introduce a range's upper end: "hingga", "sampai", "to", "and" (in "between 10 and 15"). */
  rangeWords: string[];
  /** "between" words and the joiner of their range: { between: 'and' }, { antara: 'dan' }. */
  between: Record<string, string>;
  /** Words that, before a vague word, make it no count ("how many", "as many as"). */
  vagueBlockers: string[];
  /** Currency marks that can stick to digits ("rp" in "Rp1.200", "rm", "us$"). */
  currencyPrefixes: string[];
  /** Suffixes glued to digits with a hyphen that make an estimate ("an" in "30-an" = thirty-odd). */
  approxSuffixes: Record<string, Qualifier>;
  /** Ordinal prefixes glued with a hyphen ("ke" in "ke-5"). */
  ordinalPrefixes: string[];
  /** Words skipped when looking for the counted noun ("of", "the", "orang" when a noun follows). */
  nounSkip: string[];
  /** Conjunctions: a digit after a capitalized word and before one of these is a label ("Barat 2 dan"). */
  conjunctions: string[];
  /** A "Name (21)" or "Name, 21," after a capitalized word is an age. */
  agesInBrackets: boolean;
}
