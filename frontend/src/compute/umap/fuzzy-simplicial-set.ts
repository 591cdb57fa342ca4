// The fuzzy simplicial set of the data: directed memberships exp(-(d_ij - rho_i) / sigma_i) from
// every point to its k nearest neighbours, made symmetric by the fuzzy union w + w^T - w * w^T.

import type { NeighborGraph } from './neighbor-graph';
import { smoothKnnDistances, type SmoothKnn } from './smooth-knn';
import { SparseGraph } from '../sparse-matrix';
import { releaseBuffers } from '../release-buffers';

/** Directed membership strengths, n x k like the neighbour graph (1 for the nearest neighbour). */
export function membershipStrengths(graph: NeighborGraph, { rhos, sigmas }: SmoothKnn): Float32Array {
  const { n, k, indices, distances } = graph;
  const strengths = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const slot = i * k + j;
      const neighbor = indices[slot];
      if (neighbor < 0 || neighbor === i) continue; // missing neighbour or self: no edge
      const gap = distances[slot] - rhos[i];
      strengths[slot] = gap <= 0 || sigmas[i] === 0 ? 1 : Math.exp(-gap / sigmas[i]);
    }
  }
  return strengths;
}

/** The symmetric fuzzy graph (CSR) UMAP lays out; `nNeighbors` counts the point itself. */
export function fuzzySimplicialSet(graph: NeighborGraph, nNeighbors = graph.k + 1): SparseGraph {
  const strengths = membershipStrengths(graph, smoothKnnDistances(graph, nNeighbors));
  return fuzzyUnion(graph, strengths);
}

/** w + w^T - w * w^T of the directed n x k graph, merged row by row (no sort, no hashing). */
export function fuzzyUnion(graph: NeighborGraph, strengths: Float32Array): SparseGraph {
  const { n, k, indices } = graph;
  // The transpose by counting sort: incoming[incomingStart[j] ..] are the rows that point at j.
  const incomingStart = new Int32Array(n + 1);
  for (let slot = 0; slot < n * k; slot++) if (indices[slot] >= 0) incomingStart[indices[slot] + 1]++;
  for (let j = 0; j < n; j++) incomingStart[j + 1] += incomingStart[j];
  const incoming = new Int32Array(incomingStart[n]);
  const incomingStrength = new Float32Array(incomingStart[n]);
  const fill = incomingStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const neighbor = indices[i * k + j];
      if (neighbor < 0) continue;
      incoming[fill[neighbor]] = i;
      incomingStrength[fill[neighbor]++] = strengths[i * k + j];
    }
  }

  // Each row: its own k edges, then the incoming ones; `position` finds an edge already seen.
  const rowStart = new Int32Array(n + 1);
  const columns = new Int32Array(n * k + incoming.length);
  const values = new Float32Array(n * k + incoming.length);
  const position = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const first = count;
    for (let j = 0; j < k; j++) {
      const neighbor = indices[i * k + j];
      const strength = strengths[i * k + j];
      if (neighbor < 0 || neighbor === i || strength <= 0 || position[neighbor] >= first) continue;
      position[neighbor] = count;
      columns[count] = neighbor;
      values[count++] = strength;
    }
    for (let e = incomingStart[i]; e < incomingStart[i + 1]; e++) {
      const source = incoming[e];
      const strength = incomingStrength[e];
      if (source === i || strength <= 0) continue;
      const seen = position[source];
      if (seen >= first) {
        values[seen] = values[seen] + strength - values[seen] * strength;
      } else {
        position[source] = count;
        columns[count] = source;
        values[count++] = strength;
      }
    }
    rowStart[i + 1] = count;
  }
  const union = new SparseGraph(n, rowStart, columns.slice(0, count), values.slice(0, count));
  // Freed now: a worker that then iterates allocates little and may not collect them for minutes
  // (1M rows, k = 14: ~400 MB).
  releaseBuffers([incomingStart.buffer, incoming.buffer, incomingStrength.buffer, fill.buffer, columns.buffer, values.buffer, position.buffer]);
  return union;
}
