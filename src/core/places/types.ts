import type { PlaceOut, PlaceKind } from '../types.js';

/** A place mention resolved against the gazetteer (the contract's `places` row plus internals). */
export interface PlaceMention extends PlaceOut {
  rule: string;
  /** "near Ganja", "villages around X": the event is near the place, not in it. */
  near?: boolean;
}

/** What a cue word in front of a name says about the place. */
export interface PlaceCue {
  /** The kind of place the cue announces ("Provinsi" → admin1, "kota" → city). */
  kind?: PlaceKind | 'admin2';
  /** The cue says "near", not "in" ("dekat", "outskirts of"). */
  near?: boolean;
  /** A plural kind word after a list ("Walton and Oconee counties"): every name of the list is of that kind. */
  plural?: boolean;
}

/**
 * Per-language tables for place recognition (src/lang/<code>/places.ts). All words lower case;
 * multi-word entries are space separated. The engine never names a language.
 */
export interface PlacePack {
  /** Words or phrases right before a name that introduce a place: "di", "in", "near", "kota". */
  before: Record<string, PlaceCue>;
  /** Capitalised words right after a name that make it a place of that kind: "Province", "Regency". */
  after: Record<string, PlaceCue>;
  /** Phrases up to three words before a place that put an event near it: "north of", "dekat". */
  near: string[];
  /** Lower-case words that may join the words of one name: "of", "de", "al". */
  connectors: string[];
  /** Capitalised words that are never a place on their own (months, weekdays, titles, "Said", "Union"). */
  stop: string[];
  /** Words before a name that make it a person: "Mr", "President", "Pak". */
  titles: string[];
  /** Capitalised words that turn a name next to them into an organisation: "University", "Bank", "Tech". */
  orgWords: string[];
  /** Words of public institutions that belong to a place: "Minnesota Department of …", "Polres Puncak". */
  institutions: string[];
  /** Verbs of saying right after a bare name make it a person ("Washington said"). */
  speech: string[];
  /** Words next to a country name that make it an actor, not a place ("pasukan Armenia", "Azeri forces"). */
  forces: string[];
  /** Whether force words stand before the name (Indonesian "pasukan Armenia") or after it ("Armenian troops"). */
  forcesBefore: boolean;
  /** Head-first noun phrases: titles stand before the place they are of ("Gubernur Papua" vs "Minnesota Governor"). */
  headFirst: boolean;
  /** Adjectives and nouns of nationality → ISO country code ("Azeri" → AZ). */
  demonyms: Record<string, string>;
  /** Extra surface forms → a gazetteer name ("Tenn." → "Tennessee|US"), used after "Town, ". */
  abbreviations: Record<string, string>;
  /** Abbreviations that may stand alone ("W.Va.", "D.C."). */
  freeAbbreviations: string[];
  /** Words of schools, churches and firms: a run with one is not a public body named after its place
   * ("Washington Latin Public Charter School"), though it has a word of public institutions. */
  privateBodies?: string[];
  /** Words abbreviated with a dot inside names → the full word ("st" → "saint": "St. Louis", "Mt. Pleasant"). */
  dotted?: Record<string, string>;
  /** Party letters joined by a hyphen to a lawmaker's home ("D-Charleston", "R-Texas"), case-sensitive. */
  districtPrefixes?: string[];
  /** Common given names: "Sheila D. Williams", "Tom Moore" — the word after is a surname, not a town. */
  firstNames?: string[];
  /**
   * Cues of a local place that outlets name as reported though gazetteers may lack it ("Xyz district",
   * "desa Xyz"): words before the name and words after it (lower case, up to four words) → the kind
   * of place the cue announces. Such a name, unknown or known only abroad, is read as a place of the
   * story's country at the coordinates of the place that contains it.
   */
  local?: { before: Record<string, PlaceKind>; after: Record<string, PlaceKind> };
  /**
   * Landmarks that say the city they stand in, outlets naming them without it ("di depan gedung DPR",
   * "Bundaran HI", "Dataran Merdeka"): lower-case words as tokenized (punctuation its own token) →
   * "Name|CC" of the gazetteer's town.
   */
  landmarks?: Record<string, string>;
}
