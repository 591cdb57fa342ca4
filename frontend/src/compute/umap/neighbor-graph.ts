// The k nearest neighbours of every point, as UMAP consumes them (self excluded).

import { knn } from './brute-force-knn';

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
  onProgress?: (fraction: number) => void;
}

/** The k nearest neighbours of every row (k is capped at n - 1), from the shared k-NN. */
export function nearestNeighbors(data: Float32Array, n: number, d: number, k: number, options: NeighborOptions): NeighborGraph {
  const result = knn(data, n, d, Math.min(k, n - 1), {
    metric: options.metric,
    seed: options.seed,
    onProgress: options.onProgress,
  });
  return { n: result.n, k: result.k, indices: result.indices, distances: result.distances };
}
