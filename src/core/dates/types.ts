/** Part of the day a date expression names ("Kamis pagi", "Tuesday night"). */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** A period unit a relative expression counts in. */
export type PeriodUnit = 'day' | 'week' | 'month' | 'year' | 'weekend';

/** A date expression resolved against the publication time. */
export interface DateMention {
  start: number;
  end: number;
  /**
   * YYYY-MM-DD, or null when it cannot be resolved (a relative expression and no reference
   * time). For a week, month or year (precision 2 or 3) it is the period's first day.
   */
  date: string | null;
  /** ACLED time precision: 1 day, 2 week, 3 month or more. */
  precision: 1 | 2 | 3;
  /** "since 27 September": the start of a running total. */
  since: boolean;
  /** The expression points after the publication day ("besok", "next week", "will … on Friday"). */
  future: boolean;
  rule: string;
  /** Part of the day when named ("pagi", "night"). */
  partOfDay?: PartOfDay | null;
  /** Background period, not an event date ("the 1991-94 war"). */
  background?: boolean;
  /** The date is relative to the publication time (needs `published` to resolve). */
  relative?: boolean;
}

/**
 * The date words of one language (lower case). The engine builds its patterns from these once
 * per pack; rules are the same for every language, words differ.
 */
export interface DatePack {
  /** Month names and abbreviations → 1..12. */
  months: Record<string, number>;
  /** Weekday names → 0 (Sunday) … 6 (Saturday). */
  weekdays: Record<string, number>;
  /** Names that count only when written with a capital ("May", "March", "Sun", "Minggu" = Sunday vs minggu = week). */
  caseSensitive: string[];
  /** Order of all-numeric dates: "dm" (27/9/2020) or "md" (9/27/2020). Unambiguous ones are read either way. */
  numericOrder: 'dm' | 'md';
  /** Words that may precede a day number ("tanggal", "tgl"). */
  dayWords: string[];
  /** Ordinal endings of day numbers ("th" in "27th"). */
  daySuffixes: string[];
  /** Words that may precede a weekday ("hari" in "hari Kamis"). */
  weekdayWords: string[];
  /** Parts of the day written after a date ("pagi", "malam", "night", "dini hari"). */
  partsOfDay: Record<string, PartOfDay>;
  /** Parts of the day written before a weekday ("early" Tuesday, "late" Monday). */
  partsOfDayBefore: Record<string, PartOfDay>;
  /** Days relative to publication: "kemarin" -1, "hari ini" 0, "besok" 1, "tomorrow" 1. */
  relativeDays: Record<string, number>;
  /** "last night" words: the day before publication, or the publication day from `lastNightSameDayFrom`. */
  lastNight: string[];
  /**
   * Local hour from which "last night" means the same evening ("tadi malam" in a 21:00 story is
   * tonight); null when it always means the night before (English "last night").
   */
  lastNightSameDayFrom: number | null;
  /** "overnight": the night ending on the publication day. */
  overnight: string[];
  /** Words after an overnight phrase that name its day instead ("in the early hours of Monday"): then it is no overnight. */
  overnightOf?: string[];
  /** Period words → unit ("pekan" week, "bulan" month, "days" day, "akhir pekan" weekend). */
  periods: Record<string, PeriodUnit>;
  /** Modifiers after a period or weekday: "lalu" -1, "depan" 1, "ini" 0. */
  periodAfter: Record<string, number>;
  /** Modifiers before a period, weekday or month: "last" -1, "next" 1, "this" 0. */
  periodBefore: Record<string, number>;
  /** Words after "N days" that make it past ("lalu", "yang lalu", "ago"). */
  ago: string[];
  /** Count words for "N days ago" besides digits ("dua", "two", "a"). */
  counts: Record<string, number>;
  /** Words standing for "one <unit>" ("sepekan" → week, "sebulan" → month). */
  oneUnit: Record<string, PeriodUnit>;
  /** Words before a month name that make it a date without a day ("bulan", "pada", "in", "since"). */
  monthCues: string[];
  /** Words before a four-digit year that make it a date ("tahun", "pada tahun", "in", "since"). */
  yearCues: string[];
  /** Words that make the next date the start of a running total ("sejak", "since"). */
  since: string[];
  /** Cues that a sentence speaks of the future ("akan", "will", "is expected to"). */
  future: string[];
  /** Cues after a future cue that put the date back in the past ("yang terjadi", "which took place"). */
  past: string[];
}
