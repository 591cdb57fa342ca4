// Where SGD starts: the spectral embedding of the fuzzy graph, as umap-learn's default
// init="spectral". A graph in several pieces gets umap-learn's multi-component treatment in a
// simpler form: the components' centroids are placed by PCA (of the centroids, in data space) and
// each component's own spectral layout is scaled to half the distance to its nearest neighbour.
// Pieces too small for a spectral layout, or a failed eigensolve, fall back to uniform random.

import { symmetricEigen } from '../symmetric-eigen';
import { spectralEmbeddingSteps } from './spectral';
import type { SparseGraph } from '../sparse-matrix';

/** More components than this: their centroids are placed at random rather than by PCA. */
const MAX_COMPONENTS_FOR_PCA = 300;

/**
 * Residual of the eigenvectors the start is taken from. A start for SGD, not an answer: 1e-2
 * takes 2-3 filtered iterations where 1e-4 (umap-learn's eigsh tolerance) took ~10, the layouts
 * keep their neighbourhoods as well (test/compute/umap.test.ts; bench/RESULTS.md "1M points: neighbours").
 */
const SPECTRAL_OPTIONS = { tolerance: 1e-2 };

export interface InitialLayoutInput {
  graph: SparseGraph;
  data: Float32Array;
  d: number;
  dim: number;
  uniform: () => number;
  normal: () => number;
}

/** n x dim float32 coordinates, each axis rescaled to [0, 10] as umap-learn does before SGD. */
export function initialLayout(input: InitialLayoutInput): Float32Array {
  const steps = initialLayoutSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** initialLayout() as a generator of rough progress fractions (one per eigensolver iteration). */
export function* initialLayoutSteps(input: InitialLayoutInput): Generator<number, Float32Array, void> {
  const { graph, dim, normal } = input;
  const n = graph.n;
  const { labels, count } = graph.components();
  const layout = count === 1
    ? (yield* spectralEmbeddingSteps(graph, dim, normal, SPECTRAL_OPTIONS)) ?? randomBox(n, dim, 10, input.uniform)
    : yield* multiComponentLayout(input, labels, count);

  return scaledStart(layout, n, dim, normal);
}

/**
 * A start layout scaled as umap-learn scales every start before SGD: to max |x| = 10, noise 1e-4 added
 * (separates coincident starts), then each axis min-max to [0, 10].
 */
export function scaledStart(layout: ArrayLike<number>, n: number, dim: number, normal: () => number): Float32Array {
  let maxAbs = 0;
  for (let i = 0; i < layout.length; i++) maxAbs = Math.max(maxAbs, Math.abs(layout[i]));
  const expansion = maxAbs > 0 ? 10 / maxAbs : 1;
  const result = new Float32Array(n * dim);
  for (let i = 0; i < layout.length; i++) result[i] = layout[i] * expansion + 1e-4 * normal();
  for (let c = 0; c < dim; c++) {
    let min = Infinity, max = -Infinity;
    for (let i = 0; i < n; i++) {
      min = Math.min(min, result[i * dim + c]);
      max = Math.max(max, result[i * dim + c]);
    }
    const scale = max > min ? 10 / (max - min) : 0;
    for (let i = 0; i < n; i++) result[i * dim + c] = (result[i * dim + c] - min) * scale;
  }
  return result;
}

function randomBox(n: number, dim: number, half: number, uniform: () => number): Float64Array {
  const layout = new Float64Array(n * dim);
  for (let i = 0; i < layout.length; i++) layout[i] = (2 * uniform() - 1) * half;
  return layout;
}

function* multiComponentLayout(
  input: InitialLayoutInput, labels: Int32Array, count: number,
): Generator<number, Float64Array, void> {
  const { graph, dim, uniform, normal } = input;
  const n = graph.n;
  const meta = componentPositions(input, labels, count);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < n; i++) members[labels[i]].push(i);

  const layout = new Float64Array(n * dim);
  for (let c = 0; c < count; c++) {
    // Half the distance to the nearest other component: pieces keep apart.
    let nearest = Infinity;
    for (let o = 0; o < count; o++) {
      if (o === c) continue;
      let sum = 0;
      for (let a = 0; a < dim; a++) sum += (meta[c * dim + a] - meta[o * dim + a]) ** 2;
      nearest = Math.min(nearest, Math.sqrt(sum));
    }
    const range = nearest > 0 && Number.isFinite(nearest) ? nearest / 2 : 1 / count;
    const vertices = Int32Array.from(members[c]);
    const small = vertices.length < 2 * dim || vertices.length <= dim + 1;
    let local: Float64Array | null = null;
    if (!small) {
      const steps = spectralEmbeddingSteps(graph.subgraph(vertices), dim, normal, SPECTRAL_OPTIONS);
      for (;;) {
        const step = steps.next();
        if (step.done) {
          local = step.value;
          break;
        }
        yield (c + step.value) / count;
      }
    }
    let localMax = 0;
    if (local) for (let i = 0; i < local.length; i++) localMax = Math.max(localMax, Math.abs(local[i]));
    for (let v = 0; v < vertices.length; v++) {
      for (let a = 0; a < dim; a++) {
        const offset = local && localMax > 0 ? (local[v * dim + a] / localMax) * range : (2 * uniform() - 1) * range;
        layout[vertices[v] * dim + a] = meta[c * dim + a] + offset;
      }
    }
  }
  return layout;
}

