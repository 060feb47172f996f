// The extraction's stage functions from a checkout's build (dist/), for the benchmarks that run
// the stages one by one over two builds side by side (ab-stages.mjs, cl-bench.mjs).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The stages of the build in `dir`, in the order `read` runs them; `gazetteer` also loads the build's gazetteer (and places, claims, events). */
export async function loadStages(dir, { gazetteer = true } = {}) {
  const m = (p) => import(pathToFileURL(resolve(dir, p)).href);
  const early = {
    ...(await m('dist/core/document/index.js')),
    ...(await m('dist/lang/index.js')),
    ...(await m('dist/core/engine/text.js')),
    ...(await m('dist/core/numbers/index.js')),
    ...(await m('dist/core/dates/index.js')),
    ...(await m('dist/core/actors/index.js')),
  };
  if (!gazetteer) return early;
  return {
    ...early,
    g: (await m('dist/index.js')).loadGazetteer(),
    ...(await m('dist/core/actors/names.js')),
    ...(await m('dist/core/places/index.js')),
    ...(await m('dist/core/claims/index.js')),
    ...(await m('dist/core/events/index.js')),
  };
}
