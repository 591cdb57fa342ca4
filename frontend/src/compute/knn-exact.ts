// Exact k nearest neighbours by brute force, O(n^2 d): used for small n, for `exact: true`, and
// as the reference in tests. A part (see knn-parts.ts) computes the rows lo..hi-1 it owns against
// all rows; each pair of its own rows is computed once and offered to both. Offers keep the k
// smallest (key, index) pairs whatever their order, so any split gives the same rows.

import { createNeighborLists, offerNeighbor, type NeighborLists } from './knn-neighbor-lists';
import { MAX_BATCH, type DistanceKernel } from './knn-kernel';

/** Distances between two yields (a few ms at d = 128). */
const YIELD_EVERY = 300_000;

/** Lists (rows lo..hi-1, local numbers) of the exact neighbours of those rows; yields progress in [0, 1]. */
export function* exactNeighborSteps(
  kernel: DistanceKernel,
  n: number,
  k: number,
  lo = 0,
  hi = n,
): Generator<number, NeighborLists, void> {
  const lists = createNeighborLists(hi - lo, k);
  // Row i meets rows before the range (owned by others) and every row after it.
  const comparisons = (i: number) => lo + (n - 1 - i);
  let total = 0;
  for (let i = lo; i < hi; i++) total += comparisons(i);
  let done = 0;
  let sinceYield = 0;
  const list = new Int32Array(MAX_BATCH);
  const out = new Float32Array(MAX_BATCH);
  const scan = (i: number, from: number, to: number) => {
    for (let start = from; start < to; start += MAX_BATCH) {
      const count = Math.min(MAX_BATCH, to - start);
      for (let c = 0; c < count; c++) list[c] = start + c;
      kernel.fromRow(i, list, count, out);
      for (let c = 0; c < count; c++) {
        const j = start + c;
        offerNeighbor(lists, i - lo, j, out[c], 0);
        if (j < hi && j > i) offerNeighbor(lists, j - lo, i, out[c], 0);
      }
    }
  };
  for (let i = lo; i < hi; i++) {
    scan(i, 0, lo);
    scan(i, i + 1, n);
    done += comparisons(i);
    sinceYield += comparisons(i);
    if (sinceYield > YIELD_EVERY) {
      sinceYield = 0;
      yield done / (total || 1);
    }
  }
  return lists;
}
