// PCA on ALL points: exact top-k principal axes of the mean-centred data, plus the small
// helpers around it (spherize, projection onto chosen components, identity for d <= 3).
//
// Method: the covariance (O(n d^2), WebAssembly SIMD or blocked JS, see covariance.ts), then
// the top k eigenpairs of it (Householder tridiagonalisation + QL eigenvalues + inverse
// iteration, O(d^3) with a small constant, see symmetric-eigen.ts). Exact for every d; no
// sampling, no random pre-projection. One thread, node 20 (CPU time; test/compute/bench-pca.ts):
// 100,000 x 128 in ~0.2 s, 100,000 x 768 in ~4.2 s (of which the eigensolver ~0.5 s), ~20 MiB
// of scratch at d = 768. ComputeClient (compute-client.ts) splits the rows over the workers on top.

import { columnMeans, covarianceSteps } from './covariance';
import { spherizeScaling, type RowScaling } from './row-scaling';
import { symmetricEigen } from './symmetric-eigen';

export const DEFAULT_COMPONENT_COUNT = 10;

export interface PcaResult {
  /** k x d row-major; row i is the i-th principal axis, a unit vector. */
  components: Float32Array;
  /** Eigenvalues of the sample covariance (divided by n - 1), largest first; length k. */
  variance: Float64Array;
  /** variance[i] / totalVariance. */
  varianceFraction: Float64Array;
  /** Trace of the covariance: the sum of ALL d eigenvalues. */
  totalVariance: number;
  /** Column means of the data the axes were computed on; length d. */
  mean: Float32Array;
}

/** Fraction of the work done, in [0, 1]. */
export type ProgressCallback = (fraction: number) => void;

/**
 * Centres every column on its mean, then scales each row to unit L2 norm (rows that are zero
 * after centring stay zero). TensorBoard calls this "spherize"; its default is on for d >= 50.
 * `mean` defaults to these rows' own; a shard of a larger data set passes the whole set's.
 */
export function spherize(
  data: Float32Array,
  n: number,
  d: number,
  mean: Float64Array = columnMeans(data, n, d),
): Float32Array {
  const { scale } = spherizeScaling(data, n, d, mean);
  const result = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    const offset = r * d, s = scale[r];
    for (let j = 0; j < d; j++) result[offset + j] = (data[offset + j] - mean[j]) * s;
  }
  return result;
}

/**
 * PCA as a generator: yields progress fractions (the covariance is ~all of the work) and
 * returns the result, so a worker can interleave message handling and stop when superseded.
 */
export function* pcaSteps(
  data: Float32Array,
  n: number,
  d: number,
  k: number = DEFAULT_COMPONENT_COUNT,
): Generator<number, PcaResult, void> {
  checkShape(data, n, d);
  const mean = columnMeans(data, n, d);
  checkFiniteMean(mean);
  const covariance = yield* scaleProgress(covarianceSteps(data, n, d, mean), 0.95);
  const result = principalAxes(covariance, d, k, mean);
  yield 1;
  return result;
}

/**
 * The PCA result from a covariance matrix: top-k eigenvectors with the sign convention
 * (largest-magnitude entry positive), eigenvalues, and their fractions of the trace.
 */
export function principalAxes(covariance: Float64Array, d: number, k: number, mean: Float64Array): PcaResult {
  const count = Math.max(0, Math.min(k, d));
  const eigen = symmetricEigen(covariance, d, count);
  let totalVariance = 0;
  for (let i = 0; i < d; i++) totalVariance += covariance[i * d + i];

  const components = new Float32Array(count * d);
  const variance = new Float64Array(count);
  const varianceFraction = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    const axis = eigen.vectors.subarray(c * d, c * d + d);
    const sign = signOfLargestEntry(axis);
    for (let j = 0; j < d; j++) components[c * d + j] = sign * axis[j];
    // Round-off can leave null-space eigenvalues at -1e-17; a variance is never negative.
    variance[c] = Math.max(0, eigen.values[c]);
    varianceFraction[c] = totalVariance > 0 ? variance[c] / totalVariance : 0;
  }
  return { components, variance, varianceFraction, totalVariance, mean: Float32Array.from(mean) };
}

