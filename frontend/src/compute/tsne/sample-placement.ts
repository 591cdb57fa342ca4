// The progressive path's hand-over: every row placed from a layout of a random sample of the rows
// (the idea of openTSNE's prepare_partial), so the full run starts from the sample's picture.
//
// A sampled row keeps its sample position. Every other row goes to the mean of its placed
// neighbours among its first `use` in the k-NN graph, in rounds: round 1 uses the sampled
// neighbours only, round r also the rows placed in rounds < r (a row with no sampled neighbour
// gets one through its neighbours). Rows still unreached (no path to the sample) go to the
// sample's centroid. The order of rows within a round does not matter.

import type { GraphPart } from '../knn-graph';

export interface SampleLayout {
  /** Input numbers of the sampled rows. */
  rows: Int32Array;
  /** rows.length x dim positions. */
  coordinates: Float32Array;
  dim: number;
}

/** Distinct rows of 0..n-1, `size` of them (all when size >= n), seeded, in increasing order. */
export function sampleRows(n: number, size: number, random: () => number): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  // Floyd's algorithm: `size` distinct draws without an n-sized array.
  const chosen = new Set<number>();
  for (let j = n - size; j < n; j++) {
    const t = Math.floor(random() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return Int32Array.from([...chosen].sort((a, b) => a - b));
}

/** n x dim positions of all rows from the sample's layout, along the graph (see the header). */
export function placeFromSample(n: number, parts: readonly GraphPart[], use: number, sample: SampleLayout): Float32Array {
  const { rows, coordinates, dim } = sample;
  const out = new Float32Array(n * dim);
  // level: 0 unplaced, 1 sampled, r + 1 placed in round r.
  const level = new Uint16Array(n);
  rows.forEach((row, s) => {
    level[row] = 1;
    for (let a = 0; a < dim; a++) out[row * dim + a] = coordinates[s * dim + a];
  });
  const sum = new Float64Array(dim);
  let left = n - rows.length;
  for (let round = 1; left > 0 && round < 0xffff; round++) {
    let placed = 0;
    for (const part of parts) {
      const width = Math.min(use, part.k);
      for (let r = 0; r < part.rows.length; r++) {
        const row = part.rows[r];
        if (level[row] !== 0) continue;
        sum.fill(0);
        let count = 0;
        for (let s = r * part.k, end = s + width; s < end; s++) {
          const j = part.indices[s];
          if (j < 0 || level[j] === 0 || level[j] > round) continue;
          for (let a = 0; a < dim; a++) sum[a] += out[j * dim + a];
          count++;
        }
        if (count === 0) continue;
        for (let a = 0; a < dim; a++) out[row * dim + a] = sum[a] / count;
        level[row] = round + 1;
        placed++;
      }
    }
    left -= placed;
    if (placed === 0) break;
  }
  if (left > 0) {
    const centroid = new Float64Array(dim);
    for (let s = 0; s < rows.length; s++) for (let a = 0; a < dim; a++) centroid[a] += coordinates[s * dim + a] / rows.length;
    for (let i = 0; i < n; i++) if (level[i] === 0) for (let a = 0; a < dim; a++) out[i * dim + a] = centroid[a];
  }
  return out;
}

/**
 * Adds seeded Gaussian noise of `fraction` x the layout's first-axis spread to every coordinate:
 * rows placed at the same mean (e.g. next to one sampled row) do not start on top of each other.
 */
export function spreadCoincident(coords: Float32Array, dim: number, fraction: number, gaussian: () => number): void {
  const n = coords.length / dim;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += coords[i * dim] / n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (coords[i * dim] - mean) ** 2 / Math.max(1, n - 1);
  const amount = fraction * Math.sqrt(variance);
  if (!(amount > 0)) return;
  for (let s = 0; s < coords.length; s++) coords[s] += amount * gaussian();
}
