// k nearest neighbours of every point, in one thread: the graph a t-SNE or UMAP run on isolated
// rows starts from (all rows: the compute workers' shared graph, graph-builder.ts, same parts).
//
// All points, no sampling. Small inputs (n^2 d below EXACT_WORK_LIMIT) or `exact: true` use brute
// force; larger ones a random-projection forest refined by NN-descent (recall measured in
// test/compute/knn.test.ts). Distances are true distances for vectors of any norm: euclidean
// ||a - b||, or cosine 1 - a.b / (|a| |b|) (a zero vector is at cosine distance 1 from all).

import { defaultDescentOptions, nnDescentSteps, type DescentOptions, type PartGraph } from './knn-descent';
import { prepareRows, type Metric } from './knn-distance';
import { exactNeighborSteps } from './knn-exact';
import { assembleGraph, exactPartGraph, withDistances, zeroRowFlags, type KnnGraph } from './knn-graph';
import { createDistanceKernel } from './knn-kernel';

export type { Metric } from './knn-distance';
export type { KnnGraph } from './knn-graph';

export interface KnnOptions {
  metric: Metric;
  seed?: number;
  /** Brute force whatever the size. */
  exact?: boolean;
  onProgress?: (fraction: number) => void;
  /** Overrides of the approximate search's settings (trees, leaf size, candidates...). */
  descent?: Partial<DescentOptions>;
}

/** Above this many multiply-adds (n * n * d) the approximate search is used. */
export const EXACT_WORK_LIMIT = 1e9;

/** Whether knn() brute-forces n x d rows. */
export function useExactSearch(n: number, d: number, exact = false): boolean {
  return exact || n * n * d <= EXACT_WORK_LIMIT;
}

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
  const kernel = createDistanceKernel(rows, n, d);
  let part: PartGraph;
  if (useExactSearch(n, d, opts.exact)) {
    part = exactPartGraph(yield* exactNeighborSteps(kernel, n, count), 0);
  } else {
    const descent = { ...defaultDescentOptions(n, count), ...opts.descent };
    part = yield* nnDescentSteps(kernel, n, count, opts.seed ?? 0, descent);
  }
  const graph = assembleGraph(n, count, [withDistances(part, opts.metric, opts.metric === 'cosine' ? zeroRowFlags(rows, n, d) : null)]);
  yield 1;
  return graph;
}
