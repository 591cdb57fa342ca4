// Deterministic synthetic data for the compute tests and benchmark (seeded, no Math.random).

/** Mulberry32: a tiny seeded PRNG, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples via Box-Muller. */
export function seededGaussian(seed: number): () => number {
  const uniform = seededRandom(seed);
  return () => {
    const u = 1 - uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
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
