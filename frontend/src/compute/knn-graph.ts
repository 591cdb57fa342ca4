// A k-NN graph as its consumers get it (t-SNE, UMAP): n x k neighbour indices and true distances
// in input order, put together from the parts that computed it (knn-parts.ts), one per worker.

import type { PartGraph } from './knn-descent';
import { keyToDistance, type Metric } from './knn-distance';
import type { LayoutGraph, LayoutHint } from './graph-protocol';
import type { NeighborLists } from './knn-neighbor-lists';

export interface KnnGraph {
  n: number;
  k: number;
  /** n x k; row i lists i's neighbours nearest first, i itself excluded; -1 where it has fewer. */
  indices: Int32Array;
  /** n x k true distances, ascending per row. */
  distances: Float32Array;
}

/** One part's rows with true distances: what a worker hands over. */
export interface GraphPart {
  /** Input numbers of the rows, in the part's order. */
  rows: Int32Array;
  k: number;
  /** rows.length x k. */
  indices: Int32Array;
  /** rows.length x k. */
  distances: Float32Array;
}

/** Exact lists of rows lo..lo+count-1 (already in input numbers) as a part. */
export function exactPartGraph(lists: NeighborLists, lo: number): PartGraph {
  const rows = Int32Array.from({ length: lists.n }, (_, r) => lo + r);
  return { rows, k: lists.k, indices: lists.indices, keys: lists.keys };
}

/**
 * True distances of a part's keys. Cosine keys are of unit rows; a zero row (flagged in `zero`, by
 * input number) is at cosine distance 1 from everything (cos taken as 0), which unit-row keys do
 * not give, so such rows are re-sorted.
 */
export function withDistances(part: PartGraph, metric: Metric, zero?: Uint8Array | null): GraphPart {
  const { rows, k, indices, keys } = part;
  const distances = new Float32Array(keys.length);
  for (let s = 0; s < keys.length; s++) distances[s] = keyToDistance(keys[s], metric);
  if (metric === 'cosine' && zero?.some((flag) => flag)) {
    for (let r = 0; r < rows.length; r++) {
      let changed = false;
      for (let s = r * k; s < r * k + k; s++) {
        if (indices[s] >= 0 && (zero[rows[r]] || zero[indices[s]])) {
          distances[s] = 1;
          changed = true;
        }
      }
      if (changed) sortRow(indices, distances, r * k, k);
    }
  }
  return { rows, k, indices, distances };
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
 * The graph of n rows from parts that hold every row once, keeping the first k columns of each
 * (a graph of more neighbours serves a request for fewer).
 */
export function assembleGraph(n: number, k: number, parts: readonly GraphPart[]): KnnGraph {
  const indices = new Int32Array(n * k).fill(-1);
  const distances = new Float32Array(n * k).fill(Infinity);
  let covered = 0;
  for (const part of parts) {
    if (part.k < k) throw new RangeError(`graph part of ${part.k} neighbours, ${k} wanted`);
    for (let r = 0; r < part.rows.length; r++) {
      const from = r * part.k;
      const to = part.rows[r] * k;
      indices.set(part.indices.subarray(from, from + k), to);
      distances.set(part.distances.subarray(from, from + k), to);
    }
    covered += part.rows.length;
  }
  if (covered !== n) throw new RangeError(`graph parts cover ${covered} of ${n} rows`);
  return { n, k, indices, distances };
}

/** The first k neighbours of every row of a graph of more. */
export function firstNeighbors(graph: KnnGraph, k: number): KnnGraph {
  if (k > graph.k) throw new RangeError(`a graph of ${graph.k} neighbours, ${k} wanted`);
  const { n } = graph;
  const indices = new Int32Array(n * k);
  const distances = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    indices.set(graph.indices.subarray(i * graph.k, i * graph.k + k), i * k);
    distances.set(graph.distances.subarray(i * graph.k, i * graph.k + k), i * k);
  }
  return { n, k, indices, distances };
}

/** The rows' first principal coordinates (n x dims) from the shards' blocks. */
export function assembleHints(n: number, hints: readonly LayoutHint[]): { principal: Float32Array; dims: number } {
  const dims = hints.length ? Math.min(...hints.map((h) => h.dims)) : 0;
  const principal = new Float32Array(n * dims);
  for (const { start, dims: width, coordinates } of hints) {
    const rows = width > 0 ? coordinates.length / width : 0;
    for (let r = 0; r < rows; r++) for (let a = 0; a < dims; a++) principal[(start + r) * dims + a] = coordinates[r * width + a];
  }
  return { principal, dims };
}

/** What a layout worker makes of a LayoutGraph: the graph in input order and the principal coordinates. */
export interface GraphInput {
  graph: KnnGraph;
  principal: Float32Array;
  principalDims: number;
  /** The graph's "distances" are t-SNE's conditional affinities at this perplexity (LayoutGraph.conditional). */
  conditional?: number;
}

export function graphInput(layout: LayoutGraph): GraphInput {
  const { principal, dims } = assembleHints(layout.n, layout.hints);
  return { graph: assembleGraph(layout.n, layout.k, layout.parts), principal, principalDims: dims, conditional: layout.conditional };
}

/** Every buffer of a LayoutGraph, to move it to a layout worker rather than copy it. */
export function layoutGraphBuffers(layout: LayoutGraph): ArrayBuffer[] {
  return [
    ...layout.parts.flatMap((p) => [p.rows.buffer, p.indices.buffer, p.distances.buffer]),
    ...layout.hints.map((h) => h.coordinates.buffer),
  ] as ArrayBuffer[];
}

/** Flags the rows that are all zeros (n x d), or null when there is none. */
export function zeroRowFlags(rows: Float32Array, n: number, d: number): Uint8Array | null {
  let flags: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    let nonZero = false;
    for (let j = 0; j < d && !nonZero; j++) nonZero = rows[i * d + j] !== 0;
    if (!nonZero) (flags ??= new Uint8Array(n))[i] = 1;
  }
  return flags;
}
