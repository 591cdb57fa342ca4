// Random-projection trees: split the points recursively by the hyperplane half-way between two
// random points, down to leaves of at most `leafSize` points. Points that share a leaf are
// likely neighbours; a few trees give NN-descent a good start.
//
// A point's side is which of the two it is nearer to, |x - b|^2 - |x - a|^2 = 2 x.(a - b) -
// |a|^2 + |b|^2, so the batched distance kernel does the work. For cosine the kernel's rows are
// unit vectors and this is the hyperplane through the origin with normal a - b.

import { MAX_BATCH, type DistanceKernel } from './knn-kernel';
import { randomInt } from './random';

/** The leaves of one tree: `order` is a permutation of 0..n-1, leaf t is order[starts[t]..starts[t+1]). */
export interface TreeLeaves {
  order: Int32Array;
  starts: number[];
}

/**
 * One tree over the kernel's rows (in the kernel's numbering). With `wanted`, a range holding no
 * wanted row is not split further: it stays one (oversized) leaf that the caller skips.
 */
export function buildTreeLeaves(
  kernel: DistanceKernel,
  n: number,
  leafSize: number,
  random: () => number,
  wanted?: (p: number) => boolean,
): TreeLeaves {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const starts: number[] = [];
  const scratch = new Splitter(kernel, n);
  // Explicit stack of [lo, hi) ranges instead of recursion: deep trees on duplicates stay safe.
  const stack: number[] = [0, n];
  while (stack.length) {
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (hi - lo <= leafSize || (wanted && !anyWanted(order, lo, hi, wanted))) {
      starts.push(lo);
      continue;
    }
    const mid = scratch.split(order, lo, hi, random);
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

function anyWanted(order: Int32Array, lo: number, hi: number, wanted: (p: number) => boolean): boolean {
  for (let x = lo; x < hi; x++) if (wanted(order[x])) return true;
  return false;
}

class Splitter {
  private readonly toA = new Float32Array(MAX_BATCH);
  private readonly toB = new Float32Array(MAX_BATCH);
  private readonly side: Uint8Array;
  private readonly copy: Int32Array;

  constructor(
    private readonly kernel: DistanceKernel,
    n: number,
  ) {
    this.side = new Uint8Array(n);
    this.copy = new Int32Array(n);
  }

  /** Stable partition of order[lo..hi) by a random hyperplane; returns the first index of the right side. */
  split(order: Int32Array, lo: number, hi: number, random: () => number): number {
    const { kernel, toA, toB, side, copy } = this;
    const count = hi - lo;
    const a = order[lo + randomInt(random, count)];
    let b = order[lo + randomInt(random, count - 1)];
    if (b === a) b = order[hi - 1];
    let leftCount = 0;
    for (let from = lo; from < hi; from += MAX_BATCH) {
      const size = Math.min(MAX_BATCH, hi - from);
      const list = order.subarray(from, from + size);
      kernel.fromRow(a, list, size, toA);
      kernel.fromRow(b, list, size, toB);
      for (let c = 0; c < size; c++) {
        const margin = toB[c] - toA[c];
        // Points on the plane go to a random side so equal points still split.
        const left = margin > 0 || (margin === 0 && random() < 0.5);
        side[from + c - lo] = left ? 1 : 0;
        if (left) leftCount++;
      }
    }
    copy.set(order.subarray(lo, hi), lo);
    let l = lo;
    let r = lo + leftCount;
    for (let t = 0; t < count; t++) {
      if (side[t]) order[l++] = copy[lo + t];
      else order[r++] = copy[lo + t];
    }
    return lo + leftCount;
  }
}
