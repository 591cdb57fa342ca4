// k nearest neighbours of every point (the graph t-SNE and UMAP start from), and the exact
// neighbours of one point (the inspector's list).
//
// All points, no sampling. Small inputs (n^2 d below EXACT_WORK_LIMIT) or `exact: true` use brute
// force; larger ones a random-projection forest refined by NN-descent (recall measured in
// test/compute/knn.test.ts). Distances are true distances for vectors of any norm: euclidean
// ||a - b||, or cosine 1 - a.b / (|a| |b|) (a zero vector is at cosine distance 1 from all).

import { defaultDescentOptions, nnDescentSteps, type DescentOptions } from './knn-descent';
import { keyToDistance, prepareRows, squaredDistance, type Metric } from './knn-distance';
import { exactNeighborSteps } from './knn-exact';
import { seededRandom } from './knn-random';

export type { Metric } from './knn-distance';

export interface KnnOptions {
  metric: Metric;
  seed?: number;
  /** Brute force whatever the size. */
  exact?: boolean;
  onProgress?: (fraction: number) => void;
  /** Overrides of the approximate search's settings (trees, leaf size, candidates...). */
  descent?: Partial<DescentOptions>;
}

export interface KnnGraph {
  n: number;
  k: number;
  /** n x k; row i lists i's neighbours nearest first, i itself excluded. */
  indices: Int32Array;
  /** n x k true distances, ascending per row. */
  distances: Float32Array;
}

/** Above this many multiply-adds (n * n * d) the approximate search is used. */
export const EXACT_WORK_LIMIT = 1e9;

export function knn(data: Float32Array, n: number, d: number, k: number, opts: KnnOptions): KnnGraph {
  const steps = knnSteps(data, n, d, k, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    opts.onProgress?.(step.value);
  }
}

/** knn() as a generator of progress fractions, for callers that interleave other work. */
export function* knnSteps(
  data: Float32Array,
  n: number,
  d: number,
  k: number,
  opts: KnnOptions,
): Generator<number, KnnGraph, void> {
  if (data.length < n * d) throw new RangeError(`knn: ${data.length} values for ${n} x ${d}`);
  const count = Math.max(0, Math.min(k, n - 1));
  if (count === 0) return { n, k: 0, indices: new Int32Array(0), distances: new Float32Array(0) };
  const rows = prepareRows(data, n, d, opts.metric);
  const useExact = opts.exact || n * n * d <= EXACT_WORK_LIMIT;
  const lists = useExact
    ? yield* exactNeighborSteps(rows, n, d, count)
    : yield* nnDescentSteps(rows, n, d, count, seededRandom(opts.seed ?? 0), {
        ...defaultDescentOptions(n, count),
        ...opts.descent,
      });
  // Rows are kept sorted by (key, index): nearest first, ties by index.
  const distances = new Float32Array(n * count);
  for (let s = 0; s < distances.length; s++) distances[s] = keyToDistance(lists.keys[s], opts.metric);
  if (opts.metric === 'cosine') fixZeroRowDistances(rows, n, d, count, lists.indices, distances);
  yield 1;
  return { n, k: count, indices: lists.indices, distances };
}

/** Cosine distance involving a zero vector is 1 (cos taken as 0), not what unit-row keys give. */
function fixZeroRowDistances(
  rows: Float32Array, n: number, d: number, k: number, indices: Int32Array, distances: Float32Array,
): void {
  const zero = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    let nonZero = false;
    for (let j = 0; j < d && !nonZero; j++) nonZero = rows[i * d + j] !== 0;
    if (!nonZero) {
      zero[i] = 1;
      any = true;
    }
  }
  if (!any) return;
  for (let i = 0; i < n; i++) {
    let changed = false;
    for (let s = i * k; s < i * k + k; s++) {
      if (zero[i] || zero[indices[s]]) {
        distances[s] = 1;
        changed = true;
      }
    }
    if (changed) sortRow(indices, distances, i * k, k);
  }
}

/** Re-sorts one row's (index, distance) pairs by distance, ties by index. */
function sortRow(indices: Int32Array, distances: Float32Array, base: number, k: number): void {
  const pairs = Array.from({ length: k }, (_, s) => [distances[base + s], indices[base + s]]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  pairs.forEach(([distance, index], s) => {
    distances[base + s] = distance;
    indices[base + s] = index;
  });
}

/**
 * Exact k nearest neighbours of point i by one linear scan (i excluded), nearest first,
 * ties by index. About n*d work: a few ms at 100,000 x 128.
 */
export function neighborsOf(
  data: Float32Array,
  n: number,
  d: number,
  i: number,
  k: number,
  metric: Metric,
): { indices: Int32Array; distances: Float32Array } {
  if (i < 0 || i >= n) throw new RangeError(`neighborsOf: point ${i} of ${n}`);
  const count = Math.max(0, Math.min(k, n - 1));
  const keys = scanDistances(data, n, d, i, metric);
  keys[i] = Infinity;
  // The count-th smallest key bounds the answer; only candidates at or below it are sorted.
  const threshold = count > 0 ? Float64Array.from(keys).sort()[count - 1] : -Infinity;
  const candidates: number[] = [];
  for (let j = 0; j < n; j++) if (keys[j] <= threshold && j !== i) candidates.push(j);
  candidates.sort((a, b) => keys[a] - keys[b] || a - b);
  const indices = Int32Array.from(candidates.slice(0, count));
  const distances = new Float32Array(indices.length);
  for (let s = 0; s < indices.length; s++) distances[s] = keys[indices[s]];
  return { indices, distances };
}

/** Row norms per dataset, so repeated cosine look-ups (the inspector) scan only dot products. */
const rowNormsCache = new WeakMap<Float32Array, Float64Array>();

function rowNorms(data: Float32Array, n: number, d: number): Float64Array {
  let norms = rowNormsCache.get(data);
  if (!norms || norms.length !== n) {
    norms = new Float64Array(n);
    for (let r = 0; r < n; r++) norms[r] = Math.sqrt(dot(data, r * d, r * d, d));
    rowNormsCache.set(data, norms);
  }
  return norms;
}

function dot(data: Float32Array, a: number, b: number, d: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    s0 += data[a + j] * data[b + j];
    s1 += data[a + j + 1] * data[b + j + 1];
    s2 += data[a + j + 2] * data[b + j + 2];
    s3 += data[a + j + 3] * data[b + j + 3];
  }
  for (; j < d; j++) s0 += data[a + j] * data[b + j];
  return s0 + s1 + s2 + s3;
}

/** True distances from row i to every row. */
function scanDistances(data: Float32Array, n: number, d: number, i: number, metric: Metric): Float64Array {
  const keys = new Float64Array(n);
  const a = i * d;
  if (metric === 'euclidean') {
    for (let r = 0; r < n; r++) keys[r] = Math.sqrt(squaredDistance(data, a, r * d, d));
    return keys;
  }
  const norms = rowNorms(data, n, d);
  const normA = norms[i];
  for (let r = 0; r < n; r++) {
    const denominator = normA * norms[r];
    const cosine = denominator > 0 ? dot(data, a, r * d, d) / denominator : 0;
    keys[r] = Math.min(2, Math.max(0, 1 - cosine));
  }
  return keys;
}
