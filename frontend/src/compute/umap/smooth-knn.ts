// Per-point scale of the fuzzy simplicial set (umap-learn's smooth_knn_dist): rho is the distance
// to the nearest neighbour (so every point is fully connected to at least one other), and sigma is
// found by binary search so that sum_j exp(-(d_ij - rho_i) / sigma_i) = log2(nNeighbors).

import type { NeighborGraph } from './neighbor-graph';

export interface SmoothKnn {
  rhos: Float64Array;
  sigmas: Float64Array;
}

const SEARCH_STEPS = 64;
const TOLERANCE = 1e-5;
/** Floor on sigma, relative to the mean neighbour distance, so that near-duplicates do not blow up. */
const MIN_K_DIST_SCALE = 1e-3;

/**
 * `nNeighbors` counts the point itself, as umap-learn's does: a graph with k = nNeighbors - 1
 * neighbours per row targets log2(nNeighbors), the same as umap-learn with that n_neighbors.
 */
export function smoothKnnDistances(graph: NeighborGraph, nNeighbors = graph.k + 1, localConnectivity = 1): SmoothKnn {
  const { n, k, distances } = graph;
  const target = Math.log2(nNeighbors);
  const rhos = new Float64Array(n);
  const sigmas = new Float64Array(n);

  let total = 0;
  for (let i = 0; i < distances.length; i++) total += distances[i];
  // The self column umap-learn keeps (distance 0) counts in its means; keep the same denominators.
  const meanDistance = total / (n * (k + 1));

  for (let i = 0; i < n; i++) {
    const row = i * k;
    rhos[i] = nearestPositive(distances, row, k, localConnectivity);
    const rho = rhos[i];

    let low = 0, high = Infinity, mid = 1;
    for (let step = 0; step < SEARCH_STEPS; step++) {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const gap = distances[row + j] - rho;
        sum += gap > 0 ? Math.exp(-gap / mid) : 1;
      }
      if (Math.abs(sum - target) < TOLERANCE) break;
      if (sum > target) {
        high = mid;
        mid = (low + high) / 2;
      } else {
        low = mid;
        mid = high === Infinity ? mid * 2 : (low + high) / 2;
      }
    }

    let rowMean = 0;
    for (let j = 0; j < k; j++) rowMean += distances[row + j];
    rowMean /= k + 1;
    const floor = MIN_K_DIST_SCALE * (rho > 0 ? rowMean : meanDistance);
    sigmas[i] = Math.max(mid, floor);
  }
  return { rhos, sigmas };
}

/** The localConnectivity-th smallest positive distance of the row, interpolated for fractions. */
function nearestPositive(distances: Float32Array, row: number, k: number, localConnectivity: number): number {
  const whole = Math.floor(localConnectivity);
  const fraction = localConnectivity - whole;
  const positive: number[] = [];
  for (let j = 0; j < k; j++) if (distances[row + j] > 0) positive.push(distances[row + j]);
  if (positive.length === 0) return 0;
  if (positive.length < localConnectivity) return positive[positive.length - 1];
  if (whole === 0) return fraction * positive[0];
  let rho = positive[whole - 1];
  if (fraction > 1e-5 && whole < positive.length) rho += fraction * (positive[whole] - positive[whole - 1]);
  return rho;
}
