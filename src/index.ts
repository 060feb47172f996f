/**
 * sitrep's public API. `extract` is the pure core: a decoded page in, the contract's JSON out.
 * `loadGazetteer` reads the compiled place index shipped with the package (once, lazily).
 */
export { extract, extractMany, type ExtractEnv, type ExtractItem, type ExtractResult } from './core/extract.js';
export { loadGazetteer } from './io/gazetteer.js';
export { PACKS, packFor } from './lang/index.js';
export * from './core/types.js';