/** count x dim component centres in [-1, 1]: PCA of the data centroids, or random when that is degenerate. */
function componentPositions(input: InitialLayoutInput, labels: Int32Array, count: number): Float64Array {
  const { data, d, dim, uniform } = input;
  const n = labels.length;
  const positions = new Float64Array(count * dim);
  if (count <= MAX_COMPONENTS_FOR_PCA) {
    const centroids = new Float64Array(count * d);
    const sizes = new Float64Array(count);
    for (let i = 0; i < n; i++) {
      sizes[labels[i]]++;
      for (let j = 0; j < d; j++) centroids[labels[i] * d + j] += data[i * d + j];
    }
    const grand = new Float64Array(d);
    for (let c = 0; c < count; c++) {
      for (let j = 0; j < d; j++) {
        centroids[c * d + j] /= sizes[c];
        grand[j] += centroids[c * d + j] / count;
      }
    }
    for (let c = 0; c < count; c++) for (let j = 0; j < d; j++) centroids[c * d + j] -= grand[j];
    // PCA through the count x count Gram matrix: coordinates = eigenvectors x sqrt(eigenvalues).
    const gramMatrix = new Float64Array(count * count);
    for (let a = 0; a < count; a++) {
      for (let b = 0; b <= a; b++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += centroids[a * d + j] * centroids[b * d + j];
        gramMatrix[a * count + b] = gramMatrix[b * count + a] = dot;
      }
    }
    const axes = Math.min(dim, count);
    const { values, vectors } = symmetricEigen(gramMatrix, count, axes);
    for (let a = 0; a < axes; a++) {
      const scale = Math.sqrt(Math.max(values[a], 0));
      for (let c = 0; c < count; c++) positions[c * dim + a] = vectors[a * count + c] * scale;
    }
  }
  let maxAbs = 0;
  for (let i = 0; i < positions.length; i++) maxAbs = Math.max(maxAbs, Math.abs(positions[i]));
  if (!(maxAbs > 0) || distinctCount(positions, count, dim) < count) {
    for (let i = 0; i < positions.length; i++) positions[i] = 2 * uniform() - 1;
    return positions;
  }
  for (let i = 0; i < positions.length; i++) positions[i] /= maxAbs;
  return positions;
}

function distinctCount(positions: Float64Array, count: number, dim: number): number {
  const keys = new Set<string>();
  for (let c = 0; c < count; c++) keys.add(Array.from(positions.subarray(c * dim, c * dim + dim), (v) => v.toFixed(6)).join());
  return keys.size;
}
