import { describe, expect, it } from 'vitest';
import { TSNE, fftPredictedFaster, type TsneGradient } from '../../src/compute/tsne/tsne';
import { KlTrend } from '../../src/compute/tsne/optimize';
import { SpaceTree } from '../../src/compute/tsne/space-tree';
import { repulsiveForces } from '../../src/compute/tsne/gradient';
import { clusteredData, seededGaussian } from './synthetic';

// The reference data: 5 Gaussian clusters, 500 points, 20-D (the data tests/test_tsne_reference.py
// also uses). Measured on it with k = 10 (sklearn.manifold.trustworthiness; k-NN preservation =
// mean fraction of each point's 10 nearest input neighbours among its 10 nearest in the layout):
//   openTSNE 1.0.4 (seeds 1-3), 2-D: trustworthiness 0.965-0.967, k-NN preservation 0.403-0.410
//   sklearn 1.9.1 TSNE (pca init), 2-D: 0.966 / 0.399;   openTSNE 3-D: 0.975 / 0.469
//   this implementation, 2-D: 0.967 / 0.409;             3-D: 0.975 / 0.464
const N = 500, D = 20;
const data = clusteredData(N, D, 5, 11);

function squaredDistances(rows: ArrayLike<number>, n: number, d: number): Float64Array {
  const result = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let sum = 0;
      for (let c = 0; c < d; c++) sum += (rows[i * d + c] - rows[j * d + c]) ** 2;
      result[i * n + j] = result[j * n + i] = sum;
    }
  }
  return result;
}

/** Indices of all other points of row i, nearest first. */
function ranking(distances: Float64Array, n: number, i: number): number[] {
  const others = Array.from({ length: n }, (_, j) => j).filter((j) => j !== i);
  return others.sort((a, b) => distances[i * n + a] - distances[i * n + b] || a - b);
}

/** sklearn.manifold.trustworthiness's formula. */
function trustworthiness(input: Float64Array, layout: Float64Array, n: number, k: number): number {
  let penalty = 0;
  for (let i = 0; i < n; i++) {
    const inputRank = new Map(ranking(input, n, i).map((j, r) => [j, r + 1]));
    const inputNeighbours = new Set(ranking(input, n, i).slice(0, k));
    for (const j of ranking(layout, n, i).slice(0, k)) if (!inputNeighbours.has(j)) penalty += inputRank.get(j)! - k;
  }
  return 1 - (2 / (n * k * (2 * n - 3 * k - 1))) * penalty;
}

function knnPreservation(input: Float64Array, layout: Float64Array, n: number, k: number): number {
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const expected = new Set(ranking(input, n, i).slice(0, k));
    kept += ranking(layout, n, i).slice(0, k).filter((j) => expected.has(j)).length;
  }
  return kept / (n * k);
}

/** Fraction of each point's k layout neighbours that share its label. */
function labelPurity(layout: Float64Array, labels: Int32Array, n: number, k: number): number {
  let same = 0;
  for (let i = 0; i < n; i++) same += ranking(layout, n, i).slice(0, k).filter((j) => labels[j] === labels[i]).length;
  return same / (n * k);
}

const inputDistances = squaredDistances(data, N, D);

function run(options: Partial<ConstructorParameters<typeof TSNE>[0]> = {}, iterations = 1000): TSNE {
  const tsne = new TSNE({ dim: 2, perplexity: 30, seed: 1, maxIterations: iterations, ...options });
  tsne.init(data, N, D);
  tsne.step(iterations);
  return tsne;
}

describe('TSNE quality against openTSNE / sklearn on 5 clusters, 500 x 20', () => {
  it('2-D: trustworthiness >= 0.96 and 10-NN preservation >= 0.38', () => {
    const tsne = run();
    const layout = squaredDistances(tsne.coordinates(), N, 2);
    expect(trustworthiness(inputDistances, layout, N, 10)).toBeGreaterThanOrEqual(0.96);
    expect(knnPreservation(inputDistances, layout, N, 10)).toBeGreaterThanOrEqual(0.38);
  }, 60_000);

  it('3-D: trustworthiness >= 0.97 and 10-NN preservation >= 0.44', () => {
    const tsne = run({ dim: 3 });
    const layout = squaredDistances(tsne.coordinates(), N, 3);
    expect(tsne.coordinates().length).toBe(N * 3);
    expect(trustworthiness(inputDistances, layout, N, 10)).toBeGreaterThanOrEqual(0.97);
    expect(knnPreservation(inputDistances, layout, N, 10)).toBeGreaterThanOrEqual(0.44);
  }, 60_000);
});

