// The progressive path's hand-over (compute/tsne/sample-placement.ts): every row placed from a
// sample's layout along the k-NN graph, checked against a direct computation: a row's round is its
// number of graph steps to the sample, its position the mean of its neighbours that are closer.
import { describe, expect, it } from 'vitest';
import { placeFromSample, sampleRows, spreadCoincident } from '../../src/compute/tsne/sample-placement';
import type { GraphPart } from '../../src/compute/knn-graph';
import { gaussianFrom, seededRandom } from '../../src/compute/random';

/** A random graph of n rows and k neighbours each (no self loops), as parts of shuffled rows. */
function randomGraph(n: number, k: number, parts: number, seed: number): { indices: Int32Array; parts: GraphPart[] } {
  const random = seededRandom(seed);
  const indices = new Int32Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < k; s++) {
      let j = Math.floor(random() * n);
      if (j === i) j = (j + 1) % n;
      indices[i * k + s] = j;
    }
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 7919 + seed) % n) - ((b * 7919 + seed) % n));
  const size = Math.ceil(n / parts);
  const out: GraphPart[] = [];
  for (let p = 0; p * size < n; p++) {
    const rows = order.slice(p * size, Math.min(n, (p + 1) * size));
    const partIndices = new Int32Array(rows.length * k);
    rows.forEach((row, r) => partIndices.set(indices.subarray(row * k, row * k + k), r * k));
    out.push({ rows, k, indices: partIndices, distances: new Float32Array(rows.length * k) });
  }
  return { indices, parts: out };
}

/** Steps from each row to the sample (a row reaches its neighbours' steps + 1); -1: never. */
function stepsToSample(n: number, k: number, use: number, indices: Int32Array, sample: Int32Array): Int32Array {
  const steps = new Int32Array(n).fill(-1);
  for (const r of sample) steps[r] = 0;
  for (let changed = true; changed;) {
    changed = false;
    const before = steps.slice();
    for (let i = 0; i < n; i++) {
      if (before[i] >= 0) continue;
      let best = -1;
      for (let s = 0; s < use; s++) {
        const j = indices[i * k + s];
        if (before[j] >= 0 && (best < 0 || before[j] < best)) best = before[j];
      }
      if (best >= 0) { steps[i] = best + 1; changed = true; }
    }
  }
  return steps;
}

function directPlacement(n: number, k: number, use: number, indices: Int32Array, sample: Int32Array, coords: Float32Array, dim: number): Float64Array {
  const steps = stepsToSample(n, k, use, indices, sample);
  const out = new Float64Array(n * dim);
  sample.forEach((r, s) => { for (let a = 0; a < dim; a++) out[r * dim + a] = coords[s * dim + a]; });
  const maxSteps = Math.max(...steps);
  for (let step = 1; step <= maxSteps; step++) {
    for (let i = 0; i < n; i++) {
      if (steps[i] !== step) continue;
      const closer = Array.from(indices.subarray(i * k, i * k + use)).filter((j) => steps[j] >= 0 && steps[j] < step);
      for (let a = 0; a < dim; a++) out[i * dim + a] = closer.reduce((sum, j) => sum + out[j * dim + a], 0) / closer.length;
    }
  }
  for (let i = 0; i < n; i++) {
    if (steps[i] >= 0) continue;
    for (let a = 0; a < dim; a++) out[i * dim + a] = Array.from(sample.keys()).reduce((sum, s) => sum + coords[s * dim + a], 0) / sample.length;
  }
  return out;
}

describe('placeFromSample', () => {
  for (const [n, k, use, sampleSize, dim] of [[400, 10, 10, 20, 2], [300, 12, 5, 6, 3], [200, 3, 2, 4, 2]] as const) {
    it(`places ${n} rows from a sample of ${sampleSize} along ${use} of ${k} neighbours (${dim}-D) as the direct computation does`, () => {
      const { indices, parts } = randomGraph(n, k, 3, n + k);
      const sample = sampleRows(n, sampleSize, seededRandom(5));
      const gaussian = gaussianFrom(seededRandom(9));
      const coords = Float32Array.from({ length: sampleSize * dim }, () => 10 * gaussian());
      const placed = placeFromSample(n, parts, use, { rows: sample, coordinates: coords, dim });
      const expected = directPlacement(n, k, use, indices, sample, coords, dim);
      for (let s = 0; s < n * dim; s++) expect(placed[s]).toBeCloseTo(expected[s], 4);
      // The sampled rows keep their positions exactly.
      sample.forEach((r, s) => { for (let a = 0; a < dim; a++) expect(placed[r * dim + a]).toBe(coords[s * dim + a]); });
    });
  }

  it('sends rows with no path to the sample to its centroid, and a row next to one sampled row onto it', () => {
    // Rows 0-1 point at each other, 2 points at 0, 3-4 only at each other (unreachable); sample: row 0 and row 1.
    const rows = Int32Array.of(0, 1, 2, 3, 4);
    const indices = Int32Array.of(1, 1, 0, 0, 0, 1, 4, 4, 3, 3);
    const part: GraphPart = { rows, k: 2, indices, distances: new Float32Array(10) };
    const placed = placeFromSample(5, [part], 2, { rows: Int32Array.of(0, 1), coordinates: Float32Array.of(0, 0, 4, 2), dim: 2 });
    expect(Array.from(placed.subarray(4, 6))).toEqual([2, 1]);   // mean of rows 0 and 1
    expect(Array.from(placed.subarray(6, 10))).toEqual([2, 1, 2, 1]);   // the centroid
  });
});

describe('sampleRows', () => {
  it('draws distinct rows in increasing order, all of them when the sample is not smaller', () => {
    const rows = sampleRows(1000, 100, seededRandom(3));
    expect(rows).toHaveLength(100);
    for (let s = 1; s < rows.length; s++) expect(rows[s]).toBeGreaterThan(rows[s - 1]);
    expect(rows[0]).toBeGreaterThanOrEqual(0);
    expect(rows[99]).toBeLessThan(1000);
    expect(Array.from(sampleRows(5, 10, seededRandom(3)))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('spreadCoincident', () => {
  it('separates coincident rows by noise of the given fraction of the spread', () => {
    const coords = Float32Array.of(0, 0, 0, 0, 10, 10, 10, 10);
    spreadCoincident(coords, 2, 0.01, gaussianFrom(seededRandom(1)));
    expect(coords[0]).not.toBe(coords[2]);
    for (const [s, v] of [[0, 0], [4, 10]]) expect(Math.abs(coords[s] - v)).toBeLessThan(0.5);
  });
});
