import type { Casualty, Claimant, Span } from '../types.js';

/**
 * A casualty figure read from one sentence, with who claimed it: the contract's `Casualty`
 * (its `evidence` is the sentence or clause the figure was read from) plus what the event
 * stage needs to place it.
 */
export interface CasualtyMention extends Casualty {
  /** The span of the number itself. */
  numberSpan: Span;
  /** A running total ("since 27 September", "so far", "total"), not one event's toll; false for a breakdown of one. */
  tally: boolean;
  /** For tallies: the start date of the total (YYYY-MM-DD) when stated. */
  since: string | null;
  /** Only breaks another figure down ("including 4 children", "two of them", parts summing to a stated total). */
  breakdown: boolean;
  /**
   * Index (in the returned array) of the first mention of the same count and outcome that this
   * one repeats (headline, lead and body often give one figure two or three times), or null
   * when this is the primary mention. The primary carries the best-known claimant and group.
   */
  repeatOf: number | null;
  /** Index of the sentence it came from. */
  sentence: number;
  rule: string;
}

/** Phrases are written as plain lower-case strings; words are separated by single spaces. */
export type Phrases = readonly string[];

export interface OutcomeTable {
  killed: Phrases;
  injured: Phrases;
  missing: Phrases;
  captured: Phrases;
}

/** The number reader used only when the reading stage gave no numbers at all (see fallback-numbers.ts). */
export interface FallbackNumberTable {
  /** Units and teens: "dua" → 2, "seventeen" → 17. */
  units: Readonly<Record<string, number>>;
  /** Multipliers: "puluh" → 10, "ratus" → 100, "hundred" → 100, "thousand" → 1000. */
  multipliers: Readonly<Record<string, number>>;
  /** Teen markers that add ten to the unit before them: "tiga belas" → 13. */
  teens: Phrases;
  /** Vague counts (qualifier vague): "puluhan" → 12, "dozens" → 12, "several" → 10. */
  vague: Readonly<Record<string, number>>;
  /** Qualifier phrases before a number. */
  qualifiers: Readonly<Record<'at_least' | 'about' | 'at_most', Phrases>>;
  /** Decimal/thousands separator used for thousands ("." in id, "," in en). */
  thousands: string;
}

