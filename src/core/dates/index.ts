import { factsOf, hasSmallSig as hasSig, memoPeek, memoPut, SigMap, smallSigSet as sigSet, tokenize, tokensOf, TF_DIGIT0, TF_JOINED, TF_NONASCII, TF_SIG_SHIFT, wordSig as engineWordSig, type Sentence, type Token } from '../engine/text.js';
import { alternation, WB_END, WB_START } from '../engine/phrases.js';
import { boundedMemo } from '../engine/memo.js';
import type { LanguagePack } from '../pack.js';
import {
  addMonths, dayNumber, isValidDate, iso, mondayOf, monthStart, parsePublished, weekdayOf, type LocalTime,
} from './calendar.js';
import type { DateMention, DatePack, PartOfDay, PeriodUnit } from './types.js';
import { doubled } from '../engine/arrays.js';
export type { DateMention, DatePack, PartOfDay, PeriodUnit } from './types.js';
export { parsePublished } from './calendar.js';

/** A date expression found in a sentence, before it is resolved against the publication time. */
export interface RawDate {
  start: number;
  end: number;
  /** Short rule name; the mention's rule id is `<pack>/date/<rule>`. */
  rule: string;
  kind: 'ymd' | 'dm' | 'numeric' | 'weekday' | 'relday' | 'lastnight' | 'overnight' | 'period' | 'ago' | 'month' | 'year' | 'year-range';
  y?: number;
  m?: number;
  d?: number;
  /** Ambiguous numeric parts (a/b) read with the pack's order. */
  a?: number;
  b?: number;
  wd?: number;
  n?: number;
  unit?: PeriodUnit;
  /** -1 last, 0 this, 1 next (from "lalu", "next", …). */
  rel?: number;
  /** A month's year told from publication: -1 "March last year", "Maret tahun lalu"; 0 this year; 1 next year. */
  yrel?: number;
  /** A weekday's week told from publication: -1 "Thursday last week", "Senin pekan lalu"; 0 this week; 1 next week. */
  wrel?: number;
  pod?: PartOfDay;
  /** A future cue comes before it in the sentence. */
  futureCue: boolean;
  since: boolean;
}

/** Every group name the date patterns use (see Groups). */
const GROUP_NAMES = ['y', 'm', 'd', 'wd', 'wd2', 'a', 'b', 'b1', 'b2', 'b3', 'y1', 'y2', 'y3', 'mon', 'pod', 'pod0', 'podb', 'pa', 'pb', 'cue', 'n', 'unit', 'unit1', 'unit2', 'one', 'rel', 'ypb', 'ypa', 'wpb', 'wpa'] as const;

/**
 * The groups of a match by name, as RegExpExecArray.groups has them (undefined: the group did not
 * take part, or the pattern has no such group). One class for every pattern, so that each field
 * is read from objects of one shape; one object, refilled for every match (see GROUPS).
 */
class Groups {
  y: string | undefined = undefined;
  m: string | undefined = undefined;
  d: string | undefined = undefined;
  wd: string | undefined = undefined;
  wd2: string | undefined = undefined;
  a: string | undefined = undefined;
  b: string | undefined = undefined;
  b1: string | undefined = undefined;
  b2: string | undefined = undefined;
  b3: string | undefined = undefined;
  y1: string | undefined = undefined;
  y2: string | undefined = undefined;
  y3: string | undefined = undefined;
  mon: string | undefined = undefined;
  pod: string | undefined = undefined;
  pod0: string | undefined = undefined;
  podb: string | undefined = undefined;
  pa: string | undefined = undefined;
  pb: string | undefined = undefined;
  cue: string | undefined = undefined;
  n: string | undefined = undefined;
  unit: string | undefined = undefined;
  unit1: string | undefined = undefined;
  unit2: string | undefined = undefined;
  ypb: string | undefined = undefined;
  ypa: string | undefined = undefined;
  wpb: string | undefined = undefined;
  wpa: string | undefined = undefined;
  one: string | undefined = undefined;
  rel: string | undefined = undefined;
  /** `s`: for each name of GROUP_NAMES, its group number in the pattern, or an index past every group. */
  fill(x: RegExpExecArray, s: Int32Array): this {
    this.y = x[s[0]!];
    this.m = x[s[1]!];
    this.d = x[s[2]!];
    this.wd = x[s[3]!];
    this.wd2 = x[s[4]!];
    this.a = x[s[5]!];
    this.b = x[s[6]!];
    this.b1 = x[s[7]!];
    this.b2 = x[s[8]!];
    this.b3 = x[s[9]!];
    this.y1 = x[s[10]!];
    this.y2 = x[s[11]!];
    this.y3 = x[s[12]!];
    this.mon = x[s[13]!];
    this.pod = x[s[14]!];
    this.pod0 = x[s[15]!];
    this.podb = x[s[16]!];
    this.pa = x[s[17]!];
    this.pb = x[s[18]!];
    this.cue = x[s[19]!];
    this.n = x[s[20]!];
    this.unit = x[s[21]!];
    this.unit1 = x[s[22]!];
    this.unit2 = x[s[23]!];
    this.one = x[s[24]!];
    this.rel = x[s[25]!];
    this.ypb = x[s[26]!];
    this.ypa = x[s[27]!];
    this.wpb = x[s[28]!];
    this.wpa = x[s[29]!];
    return this;
  }
}

/**
 * The one Groups object scan() fills for each match it reads (a rule's make reads it and keeps
 * nothing of it; scan is not re-entered).
 */
const GROUPS = new Groups();

interface Rule {
  name: string;
  re: RegExp;
  /** The rule is tried only around tokens that are one of these words … */
  words?: ReadonlySet<string>;
  /** … or whose text matches this pattern (numeric forms). */
  tok?: RegExp;
  /** How many tokens before its trigger the expression may start. */
  back?: number;
  /**
   * ASCII characters (lower case) the expression can begin with, a 128-bit set read off the
   * pattern's leading items; null when it may begin with anything. Tokens whose lower case
   * begins with another ASCII character are not tried as starts.
   */
  startChars?: Uint32Array | null;
  /**
   * The first tokens the expression can begin with (the first token of each leading word or
   * phrase), for plain tokens (ASCII, no inner joiner): such a token is tried as a start only when
   * it is one of these, or a digit-led token when `digitStart`. A plain token is a whole run of
   * letters and digits, and no pattern goes on from a leading word into a letter or digit, so a
   * match starting there begins with one of these tokens exactly. Null: no filter.
   */
  firstTokens?: SigMap<true> | null;
  digitStart?: boolean;
  /** A character every match holds ("(" for the bracketed forms): a sentence without it is not tried. */
  needs?: string;
  /**
   * For a rule whose every match begins with one of its phrases (see phraseMay): false when no
   * match can begin at token i, so that the pattern is not run there.
   */
  may?: ((toks: readonly Token[], facts: readonly number[], i: number) => boolean) | null;
  /**
   * The pattern's named groups as numbers (see numberGroups): [name, group number], in order.
   * The patterns are written with named groups and run with numbered ones (an exec result with
   * named groups costs twice as much to build).
   */
  groups?: Int32Array;
  /** The date a match reads, from its groups by name; null when the match is no date. */
  make(g: Groups): Omit<RawDate, 'start' | 'end' | 'rule' | 'futureCue' | 'since'> | null;
}

