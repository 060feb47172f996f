import type { Qualifier } from '../types.js';

/** A count found in the text: "sedikitnya 27" → 27 at_least; "puluhan" → 12 vague. */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  /** Id of the rule that made it, e.g. "id/number/words". */
  rule: string;
}

/** The number words and qualifiers of one language (filled by each pack). */
export interface NumberPack {
  [key: string]: unknown;
}
