// Spectral embedding of a connected fuzzy graph: the eigenvectors of the normalised Laplacian
// L = I - D^-1/2 W D^-1/2 with the smallest non-zero eigenvalues (umap-learn's spectral_layout).
//
// They are the top eigenvectors of M = (I + D^-1/2 W D^-1/2) / 2, whose spectrum lies in [0, 1];
// the trivial one (eigenvalue 1, proportional to sqrt(degree)) is known and projected out.
// Chebyshev-filtered subspace iteration finds the rest: a block of a few more vectors than wanted
// is multiplied by a degree-8 Chebyshev polynomial of M that damps the unwanted part [0, b] of the
// spectrum (b = the block's smallest Ritz value) and grows the wanted end, then Rayleigh-Ritz.
// Only sparse products (O(edges x block) each), no factorisation, robust to repeated eigenvalues;
// the filter converges in far fewer products than plain powers of M when eigenvalues crowd near 1.

import { symmetricEigen } from '../symmetric-eigen';
import type { SparseGraph } from '../sparse-matrix';

export interface SpectralOptions {
  /** Stop when every wanted Ritz pair's residual norm is below this (umap-learn asks eigsh for 1e-4). */
  tolerance?: number;
  maxIterations?: number;
  /** Extra vectors in the block: a wider block converges faster when eigenvalues crowd. */
  oversampling?: number;
  /** Degree of the Chebyshev filter applied between two Rayleigh-Ritz steps. */
  filterDegree?: number;
}

/** n x dim row-major eigenvector coordinates, or null when the graph is too small or degenerate. */
export function spectralEmbedding(
  graph: SparseGraph, dim: number, normal: () => number, options: SpectralOptions = {},
): Float64Array | null {
  const steps = spectralEmbeddingSteps(graph, dim, normal, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** spectralEmbedding() as a generator: yields the fraction of maxIterations done after each iteration. */
export function* spectralEmbeddingSteps(
  graph: SparseGraph,
  dim: number,
  normal: () => number,
  { tolerance = 1e-4, maxIterations = 100, oversampling = 4, filterDegree = 8 }: SpectralOptions = {},
): Generator<number, Float64Array | null, void> {
  const n = graph.n;
  const block = Math.min(dim + oversampling, n - 1);
  if (block < dim) return null;
  const degrees = graph.degrees();
  const inverseRoot = new Float64Array(n);
  const trivial = new Float64Array(n);
  let trivialNorm = 0;
  for (let i = 0; i < n; i++) {
    if (!(degrees[i] > 0)) return null; // an isolated vertex: the caller lays components out separately
    inverseRoot[i] = 1 / Math.sqrt(degrees[i]);
    trivial[i] = Math.sqrt(degrees[i]);
    trivialNorm += degrees[i];
  }
  for (let i = 0; i < n; i++) trivial[i] /= Math.sqrt(trivialNorm);

  let basis: Float64Array = new Float64Array(n * block);
  for (let i = 0; i < basis.length; i++) basis[i] = normal();
  if (!orthonormalize(basis, n, block, trivial, normal)) return null;

  const product = new Float64Array(n * block);
  const scaled = new Float64Array(n * block);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    multiply(graph, inverseRoot, basis, scaled, product, block);
    // Rayleigh-Ritz: the best approximations to M's eigenvectors within span(basis).
    const projected = gram(basis, product, n, block);
    const { values, vectors } = symmetricEigen(projected, block, block);
    const ritzVectors = rotate(basis, vectors, n, block);
    const ritzProducts = rotate(product, vectors, n, block);
    if (iteration === maxIterations - 1 || residualsBelow(ritzVectors, ritzProducts, values, n, block, dim, tolerance)) {
      return firstColumns(ritzVectors, n, block, dim);
    }
    // Damp [0, b]: everything below the block's smallest Ritz value is unwanted.
    const upper = Math.min(Math.max(values[block - 1], 0.05), 0.999);
    basis = chebyshevFilter(graph, inverseRoot, ritzVectors, ritzProducts, upper, filterDegree, block, scaled);
    if (!orthonormalize(basis, n, block, trivial, normal)) return null;
    yield (iteration + 1) / maxIterations;
  }
  return firstColumns(basis, n, block, dim);
}

/**
 * T_degree(L(M)) X, where L maps [0, upper] onto [-1, 1]: |T| <= 1 there and grows fast above it.
 * `product` = M X is given (the Rayleigh-Ritz step computed it). Rescaled each step: only the
 * spanned subspace matters, and T grows exponentially in the degree.
 */
function chebyshevFilter(
  graph: SparseGraph, inverseRoot: Float64Array, x: Float64Array, product: Float64Array, upper: number,
  degree: number, block: number, scratch: Float64Array,
): Float64Array {
  const half = upper / 2; // L(t) = (t - half) / half
  let previous = x; // overwritten: the caller has no further use for it
  let current: Float64Array = new Float64Array(x.length);
  let next: Float64Array = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) current[i] = (product[i] - half * x[i]) / half;
  for (let step = 2; step <= degree; step++) {
    multiply(graph, inverseRoot, current, scratch, next, block);
    let largest = 0;
    for (let i = 0; i < x.length; i++) {
      next[i] = (2 * (next[i] - half * current[i])) / half - previous[i];
      largest = Math.max(largest, Math.abs(next[i]));
    }
    const scale = largest > 0 ? 1 / largest : 1;
    for (let i = 0; i < x.length; i++) {
      next[i] *= scale;
      current[i] *= scale;
    }
    [previous, current, next] = [current, next, previous];
  }
  return current;
}