interface Compiled {
  rules: Rule[];
  /** Trigger word → bit mask of the rules it may start. */
  wordRules: SigMap<number>;
  /** Token pattern → bit of the rule it may start (numeric forms). */
  tokRules: Array<[number, RegExp]>;
  /** The tokRules bits of the digit tokens seen lately ("2024", "8/10" recur): a bounded memo. */
  tokBits: Map<string, number>;
  /** Signatures of the trigger words of wordRules. */
  wordSig: Uint32Array;
  /** The key under which a sentence keeps its scanned dates for this pack. */
  memoKey: symbol;
  /**
   * Signatures of the longest run of word characters of each since / future cue. A cue match
   * holds that run as a whole token, or inside a token with an inner joiner ("they'll"): a
   * sentence with neither has no such cue.
   */
  sinceNeed: Uint32Array;
  futureNeed: Uint32Array;
  /** The words of sinceNeed and futureNeed, looked for inside tokens with an inner joiner. */
  sinceWords: string[];
  futureWords: string[];
  /** Every future cue holds a word (so that a window with no such word holds no cue: see cueMayBeIn). */
  futureByWords: boolean;
  future: RegExp;
  futureAll: RegExp;
  past: RegExp;
  since: RegExp;
}

const compiledPacks = new WeakMap<DatePack, Compiled>();

const lowerMap = <V>(r: Record<string, V>) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ' '), v]));
const normNew = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
/** norm() of the words matched lately (month and weekday names recur): a bounded memo. */
const norm = boundedMemo(2048, normNew);

/** The last pack compiled (a document is read with one pack). */
let lastPack: DatePack | null = null;
let lastCompiled: Compiled | null = null;

