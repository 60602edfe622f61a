// What a feature builds from a snapshot (completion and spelling indexes, the entity page's profiles,
// the corrections' actor rows), made once per snapshot and kept as long as the snapshot itself:
// keyed by its identity (or that of its entities array) in a WeakMap.

/** `build` memoised per snapshot object; a new snapshot (any change to the corpus) builds afresh. */
export function perSnapshot<S extends object, T>(build: (snapshot: S) => T): (snapshot: S) => T {
  const built = new WeakMap<S, T>();
  return (snapshot) => {
    let value = built.get(snapshot);
    if (value === undefined) built.set(snapshot, (value = build(snapshot)));
    return value;
  };
}
