// What the writing features (completion, spelling, mention navigation) build from a snapshot, made
// once per snapshot and kept as long as the snapshot itself: keyed by its identity in a WeakMap.

/** `build` memoised per snapshot object; a new snapshot (any change to the corpus) builds afresh. */
export function perSnapshot<S extends object, T>(build: (snapshot: S) => T): (snapshot: S) => T {
  const built = new WeakMap<S, T>();
  return (snapshot) => {
    let value = built.get(snapshot);
    if (value === undefined) built.set(snapshot, (value = build(snapshot)));
    return value;
  };
}