function compile(p: DatePack): Compiled {
  if (p === lastPack) return lastCompiled!;
  const hit = compiledPacks.get(p);
  if (hit) { lastPack = p; lastCompiled = hit; return hit; }
  const months = lowerMap(p.months);
  const weekdays = lowerMap(p.weekdays);
  const pods = lowerMap(p.partsOfDay);
  const podsBefore = lowerMap(p.partsOfDayBefore);
  const rel = lowerMap(p.relativeDays);
  const periods = lowerMap(p.periods);
  const pAfter = lowerMap(p.periodAfter);
  const pBefore = lowerMap(p.periodBefore);
  const counts = lowerMap(p.counts);
  const oneUnit = lowerMap(p.oneUnit);
  const cs = new Set(p.caseSensitive.map((x) => x.toLowerCase()));
  // (capitals first: most names are written with one, and that needs no look-up)
  const okCase = (s: string | undefined) => !s || upperInitial(s) || !cs.has(norm(s));

  const A = (xs: Iterable<string>) => alternation(xs);
  const MON = `(?<mon>${A(months.keys())})\\.?`;
  const WD = `(?<wd>${A(weekdays.keys())})`;
  const WDOPT = `(?:(?:${A(p.weekdayWords)})\\s+)?`;
  const WDPRE = `(?:${WDOPT}(?<wd>${A(weekdays.keys())})\\s*,?\\s+)?`;
  const POD = `(?:\\s+(?<pod>${A(pods.keys())}))?`;
  const DAY = `(?<d>3[01]|[12]\\d|0?[1-9])(?:${A(p.daySuffixes)})?`;
  // A unit told from publication, optional, after a name: the pattern's groups `<g>pb` (the word
  // before the unit) and `<g>pa` (after it).
  const relUnit = (unit: string, g: string): string => {
    const units = [...periods].filter(([, u]) => u === unit).map(([k]) => k);
    const parts = [
      pBefore.size && units.length ? `(?<${g}pb>${A(pBefore.keys())})\\s+(?:${A(units)})` : '',
      pAfter.size && units.length ? `(?:${A(units)})\\s+(?<${g}pa>${A(pAfter.keys())})` : '',
    ].filter(Boolean);
    return parts.length ? `(?:\\s+(?:${parts.join('|')}))?` : '';
  };
  // A year after a month's name: "last year", "tahun lalu", "this year".
  const YREL = relUnit('year', 'y');
  // A week after a weekday: "Thursday last week", "Senin pekan lalu", "Jumaat minggu lepas".
  const WREL = relUnit('week', 'w');
  // "17-18 Agustus": a span of days reads as its first day.
  const DAYSPAN = `${DAY}(?:\\s*[-–]\\s*(?:3[01]|[12]\\d|0?[1-9])(?:${A(p.daySuffixes)})?)?`;
  const YEAR = `(?<y>(?:19|20)\\d{2})`;
  const DAYW = p.dayWords.length ? `(?:(?:${A(p.dayWords)})\\.?\\s+)?` : '';
  const re = (src: string) => new RegExp(`${WB_START}(?:${src})${WB_END}`, 'yiu');
  const podOf = (g: Groups): PartOfDay | undefined =>
    (g.pod ? pods.get(norm(g.pod)) : undefined) ?? (g.podb ? podsBefore.get(norm(g.podb)) : undefined);
  const mon = (s: string | undefined) => (s ? months.get(norm(s)) : undefined);
  const wdv = (s: string | undefined) => (s ? weekdays.get(norm(s)) : undefined);

  const rules: Rule[] = [
    {
      name: 'iso',
      re: /(?<![\d-])(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d])/y,
      make: (g) => ({ kind: 'ymd', y: +g.y!, m: +g.m!, d: +g.d! }),
    },
    {
      // "Kamis (8/10)", "Rabu (15/11/2023) malam", "Selasa, (9/3)"
      name: 'weekday-paren',
      re: re(`${WDOPT}${WD}(?:\\s+(?<pod0>${A(pods.keys())}))?\\s*,?\\s*\\(\\s*(?<a>\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s*/\\s*(?<b>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)${POD}`),
      make: (g) => {
        if (!okCase(g.wd)) return null;
        return { kind: 'numeric', a: +g.a!, b: +g.b!, y: g.y ? yearOf(g.y) : undefined, wd: wdv(g.wd), pod: podOf(g) ?? (g.pod0 ? pods.get(norm(g.pod0)) : undefined) };
      },
    },
    {
      // "(8/10)" alone, the Indonesian news form.
      name: 'paren',
      re: new RegExp(`\\(\\s*(?:(?<wd>${A(weekdays.keys())})\\s*,?\\s*)?(?<a>\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s*/\\s*(?<b>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)`, 'yiu'),
      make: (g) => (okCase(g.wd) ? { kind: 'numeric', a: +g.a!, b: +g.b!, y: g.y ? yearOf(g.y) : undefined, wd: wdv(g.wd) } : null),
    },
    {
      // "27/9/2020", "27-09-2020", "27.09.2020", "Kamis, 8/10/2020"
      name: 'numeric',
      re: re(`${WDPRE}(?<![\\d/.,])(?<a>\\d{1,2})(?:/(?<b1>\\d{1,2})/(?<y1>(?:19|20)\\d{2}|\\d{2})|-(?<b2>\\d{1,2})-(?<y2>(?:19|20)\\d{2})|\\.(?<b3>\\d{1,2})\\.(?<y3>(?:19|20)\\d{2}))(?![\\d/])${POD}`),
      make: (g) => {
        if (!okCase(g.wd)) return null;
        const b = g.b1 ?? g.b2 ?? g.b3;
        const y = g.y1 ?? g.y2 ?? g.y3;
        return { kind: 'numeric', a: +g.a!, b: +b!, y: yearOf(y!), wd: wdv(g.wd), pod: podOf(g) };
      },
    },
    {
      // "27 September 2020", "Kamis, 20 Maret 2025", "tanggal 25 Januari", "27th of September",
      // "17 Agustus lalu", "4 Ogos ini", "25 Agustus mendatang" (the word after picks the year)
      name: 'day-month',
      re: re(`${WDPRE}${DAYW}${DAYSPAN}\\s+(?:of\\s+)?${MON}(?:\\s*,?\\s*${YEAR}(?!\\d))?(?:\\s*\\((?<wd2>${A(weekdays.keys())})\\))?${POD}(?:\\s+(?<pa>${A(pAfter.keys())}))?`),
      make: (g) => {
        if (!okCase(g.mon) || !okCase(g.wd)) return null;
        return { kind: g.y ? 'ymd' : 'dm', y: g.y ? +g.y : undefined, m: mon(g.mon), d: +g.d!, wd: wdv(g.wd ?? g.wd2), pod: podOf(g), rel: g.pa ? pAfter.get(norm(g.pa)) : undefined };
      },
    },
    {
      // "September 27, 2020", "Sun May 14 2017", "Sept. 27"
      name: 'month-day',
      re: re(`${WDPRE}${MON}\\s+${DAY}(?!\\d)(?:\\s*,?\\s*${YEAR}(?!\\d))?${POD}`),
      make: (g) => {
        if (!okCase(g.mon) || !okCase(g.wd)) return null;
        return { kind: g.y ? 'ymd' : 'dm', y: g.y ? +g.y : undefined, m: mon(g.mon), d: +g.d!, wd: wdv(g.wd), pod: podOf(g) };
      },
    },
    {
      // "September 2020", "bulan Maret", "pada Mei", "Maret lalu", "last March", "since May"
      // (not "since October 7." or "since October 7, …": a day follows, the month-day rule reads it)
      name: 'month',
      re: re(`(?:(?<cue>${A(p.monthCues)})\\s+)?(?:(?<pb>${A(pBefore.keys())})\\s+)?${MON}(?!\\.?\\s+(?:3[01]|[12]\\d|0?[1-9])(?:${A(p.daySuffixes)})?(?:\\s*[.,;:)]|\\s*$))${YREL}(?:\\s+(?<pa>${A(pAfter.keys())}))?(?:\\s*,?\\s+${YEAR}(?!\\d))?`),
      make: (g) => {
        if (!okCase(g.mon)) return null;
        // "March last year", "Maret tahun lalu": the month of the year before publication
        const yrel = g.ypb ? pBefore.get(norm(g.ypb)) : g.ypa ? pAfter.get(norm(g.ypa)) : undefined;
        if (yrel !== undefined) return { kind: 'month', m: mon(g.mon), yrel };
        if (!g.cue && !g.pb && !g.pa && !g.y) return null;
        const r = g.pa ? pAfter.get(norm(g.pa)) : g.pb ? pBefore.get(norm(g.pb)) : undefined;
        return { kind: 'month', m: mon(g.mon), y: g.y ? +g.y : undefined, rel: r };
      },
    },
    {
      // "Selasa", "hari Kamis", "Tuesday night", "early Sunday", "Senin lalu", "next Monday"
      name: 'weekday',
      re: re(`(?:(?<pb>${A(pBefore.keys())})\\s+)?(?:(?<podb>${A(podsBefore.keys())})\\s+)?${WDOPT}${WD}${WREL}(?:\\s+(?<pa>${A(pAfter.keys())}))?${POD}`),
      make: (g) => {
        if (!okCase(g.wd)) return null;
        const r = g.pa ? pAfter.get(norm(g.pa)) : g.pb ? pBefore.get(norm(g.pb)) : undefined;
        const wrel = g.wpa ? pAfter.get(norm(g.wpa)) : g.wpb ? pBefore.get(norm(g.wpb)) : undefined;
        return { kind: 'weekday', wd: wdv(g.wd), rel: r, wrel, pod: podOf(g) };
      },
    },
    {
      // "3 hari lalu", "dua pekan yang lalu", "three days ago", "a week ago", "sepekan lalu"
      name: 'ago',
      re: re(`(?:(?<n>\\d{1,3}|${A(counts.keys())})\\s+(?<unit>${A(periods.keys())})|(?<one>${A(oneUnit.keys())}))\\s+(?:${A(p.ago)})`),
      make: (g) => {
        if (g.one) return { kind: 'ago', n: 1, unit: oneUnit.get(norm(g.one)) };
        const n = /^\d/.test(g.n!) ? +g.n! : counts.get(norm(g.n!));
        const unit = periods.get(norm(g.unit!));
        if (n === undefined || !unit || unit === 'weekend') return null;
        return { kind: 'ago', n, unit };
      },
    },
    {
      // "pekan lalu", "bulan depan", "tahun ini", "last week", "next month", "akhir pekan lalu"
      name: 'period',
      re: re(`(?:(?<pb>${A(pBefore.keys())})\\s+(?<unit1>${A(periods.keys())})|(?<unit2>${A(periods.keys())})\\s+(?<pa>${A(pAfter.keys())}))`),
      make: (g) => {
        const unit = periods.get(norm((g.unit1 ?? g.unit2)!));
        const r = g.pb ? pBefore.get(norm(g.pb)) : pAfter.get(norm(g.pa!));
        if (!unit || r === undefined) return null;
        return { kind: 'period', unit, rel: r };
      },
    },
    {
      name: 'relative-day',
      re: re(`(?<rel>${A(rel.keys())})${POD}`),
      make: (g) => ({ kind: 'relday', n: rel.get(norm(g.rel!)), pod: podOf(g) }),
    },
    {
      name: 'last-night',
      re: re(`(?:${A(p.lastNight)})`),
      make: () => ({ kind: 'lastnight', pod: 'night' }),
    },
    {
      name: 'overnight',
      // ("in the early hours of Monday" is Monday's: the day after "of" dates it)
      re: re(`(?:${A(p.overnight)})${p.overnightOf?.length ? `(?!\\s+(?:${A(p.overnightOf)})\\s+\\S)` : ''}`),
      make: () => ({ kind: 'overnight', pod: 'night' }),
    },
    {
      // "the 1991-94 war", "2014–2016"
      name: 'year-range',
      re: /(?<![\d.,/-])(?<y>(?:19|20)\d{2})\s*[-–]\s*(?<y2>(?:19|20)\d{2}|\d{2})(?![\d/-]|[.,]\d)/y,
      make: (g) => {
        const y = +g.y!;
        const y2s = g.y2!;
        const y2 = y2s.length === 2 ? Math.floor(y / 100) * 100 + +y2s : +y2s;
        if (y2 <= y) return null;
        return { kind: 'year-range', y, n: y2 };
      },
    },
    {
      // "pada 2019", "tahun 2019", "in 2019", "since 2019"
      name: 'year',
      re: re(`(?:${A(p.yearCues)})\\s+${YEAR}(?![\\d/-]|[.,]\\d)`),
      make: (g) => ({ kind: 'year', y: +g.y! }),
    },
  ];
  // Trigger words: the longest word of every key, so most sentences skip most rules.
  const keyWords = (keys: Iterable<string>) => {
    const set = new Set<string>();
    for (const k of keys) {
      const ws = tokenize(k.toLowerCase()).map((t) => t.lower).filter((w) => /\p{L}/u.test(w));
      if (ws.length) set.add(ws.reduce((a, b) => (b.length > a.length ? b : a)));
    }
    return set;
  };
  const monthWords = keyWords(months.keys());
  const weekdayWords = keyWords(weekdays.keys());
  const triggers: Record<string, { words?: Set<string>; tok?: RegExp }> = {
    iso: { tok: /^\d{4}-\d{2}-\d{2}$/ },
    'weekday-paren': { words: weekdayWords },
    paren: { tok: /^\d{1,2}(?:-\d{1,2})?\/\d{1,2}(?:\/\d{2,4})?$/ },
    numeric: { tok: /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/ },
    'day-month': { words: monthWords },
    'month-day': { words: monthWords },
    month: { words: monthWords },
    weekday: { words: weekdayWords },
    ago: { words: keyWords(p.ago) },
    period: { words: keyWords(periods.keys()) },
    'relative-day': { words: keyWords(rel.keys()) },
    'last-night': { words: keyWords(p.lastNight) },
    overnight: { words: keyWords(p.overnight) },
    'year-range': { tok: /^(?:19|20)\d\d(?:-\d{2,4})?$/ },
    year: { tok: /^(?:19|20)\d\d$/ },
  };
  // Tokens an expression may have before its trigger word: "hari Kamis, tanggal 5 Oktober".
  const backs: Record<string, number> = {
    iso: 0, 'weekday-paren': 1, paren: 4, numeric: 4, 'day-month': 8, 'month-day': 4, month: 4, weekday: 4,
    ago: 5, period: 3, 'relative-day': 3, 'last-night': 3, overnight: 4, 'year-range': 0, year: 3,
  };
  // What each pattern can begin with (its optional leading items included).
  const wdStart = [...p.weekdayWords, ...weekdays.keys()];
  const DIGITS = '0123456789';
  const starts: Record<string, Iterable<string>[]> = {
    iso: [DIGITS],
    'weekday-paren': [wdStart],
    paren: ['('],
    numeric: [DIGITS, wdStart],
    'day-month': [DIGITS, wdStart, p.dayWords],
    'month-day': [wdStart, [...months.keys()]],
    month: [p.monthCues, [...pBefore.keys()], [...months.keys()]],
    weekday: [[...pBefore.keys()], [...podsBefore.keys()], wdStart],
    ago: [DIGITS, [...counts.keys()], [...oneUnit.keys()]],
    period: [[...pBefore.keys()], [...periods.keys()]],
    'relative-day': [[...rel.keys()]],
    'last-night': [p.lastNight],
    overnight: [p.overnight],
    'year-range': [DIGITS],
    year: [p.yearCues],
  };
  const charSet = (lists: Iterable<string>[] | undefined): Uint32Array | null => {
    if (!lists) return null;
    const set = new Uint32Array(4);
    for (const list of lists) {
      for (const w of list) {
        const ch = w.trim().toLowerCase().charCodeAt(0);
        if (Number.isNaN(ch)) continue;
        if (ch >= 128) return null; // a non-ASCII beginning: no filter
        set[ch >>> 5]! |= 1 << (ch & 31);
      }
    }
    return set;
  };
  const firstTokens = (lists: Iterable<string>[] | undefined): SigMap<true> | null => {
    if (!lists) return null;
    const set = new Set<string>();
    for (const list of lists) {
      if (list === DIGITS) continue;
      for (const w of list) {
        const t = tokenize(w.trim().toLowerCase())[0];
        if (t) set.add(t.lower);
      }
    }
    return new SigMap([...set].map((w) => [w, true] as const));
  };
  for (const r of rules) {
    const ng = numberGroups(r.re.source);
    r.re = new RegExp(ng.source, r.re.flags);
    // (a slot past every group reads undefined)
    const slots = new Int32Array(GROUP_NAMES.length).fill(ng.count + 1);
    for (const [name, k] of ng.names) {
      const at = (GROUP_NAMES as readonly string[]).indexOf(name);
      if (at < 0) throw new Error(`dates: group ${name} is not in GROUP_NAMES`);
      slots[at] = k;
    }
    r.groups = slots;
    Object.assign(r, triggers[r.name], {
      back: backs[r.name] ?? BACK, startChars: charSet(starts[r.name]), firstTokens: firstTokens(starts[r.name]),
      digitStart: (starts[r.name] ?? []).includes(DIGITS),
      needs: r.name === 'weekday-paren' || r.name === 'paren' ? '(' : undefined,
    });
  }
  // Rules whose matches begin with a phrase of theirs: a token-level look at the phrases before
  // the pattern (the phrases of relative days, last night, overnight; a period's word with its
  // word before or after).
  const relList = phraseList(rel.keys()), lastNightList = phraseList(p.lastNight), overnightList = phraseList(p.overnight);
  const pbList = phraseList(pBefore.keys()), unitList = phraseList(periods.keys()), paList = phraseList(pAfter.keys());
  // (month-day: a weekday in front, or a month and a day after it)
  const monList = phraseList(months.keys());
  // (month: a month not followed by its day and a stop, after an optional cue and word before)
  const cueList = phraseList(p.monthCues);
  const dayToken = new RegExp(`^(?:3[01]|[12]\\d|0?[1-9])(?:${A(p.daySuffixes)})?$`, 'iu');
  const wdFirst = new Set([...p.weekdayWords, ...weekdays.keys()].map((w) => w.toLowerCase().trim().split(/\s+/)[0]!).filter(Boolean));
  // (day-month: a weekday or day word in front, or a day, its span, "of", a month)
  const dayStarts = new Set([...wdFirst, ...p.dayWords.map((w) => w.toLowerCase().trim().split(/\s+/)[0]!).filter(Boolean)]);
  const mays: Record<string, Rule['may']> = {
    'relative-day': relList && ((toks, facts, i) => phraseMay(toks, facts, i, relList)),
    'last-night': lastNightList && ((toks, facts, i) => phraseMay(toks, facts, i, lastNightList)),
    overnight: overnightList && ((toks, facts, i) => phraseMay(toks, facts, i, overnightList)),
    period: pbList && unitList && paList &&
      ((toks, facts, i) => phrasePairMay(toks, facts, i, pbList, unitList) || phrasePairMay(toks, facts, i, unitList, paList)),
    'month-day': monList && ((toks, facts, i) => monthDayMay(toks, facts, i, wdFirst, monList)),
    'day-month': monList && ((toks, facts, i) => dayMonthMay(toks, facts, i, dayStarts, monList, dayToken)),
    month: monList && cueList && pbList &&
      ((toks, facts, i) => monthMay(toks, facts, i, cueList, pbList, monList, dayToken)),
  };
  for (const r of rules) r.may = mays[r.name] ?? null;
  const ruleWords = new Map<string, number>();
  const tokRules: Array<[number, RegExp]> = [];
  rules.forEach((r, i) => {
    for (const w of r.words ?? []) ruleWords.set(w, (ruleWords.get(w) ?? 0) | (1 << i));
    if (r.tok) tokRules.push([1 << i, r.tok]);
  });
  const c: Compiled = {
    rules,
    wordRules: new SigMap(ruleWords),
    tokRules,
    tokBits: new Map(),
    wordSig: sigSet(ruleWords.keys()),
    memoKey: Symbol('dates'),
    sinceNeed: sigSet(needWords(p.since)),
    futureNeed: sigSet(needWords(p.future)),
    sinceWords: needWords(p.since),
    futureWords: needWords(p.future),
    futureByWords: p.future.every((ph) => /[\p{L}\p{M}\p{N}]/u.test(ph)),
    future: new RegExp(`${WB_START}(?:${A(p.future)})${WB_END}`, 'iu'),
    futureAll: new RegExp(`${WB_START}(?:${A(p.future)})${WB_END}`, 'giu'),
    past: new RegExp(`${WB_START}(?:${A(p.past)})${WB_END}`, 'iu'),
    since: new RegExp(`${WB_START}(?:${A(p.since)})${WB_END}`, 'giu'),
  };
  compiledPacks.set(p, c);
  return c;
}

