/**
 * The extraction contract (v1): the shape `sitrep extract` prints for one document.
 * Field names and types follow shared CONTRACT.md; fields may be added, never renamed.
 */

export type Qualifier = 'exact' | 'at_least' | 'about' | 'at_most' | 'vague';
export type Outcome = 'killed' | 'injured' | 'missing' | 'captured';
export type Group = 'civilian' | 'military' | 'unknown';
export type Modality = 'reported' | 'planned' | 'denied';
export type PlaceKind = 'city' | 'admin1' | 'region' | 'country' | 'other';

export interface Span { start: number; end: number }

export interface Caption { text: string; credit: string | null }

export interface DocumentOut {
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  text: string;
  captions: Caption[];
}

export interface Claimant { name: string; country: string | null }

export interface Casualty {
  count: number;
  qualifier: Qualifier;
  outcome: Outcome;
  group: Group;
  claimant: Claimant | null;
  evidence: Span;
  rule?: string;
}

export interface ActorOut { name: string; type: string; country: string | null }

export interface LocationOut {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: 1 | 2 | 3;
  geonames_id: number | null;
}

export interface EventOut {
  id: string;
  event_type: string;
  sub_event_type: string;
  modality: Modality;
  date: string | null;
  date_precision: 1 | 2 | 3;
  location: LocationOut | null;
  actor1: ActorOut | null;
  actor2: ActorOut | null;
  fatalities: number | null;
  casualties: Casualty[];
  claimant: Claimant | null;
  evidence: Span[];
  notes: string;
  rule?: string;
}

export interface PlaceOut {
  start: number;
  end: number;
  text: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonames_id: number | null;
  rule?: string;
}

export interface TallyOut {
  count: number;
  qualifier: Qualifier;
  outcome: Outcome;
  group: Group;
  claimant: Claimant | null;
  since: string | null;
  as_of: string | null;
  scope: string | null;
  evidence: Span;
  rule?: string;
}

export interface ExtractOutput {
  document: DocumentOut;
  events: EventOut[];
  places: PlaceOut[];
  tallies: TallyOut[];
}

/** What the caller knows about a document besides its content (CLI flags, batch fields). */
export interface DocumentHints {
  url?: string | null;
  published?: string | null;
  language?: string | null;
  /** A given title means the content is all body: no headline is looked for in it. */
  title?: string | null;
}

/** Thrown for input that cannot be read; the message is one line meant for the user. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
