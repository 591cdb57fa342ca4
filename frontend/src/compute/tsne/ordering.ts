// Memory locality for the optimisation: t-SNE reads the coordinates of every point's
// P-neighbours each iteration; with the caller's order those reads jump all over a large array
// (100,000 points: cache misses dominate). Renumbering points breadth-first over the k-NN graph
// puts neighbours at nearby indices, as Cuthill-McKee does for sparse matrices.

import type { KnnGraph } from '../knn';
import { breadthFirstOrder as breadthFirstOrderOf } from '../breadth-first-order';

/** order[newIndex] = original index, breadth-first over the graph (nearest neighbours first). */
export function breadthFirstOrder(graph: KnnGraph): Int32Array {
  const { n, k, indices } = graph;
  return breadthFirstOrderOf(n, indices, (i) => i * k, (i) => i * k + k);
}

/** rank[original index] = new index. */
export function inverseOrder(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let a = 0; a < order.length; a++) rank[order[a]] = a;
  return rank;
}

/**
 * The same graph with its points renumbered: row a is the old row order[a], its neighbours renamed
 * by rank. Affinities computed on it come out in the new numbering with the locality the
 * numbering gives (1M points: the symmetrisation's reads stay near each other).
 */
export function permuteGraph(graph: KnnGraph, order: Int32Array, rank: Int32Array): KnnGraph {
  const { n, k, indices, distances } = graph;
  const newIndices = new Int32Array(n * k);
  const newDistances = new Float32Array(n * k);
  for (let a = 0; a < n; a++) {
    const from = order[a] * k;
    for (let s = 0; s < k; s++) {
      const j = indices[from + s];
      newIndices[a * k + s] = j < 0 ? j : rank[j];
    }
    newDistances.set(distances.subarray(from, from + k), a * k);
  }
  return { n, k, indices: newIndices, distances: newDistances };
}

/**
 * permuteGraph() over the graph's own arrays (for a graph nobody reads afterwards: 1M x 90 rows,
 * the copy was 720 MB): rows moved along the permutation's cycles through one spare row.
 */
export function permuteGraphInPlace(graph: KnnGraph, order: Int32Array, rank: Int32Array): KnnGraph {
  const { n, k, indices, distances } = graph;
  for (let s = 0; s < n * k; s++) if (indices[s] >= 0) indices[s] = rank[indices[s]];
  const spareIndices = new Int32Array(k);
  const spareDistances = new Float32Array(k);
  const placed = new Uint8Array(n);
  const move = (to: number, from: number) => {
    indices.copyWithin(to * k, from * k, from * k + k);
    distances.copyWithin(to * k, from * k, from * k + k);
  };
  for (let start = 0; start < n; start++) {
    if (placed[start]) continue;
    spareIndices.set(indices.subarray(start * k, start * k + k));
    spareDistances.set(distances.subarray(start * k, start * k + k));
    let a = start;
    // Row a takes old row order[a]; the cycle closes when that is the row saved first.
    while (order[a] !== start) {
      move(a, order[a]);
      placed[a] = 1;
      a = order[a];
    }
    indices.set(spareIndices, a * k);
    distances.set(spareDistances, a * k);
    placed[a] = 1;
  }
  return graph;
}

/** rows[order[a]] -> result[a] for n rows of `width` values. */
export function permuteRows<T extends Float64Array | Int32Array>(rows: T, order: Int32Array, width: number): T {
  const result = new (rows.constructor as new (length: number) => T)(rows.length);
  for (let a = 0; a < order.length; a++) {
    for (let c = 0; c < width; c++) result[a * width + c] = rows[order[a] * width + c];
  }
  return result;
}