/**
 * Phrases as lists of lower-case words (split at white space, as alternation() joins them with
 * \s+), for phraseEnds: a word of ASCII letters and digits, or one ASCII character, is kept as it
 * is (a plain token spells it exactly); a word of letters, marks and digits with one outside
 * ASCII becomes null (no plain token spells it: a token that does holds that character). Null
 * when a word is neither (punctuation beside letters: "a.m", "jum'at"): no filter then.
 */
function phraseList(phrases: Iterable<string>): PhraseList | null {
  const byFirst = new Map<string, (string | null)[][]>();
  let size = 0;
  for (const ph of phrases) {
    const ws = ph.toLowerCase().trim().split(/\s+/).filter(Boolean);
    if (ws.length === 0) continue;
    const list: (string | null)[] = [];
    for (const w of ws) {
      if (/^[a-z0-9]+$/.test(w) || (w.length === 1 && w.charCodeAt(0) < 128)) list.push(w);
      else if (/^[\p{L}\p{M}\p{N}]+$/u.test(w) && /[^\x00-\x7f]/.test(w)) list.push(null);
      else return null;
    }
    size++;
    // (a phrase whose first word no plain token spells is found by no plain token)
    const f = list[0];
    if (f === null || f === undefined) continue;
    const at = byFirst.get(f);
    if (at) at.push(list); else byFirst.set(f, [list]);
  }
  return { byFirst, size };
}

