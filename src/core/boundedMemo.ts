// One memory for per-word facts that the extraction asks about again and again: the same words recur
// in every article, so each is worked out once, and the memory starts afresh past a bound so an
// archive of many distinct words cannot grow it without end.

/** `compute`, remembering its result per key for up to `maxKeys` keys. */
export function boundedMemo<T>(compute: (key: string) => T, maxKeys: number): (key: string) => T {
  const remembered = new Map<string, T>();
  return (key) => {
    let value = remembered.get(key);
    if (value === undefined) {
      if (remembered.size >= maxKeys) remembered.clear();
      value = compute(key);
      remembered.set(key, value);
    }
    return value;
  };
}
