// Fixed-size max-heaps of neighbour candidates, one per point, in flat typed arrays
// (row i occupies [i*k, i*k+k)). The root holds the farthest kept neighbour, so a candidate
// is rejected with one comparison in the common case.

export interface NeighborHeaps {
  n: number;
  k: number;
  indices: Int32Array;
  /** Comparable distances (squared euclidean or 1 - cos), Infinity in empty slots. */
  keys: Float32Array;
  /** 1 = not yet used as a join candidate (NN-descent's "new" flag). */
  fresh: Uint8Array;
}

export function createHeaps(n: number, k: number): NeighborHeaps {
  return {
    n,
    k,
    indices: new Int32Array(n * k).fill(-1),
    keys: new Float32Array(n * k).fill(Infinity),
    fresh: new Uint8Array(n * k),
  };
}

/** Offers neighbour j at `key` to row i; returns 1 if it was kept (0 if too far or already there). */
export function heapPush(heaps: NeighborHeaps, i: number, j: number, key: number, fresh: number): number {
  const { k, indices, keys } = heaps;
  const base = i * k;
  if (!(key < keys[base])) return 0;
  for (let s = base; s < base + k; s++) if (indices[s] === j) return 0;
  siftDownFromRoot(heaps, base, j, key, fresh);
  return 1;
}

/** Replaces the root with (j, key) and restores the max-heap order. */
function siftDownFromRoot(heaps: NeighborHeaps, base: number, j: number, key: number, fresh: number): void {
  const { k, indices, keys, fresh: flags } = heaps;
  let slot = 0;
  for (;;) {
    const left = 2 * slot + 1;
    if (left >= k) break;
    const right = left + 1;
    let child = left;
    if (right < k && keys[base + right] > keys[base + left]) child = right;
    if (keys[base + child] <= key) break;
    indices[base + slot] = indices[base + child];
    keys[base + slot] = keys[base + child];
    flags[base + slot] = flags[base + child];
    slot = child;
  }
  indices[base + slot] = j;
  keys[base + slot] = key;
  flags[base + slot] = fresh;
}

/** Sorts every row ascending by key in place (heap order is no longer kept afterwards). */
export function sortRows(heaps: NeighborHeaps): void {
  const { n, k, indices, keys } = heaps;
  const order = new Int32Array(k);
  const rowKeys = new Float32Array(k);
  const rowIndices = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    for (let s = 0; s < k; s++) order[s] = s;
    rowKeys.set(keys.subarray(base, base + k));
    rowIndices.set(indices.subarray(base, base + k));
    // Ties broken by index so results do not depend on insertion order.
    order.sort((a, b) => rowKeys[a] - rowKeys[b] || rowIndices[a] - rowIndices[b]);
    for (let s = 0; s < k; s++) {
      keys[base + s] = rowKeys[order[s]];
      indices[base + s] = rowIndices[order[s]];
    }
  }
}