/** Phrases by their first word (see phraseList); size counts every phrase. */
interface PhraseList {
  byFirst: Map<string, (string | null)[][]>;
  size: number;
}

/** A plain token: no joiner inside, nothing outside ASCII (see phraseEnds). */
function isPlain(facts: readonly number[], j: number): boolean {
  return (facts[j]! & (TF_JOINED | TF_NONASCII)) === 0;
}

/** Scratch of phraseMay's ends (not re-entered). */
const ENDS: number[] = [];
const MAYBE = -1;

/**
 * The token index after each phrase of `list` that the tokens from i spell, into ENDS (from
 * ENDS[0] on; returns their count), or MAYBE when a token it had to compare is not plain (a joiner
 * or a character outside ASCII in it: its words are not its runs of letters, and case folding may
 * differ from its lower case). A plain token is a whole run of ASCII letters and digits (or one
 * other character), so that a case-insensitive word-bounded pattern that begins at token i with
 * a phrase spells that phrase's words as whole tokens, separated by white space: where no phrase
 * is spelt, the pattern does not match there.
 */
function phraseEnds(toks: readonly Token[], facts: readonly number[], i: number, phrases: PhraseList, at: number): number {
  if (phrases.size === 0 || i >= toks.length) return 0;
  if (!isPlain(facts, i)) return MAYBE;
  const list = phrases.byFirst.get(toks[i]!.lower);
  if (list === undefined) return 0;
  let n = at;
  outer: for (let q = 0; q < list.length; q++) {
    const ws = list[q]!;
    for (let k = 1; k < ws.length; k++) {
      const j = i + k;
      if (j >= toks.length) continue outer;
      if (!isPlain(facts, j)) return MAYBE;
      const w = ws[k]!;
      if (w === null || toks[j]!.lower !== w) continue outer;
    }
    ENDS[n++] = i + ws.length;
  }
  return n - at;
}

/** Whether a pattern beginning with a phrase of `list` may match at token i (see phraseEnds). */
function phraseMay(toks: readonly Token[], facts: readonly number[], i: number, list: PhraseList): boolean {
  return phraseEnds(toks, facts, i, list, 0) !== 0;
}

/** Whether a pattern beginning with a phrase of `a`, white space and a phrase of `b` may match at token i. */
function phrasePairMay(toks: readonly Token[], facts: readonly number[], i: number, a: PhraseList, b: PhraseList): boolean {
  const na = phraseEnds(toks, facts, i, a, 0);
  if (na === MAYBE) return true;
  for (let q = 0; q < na; q++) {
    const nb = phraseEnds(toks, facts, ENDS[q]!, b, na);
    if (nb !== 0) return true;
  }
  return false;
}

/**
 * Whether the month-day pattern may match at token i: a token that is not plain, or the first
 * word of a weekday phrase (its optional weekday in front: left to the pattern); else a month
 * (see phraseEnds), its dot right after it if any, and a token that begins with a digit (its day)
 * or is not plain.
 */
function monthDayMay(toks: readonly Token[], facts: readonly number[], i: number, wdFirst: ReadonlySet<string>, months: PhraseList): boolean {
  if ((facts[i]! & (TF_JOINED | TF_NONASCII)) !== 0 || wdFirst.has(toks[i]!.lower)) return true;
  const n = phraseEnds(toks, facts, i, months, 0);
  if (n === MAYBE) return true;
  for (let q = 0; q < n; q++) {
    let e = ENDS[q]!;
    if (e < toks.length && (facts[e]! & (TF_JOINED | TF_NONASCII)) === 0 && toks[e]!.lower === '.' && toks[e]!.start === toks[e - 1]!.end) e++;
    if (e >= toks.length) continue;
    if ((facts[e]! & (TF_JOINED | TF_NONASCII | TF_DIGIT0)) !== 0) return true;
  }
  return false;
}

/** Scratch of monthMay (not re-entered): where the month may begin (a plain array, as ENDS). */
const MONTH_STARTS: number[] = [];

/**
 * Whether the month pattern may match at token i. Its match is an optional cue, an optional word
 * before, then a month that is not followed by its day and a stop ("October 19," is the
 * month-day pattern's): where every month the tokens from i may hold is followed, past its dot,
 * by white space, a plain token that is a day as the pattern reads one, and a stop or the end of
 * the sentence, the pattern cannot match. Tokens that are not plain leave it to the pattern.
 */
function monthMay(toks: readonly Token[], facts: readonly number[], i: number, cues: PhraseList,
  before: PhraseList, months: PhraseList, dayToken: RegExp): boolean {
  // where the month may begin: i, after a cue, after a word before (after a cue or not)
  const starts = MONTH_STARTS;
  let ns = 0;
  starts[ns++] = i;
  const nc = phraseEnds(toks, facts, i, cues, 0);
  if (nc === MAYBE) return true;
  for (let q = 0; q < nc; q++) starts[ns++] = ENDS[q]!;
  for (let a = 0, na = ns; a < na; a++) {
    const nb = phraseEnds(toks, facts, starts[a]!, before, 0);
    if (nb === MAYBE) return true;
    for (let q = 0; q < nb; q++) starts[ns++] = ENDS[q]!;
  }
  for (let a = 0; a < ns; a++) {
    const at = starts[a]!;
    if (at >= toks.length) continue;
    const nm = phraseEnds(toks, facts, at, months, 0);
    if (nm === MAYBE) return true;
    for (let q = 0; q < nm; q++) if (!dayStopAt(toks, facts, ENDS[q]!, dayToken)) return true;
  }
  return false;
}

/**
 * Whether the day-month pattern may match at token i: a token that is not plain, or the first word
 * of a weekday or day-word phrase (its optional words in front: left to the pattern); else a
 * plain token that is a day (as the pattern reads one, whole), a span "-" and another day if one
 * follows, an optional "of", and a month (see phraseEnds). A token that is not plain on the way
 * leaves it to the pattern.
 */
function dayMonthMay(toks: readonly Token[], facts: readonly number[], i: number, starts: ReadonlySet<string>,
  months: PhraseList, dayToken: RegExp): boolean {
  if (!isPlain(facts, i) || starts.has(toks[i]!.lower)) return true;
  if (!dayToken.test(toks[i]!.lower)) return false;
  let j = i + 1;
  if (j >= toks.length) return false;
  if (!isPlain(facts, j)) return true;
  if (toks[j]!.lower === '-') {
    if (++j >= toks.length) return false;
    if (!isPlain(facts, j)) return true;
    if (!dayToken.test(toks[j]!.lower)) return false;
    if (++j >= toks.length) return false;
    if (!isPlain(facts, j)) return true;
  }
  if (toks[j]!.lower === 'of' && ++j < toks.length && !isPlain(facts, j)) return true;
  if (j >= toks.length) return false;
  return phraseEnds(toks, facts, j, months, 0) !== 0;
}

/**
 * Whether tokens from e (right after a month) are certainly its day and a stop as the month
 * pattern's look-ahead reads them: an optional dot right after the month, white space, a plain
 * token that is a day, then one of . , ; : ) or nothing.
 */
function dayStopAt(toks: readonly Token[], facts: readonly number[], e: number, dayToken: RegExp): boolean {
  if (e < toks.length && isPlain(facts, e) && toks[e]!.lower === '.' && toks[e]!.start === toks[e - 1]!.end) e++;
  if (e >= toks.length || !isPlain(facts, e) || toks[e]!.start === toks[e - 1]!.end || !dayToken.test(toks[e]!.lower)) return false;
  const n = e + 1;
  if (n >= toks.length) return true;
  if (!isPlain(facts, n)) return false;
  const w = toks[n]!.lower;
  return w === '.' || w === ',' || w === ';' || w === ':' || w === ')';
}

