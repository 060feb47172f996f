/**
 * `f` with its answers kept by argument, the cache emptied whenever it reaches `limit` entries:
 * for pure functions of strings or numbers that recur from report to report (a name folded, a
 * label with its article, a day as ISO text), bounded so that a long batch cannot grow it.
 */
export function boundedMemo<K, V>(limit: number, f: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, (v = f(key)));
    }
    return v;
  };
}
