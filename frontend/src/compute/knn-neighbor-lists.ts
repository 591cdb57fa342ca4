// Per-point lists of the k nearest candidates found so far, in flat typed arrays (row i occupies
// [i*k, i*k+k)), each row kept sorted by (key, index), so the last entry is the farthest kept.
//
// Sorted rows rather than max-heaps: the duplicate check, which a heap can only do by scanning
// all k entries (the hot spot of NN-descent at k = 90), is a binary search here. It relies on a
// pair's key being the same bits whichever row it is offered to (the distance kernel is exactly
// symmetric and deterministic), so a duplicate sits exactly where its (key, index) would go.
// Inserting shifts the farther entries, usually few: late candidates land near the end.

export interface NeighborLists {
  n: number;
  k: number;
  indices: Int32Array;
  /** Comparable distances (squared euclidean or 1 - cos), Infinity in empty slots. */
  keys: Float32Array;
  /** 1 = not yet used as a join candidate (NN-descent's "new" flag). */
  fresh: Uint8Array;
  /**
   * Each row's last key (its farthest kept neighbour), in a compact array: most offers are
   * rejected by this one comparison, and n floats stay in cache where n x k keys do not.
   */
  worst: Float32Array;
}

export function createNeighborLists(n: number, k: number): NeighborLists {
  return {
    n,
    k,
    indices: new Int32Array(n * k).fill(-1),
    keys: new Float32Array(n * k).fill(Infinity),
    fresh: new Uint8Array(n * k),
    worst: new Float32Array(n).fill(Infinity),
  };
}

/** Offers neighbour j at `key` to row i: 1 if kept, 0 if too far, ALREADY_THERE if j is in the row. */
export const ALREADY_THERE = -1;

export function offerNeighbor(lists: NeighborLists, i: number, j: number, key: number, fresh: number): number {
  if (!(key < lists.worst[i])) return 0;
  const { k, indices, keys, fresh: flags } = lists;
  const base = i * k;
  // First slot whose (key, index) is not below (key, j); the last slot is dropped.
  let lo = base;
  let hi = base + k - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = keys[mid];
    if (at < key || (at === key && indices[mid] < j)) lo = mid + 1;
    else hi = mid;
  }
  if (keys[lo] === key && indices[lo] === j) return ALREADY_THERE;
  for (let s = base + k - 1; s > lo; s--) {
    keys[s] = keys[s - 1];
    indices[s] = indices[s - 1];
    flags[s] = flags[s - 1];
  }
  keys[lo] = key;
  indices[lo] = j;
  flags[lo] = fresh;
  lists.worst[i] = keys[base + k - 1];
  return 1;
}
