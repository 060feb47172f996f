import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGazetteer, type Gazetteer } from '../core/places/gazetteer.js';

let cached: Gazetteer | null | undefined;

/** Where the compiled index is shipped: data/build/ next to dist/ in the package. */
export function gazetteerPath(): string | null {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const p = join(root, 'data', 'build', 'gazetteer.tsv');
  return existsSync(p) ? p : null;
}

/**
 * Loads the compiled gazetteer shipped with the package, once, lazily and synchronously.
 * Returns null (places are then not looked up) when the index was not built.
 */
export function loadGazetteer(): Gazetteer | null {
  if (cached !== undefined) return cached;
  const path = gazetteerPath();
  if (!path) {
    cached = null;
    return cached;
  }
  // UTF-8 bytes read as Latin-1: one char per byte, no decoding of the whole file; the few rows
  // and keys used are converted on the way in and out.
  const text = readFileSync(path, 'latin1');
  cached = parseGazetteer(text, {
    decode: (s) => Buffer.from(s, 'latin1').toString('utf8'),
    encode: (s) => (/^[\x00-\x7f]*$/.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1')),
  });
  return cached;
}