describe('TSNE with the FFT-interpolation gradient (2-D)', { timeout: 60_000 }, () => {
  // Measured on these data: trustworthiness 0.966, 10-NN preservation 0.410 (Barnes-Hut: 0.967 / 0.409).
  it('keeps neighbourhoods as well as Barnes-Hut: trustworthiness >= 0.96, 10-NN preservation >= 0.38', () => {
    const tsne = run({ gradient: 'fft' });
    expect(tsne.lastGradient).toBe('fft');
    expect(tsne.fftIterations).toBe(tsne.iteration); // every iteration (it may converge before 1,000)
    const layout = squaredDistances(tsne.coordinates(), N, 2);
    expect(trustworthiness(inputDistances, layout, N, 10)).toBeGreaterThanOrEqual(0.96);
    expect(knnPreservation(inputDistances, layout, N, 10)).toBeGreaterThanOrEqual(0.38);
  }, 60_000);

  it('reproduces coordinates exactly for the same seed, and differs for another seed', () => {
    const a = run({ gradient: 'fft', initialization: 'random', seed: 5 }, 300).coordinates();
    const b = run({ gradient: 'fft', initialization: 'random', seed: 5 }, 300).coordinates();
    const c = run({ gradient: 'fft', initialization: 'random', seed: 6 }, 300).coordinates();
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  }, 60_000);

  it("'auto' keeps Barnes-Hut for small inputs and for 3-D; 'fft' is ignored in 3-D", () => {
    expect(run({}, 1).lastGradient).toBe('barnes-hut');
    expect(run({ dim: 3, gradient: 'fft' }, 1).lastGradient).toBe('barnes-hut');
    expect(run({ gradient: 'barnes-hut' }, 1).lastGradient).toBe('barnes-hut');
    const forced = run({ gradient: 'fft' }, 20);
    expect(forced.fftIterations).toBe(20);
  });

  it("'auto' prefers FFT when the grid is small next to n: large inputs, or compact layouts", () => {
    expect(fftPredictedFaster(100_000, 1024)).toBe(true);
    expect(fftPredictedFaster(20_000, 512)).toBe(true);
    expect(fftPredictedFaster(20_000, 1024)).toBe(false);
    expect(fftPredictedFaster(5_000, 128)).toBe(true);
    expect(fftPredictedFaster(5_000, 512)).toBe(false);
    expect(fftPredictedFaster(500, 128)).toBe(false);
  });
});

describe("'auto' at n >= 1000 (3,000 points, 10 clusters)", { timeout: 120_000 }, () => {
  const n = 3000, d = 20;
  const wide = clusteredData(n, d, 10, 17);

  /** The repulsion each iteration used, and the final layout. */
  function trace(gradient: TsneGradient, iterations: number, seed = 2) {
    const tsne = new TSNE({ dim: 2, perplexity: 30, seed, maxIterations: iterations, gradient, convergenceTolerance: 0, initialization: 'random' });
    tsne.init(wide, n, d);
    const methods: string[] = [];
    while (!tsne.done) {
      tsne.step(1);
      methods.push(tsne.lastGradient!);
    }
    return { tsne, methods };
  }

  it('starts with FFT on the compact layout, switches to Barnes-Hut once the grid would cost more, and is deterministic for a seed', () => {
    const first = trace('auto', 500);
    // At 3,000 points FFT pays up to an FFT side of 256 (42 boxes of <= 0.9: spans up to ~37);
    // measured here: FFT for the first ~300 iterations, Barnes-Hut after.
    expect(first.methods[0]).toBe('fft');
    expect(first.methods.at(-1)).toBe('barnes-hut');
    const switches = first.methods.filter((m, t) => t > 0 && m !== first.methods[t - 1]).length;
    expect(switches).toBeGreaterThanOrEqual(1);
    expect(first.tsne.fftIterations).toBe(first.methods.filter((m) => m === 'fft').length);
    const again = trace('auto', 500);
    expect(again.methods).toEqual(first.methods);
    expect(again.tsne.coordinates()).toEqual(first.tsne.coordinates());
    expect(trace('auto', 500, 3).tsne.coordinates()).not.toEqual(first.tsne.coordinates());
    expect(first.tsne.coordinates().every(Number.isFinite)).toBe(true);
  });

  it("'fft' uses FFT wherever a grid of narrow enough boxes fits, 'barnes-hut' never", () => {
    const forced = trace('fft', 300);
    expect(forced.tsne.fftIterations).toBe(300); // spans stay below ~306 here: always a grid
    expect(trace('barnes-hut', 20).tsne.fftIterations).toBe(0);
  });
});

