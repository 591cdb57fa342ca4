// Deterministic synthetic data for the compute tests and benchmark (seeded, no Math.random).

import { gaussianFrom, mulberry32 } from '../../src/compute/random';

/** Uniform floats in [0, 1) from the seed itself (src/compute/random.ts's Mulberry32). */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed);
}

/** Standard normal samples via Box-Muller. */
export function seededGaussian(seed: number): () => number {
  return gaussianFrom(mulberry32(seed));
}

/** n x d float32 rows around `clusters` random centres (spread 3) with unit noise. */
export function clusteredData(n: number, d: number, clusters: number, seed: number): Float32Array {
  const gaussian = seededGaussian(seed);
  const centres = Array.from({ length: clusters }, () => Array.from({ length: d }, () => 3 * gaussian()));
  const data = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    const centre = centres[r % clusters];
    for (let j = 0; j < d; j++) data[r * d + j] = centre[j] + gaussian();
  }
  return data;
}

/**
 * Less tidy than clusteredData, more like real embeddings: 100 overlapping clusters in a 16-D latent
 * space (cluster means N(0, 1.5^2), unit spread), mapped linearly into d dimensions, plus isotropic
 * noise (0.3): a continuum of low intrinsic dimension.
 */
export function spreadData(n: number, d: number, seed: number): Float32Array {
  const latent = 16;
  const gaussian = seededGaussian(seed);
  const map = Float64Array.from({ length: latent * d }, () => gaussian() / Math.sqrt(latent));
  const means = Array.from({ length: 100 }, () => Array.from({ length: latent }, () => 1.5 * gaussian()));
  const pick = seededRandom(77);
  const data = new Float32Array(n * d);
  const z = new Float64Array(latent);
  for (let r = 0; r < n; r++) {
    const mean = means[Math.floor(pick() * 100)];
    for (let l = 0; l < latent; l++) z[l] = mean[l] + gaussian();
    for (let j = 0; j < d; j++) {
      let x = 0.3 * gaussian();
      for (let l = 0; l < latent; l++) x += z[l] * map[l * d + j];
      data[r * d + j] = x;
    }
  }
  return data;
}