/** product = M basis, with scaled as scratch space (both n x block row-major). */
function multiply(
  graph: SparseGraph, inverseRoot: Float64Array, basis: Float64Array, scaled: Float64Array,
  product: Float64Array, block: number,
): void {
  const { n, rowStart, columns, values } = graph;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < block; c++) scaled[i * block + c] = basis[i * block + c] * inverseRoot[i];
  }
  for (let i = 0; i < n; i++) {
    const out = i * block;
    for (let c = 0; c < block; c++) product[out + c] = 0;
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) {
      const w = values[e], from = columns[e] * block;
      for (let c = 0; c < block; c++) product[out + c] += w * scaled[from + c];
    }
    for (let c = 0; c < block; c++) product[out + c] = 0.5 * (basis[out + c] + inverseRoot[i] * product[out + c]);
  }
}

/** block x block matrix X^T Y. */
function gram(x: Float64Array, y: Float64Array, n: number, block: number): Float64Array {
  const result = new Float64Array(block * block);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < block; a++) {
      const xa = x[i * block + a];
      for (let b = 0; b < block; b++) result[a * block + b] += xa * y[i * block + b];
    }
  }
  // Symmetrise away rounding so the eigensolver sees an exactly symmetric matrix.
  for (let a = 0; a < block; a++) {
    for (let b = a + 1; b < block; b++) {
      const mean = 0.5 * (result[a * block + b] + result[b * block + a]);
      result[a * block + b] = result[b * block + a] = mean;
    }
  }
  return result;
}

/** X V, where row r of `rows` (block x block) is the r-th column of V. */
function rotate(x: Float64Array, rows: Float64Array, n: number, block: number): Float64Array {
  const result = new Float64Array(n * block);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < block; r++) {
      let sum = 0;
      for (let c = 0; c < block; c++) sum += x[i * block + c] * rows[r * block + c];
      result[i * block + r] = sum;
    }
  }
  return result;
}

function residualsBelow(
  vectors: Float64Array, products: Float64Array, values: Float64Array, n: number, block: number, dim: number,
  tolerance: number,
): boolean {
  for (let c = 0; c < dim; c++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const r = products[i * block + c] - values[c] * vectors[i * block + c];
      sum += r * r;
    }
    if (!(Math.sqrt(sum) < tolerance)) return false;
  }
  return true;
}

/**
 * Gram-Schmidt (twice, for stability) of the columns against the trivial vector and each other.
 * A column that collapses is replaced by a fresh random one; false if that keeps failing.
 */
function orthonormalize(x: Float64Array, n: number, block: number, trivial: Float64Array, normal: () => number): boolean {
  for (let c = 0; c < block; c++) {
    for (let attempt = 0; attempt < 3; attempt++) {
      for (let pass = 0; pass < 2; pass++) {
        subtractProjection(x, n, block, c, (i) => trivial[i]);
        for (let b = 0; b < c; b++) subtractProjection(x, n, block, c, (i) => x[i * block + b]);
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += x[i * block + c] ** 2;
      norm = Math.sqrt(norm);
      if (norm > 1e-10) {
        for (let i = 0; i < n; i++) x[i * block + c] /= norm;
        break;
      }
      if (attempt === 2) return false;
      for (let i = 0; i < n; i++) x[i * block + c] = normal();
    }
  }
  return true;
}

function subtractProjection(x: Float64Array, n: number, block: number, c: number, other: (i: number) => number): void {
  let dot = 0, otherNorm = 0;
  for (let i = 0; i < n; i++) {
    const o = other(i);
    dot += x[i * block + c] * o;
    otherNorm += o * o;
  }
  if (otherNorm === 0) return;
  const scale = dot / otherNorm;
  for (let i = 0; i < n; i++) x[i * block + c] -= scale * other(i);
}

function firstColumns(x: Float64Array, n: number, block: number, dim: number): Float64Array {
  const result = new Float64Array(n * dim);
  for (let i = 0; i < n; i++) for (let c = 0; c < dim; c++) result[i * dim + c] = x[i * block + c];
  return result;
}