describe('TSNE options and failures', { timeout: 60_000 }, () => {
  it('rejects an unknown gradient with a clear error', () => {
    expect(() => new TSNE({ dim: 2, perplexity: 30, seed: 1, maxIterations: 10, gradient: 'fftt' as TsneGradient }))
      .toThrow(/gradient 'fftt' is not one of auto, fft, barnes-hut/);
  });

  it.each(['fft', 'barnes-hut'] as const)('fails with a clear error when the layout holds a non-finite coordinate (%s)', (gradient) => {
    const tsne = run({ gradient }, 5);
    tsne.perturb(NaN);
    tsne.setMaxIterations(10);
    expect(() => tsne.step(1)).toThrow(/t-SNE layout: point \d+ has a non-finite coordinate/);
  });
});

describe('KlTrend (convergence)', () => {
  it('converges after two slow checks in a row with one method', () => {
    const trend = new KlTrend(1e-3);
    expect(trend.add(2, 'fft')).toBe(false);
    expect(trend.add(1.9999, 'fft')).toBe(false);
    expect(trend.add(1.9998, 'fft')).toBe(true);
  });

  it('does not compare KL estimates whose Z came from different methods (auto switching mid-run)', () => {
    const trend = new KlTrend(1e-3);
    trend.add(2, 'fft');
    // Barnes-Hut's Z 0.4% lower than FFT's would look like a KL rise: no slow check across methods.
    expect(trend.add(2.003, 'barnes-hut')).toBe(false);
    expect(trend.add(2.0029, 'barnes-hut')).toBe(false); // first slow check of the new method
    expect(trend.add(1.99, 'fft')).toBe(false);
    expect(trend.add(1.9899, 'fft')).toBe(false);
    expect(trend.add(1.9898, 'fft')).toBe(true);
    trend.reset();
    expect(trend.lastKl).toBeUndefined();
    expect(trend.add(1.9898, 'fft')).toBe(false);
  });
});

