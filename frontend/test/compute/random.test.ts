// The one seeded generator (src/compute/random.ts) that the neighbour search, t-SNE and UMAP share:
// Mulberry32 as its author wrote it, the same numbers through the inline form UMAP's epochs use,
// and the seed rule the neighbour search and t-SNE have always used (so their layouts are unchanged).
import { describe, expect, it } from 'vitest';
import { gaussianFrom, mix, mulberry32, nextState, randomInt, seededRandom } from '../../src/compute/random';

/** Mulberry32 written out with unsigned arithmetic, as in Tommy Ettinger's C original. */
function textbookMulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [0, 1, 42, 0x7fffffff, 0x80000000, 0xffffffff, -1, -123456];

describe('random', () => {
  it('mulberry32 gives the textbook sequence for any 32-bit seed', () => {
    for (const seed of SEEDS) {
      const ours = mulberry32(seed), reference = textbookMulberry32(seed);
      for (let i = 0; i < 1000; i++) expect(ours()).toBe(reference());
    }
  });

  it('the inline state form (nextState + mix) is the same sequence', () => {
    for (const seed of SEEDS) {
      const uniform = mulberry32(seed);
      let state = seed | 0;
      for (let i = 0; i < 1000; i++) {
        state = nextState(state);
        expect(mix(state) / 4294967296).toBe(uniform());
      }
    }
  });

  it('seededRandom starts Mulberry32 from the seed mixed with the golden ratio', () => {
    for (const seed of SEEDS) {
      const ours = seededRandom(seed), reference = textbookMulberry32((seed >>> 0) ^ 0x9e3779b9);
      for (let i = 0; i < 100; i++) expect(ours()).toBe(reference());
    }
    const a = seededRandom(7), b = seededRandom(8);
    expect(Array.from({ length: 5 }, a)).not.toEqual(Array.from({ length: 5 }, b));
  });

  it('uniform, integer and normal samples have the right range and moments', () => {
    const uniform = mulberry32(5);
    let sum = 0;
    const counts = new Int32Array(10);
    for (let i = 0; i < 100_000; i++) {
      const u = uniform();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      counts[randomInt(uniform, 10)]++;
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.01);
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);

    const normal = gaussianFrom(seededRandom(9));
    let s1 = 0, s2 = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = normal();
      s1 += x;
      s2 += x * x;
    }
    expect(Math.abs(s1 / 100_000)).toBeLessThan(0.02);
    expect(Math.abs(s2 / 100_000 - 1)).toBeLessThan(0.03);
  });
});
