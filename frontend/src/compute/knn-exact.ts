// Exact k nearest neighbours by brute force: every pair once (i < j), offered to both rows'
// lists. O(n^2 d); used for small n, for `exact: true`, and as the reference in tests.

import { createNeighborLists, offerNeighbor, type NeighborLists } from './knn-neighbor-lists';
import { createDistanceKernel, MAX_BATCH } from './knn-kernel';

/** Fills neighbour lists with the exact neighbours of every row; yields progress in [0, 1]. */
export function* exactNeighborSteps(
  rows: Float32Array,
  n: number,
  d: number,
  k: number,
): Generator<number, NeighborLists, void> {
  const lists = createNeighborLists(n, k);
  const totalPairs = (n * (n - 1)) / 2 || 1;
  let pairsDone = 0;
  let sinceYield = 0;
  const kernel = createDistanceKernel(rows, n, d);
  const list = new Int32Array(MAX_BATCH);
  const out = new Float32Array(MAX_BATCH);
  for (let i = 0; i < n; i++) {
    for (let from = i + 1; from < n; from += MAX_BATCH) {
      const count = Math.min(MAX_BATCH, n - from);
      for (let c = 0; c < count; c++) list[c] = from + c;
      kernel.fromRow(i, list, count, out);
      for (let c = 0; c < count; c++) {
        offerNeighbor(lists, i, from + c, out[c], 0);
        offerNeighbor(lists, from + c, i, out[c], 0);
      }
    }
    pairsDone += n - 1 - i;
    sinceYield += (n - 1 - i) * d;
    if (sinceYield > 2e7) {
      sinceYield = 0;
      yield pairsDone / totalPairs;
    }
  }
  return lists;
}
