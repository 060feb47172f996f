/** A date expression resolved against the publication time. */
export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when it cannot be resolved (no reference time). */
  date: string | null;
  /** ACLED time precision: 1 day, 2 week, 3 month or more. */
  precision: 1 | 2 | 3;
  /** "since 27 September": the start of a running total. */
  since: boolean;
  /** The sentence speaks of the future ("will meet next week"). */
  future: boolean;
  rule: string;
}

export interface DatePack {
  [key: string]: unknown;
}
