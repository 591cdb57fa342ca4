// The smallest keys offered so far, at most `size` of them (a max-heap of (key, id), ties by id):
// candidate selection in the neighbour panel's scan and in the graph's extension to more neighbours.

/** The `size` smallest keys offered (a max-heap); ties keep the lower index. */
export class BestKeys {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private count = 0;

  constructor(private readonly size: number) {
    this.keys = new Float64Array(size);
    this.ids = new Int32Array(size);
  }

  offer(id: number, key: number): void {
    const { keys, ids, size } = this;
    if (this.count < size) {
      let c = this.count++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!worse(key, id, keys[parent], ids[parent])) break;
        keys[c] = keys[parent];
        ids[c] = ids[parent];
        c = parent;
      }
      keys[c] = key;
      ids[c] = id;
      return;
    }
    if (size === 0 || !worse(keys[0], ids[0], key, id)) return;
    this.siftDown(key, id, size);
  }

  indices(): number[] {
    return Array.from(this.ids.subarray(0, this.count));
  }

  /** Moves the kept (key, id) pairs, ascending, into keys/ids from `at` (and empties the heap); returns how many. */
  drainSorted(keys: Float32Array, ids: Int32Array, at: number): number {
    const total = this.count;
    for (let t = total - 1; t >= 0; t--) {
      keys[at + t] = this.keys[0];
      ids[at + t] = this.ids[0];
      this.count--;
      if (this.count > 0) this.siftDown(this.keys[this.count], this.ids[this.count], this.count);
    }
    return total;
  }

  /** Puts (key, id) at the root and sinks it within the first `size` entries. */
  private siftDown(key: number, id: number, size: number): void {
    const { keys, ids } = this;
    let c = 0;
    for (;;) {
      const left = 2 * c + 1;
      if (left >= size) break;
      let child = left;
      if (left + 1 < size && worse(keys[left + 1], ids[left + 1], keys[left], ids[left])) child = left + 1;
      if (!worse(keys[child], ids[child], key, id)) break;
      keys[c] = keys[child];
      ids[c] = ids[child];
      c = child;
    }
    keys[c] = key;
    ids[c] = id;
  }
}

/** Whether (keyA, idA) ranks after (keyB, idB). */
function worse(keyA: number, idA: number, keyB: number, idB: number): boolean {
  return keyA > keyB || (keyA === keyB && idA > idB);
}