/** The longest run of word characters of each phrase, lower case, without repeats. */
function needWords(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const ph of phrases) {
    const ws = ph.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
    if (ws.length) out.add(ws.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return [...out];
}

/**
 * Whether sentence-relative s[from, to) may hold a cue whose longest word has its signature in
 * `need` (sinceNeed, futureNeed): a token there with such a signature, or one the signature
 * does not speak for (non-ASCII, an inner joiner), or one cut by the window's start (its tail
 * reads as a word of its own there). A cue found by the word-bounded pattern in the window holds
 * its longest word as a whole run of word characters, that is a whole token of the window.
 */
function cueMayBeIn(toks: readonly Token[], facts: readonly number[], base: number, from: number, to: number, need: Uint32Array): boolean {
  for (let ti = 0; ti < toks.length; ti++) {
    const t = toks[ti]!;
    const st = t.start - base;
    if (st >= to) break;
    if (t.end - base <= from) continue;
    if (st < from) return true;
    const f = facts[ti]!;
    if ((f & (TF_NONASCII | TF_JOINED)) !== 0 || hasSig(need, f >>> TF_SIG_SHIFT)) return true;
  }
  return false;
}

/**
 * A pattern's source with each named group `(?<name>…)` made a plain numbered one, and the
 * number of each name (groups are numbered by their opening parenthesis, as before).
 */
export function numberGroups(source: string): { source: string; names: Array<[string, number]>; count: number } {
  let out = '';
  const names: Array<[string, number]> = [];
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      if (!inClass && source[i + 1] === 'k') throw new Error('numberGroups: named back-references are not supported');
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === '(') {
      if (source[i + 1] !== '?') {
        count++;
      } else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        const close = source.indexOf('>', i + 3);
        names.push([source.slice(i + 3, close), ++count]);
        out += '(';
        i = close;
        continue;
      }
    }
    out += ch;
  }
  return { source: out, names, count };
}


/** White space as /\s/ sees it. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether s[from, to) has no ; : ! ? and at most `max` words (runs of non-space), as
 * !/[;:!?]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= max.
 */
function fewWordsBetween(s: string, from: number, to: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 59 || c === 58 || c === 33 || c === 63) return false;
    if (isJsSpace(c)) inWord = false;
    else if (!inWord) { inWord = true; words++; }
  }
  return words <= max;
}

const UPPER_START = /^\p{Lu}/u;
/** As /^\p{Lu}/u.test(s), ASCII without the regex. */
function upperInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(s);
}

function yearOf(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

const SPECIFICITY: Record<string, number> = {
  'weekday-paren': 9, numeric: 8, iso: 8, 'day-month': 7, 'month-day': 7, ago: 6, period: 5, month: 4,
  'year-range': 4, year: 3, 'last-night': 3, overnight: 3, 'relative-day': 6, weekday: 2, paren: 1,
};

/** How many tokens before its trigger word a date expression may start ("hari Kamis", "pada tahun"). */
const BACK = 8;


/**
 * Finds the date expressions of a sentence (unresolved), once per sentence object: the number
 * reader uses the same spans to leave dates alone.
 */
export function scanDates(sentence: Sentence, pack: LanguagePack): RawDate[] {
  const c = compile(pack.dates);
  const hit = memoPeek<RawDate[]>(sentence, c.memoKey);
  if (hit !== undefined) return hit;
  const v = scan(sentence, pack, c);
  memoPut(sentence, c.memoKey, v);
  return v;
}

/**
 * The one empty answer of scan() and findDates() (most sentences hold no date): read-only, shared
 * by every caller (frozen, so that a caller that would add to it fails loudly).
 */
const NO_RAW = Object.freeze([]) as unknown as RawDate[];
const NO_MENTIONS = Object.freeze([]) as unknown as DateMention[];

/**
 * Scratch of scan() (not re-entered): the tokens that may trigger a rule, in order, and the
 * rules each may trigger.
 */
let TRIG_AT = new Int32Array(256);
let TRIG_MASK = new Int32Array(256);

function scan(sentence: Sentence, pack: LanguagePack, c: Compiled): RawDate[] {
  const s = sentence.text;
  const cands: RawDate[] = [];
  // Which rules each token may trigger; a rule is tried (sticky) only from a few tokens before
  // each of its triggers, so the cost follows the date words, not the sentence length.
  const toks = tokensOf(sentence);
  const base = sentence.start;
  const facts = factsOf(sentence);
  const wordRules = c.wordRules;
  const wordSig = c.wordSig;
  let nt = 0;
  let any = 0;
  for (let ti = 0; ti < toks.length; ti++) {
    const f = facts[ti]!;
    let b = 0;
    if ((f & TF_NONASCII) !== 0 || hasSig(wordSig, f >>> TF_SIG_SHIFT)) b = wordRules.get(toks[ti]!.lower, f >>> TF_SIG_SHIFT) ?? 0;
    // "Thursday's attack", "Sunday’s bombing": a date word with the possessive is that word
    if (b === 0 && (f & TF_JOINED) !== 0) {
      const l = toks[ti]!.lower;
      const n = l.length;
      if (n > 3 && l.charCodeAt(n - 1) === 115 && (l.charCodeAt(n - 2) === 39 || l.charCodeAt(n - 2) === 0x2019)) {
        const stem = l.slice(0, n - 2);
        b = wordRules.get(stem, engineWordSig(stem)) ?? 0;
      }
    }
    // Numeric forms are digits with separators (joiners inside the token), or a bare four-digit year.
    if (f & TF_DIGIT0 && (f & TF_JOINED || toks[ti]!.text.length === 4)) {
      const w = toks[ti]!.text;
      let tb = c.tokBits.get(w);
      if (tb === undefined) {
        tb = 0;
        for (const [bit, rx] of c.tokRules) if (rx.test(w)) tb |= bit;
        if (c.tokBits.size >= 4096) c.tokBits.clear();
        c.tokBits.set(w, tb);
      }
      b |= tb;
    }
    if (b === 0) continue;
    if (nt === TRIG_AT.length) {
      TRIG_AT = doubled(TRIG_AT);
      TRIG_MASK = doubled(TRIG_MASK);
    }
    TRIG_AT[nt] = ti;
    TRIG_MASK[nt++] = b;
    any |= b;
  }
  if (nt === 0) return NO_RAW;
  const trigAt = TRIG_AT;
  const trigMask = TRIG_MASK;
  let hasParen: boolean | undefined; // (every `needs` is "(")
  for (let ri = 0; ri < c.rules.length; ri++) {
    const bit = 1 << ri;
    if (!(any & bit)) continue;
    const r = c.rules[ri]!;
    if (r.needs !== undefined && (hasParen ??= s.indexOf(r.needs) >= 0) === false) continue;
    const sc = r.startChars ?? null;
    const ft = r.firstTokens ?? null;
    let lastEnd = -1;
    for (let q = 0; q < nt; q++) {
      if (!(trigMask[q]! & bit)) continue;
      const ti = trigAt[q]!;
      const trigStart = toks[ti]!.start - base;
      if (trigStart < lastEnd) continue;
      for (let back = Math.min(ti, r.back ?? BACK); back >= 0; back--) {
        const sk = toks[ti - back]!;
        const st = sk.start - base;
        if (st < lastEnd) continue;
        const sf = facts[ti - back]!;
        if (ft !== null && (sf & (TF_JOINED | TF_NONASCII)) === 0) {
          if ((sf & TF_DIGIT0) !== 0 ? !r.digitStart : ft.get(sk.lower, sf >>> TF_SIG_SHIFT) === undefined) continue;
        } else if (sc) {
          const ch = sk.lower.charCodeAt(0);
          if (ch < 128 && (sc[ch >>> 5]! & (1 << (ch & 31))) === 0) continue;
        }
        if (r.may && !r.may(toks, facts, ti - back)) continue;
        r.re.lastIndex = st;
        const m = r.re.exec(s);
        if (!m || m.index + m[0].length <= trigStart) continue;
        const made = r.make(GROUPS.fill(m, r.groups!));
        if (!made) continue;
        // Every raw date has one shape (the rules' objects differ in their fields): resolve and
        // findDates then read them at one place each.
        const raw: RawDate = {
          start: m.index, end: m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0), rule: r.name, kind: made.kind,
          y: made.y, m: made.m, d: made.d, a: made.a, b: made.b, wd: made.wd, n: made.n, unit: made.unit, rel: made.rel, yrel: made.yrel, wrel: made.wrel, pod: made.pod,
          futureCue: false, since: false,
        };
        cands.push(raw);
        lastEnd = m.index + m[0].length;
        break;
      }
    }
  }
  // Longest (then most specific) first; keep those that do not overlap a kept one.
  if (cands.length > 1) cands.sort((x, y) => (y.end - y.start) - (x.end - x.start) || (SPECIFICITY[y.rule] ?? 0) - (SPECIFICITY[x.rule] ?? 0) || x.start - y.start);
  const kept: RawDate[] = [];
  for (let q = 0; q < cands.length; q++) {
    const cd = cands[q]!;
    let overlaps = false;
    for (let z = 0; z < kept.length; z++) if (cd.start < kept[z]!.end && kept[z]!.start < cd.end) { overlaps = true; break; }
    if (!overlaps) kept.push(cd);
  }
  if (kept.length > 1) kept.sort((x, y) => x.start - y.start);
  // Since-words and future cues before each date, within its clause.
  // Whether the sentence may hold a since / future cue (see sinceNeed): tokens with a joiner or
  // a non-ASCII character count as maybe.
  let needSince = false;
  let needFuture = false;
  if (kept.length) {
    for (let ti = 0; ti < toks.length && !(needSince && needFuture); ti++) {
      const f = facts[ti]!;
      if (f & TF_NONASCII) { needSince = needFuture = true; break; }
      if (f & TF_JOINED) {
        // A cue word inside "they'll", "ever-since".
        const w = toks[ti]!.lower;
        if (!needSince && c.sinceWords.some((x) => w.includes(x))) needSince = true;
        if (!needFuture && c.futureWords.some((x) => w.includes(x))) needFuture = true;
        continue;
      }
      const h = f >>> TF_SIG_SHIFT;
      if (!needSince && hasSig(c.sinceNeed, h)) needSince = true;
      if (!needFuture && hasSig(c.futureNeed, h)) needFuture = true;
    }
  }
  const sincePos: number[] = [];
  const futureHere = needFuture;
  if (needSince) {
    c.since.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.since.exec(s)) !== null) sincePos.push(m.index + m[0].length);
  }
  let prevEnd = 0;
  for (const k of kept) {
    // (the cue before the date, or the date's own cue word: "since May", "sejak 2019")
    let sp: number | undefined;
    for (let q = sincePos.length - 1; q >= 0; q--) {
      const p = sincePos[q]!;
      if (p <= k.end && p >= prevEnd) { sp = p; break; }
    }
    if (sp !== undefined) {
      if (sp > k.start || fewWordsBetween(s, sp, k.start, 8)) k.since = true;
    }
    // A future cue counts within the date's clause: up to ten words before it, no comma between.
    if (k.start > 0 && futureHere) {
      let from = k.start - 80 > 0 ? k.start - 80 : 0;
      for (let q = k.start - 1; q >= from; q--) {
        const ch = s.charCodeAt(q);
        if (ch === 44 /* , */ || ch === 59 /* ; */) { from = q; break; }
      }
      // The last future cue before the date, unless a past cue comes after it
      // ("akan menyelidiki penembakan yang terjadi Senin": the shooting is past).
      if (c.futureByWords && !cueMayBeIn(toks, facts, base, from, k.start, c.futureNeed)) { prevEnd = k.end; k.start += base; k.end += base; continue; }
      const win = s.slice(from, k.start);
      let last = -1;
      c.futureAll.lastIndex = 0;
      let fm: RegExpExecArray | null;
      while ((fm = c.futureAll.exec(win)) !== null) last = fm.index + fm[0].length;
      k.futureCue = last >= 0 && !c.past.test(win.slice(last));
    }
    prevEnd = k.end;
    k.start += sentence.start;
    k.end += sentence.start;
  }
  return kept;
}

