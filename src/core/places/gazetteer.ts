/** The compiled place index, built by scripts/build-gazetteer.mjs and loaded by src/io. */
export interface Gazetteer {
  readonly size: number;
}
