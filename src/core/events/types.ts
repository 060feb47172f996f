/** ACLED sub-event types, exact spellings (CONTRACT.md). */
export type SubEventType =
  | 'Armed clash'
  | 'Government regains territory'
  | 'Non-state actor overtakes territory'
  | 'Chemical weapon'
  | 'Air/drone strike'
  | 'Suicide bomb'
  | 'Shelling/artillery/missile attack'
  | 'Remote explosive/landmine/IED'
  | 'Grenade'
  | 'Sexual violence'
  | 'Attack'
  | 'Abduction/forced disappearance'
  | 'Peaceful protest'
  | 'Protest with intervention'
  | 'Excessive force against protesters'
  | 'Violent demonstration'
  | 'Mob violence'
  | 'Agreement'
  | 'Arrests'
  | 'Change to group/activity'
  | 'Disrupted weapons use'
  | 'Headquarters or base established'
  | 'Looting/property destruction'
  | 'Non-violent transfer of territory'
  | 'Other';

/**
 * One trigger rule of a language: token patterns that say an event of one sub-event type
 * happened. Pattern syntax (folded lower case, no diacritics, tokens separated by spaces):
 * - `word` an exact token; `word*` a token starting with `word` (at least 3 letters);
 * - `a|b*|c` alternatives of one token, `(a b|c)` of several; `@name` any entry of the pack's lexicon `name`;
 * - `#` any number; `~` a gap of up to 3 tokens, `~N` up to N tokens.
 */
export interface TriggerRule {
  /** Stable id, e.g. `id/event/dibom`. */
  id: string;
  sub: SubEventType;
  patterns: string[];
  /** Strength when several rules hit one sentence; defaults to the sub-event type's rank. */
  weight?: number;
  /** At least one entry of each named lexicon must occur in the sentence. */
  needs?: string[];
  /** No entry of these lexicons may occur in the sentence. */
  unless?: string[];
  /** The grammatical subject is the target ("Ganja dibom oleh …", "was shelled by"). */
  passive?: boolean;
  /** A generic word ("the attack", "ledakan"): only makes an event when nothing stronger is said. */
  weak?: boolean;
  /** A word for an incident already told ("the incident", "kejadian itu"): never an event of its own, only a telling of one (its place, its day). */
  joinOnly?: boolean;
  /** Only an event when announced for the future (meetings, talks). */
  plannedOnly?: boolean;
  /** Marks the sentence as about a protest (context for the protest family). */
  protest?: boolean;
  /** Fighting words: in a protest context they mean the crowd fought (Violent demonstration). */
  violent?: boolean;
  /**
   * Unrest words that say neither side's violence ("ricuh", a commotion): a Violent
   * demonstration only when no intervention is told without violence of the crowd.
   */
  vague?: boolean;
}

/**
 * A language's event tables. Lexicons are lists of patterns (same syntax as triggers) used as
 * cues: `planned`, `hypothetical`, `negation`, `denial`, `disaster`, `protestContext`,
 * `military`, `civilian`, `armed`, `police`, `by` and any a rule names in `needs`/`unless`.
 */
export interface EventPack {
  /** Language code used in rule ids. */
  code: string;
  triggers: TriggerRule[];
  lexicons: Record<string, string[]>;
  /**
   * English words for claimants the actor stage does not resolve, for notes: folded phrase →
   * label ("ketua polis daerah" → "the district police chief"). The longest phrase contained in
   * the claimant's name wins. The claimant object keeps the name as written.
   */
  claimantLabels?: Record<string, string>;
}
