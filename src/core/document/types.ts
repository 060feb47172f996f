/**
 * Word tables the document stage reads from every language pack. The stage runs before the
 * language is known, so the engine merges the tables of all packs (a page in Indonesian may
 * carry English widget litter) and only uses the per-pack `stopwords`/`distinctive` lists to
 * tell languages apart.
 */
export interface DocumentPack {
  /** Month names and abbreviations, lower case → 1..12. */
  months: Record<string, number>;
  /** Weekday names and abbreviations, lower case. */
  weekdays: string[];
  /** Time-zone abbreviations as outlets print them (upper case) → UTC offset like "+07:00". */
  zones: Record<string, string>;
  /**
   * UTC offset of a clock time printed without a zone, for outlets of this language that print in one
   * zone (Indonesian pages in WIB); absent when the language spans many zones.
   */
  defaultOffset?: string;
  /** Words that introduce a clock time: "pukul", "at". */
  clockWords: string[];
  /**
   * Words for a part of the day printed after a 12-hour clock time, with the hours [from, to] that
   * they put after noon: "9:15 malam" is 21:15, "3 sore" 15:00, "10 pagi" stays 10:00 (not listed).
   */
  dayParts?: Record<string, [number, number]>;
  /** Labels that mark a date as the publication time ("published", "diterbitkan"). */
  publishedLabels: string[];
  /** Labels that mark a date as an update ("updated", "diperbarui"): used only when nothing else is found. */
  updatedLabels: string[];
  /** Whole lines that are page litter wherever they stand (compared lower-cased, trimmed). */
  litterLines: string[];
  /** Regular-expression sources (case-insensitive, matched against the whole trimmed line) for litter lines. */
  litterPatterns: string[];
  /** Lead words of a line linking to another article: "baca juga", "read also". */
  relatedLeads: string[];
  /** Headers after which a page lists other articles ("berita terkait", "related stories"). */
  tailHeaders: string[];
  /** Labels of a photo credit: "foto", "photo", "dok". */
  photoLabels: string[];
  /** Credits printed without a label after a caption or on their own line ("Reuters", "Net"). */
  creditNames: string[];
  /** Labels printed before a caption's text ("Image caption,", "Keterangan foto:"). */
  captionLabels: string[];
  /** Image enlarge controls printed between a caption and its repeat ("perbesar", "enlarge"). */
  enlargeWords: string[];
  /** Byline labels: "oleh", "by", "editor", "penulis". */
  bylineLabels: string[];
  /** The most frequent function words, for identifying the language. */
  stopwords: string[];
  /** Words this language uses where close relatives use others (tie-breaks between near languages). */
  distinctive: string[];
}

/** Result of a language detector passed in from outside the core (e.g. CLD3 loaded in src/io). */
export interface DetectedLanguage {
  /** ISO 639-1 code, or null when unknown. */
  language: string | null;
  probability: number;
  reliable: boolean;
}

/** A synchronous language detector. */
export type LanguageDetector = (text: string) => DetectedLanguage | null;

/** What the document stage needs from outside besides the content. */
export interface DocumentEnv {
  detectLanguage?: LanguageDetector | null;
}
