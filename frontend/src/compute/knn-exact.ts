// Exact k nearest neighbours by brute force: every pair once (i < j), offered to both rows'
// heaps. O(n^2 d); used for small n, for `exact: true`, and as the reference in tests.

import { createHeaps, heapPush, type NeighborHeaps } from './knn-heap';
import { squaredDistance } from './knn-distance';

/** Fills heaps with the exact neighbours of every row; yields progress in [0, 1]. */
export function* exactNeighborSteps(
  rows: Float32Array,
  n: number,
  d: number,
  k: number,
): Generator<number, NeighborHeaps, void> {
  const heaps = createHeaps(n, k);
  const totalPairs = (n * (n - 1)) / 2 || 1;
  let pairsDone = 0;
  let sinceYield = 0;
  for (let i = 0; i < n; i++) {
    const a = i * d;
    for (let j = i + 1; j < n; j++) {
      const value = squaredDistance(rows, a, j * d, d);
      heapPush(heaps, i, j, value, 0);
      heapPush(heaps, j, i, value, 0);
    }
    pairsDone += n - 1 - i;
    sinceYield += (n - 1 - i) * d;
    if (sinceYield > 4e6) {
      sinceYield = 0;
      yield pairsDone / totalPairs;
    }
  }
  return heaps;
}
