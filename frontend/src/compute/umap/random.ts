// Seeded pseudo-random numbers for UMAP: a run with the same seed reproduces exactly.

/** Mulberry32 state advanced once; returns the next 32-bit state (callers keep it in a local). */
export function nextState(state: number): number {
  return (state + 0x6d2b79f5) | 0;
}

/** Mulberry32 output for a state: a uniformly distributed unsigned 32-bit integer. */
export function mix(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** A seeded generator of uniform numbers in [0, 1). */
export function seededUniform(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = nextState(state);
    return mix(state) / 4294967296;
  };
}

/** A seeded generator of standard normal numbers (Box-Muller). */
export function seededNormal(seed: number): () => number {
  const uniform = seededUniform(seed);
  return () => {
    const u = 1 - uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}
