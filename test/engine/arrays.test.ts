import { describe, expect, it } from 'vitest';
import { doubled } from '../../src/core/engine/arrays.js';

describe('doubled', () => {
  it('keeps the values, twice the length, same kind', () => {
    const i = doubled(Int32Array.of(-1, 2, 3));
    expect(i).toBeInstanceOf(Int32Array);
    expect([...i]).toEqual([-1, 2, 3, 0, 0, 0]);
    const u = doubled(Uint32Array.of(4294967295));
    expect(u).toBeInstanceOf(Uint32Array);
    expect([...u]).toEqual([4294967295, 0]);
    const f = doubled(Float64Array.of(0.5, 1.25));
    expect(f).toBeInstanceOf(Float64Array);
    expect([...f]).toEqual([0.5, 1.25, 0, 0]);
  });
});
