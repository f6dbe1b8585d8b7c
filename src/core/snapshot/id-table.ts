// Child ids as small integers, kept in flat typed arrays instead of a Map of strings: a million ids
// cost about 30 MB less this way, which is what keeps any period of a 1M-row Snapshot under 250 MB.
// Exact: ids are compared character by character, never only by hash.

export class IdTable {
  /** The ids' UTF-16 code units, one after another. */
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  /** starts[i] = where id i begins; starts[size] = where the next one will. */
  private starts = new Int32Array(1 << 12);
  /** Open addressing: id index + 1, or 0 for an empty slot. */
  private slots = new Int32Array(1 << 13);
  size = 0;

  /** The index of `id`, or -1 when it was never added. */
  find(id: string): number {
    const mask = this.slots.length - 1;
    for (let s = hash(id) & mask; ; s = (s + 1) & mask) {
      const at = (this.slots[s] ?? 0) - 1;
      if (at < 0) return -1;
      if (this.equals(at, id)) return at;
    }
  }

  /** The index of `id`, added when new. */
  intern(id: string): number {
    const mask = this.slots.length - 1;
    let s = hash(id) & mask;
    for (; ; s = (s + 1) & mask) {
      const at = (this.slots[s] ?? 0) - 1;
      if (at < 0) break;
      if (this.equals(at, id)) return at;
    }
    const index = this.size;
    this.append(id);
    this.slots[s] = index + 1;
    // Keep the table at most half full, so probes stay short.
    if (2 * this.size > this.slots.length) this.rehash();
    return index;
  }

  private equals(index: number, id: string): boolean {
    const from = this.starts[index] ?? 0;
    if ((this.starts[index + 1] ?? 0) - from !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.chars[from + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private append(id: string): void {
    if (this.used + id.length > this.chars.length) this.chars = grow(this.chars, this.used + id.length);
    for (let i = 0; i < id.length; i++) this.chars[this.used + i] = id.charCodeAt(i);
    this.used += id.length;
    this.size += 1;
    if (this.size + 1 > this.starts.length) this.starts = grow(this.starts, this.size + 1);
    this.starts[this.size] = this.used;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.size; i++) {
      let h = 0x811c9dc5;
      for (let c = this.starts[i] ?? 0, end = this.starts[i + 1] ?? 0; c < end; c++) h = Math.imul(h ^ (this.chars[c] ?? 0), 0x01000193);
      let s = (h >>> 0) & mask;
      while ((slots[s] ?? 0) !== 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A copy of `a` at least `need` long (doubling). */
export function grow<T extends Int32Array | Uint16Array | Uint8Array | Int16Array>(a: T, need: number): T {
  let n = a.length;
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/** Singly linked lists of pairs of whole numbers in flat arrays: per owner (an id index), the pairs added to it. */
export class PairLists {
  private a = new Int32Array(1 << 12);
  private b = new Int32Array(1 << 12);
  private next = new Int32Array(1 << 12);
  private heads = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  add(owner: number, a: number, b = 0): void {
    if (owner >= this.heads.length) {
      const old = this.heads.length;
      this.heads = grow(this.heads, owner + 1);
      this.heads.fill(-1, old);
    }
    if (this.used >= this.a.length) {
      this.a = grow(this.a, this.used + 1);
      this.b = grow(this.b, this.used + 1);
      this.next = grow(this.next, this.used + 1);
    }
    this.a[this.used] = a;
    this.b[this.used] = b;
    this.next[this.used] = this.heads[owner] ?? -1;
    this.heads[owner] = this.used;
    this.used += 1;
  }

  /** True when some pair of `owner` satisfies `test`. */
  some(owner: number, test: (a: number, b: number) => boolean): boolean {
    for (let at = owner >= 0 && owner < this.heads.length ? (this.heads[owner] ?? -1) : -1; at >= 0; at = this.next[at] ?? -1) {
      if (test(this.a[at] ?? 0, this.b[at] ?? 0)) return true;
    }
    return false;
  }
}

/** Int32 columns indexed by id, grown with the id table and filled with `empty`. */
export class IntColumn {
  private data: Int32Array;
  constructor(private readonly empty: number) {
    this.data = new Int32Array(1 << 12).fill(empty);
  }
  get(i: number): number {
    return i < this.data.length ? (this.data[i] ?? this.empty) : this.empty;
  }
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const old = this.data.length;
      this.data = grow(this.data, i + 1);
      this.data.fill(this.empty, old);
    }
    this.data[i] = v;
  }
}
