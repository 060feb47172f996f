/** ACLED's actor (inter) types. */
export type ActorType =
  | 'state'
  | 'rebel'
  | 'political_militia'
  | 'identity_militia'
  | 'rioters'
  | 'protesters'
  | 'civilians'
  | 'external'
  | 'unknown';

/** What a mention names: a force, a government body, one of its officials, an armed group… */
export type ActorKind = 'force' | 'government' | 'official' | 'group' | 'civilians' | 'protesters' | 'rioters' | 'country';

/** An actor mention: a state force, a government body, an armed group, civilians, protesters… */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** ACLED-style name: "Military Forces of Armenia", "Civilians (Azerbaijan)". No regime years (see nameAt). */
  name: string;
  /** ACLED inter type: state | rebel | political_militia | identity_militia | rioters | protesters | civilians | external | unknown */
  type: ActorType;
  country: string | null;
  /** What kind of mention: force, government, group, civilians, protesters, rioters, country, official */
  kind: ActorKind;
  rule: string;
  /** A readable English label of who this is, for notes and claimants: "Azerbaijani authorities". */
  label: string;
  /**
   * When the mention does not say the country ("the army", "polisi", "warga sipil"): the ACLED
   * name with a `{country}` slot ("Police Forces of {country}") for a later stage to fill from
   * the event's location (see fillCountry). Null when the name is complete.
   */
  template: string | null;
  /**
   * When the mention is only the country inside an attack phrase ("serangan udara Israel",
   * "Israeli strikes"), the whole phrase: the mention is the agent of that attack.
   */
  agentOf?: { start: number; end: number };
}

/** What a rule makes. In `name` and `label`, `{country}` is the ACLED name of the country the mention names (or the rule's fixed country) and `{adj}` its English adjective. */
export interface ActorSpec {
  name: string;
  type: ActorType;
  kind: ActorKind;
  /** Fixed ISO alpha-2 country ("TNI" → ID); a country named in the mention wins. */
  country?: string | null;
  label?: string;
}

/**
 * One rule: phrases that name an actor. Pattern syntax, items separated by spaces:
 * - `word` a literal word (matched folded: case and diacritics ignored, unless `cased`);
 * - `a|b|c` alternatives; `_` joins words inside one alternative (`angkatan_bersenjata|pasukan`);
 * - `{C}` a country or territory by name or adjective ("Armenia", "Azeri", "Nagorno-Karabakh");
 *   `{N}` by name only ("Russia's army");
 * - a trailing `?` makes an item optional.
 */
export interface ActorRule {
  /** Stable rule id, e.g. "id/actor/force-country". */
  id: string;
  patterns: readonly string[];
  /** What the phrase names; null for a phrase that must NOT be read as an actor ("Salvation Army", "warga negara"). */
  actor: ActorSpec | null;
  /** Literal words must match with their case (acronyms: "IS", "PDF", "ADF"). */
  cased?: boolean;
  /** Only where the text around speaks of a protest / a riot ("mahasiswa", "massa"). */
  context?: 'protest' | 'riot';
  /** A common noun ("army", "forces"): not read when capitalised inside a longer proper name ("Salvation Army"). */
  generic?: boolean;
  /** Extends over the capitalised words that follow (unit names: "Polda Jawa Tengah", "Kodim 1702"). */
  tail?: boolean;
  /** The mention is the country alone, the rest of the phrase being the action ("Israeli strikes", "serangan udara Israel"). */
  slotOnly?: boolean;
  /** With `tail`: only when at least one capitalised word follows (a rank before a name: "Major Ahmed"). */
  tailRequired?: boolean;
}

/** A territory that is not an ISO country but names one side (Nagorno-Karabakh → AZ under ISO). */
export interface ActorEntity {
  names: readonly string[];
  /** English name used in ACLED names: "Nagorno-Karabakh". */
  name: string;
  country: string;
  adjective?: string;
}

export interface ActorPack {
  /** Country names per ISO code; a bare name may be an actor ("Azerbaijan mengatakan"). */
  countryNames: Readonly<Record<string, readonly string[]>>;
  /** Country adjectives / demonyms per ISO code ("Azeri", "Israeli"): only inside a phrase. */
  countryAdjectives: Readonly<Record<string, readonly string[]>>;
  /** Names to drop from countryNames (too ambiguous in this language). */
  countryNameStop?: readonly string[];
  entities: readonly ActorEntity[];
  rules: readonly ActorRule[];
  /** Words that, right before an actor, make the mention one of its officials ("juru bicara TNI"). */
  officialBefore: readonly string[];
  /** Words that, right after an actor, make the mention one of its officials ("army spokesman"). */
  officialAfter: readonly string[];
  /** Rule id given to such an official mention. */
  officialRule: string;
  /** A bare country name before one of these verbs speaks for its government ("Ukraine said"). */
  speechVerbs: readonly string[];
  /** … before one of these, for its forces ("Russia fired"). */
  attackVerbs: readonly string[];
  /** Words allowed between the country and the verb ("juga", "has", "also"). */
  verbAux: readonly string[];
  /** Country names that are also first names or other things; never a bare-country actor ("Jordan"). */
  countryVerbStop: readonly string[];
  /** Words after which a country name is not a subject ("backed by Russia said…", "didukung Armenia"). */
  countryNotAfter: readonly string[];
  countryRule: { speech: string; attack: string };
  /** Word beginnings that mark a protest / a riot in the text around a sentence. */
  protestCues: readonly string[];
  riotCues: readonly string[];
  /** Words that stop a `tail` (ranks before a person's name: "Irjen", "Kombes"). */
  tailStop: readonly string[];
  /**
   * Lower-case words that may open a sentence before a rank or a generic name without making one
   * proper name with it ("Almarhum Pratu AS tertembak"): the name is still read.
   */
  leadWords?: readonly string[];
}
