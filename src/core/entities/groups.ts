// The grouping of forms into entities, as a union-find over form keys that keeps the user's splits.

/** Union-find over form keys; a union is refused when it would join names the user split. */
export class Groups {
  private readonly parent = new Map<string, string>();
  /** per root: split group index -> member index */
  private readonly splitTags = new Map<string, Map<number, number>>();

  add(key: string, splitTags?: Map<number, number>): void {
    if (this.parent.has(key)) return;
    this.parent.set(key, key);
    if (splitTags && splitTags.size > 0) this.splitTags.set(key, splitTags);
  }

  /** Takes out a form of a group that is taken out whole. */
  remove(key: string): void {
    this.parent.delete(key);
    this.splitTags.delete(key);
  }

  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return true;
    const tagsA = this.splitTags.get(rootA);
    const tagsB = this.splitTags.get(rootB);
    if (tagsA && tagsB) {
      for (const [group, member] of tagsA) {
        const other = tagsB.get(group);
        if (other !== undefined && other !== member) return false;
      }
    }
    this.parent.set(rootB, rootA);
    if (tagsB) {
      const merged = new Map(tagsA ?? []);
      for (const [group, member] of tagsB) merged.set(group, member);
      this.splitTags.set(rootA, merged);
      this.splitTags.delete(rootB);
    }
    return true;
  }
}