/** The word tables of one language for the claims stage. All phrases lower case. */
export interface ClaimPack {
  /** Outcome words read AFTER the count: "N warga tewas", "N were killed", "N people dead". */
  after: OutcomeTable;
  /** Outcome words read BEFORE the count: "menewaskan N", "killing N", "ditangkap N orang". */
  before: OutcomeTable;
  /**
   * Words of `after` that are also active transitive verbs ("killed", "wounded"): after a count
   * they only count when passive (an auxiliary precedes) or when no object follows.
   */
  ambiguousActive: Phrases;
  /** Words opening an object after an active verb ("400 Mawozo abducted the group"): the count is the agent. */
  objectDeterminers: Phrases;
  /** Passive auxiliaries: "were", "was", "have been". */
  passiveAux: Phrases;
  /** Toll nouns read with a link word before the count: "korban tewas bertambah menjadi N", "death toll rose to N". */
  tollNouns: OutcomeTable;
  /** Heads of a toll phrase whose count comes after its outcome word: "jumlah … yang tewas … N", "the number of people killed … N". */
  tollHeads: Phrases;
  /** Link words right before the count in a toll phrase: "menjadi", "mencapai", "to", "at". */
  tollLinks: Phrases;
  /** "totalnya menjadi N", "bringing the total to N": the outcome is the previous figure's. */
  totalWords: Phrases;
  /** Nouns of dead bodies: "N bodies", "lima jasad", "mayat dua anggota" (→ killed). */
  bodies: Phrases;
  /** Coordinators joining two counted groups ("dan", "and"): "A dan B cedera" gives both the outcome. */
  coordinators: Phrases;
  /** Words that may not sit between a count and its outcome word ("dan", "and", "after"). */
  barriers: Phrases;
  /** After the count: the count is not of people ("tahun", "years", "rumah", "vehicles", "%"). */
  notPeople: Phrases;
  /** Before the count: the count is an identifier or a time ("pukul", "nomor", "RT"). */
  notCountBefore: Phrases;
  /** After the count: partitive ("di antara", "of", "of whom") → a breakdown of another figure. */
  partitive: Phrases;
  /** Relative pronouns ("yang", "who"): in "one of those who died" the outcome belongs to the whole. */
  relativizers: Phrases;
  /** Words that bring a suspected identity of the counted people ("disyaki", "diduga", "suspected of being"): skipped to the outcome after it. */
  describers?: Phrases;
  /** Words that bring an age ("berusia", "aged"), and the words of the age phrase after them besides numbers ("tahun", "lingkungan", "antara"). */
  ageWords?: Phrases;
  ageFill?: Phrases;
  /** Between a count and its outcome: "among" ("25 children were among the dead") → a breakdown. */
  amongWords: Phrases;
  /** Before a sentence's first count: "Dari N …", "Of the N …" — later counts break N down. */
  partitiveLead: Phrases;
  /** Before the count: breakdown cue ("termasuk", "including", "di antaranya"). */
  breakdownCues: Phrases;
  /** Group words (head nouns of the counted people), with -nya style suffixes stripped by `suffixes`. */
  civilian: Phrases;
  military: Phrases;
  /**
   * Places where civilians are (village, market, camp, home; desa, pasar, kamp pengungsi): a
   * figure of people of no stated group in a clause naming one (or civilians) is of civilians.
   */
  civilianPlaces: Phrases;
  /** Military places and units hit (base, checkpoint, convoy; pos, markas): such a clause names no civilian scene. */
  militaryPlaces: Phrases;
  /** Words of a fight between armed sides (clash, fighting; baku tembak, bentrok): the dead of a fight are of no stated group. */
  clashWords: Phrases;
  /** Words before the target of an attack ("on", "against"; "terhadap"): a military word after one is a military target. */
  targetPreps: Phrases;
  /** Verbs whose subject is the side that suffers ("lost", "kehilangan"): the group is the subject's. */
  lossVerbs: Phrases;
  /** Heads that usually count members of a force or group ("anggota", "members"): never made civilian by context. */
  memberHeads: Phrases;
  /** Suffixes to strip before looking a word up ("tentaranya" → "tentara"). */
  suffixes: Phrases;
  /** Words that name no group of their own ("lainnya", "others"): the figure takes the previous one's group. */
  elliptic: Phrases;
  /** Person nouns (any group): "orang", "people", "others" — used to tell people counts from things. */
  people: Phrases;
  /** Running-total cues anywhere in the sentence: "sejak", "since", "so far", "total". */
  tallyCues: Phrases;
  /**
   * Phrases of a total from the start of the report's year ("sejak awal tahun", "so far this
   * year", "tahun ini"); each must also start a phrase of `tallyCues`.
   */
  yearToDate: Phrases;
  /** Words that open the start of a running total: "sejak", "since". */
  sinceCues: Phrases;
  /** Nouns of a whole conflict; with a perfect auxiliary they make a toll a running total. */
  conflictNouns: Phrases;
  perfectAux: Phrases;
  /** Zero-casualty phrases: "tidak ada korban jiwa", "no one was hurt". */
  zero: OutcomeTable;
  /** Negating determiners before a group and an outcome: "no (soldiers were hurt)", "tidak ada (warga yang tewas)". */
  zeroDeterminers: Phrases;
  /** Speech verbs after the speaker: "X mengatakan", "X said", "X told". */
  speechVerbs: Phrases;
  /** Words right before a speech verb that make it no speech ("has been confirmed dead"). */
  notSpeechBefore: Phrases;
  /** Negations right before a speech verb ("tak menyebut", "did not say"): no speech. */
  negations: Phrases;
  /** Speech verbs before the speaker at a quote's end: "kata X", "said X". */
  invertedSpeechVerbs: Phrases;
  /** Speech verbs with a pronoun suffix meaning "he/she said": "katanya", "ujarnya". */
  pronounSpeechSuffixes: Phrases;
  /** Source prepositions before the speaker: "menurut", "according to", "dilansir dari". */
  sourcePreps: Phrases;
  /**
   * "X quoted Y as saying", "X cited Y as saying": the verb before the one quoted and the word after
   * (before the speech verb). The speaker is Y, not the outlet X.
   */
  quotedSpeaker?: { verbs: Phrases; as: Phrases };
  /** Cues that cite the outlet a quote was taken from ("dikutip dari", "quoted by"): its name is no speaker a pronoun can stand for. */
  citeCues?: string[];
  /** Passive source: "disampaikan oleh X", "was reported by X". */
  passiveSource: Phrases;
  /**
   * A sentence opening "Hal itu disampaikan X": the head ("hal itu", "hal tersebut", "demikian")
   * and the passive verb ("disampaikan", "diungkapkan oleh"); X also claims the sentence before it.
   */
  retroHeads: Phrases;
  retroVerbs: Phrases;
  /** Pronoun speakers resolved to the previous claimant: "mereka", "ia", "he", "they". */
  pronouns: Phrases;
  /** Anaphoric speaker heads resolved to the previous claimant: "the ministry", "the statement". */
  anaphoricHeads: Phrases;
  /** Anaphoric heads that stand for an armed group ("the group", "kelompok itu"): the armed group named last. */
  groupAnaphors: Phrases;
  /** Anaphoric heads that name a statement, not a party ("the statement", "pernyataan"): always the previous claimant. */
  reportNouns: Phrases;
  /** Demonstratives after a noun ("kantor berita tersebut"): anaphoric speaker. */
  anaphoricAfter: Phrases;
  /** Words cut from the start of a speaker phrase ("namun", "however", "that", "the"). */
  speakerStripStart: Phrases;
  /** Words that end a speaker phrase ("yang", "who", "saat", "kepada", "in"). */
  speakerStop: Phrases;
  /** Prepositions of place after a generic speaker ("pihak berwenang di X", "officials in X"): part of the speaker. */
  speakerPlacePreps: Phrases;
  /** Sentence openers that give the reason of the sentence before ("sebab", "pasalnya"): the same speaker goes on. */
  continuationOpeners: Phrases;
  /** Conjunctions opening a new clause ("while", "sementara"): a speaker before a speech verb is after the last one. */
  clauseOpeners: Phrases;
  /** Lower-case stop words that link the words of a name ("Commission on Human Rights"): no stop between capitals. */
  speakerNameLinks: Phrases;
  /** Words dropped from the end of a speaker phrase ("juga", "also", "further", "pada"). */
  speakerStripEnd: Phrases;
  /** Singular-victim pattern without a numeral: "a soldier was killed", "another person was injured". */
  singularDeterminers: Phrases;
  /** Pronouns that open a sentence about the war told before ("It has killed tens of thousands"): with a perfect verb, a running total. */
  conflictPronouns?: Phrases;
  /** Nouns of incidents counted after a figure ("… killed in more than 11,000 incidents", "tewas dalam 40 serangan"): a total over many events. */
  incidentNouns?: Phrases;
  /** Nouns of a number of people after a singular determiner ("a group of", "a band of"): no one victim. */
  collectives?: Phrases;
  /** Outcome words that may follow a named person with no numeral ("Randi tewas", "X was killed"). */
  singularOutcomes: OutcomeTable;
  /** Severity words ("luka berat", "seriously"): figures split by severity are parts of a total. */
  severity: Phrases;
  /** "to death", "hingga tewas": after "a/seorang …" one victim killed ("beat a thief to death"). */
  deathSuffixes: Phrases;
  /** "(di) Semarang ada N orang" after a casualty figure: the list continues its outcome. */
  listCues: Phrases;
  /** Words of cause before an injury word ("akibat luka tembak"): the wound that killed, not an injury. */
  causeWords?: Phrases;
  fallbackNumbers: FallbackNumberTable;
}

/** "X said", "menurut X", "according to X": who a sentence's statements belong to. */
export interface Attribution {
  sentence: number;
  claimant: Claimant;
  /** The span naming the claimant. */
  span: Span;
  rule: string;
  /**
   * Offset of the cue (the speech verb or "according to"); a figure takes the last attribution
   * of its sentence whose cue comes before it, else the first after it. -1: the whole sentence.
   */
  at?: number;
}