/** Exact top-k (k = min(k, d)) principal components of the mean-centred rows. */
export function pca(
  data: Float32Array,
  n: number,
  d: number,
  k: number = DEFAULT_COMPONENT_COUNT,
  onProgress?: ProgressCallback,
): PcaResult {
  const steps = pcaSteps(data, n, d, k);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

/**
 * Coordinates of every row on the chosen components: n x dims.length, row-major.
 * dims index rows of `components` (e.g. [0, 1, 2], or [2, 5] for a 2-D view).
 * With `scaling`, row r is read as (x_r - centre) * scale[r] (see row-scaling.ts).
 */
export function project(
  data: Float32Array,
  n: number,
  d: number,
  mean: Float32Array,
  components: Float32Array,
  dims: number[],
  scaling?: RowScaling,
): Float32Array {
  checkShape(data, n, d);
  const componentCount = Math.floor(components.length / d);
  for (const dim of dims) {
    if (!Number.isInteger(dim) || dim < 0 || dim >= componentCount) {
      throw new RangeError(`project: component ${dim} is not in 0..${componentCount - 1}`);
    }
  }
  const m = dims.length;
  // (x - mean).c = x.c - mean.c, and ((x - centre) s - mean).c = s (x.c - centre.c) - mean.c:
  // the dot products with mean and centre are computed once per component.
  const meanDot = dims.map((dim) => dot(mean, 0, components, dim * d, d));
  const centreDot = dims.map((dim) => (scaling ? dot(scaling.centre, 0, components, dim * d, d) : 0));
  const out = new Float32Array(n * m);
  for (let r = 0; r < n; r++) {
    const offset = r * d;
    const s = scaling ? scaling.scale[r] : 1;
    for (let a = 0; a < m; a++) {
      out[r * m + a] = s * (dot(data, offset, components, dims[a] * d, d) - centreDot[a]) - meanDot[a];
    }
  }
  return out;
}

/** Every row (as it is) on each of `directions` (k x d) from `origin`: n x k (custom axes). */
export function projectOnDirections(data: Float32Array, n: number, d: number, origin: Float32Array, directions: Float32Array): Float32Array {
  const dims = Array.from({ length: Math.floor(directions.length / Math.max(1, d)) }, (_, a) => a);
  return project(data, n, d, origin, directions, dims);
}

/** For d <= 3 the data are their own coordinates: n x 3, missing columns filled with 0. */
export function identityProjection(data: Float32Array, n: number, d: number): Float32Array {
  checkShape(data, n, d);
  const out = new Float32Array(n * 3);
  const kept = Math.min(d, 3);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < kept; j++) out[r * 3 + j] = data[r * d + j];
  }
  return out;
}

function dot(x: Float32Array | Float64Array, xOffset: number, y: Float32Array, yOffset: number, length: number): number {
  let sum = 0;
  for (let j = 0; j < length; j++) sum += x[xOffset + j] * y[yOffset + j];
  return sum;
}

/** +1 or -1 so that the entry with the largest magnitude becomes positive (deterministic signs). */
function signOfLargestEntry(vector: Float64Array): number {
  let largest = 0;
  for (let j = 0; j < vector.length; j++) {
    if (Math.abs(vector[j]) > Math.abs(largest)) largest = vector[j];
  }
  return largest < 0 ? -1 : 1;
}

function* scaleProgress<T>(steps: Generator<number, T, void>, upTo: number): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield step.value * upTo;
  }
}

function checkShape(data: Float32Array, n: number, d: number): void {
  if (!Number.isInteger(n) || !Number.isInteger(d) || n < 0 || d < 1 || data.length < n * d) {
    throw new RangeError(`expected an n x d = ${n} x ${d} Float32Array, got length ${data.length}`);
  }
}

/** A NaN or infinity anywhere makes its column's mean non-finite: say so instead of a NaN plot. */
export function checkFiniteMean(mean: Float64Array): void {
  const column = mean.findIndex((value) => !Number.isFinite(value));
  if (column >= 0) throw new Error(`the data has NaN or infinite values (column ${column})`);
}
