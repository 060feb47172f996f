/**
 * A typed array twice as long holding `a`'s values at its start: for the scratch arrays the stages
 * fill and keep from document to document, grown when full (rarely: they soon fit every document).
 */
export function doubled(a: Int32Array): Int32Array<ArrayBuffer>;
export function doubled(a: Uint32Array): Uint32Array<ArrayBuffer>;
export function doubled(a: Float64Array): Float64Array<ArrayBuffer>;
export function doubled(a: Int32Array | Uint32Array | Float64Array): Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer> {
  const b = a instanceof Int32Array ? new Int32Array(a.length * 2) : a instanceof Uint32Array ? new Uint32Array(a.length * 2) : new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
