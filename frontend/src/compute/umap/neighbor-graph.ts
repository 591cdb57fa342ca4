// The k nearest neighbours of every point, as UMAP consumes them (self excluded): the shared
// k-NN of ../knn.ts (exact below ~1e9 multiply-adds, else RP-forest + NN-descent).

import { knnSteps } from '../knn';

export type Metric = 'euclidean' | 'cosine';

/** Row i holds point i's k neighbours, nearest first. */
export interface NeighborGraph {
  n: number;
  k: number;
  /** n x k neighbour indices (-1 where a point has fewer than k). */
  indices: Int32Array;
  /** n x k distances, ascending within a row (cosine: 1 - cos, as umap-learn). */
  distances: Float32Array;
}

export interface NeighborOptions {
  metric: Metric;
  seed?: number;
}

/**
 * The k nearest neighbours of every row (k is capped at n - 1), as a
 * generator of progress fractions so a worker can report them and read its messages meanwhile.
 */
export function* nearestNeighborSteps(
  data: Float32Array, n: number, d: number, k: number, options: NeighborOptions,
): Generator<number, NeighborGraph, void> {
  const result = yield* knnSteps(data, n, d, Math.min(k, n - 1), { metric: options.metric, seed: options.seed });
  return { n: result.n, k: result.k, indices: result.indices, distances: result.distances };
}

/** nearestNeighborSteps() run to the end. */
export function nearestNeighbors(data: Float32Array, n: number, d: number, k: number, options: NeighborOptions): NeighborGraph {
  const steps = nearestNeighborSteps(data, n, d, k, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