/**
 * Explicit dates seen so far in the current document, by weekday: a later bare "Selasa" in a
 * story that said "Selasa (27/4/2021)" means that Tuesday, not the latest one. Sentences are
 * read in order; the memo is keyed on the document text and publication time.
 */
let anchors: { text: string; published: string | null; pack: DatePack; byWeekday: Map<number, Array<{ start: number; n: number }>> } | null = null;

/** Finds and resolves the date expressions of one sentence against the publication time. */
let lastPub: { s: string | null; v: LocalTime | null } = { s: null, v: null };

export function findDates(text: string, sentence: Sentence, pack: LanguagePack, published: string | null): DateMention[] {
  if (lastPub.s !== published) lastPub = { s: published, v: parsePublished(published) };
  const pub = lastPub.v;
  const raws = scanDates(sentence, pack);
  if (raws.length === 0) return NO_MENTIONS;
  if (!anchors || anchors.text !== text || anchors.published !== published || anchors.pack !== pack.dates) {
    anchors = { text, published, pack: pack.dates, byWeekday: new Map() };
  }
  const memo = anchors;
  const out: DateMention[] = [];
  for (const r of raws) {
    const m = resolve(r, pub, pack.dates);
    if (!m) continue;
    let rule = r.rule;
    if (m.date && m.precision === 1 && !m.relative || (m.date && r.kind === 'numeric')) {
      const n = LAST_N!; // the day number of m.date
      const wd = weekdayOf(n);
      let list = memo.byWeekday.get(wd);
      if (!list) memo.byWeekday.set(wd, (list = []));
      let seen = false;
      for (let q = 0; q < list.length; q++) if (list[q]!.n === n) { seen = true; break; }
      if (!seen) list.push({ start: r.start, n });
    } else if (r.kind === 'weekday' && r.rel === undefined && !r.futureCue && m.date && pub) {
      const P = dayNumber(pub.y, pub.m, pub.d);
      // (the last anchor before it within a month up to publication; a loop, no filtered copy)
      const list = memo.byWeekday.get(r.wd!);
      let a: { start: number; n: number } | undefined;
      if (list) {
        for (let q = list.length - 1; q >= 0; q--) {
          const x = list[q]!;
          if (x.start < r.start && x.n <= P && x.n >= P - 31) { a = x; break; }
        }
      }
      if (a && iso(a.n) !== m.date) {
        m.date = iso(a.n);
        rule = 'weekday-anchored';
      }
    }
    m.rule = ruleId(pack.code, rule);
    out.push(m);
  }
  return out;
}

const PAST_SLACK = 7; // a day-month up to a week after publication is still this year's

/** Rule ids "<code>/date/<rule>", made once each. */
const RULE_IDS = new Map<string, Map<string, string>>();
function ruleId(code: string, rule: string): string {
  let m = RULE_IDS.get(code);
  if (!m) RULE_IDS.set(code, (m = new Map()));
  let id = m.get(rule);
  if (id === undefined) m.set(rule, (id = `${code}/date/${rule}`));
  return id;
}

/** iso() of recent day numbers (a document names few days). */
// (its own memo, not engine/memo's boundedMemo: that function's one closure code serves memos of
// string keys too, and a number-keyed look-up there is slower than here)
const ISO_OF = new Map<number, string>();
function isoOf(n: number): string {
  let v = ISO_OF.get(n);
  if (v === undefined) {
    if (ISO_OF.size >= 4096) ISO_OF.clear();
    ISO_OF.set(n, (v = iso(n)));
  }
  return v;
}

