// Initial layouts, scaled like openTSNE's: tiny (standard deviation 1e-4 along the first axis)
// so early exaggeration can form clusters before repulsion spreads them.

import { pca, project } from '../pca';
import { gaussianFrom, seededRandom } from '../random';

export const INITIAL_STD = 1e-4;

/** The first `dim` principal components, rescaled so the first has standard deviation 1e-4. */
export function pcaInitialization(data: Float32Array, n: number, d: number, dim: 2 | 3, seed: number): Float64Array {
  const axes = Math.min(dim, d);
  const basis = pca(data, n, d, axes);
  const projected = project(data, n, d, basis.mean, basis.components, Array.from({ length: axes }, (_, a) => a));
  return scaledInitialization(projected, n, basis.components.length / d, dim, seed);
}

/**
 * The initial layout from n x width principal coordinates (the first `dim` of them), rescaled so
 * the first axis has standard deviation 1e-4; axes they cannot fill (width < dim) get seeded
 * noise of that size, and a degenerate first axis a random layout.
 */
export function scaledInitialization(principal: Float32Array, n: number, width: number, dim: 2 | 3, seed: number): Float64Array {
  const y = new Float64Array(n * dim);
  const used = Math.min(width, dim);
  for (let i = 0; i < n; i++) for (let a = 0; a < used; a++) y[i * dim + a] = principal[i * width + a];
  const std = Math.sqrt(columnVariance(y, n, dim, 0));
  if (!(std > 0)) return randomInitialization(n, dim, seed);
  const scale = INITIAL_STD / std;
  for (let s = 0; s < y.length; s++) y[s] *= scale;
  if (used < dim) {
    const gaussian = gaussianFrom(seededRandom(seed));
    for (let i = 0; i < n; i++) for (let a = used; a < dim; a++) y[i * dim + a] = INITIAL_STD * gaussian();
  }
  return y;
}

/** Seeded Gaussian noise with standard deviation 1e-4 per axis. */
export function randomInitialization(n: number, dim: 2 | 3, seed: number): Float64Array {
  const gaussian = gaussianFrom(seededRandom(seed));
  const y = new Float64Array(n * dim);
  for (let s = 0; s < y.length; s++) y[s] = INITIAL_STD * gaussian();
  return y;
}

export function columnVariance(y: Float64Array, n: number, dim: number, axis: number): number {
  if (n < 2) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i * dim + axis];
  mean /= n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (y[i * dim + axis] - mean) ** 2;
  return sum / (n - 1);
}
