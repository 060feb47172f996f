import type { Claimant, Group, Outcome, Qualifier, Span } from '../types.js';

/** A casualty figure read from one sentence, with who claimed it. */
export interface CasualtyMention {
  count: number;
  qualifier: Qualifier;
  outcome: Outcome;
  group: Group;
  claimant: Claimant | null;
  /** The sentence (or clause) the figure was read from. */
  evidence: Span;
  /** The span of the number itself. */
  numberSpan: Span;
  /** A running total ("since 27 September", "so far", "total"), not one event's toll. */
  tally: boolean;
  /** For tallies: the start date of the total (YYYY-MM-DD) when stated. */
  since: string | null;
  /** Only breaks another figure down ("including 4 children"). */
  breakdown: boolean;
  /** Index of the sentence it came from. */
  sentence: number;
  rule: string;
}

export interface ClaimPack {
  [key: string]: unknown;
}

/** "X said", "menurut X", "according to X": who a sentence's statements belong to. */
export interface Attribution {
  sentence: number;
  claimant: Claimant;
  /** The span naming the claimant. */
  span: Span;
  rule: string;
}