/** The day number of the last mention resolve made (its `date`), or null. */
let LAST_N: number | null = null;

/**
 * The mention of raw date r on day n (publication day P). `future` undefined: after publication.
 * Built in its final shape (its rule set by findDates), no closure per resolve.
 */
function day(
  r: RawDate, P: number | null, n: number | null, precision: 1 | 2 | 3, relative: boolean, future?: boolean, background = false,
): DateMention {
  return {
    start: r.start,
    end: r.end,
    date: n === null ? null : isoOf((LAST_N = n)),
    precision,
    since: r.since,
    future: future ?? (n !== null && P !== null && n > P),
    partOfDay: r.pod ?? null,
    background,
    relative,
    rule: '',
  };
}

/** Year for a day-month with no year: the publication's, with a past bias unless the sentence speaks of the future. */
function yearFor(r: RawDate, pub: LocalTime | null, P: number | null, m: number, d: number): number | null {
  if (!pub || P === null) return null;
  let y = pub.y;
  if (!isValidDate(y, m, d) && m === 2 && d === 29) return y; // resolved below as invalid
  const n = dayNumber(y, m, d);
  if (r.rel === -1) { if (n > P) y--; }
  else if (r.rel === 0) { /* "4 Ogos ini": this year's */ }
  else if (r.rel === 1 || r.futureCue) { if (n < P - (r.rel === 1 ? 0 : 31)) y++; }
  else if (n > P + PAST_SLACK) y--;
  return y;
}

function resolve(r: RawDate, pub: LocalTime | null, p: DatePack): DateMention | null {
  const P = pub ? dayNumber(pub.y, pub.m, pub.d) : null;
  switch (r.kind) {
    case 'ymd': {
      if (!isValidDate(r.y!, r.m!, r.d!)) return null;
      return day(r, P, dayNumber(r.y!, r.m!, r.d!), 1, false);
    }
    case 'dm': {
      if (r.d! > 31) return null;
      let y = yearFor(r, pub, P, r.m!, r.d!);
      if (y === null) return day(r, P, null, 1, true);
      // A weekday beside it ("Selasa, 19 Sept") picks between this year and the one before/after.
      if (r.wd !== undefined && isValidDate(y, r.m!, r.d!) && weekdayOf(dayNumber(y, r.m!, r.d!)) !== r.wd) {
        for (const alt of [y - 1, y + 1]) if (isValidDate(alt, r.m!, r.d!) && weekdayOf(dayNumber(alt, r.m!, r.d!)) === r.wd) { y = alt; break; }
      }
      if (!isValidDate(y, r.m!, r.d!)) return null;
      return day(r, P, dayNumber(y, r.m!, r.d!), 1, true);
    }
    case 'numeric': {
      // The two readings (day/month, month/day) in the pack's order, each when it may be one.
      let best: number | null = null;
      let unresolved = false;
      const dmFirst = p.numericOrder === 'dm';
      for (let q = 0; q < 2; q++) {
        const asDm = (q === 0) === dmFirst;
        const d = asDm ? r.a! : r.b!, m = asDm ? r.b! : r.a!;
        if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) continue;
        const y = r.y ?? yearFor(r, pub, P, m, d);
        if (y === null) { unresolved = true; break; }
        if (!isValidDate(y, m, d)) continue;
        const n = dayNumber(y, m, d);
        // A weekday beside the numbers picks the reading it agrees with.
        if (r.wd !== undefined && weekdayOf(n) === r.wd) { best = n; break; }
        if (best === null) best = n;
      }
      if (unresolved) return day(r, P, null, 1, r.y === undefined);
      if (best === null) return null;
      return day(r, P, best, 1, r.y === undefined);
    }
    case 'weekday': {
      if (P === null) return day(r, P, null, 1, true);
      // (that weekday of the week before, this or next one: weeks run from Monday)
      if (r.wrel !== undefined) {
        const n = mondayOf(P) + 7 * r.wrel + ((r.wd! + 6) % 7);
        return day(r, P, n, 1, true, n > P);
      }
      const cur = weekdayOf(P);
      const wantFuture = r.rel === 1 || (r.rel !== -1 && r.futureCue);
      let n: number;
      if (wantFuture) {
        let delta = (r.wd! - cur + 7) % 7;
        if (r.rel === 1 && delta === 0) delta = 7;
        n = P + delta;
      } else {
        let delta = (cur - r.wd! + 7) % 7;
        if (r.rel === -1 && delta === 0) delta = 7;
        n = P - delta;
      }
      return day(r, P, n, 1, true, n > P || (wantFuture && n === P));
    }
    case 'relday': {
      if (P === null) return day(r, P, null, 1, true);
      return day(r, P, P + r.n!, 1, true);
    }
    case 'lastnight': {
      if (P === null || !pub) return day(r, P, null, 1, true);
      const from = p.lastNightSameDayFrom;
      return day(r, P, from !== null && pub.hour !== null && pub.hour >= from ? P : P - 1, 1, true);
    }
    case 'overnight': {
      if (P === null) return day(r, P, null, 1, true);
      return day(r, P, P, 1, true);
    }
    case 'period': {
      if (P === null || !pub) return day(r, P, null, r.unit === 'day' ? 1 : r.unit === 'week' || r.unit === 'weekend' ? 2 : 3, true);
      const rel = r.rel!;
      switch (r.unit) {
        case 'day': return day(r, P, P + rel, 1, true);
        case 'week': return day(r, P, mondayOf(P) + 7 * rel, 2, true, rel > 0);
        case 'weekend': {
          // The Saturday of the weekend before (or after, or around) publication.
          const sat = P - ((weekdayOf(P) + 1) % 7);
          const n = rel < 0 ? (sat === P || sat === P - 1 ? sat - 7 : sat) : rel > 0 ? sat + 7 : sat;
          return day(r, P, n, 2, true, rel > 0);
        }
        case 'month': return day(r, P, monthStart(pub.y, pub.m, rel), 3, true, rel > 0);
        case 'year': return day(r, P, dayNumber(pub.y + rel, 1, 1), 3, true, rel > 0);
      }
      return null;
    }
    case 'ago': {
      const prec: 1 | 2 | 3 = r.unit === 'day' ? 1 : r.unit === 'week' ? 2 : 3;
      if (P === null || !pub) return day(r, P, null, prec, true);
      const n = r.n!;
      switch (r.unit) {
        case 'day': return day(r, P, P - n, 1, true);
        case 'week': return day(r, P, P - 7 * n, 2, true);
        case 'month': return day(r, P, addMonths(pub.y, pub.m, pub.d, -n), 3, true);
        case 'year': return day(r, P, addMonths(pub.y, pub.m, pub.d, -12 * n), 3, true);
      }
      return null;
    }
    case 'month': {
      if (r.y !== undefined) return day(r, P, dayNumber(r.y, r.m!, 1), 3, false);
      if (!pub) return day(r, P, null, 3, true);
      if (r.yrel !== undefined) return day(r, P, dayNumber(pub.y + r.yrel, r.m!, 1), 3, true, r.yrel > 0 || (r.yrel === 0 && r.m! > pub.m));
      let y = pub.y;
      if (r.rel === -1) { if (r.m! >= pub.m) y--; }
      else if (r.rel === 1) { if (r.m! <= pub.m) y++; }
      else if (r.futureCue) { if (r.m! < pub.m) y++; }
      else if (r.m! > pub.m) y--;
      return day(r, P, dayNumber(y, r.m!, 1), 3, true);
    }
    case 'year':
      return day(r, P, dayNumber(r.y!, 1, 1), 3, false);
    case 'year-range':
      return day(r, P, dayNumber(r.y!, 1, 1), 3, false, undefined, true);
  }
  return null;
}
