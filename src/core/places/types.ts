import type { PlaceOut } from '../types.js';

/** A place mention resolved against the gazetteer (the contract's `places` row plus internals). */
export interface PlaceMention extends PlaceOut {
  rule: string;
  /** "near Ganja", "villages around X": the event is near the place, not in it. */
  near?: boolean;
}

export interface PlacePack {
  [key: string]: unknown;
}