describe('TSNE behaviour', () => {
  it('reproduces coordinates exactly for the same seed, and differs for another seed', () => {
    const a = run({ initialization: 'random', seed: 5 }, 300).coordinates();
    const b = run({ initialization: 'random', seed: 5 }, 300).coordinates();
    const c = run({ initialization: 'random', seed: 6 }, 300).coordinates();
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  }, 60_000);

  it('supervision pulls same-label points together', () => {
    // Labels that cut across the input clusters: alternate points get label 0 or 1, every
    // tenth point is unlabeled (-1).
    const labels = new Int32Array(N).map((_, i) => (i % 10 === 9 ? -1 : (i >> 2) % 2));
    const labelled = new Int32Array(N).map((_, i) => (labels[i] < 0 ? -2 - i : labels[i]));
    const plain = squaredDistances(run({}, 600).coordinates(), N, 2);
    const supervised = squaredDistances(run({ supervise: { labels, weight: 0.9 } }, 600).coordinates(), N, 2);
    const before = labelPurity(plain, labelled, N, 10);
    const after = labelPurity(supervised, labelled, N, 10);
    // Measured: ~0.45 without supervision, ~0.85 with weight 0.9.
    expect(before).toBeLessThan(0.55);
    expect(after).toBeGreaterThan(0.75);
  }, 60_000);

  it('reports a falling KL estimate and stops at convergence or maxIterations', () => {
    const tsne = new TSNE({ dim: 2, perplexity: 30, seed: 1, maxIterations: 3000, convergenceTolerance: 0.01 });
    tsne.init(data, N, D);
    const kl: number[] = [];
    let result = tsne.step();
    while (!result.done) {
      result = tsne.step(25);
      if (result.klDivergence !== undefined) kl.push(result.klDivergence);
    }
    expect(result.converged).toBe(true);
    expect(result.iteration).toBeLessThan(3000);
    expect(kl.length).toBeGreaterThan(1);
    expect(kl[kl.length - 1]).toBeLessThan(kl[0]);
    expect(tsne.step(10).iteration).toBe(result.iteration); // done: no more steps

    const capped = new TSNE({ dim: 2, perplexity: 30, seed: 1, maxIterations: 120 });
    capped.init(data, N, D);
    const last = capped.step(1000);
    expect(last).toMatchObject({ iteration: 120, converged: false, done: true });
    capped.setMaxIterations(150);
    expect(capped.step(1000).iteration).toBe(150);
  }, 60_000);

  it('perturb() moves points and the run carries on', () => {
    const tsne = run({}, 300);
    const before = tsne.coordinates();
    tsne.perturb(0.1);
    const after = tsne.coordinates();
    expect(after).not.toEqual(before);
    tsne.setMaxIterations(400);
    expect(tsne.step(100).iteration).toBe(400);
    expect(tsne.coordinates().every(Number.isFinite)).toBe(true);
  }, 60_000);

  it('handles tiny inputs and a perplexity above n', () => {
    for (const n of [1, 2, 3, 7]) {
      const tsne = new TSNE({ dim: 2, perplexity: 30, seed: 1, maxIterations: 50 });
      tsne.init(data.subarray(0, n * D), n, D);
      tsne.step(50);
      expect(tsne.coordinates().length).toBe(2 * n);
      expect(tsne.coordinates().every(Number.isFinite)).toBe(true);
    }
  });
});

describe('Barnes-Hut repulsion', () => {
  it.each([2, 3] as const)('matches the exact O(n^2) sum in %i-D (theta 0: exactly; theta 0.5: Z within 1%%, forces within 5%%)', (dim) => {
    const n = 400;
    const gaussian = seededGaussian(dim);
    const y = Float64Array.from({ length: n * dim }, (_, s) => (s % 7) + 3 * gaussian());
    const exact = new Float64Array(n * dim);
    let exactZ = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        let d2 = 0;
        for (let a = 0; a < dim; a++) d2 += (y[i * dim + a] - y[j * dim + a]) ** 2;
        const w = 1 / (1 + d2);
        exactZ += w;
        for (let a = 0; a < dim; a++) exact[i * dim + a] += w * w * (y[i * dim + a] - y[j * dim + a]);
      }
    }
    const stack = new Int32Array(4096);
    for (const theta of [0, 0.5]) {
      const tree = new SpaceTree(n, dim);
      tree.build(y, n, theta);
      const forces = new Float64Array(n * dim);
      const z = repulsiveForces(tree, n, forces, stack);
      // Measured at theta 0.5: Z off by ~0.1%, forces by ~2% (monopole approximation).
      expect(Math.abs(z - exactZ) / exactZ).toBeLessThan(theta === 0 ? 1e-10 : 0.01);
      const tolerance = theta === 0 ? 1e-10 : 0.05;
      let errorNorm = 0, norm = 0;
      for (let s = 0; s < n * dim; s++) {
        errorNorm += (forces[s] - exact[s]) ** 2;
        norm += exact[s] ** 2;
      }
      expect(Math.sqrt(errorNorm / norm)).toBeLessThan(tolerance);
    }
  });
});
