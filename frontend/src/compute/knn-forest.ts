// Random-projection trees: split the points recursively by a hyperplane half-way between two
// random points (through the origin for cosine), down to leaves of at most `leafSize` points.
// Points that share a leaf are likely neighbours; a few trees give NN-descent a good start.

import { randomInt } from './knn-random';
import type { Metric } from './knn-distance';

/** The leaves of one tree: `order` is a permutation of 0..n-1, leaf t is order[starts[t]..starts[t+1]). */
export interface TreeLeaves {
  order: Int32Array;
  starts: number[];
}

export function buildTreeLeaves(
  rows: Float32Array,
  n: number,
  d: number,
  leafSize: number,
  metric: Metric,
  random: () => number,
): TreeLeaves {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const starts: number[] = [];
  const normal = new Float64Array(d);
  const side = new Uint8Array(n);
  // Explicit stack of [lo, hi) ranges instead of recursion: deep trees on duplicates stay safe.
  const stack: number[] = [0, n];
  while (stack.length) {
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (hi - lo <= leafSize) {
      starts.push(lo);
      continue;
    }
    const mid = splitRange(rows, d, order, lo, hi, metric, random, normal, side);
    if (mid === lo || mid === hi) {
      // Hyperplane failed (identical points): split in the middle arbitrarily.
      const half = (lo + hi) >> 1;
      stack.push(lo, half, half, hi);
    } else {
      stack.push(lo, mid, mid, hi);
    }
  }
  starts.sort((a, b) => a - b);
  starts.push(n);
  return { order, starts };
}

/** Partitions order[lo..hi) by a random hyperplane; returns the first index of the right side. */
function splitRange(
  rows: Float32Array,
  d: number,
  order: Int32Array,
  lo: number,
  hi: number,
  metric: Metric,
  random: () => number,
  normal: Float64Array,
  side: Uint8Array,
): number {
  const count = hi - lo;
  const a = order[lo + randomInt(random, count)] * d;
  let b = order[lo + randomInt(random, count - 1)] * d;
  if (b === a) b = order[hi - 1] * d;
  let offset = 0;
  for (let j = 0; j < d; j++) {
    normal[j] = rows[a + j] - rows[b + j];
    if (metric === 'euclidean') offset -= normal[j] * (rows[a + j] + rows[b + j]) * 0.5;
  }
  let leftCount = 0;
  for (let t = lo; t < hi; t++) {
    const o = order[t] * d;
    let margin = offset;
    for (let j = 0; j < d; j++) margin += normal[j] * rows[o + j];
    // Points on the plane go to a random side so equal points still split.
    const left = margin > 0 || (margin === 0 && random() < 0.5);
    side[t - lo] = left ? 1 : 0;
    if (left) leftCount++;
  }
  // Stable partition through a scratch copy.
  const scratch = order.slice(lo, hi);
  let l = lo;
  let r = lo + leftCount;
  for (let t = 0; t < count; t++) {
    if (side[t]) order[l++] = scratch[t];
    else order[r++] = scratch[t];
  }
  return lo + leftCount;
}
