import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../../src/io/gazetteer.js';
import { findPlaces, type PlaceMention } from '../../src/core/places/index.js';
import { splitSentences } from '../../src/core/engine/text.js';
import { packFor } from '../../src/lang/index.js';
import type { Gazetteer } from '../../src/core/places/gazetteer.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The compiled gazetteer; built from the npm GeoNames packages when it is missing. */
export function gazetteer(): Gazetteer {
  if (!existsSync(join(root, 'data', 'build', 'gazetteer.tsv'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-gazetteer.mjs')], { stdio: 'ignore' });
  }
  const g = loadGazetteer();
  if (!g) throw new Error('no gazetteer');
  return g;
}

/** Places found in a text by the pack of a language. */
export function places(lang: string, text: string): PlaceMention[] {
  const pack = packFor(lang);
  if (!pack) throw new Error(`no pack ${lang}`);
  return findPlaces(text, splitSentences(text, pack.sentences), pack, gazetteer());
}

/** The mention whose text is `surface` (the first one), or undefined. */
export function find(ps: PlaceMention[], surface: string): PlaceMention | undefined {
  return ps.find((p) => p.text === surface);
}
