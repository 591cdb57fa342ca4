// Seeded pseudo-random numbers (Mulberry32) for every algorithm that samples: the neighbour
// search's trees and samples, t-SNE's start, UMAP's start and negative samples. The same seed
// gives the same numbers, so a run can be reproduced exactly.

/** Mulberry32's state advanced once; callers in hot loops keep the state in a local. */
export function nextState(state: number): number {
  return (state + 0x6d2b79f5) | 0;
}

/** Mulberry32's output for a state: a uniformly distributed unsigned 32-bit integer. */
export function mix(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Uniform floats in [0, 1) from Mulberry32 started at the 32-bit `state`. */
export function mulberry32(state: number): () => number {
  let current = state | 0;
  return () => {
    current = nextState(current);
    return mix(current) / 4294967296;
  };
}

/**
 * Uniform floats in [0, 1) for a seed: Mulberry32 from the seed mixed with the golden ratio (the
 * neighbour search and t-SNE; UMAP starts from the seed itself, mulberry32(seed)).
 */
export function seededRandom(seed: number): () => number {
  return mulberry32((seed >>> 0) ^ 0x9e3779b9);
}

/** Integer in [0, bound). */
export function randomInt(random: () => number, bound: number): number {
  return Math.floor(random() * bound);
}

/** Standard normal samples (Box-Muller) from a uniform source. */
export function gaussianFrom(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
