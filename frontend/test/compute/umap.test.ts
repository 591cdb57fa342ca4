// UMAP (src/compute/umap): the a/b curve fit, the fuzzy simplicial set, the spectral start, and
// layouts of small clustered data against thresholds measured with umap-learn 0.5.12.
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/compute/symmetric-eigen';
import {
  defaultEpochs, findAbParams, fuzzySimplicialSet, knnPreservation, membershipStrengths, nearestNeighbors, smoothKnnDistances,
  spectralEmbedding, SparseGraph, trustworthiness, UMAP,
} from '../../src/compute/umap';
import { PowerTable } from '../../src/compute/umap/power-table';
import { gaussianFrom, mulberry32 } from '../../src/compute/random';
import { clusteredData, seededGaussian } from './synthetic';

describe('findAbParams', { timeout: 60_000 }, () => {
  // umap.umap_.find_ab_params(spread, min_dist) from umap-learn 0.5.12 (scipy curve_fit)
  const reference: [number, number, number, number][] = [
    [1, 0.1, 1.5769434602697652, 0.8950608778515733],
    [1, 0.001, 1.929073395935085, 0.7915045334274393],
    [1, 0.5, 0.5830300203414425, 1.3341669924314914],
    [2, 0.3, 0.3794946886311041, 0.9488152194414622],
    [1, 0.99, 0.11930529992407873, 1.9163904168802517],
    [0.5, 0.05, 5.453765166323301, 0.8950608002428271],
  ];
  it.each(reference)('spread %f, minDist %f -> a %f, b %f as umap-learn', (spread, minDist, a, b) => {
    const fit = findAbParams(spread, minDist);
    expect(Math.abs(fit.a / a - 1)).toBeLessThan(1e-4);
    expect(Math.abs(fit.b / b - 1)).toBeLessThan(1e-4);
  });
});

describe('defaultEpochs', () => {
  // umap-learn: default_epochs = 500 if graph.shape[0] <= 10000 else 200
  it.each([[1, 500], [9_999, 500], [10_000, 500], [10_001, 200], [100_000, 200]])(
    '%i points -> %i epochs, as umap-learn', (n, epochs) => {
      expect(defaultEpochs(n)).toBe(epochs);
    });
});

describe('PowerTable', () => {
  it.each([0.7915, 0.8951, 1.3342, 1.9164])('q^%f within 1e-4 relative over 2^-30 .. 2^30', (b) => {
    const table = new PowerTable(b);
    const uniform = mulberry32(17);
    for (let i = 0; i < 20000; i++) {
      const q = Math.pow(2, 60 * uniform() - 30);
      expect(Math.abs(table.pow(q) / Math.pow(q, b) - 1)).toBeLessThan(1e-4);
    }
  });
});

describe('fuzzy simplicial set', { timeout: 60_000 }, () => {
  const n = 300, d = 10, nNeighbors = 15;
  const data = clusteredData(n, d, 3, 5);
  const neighbors = nearestNeighbors(data, n, d, nNeighbors - 1, { metric: 'euclidean' });
  const smooth = smoothKnnDistances(neighbors, nNeighbors);

  it('finds each sigma so that the memberships sum to log2(nNeighbors), with rho the nearest distance', () => {
    for (let i = 0; i < n; i++) {
      expect(smooth.rhos[i]).toBeCloseTo(neighbors.distances[i * neighbors.k], 6);
      let sum = 0;
      for (let j = 0; j < neighbors.k; j++) {
        sum += Math.exp(-Math.max(0, neighbors.distances[i * neighbors.k + j] - smooth.rhos[i]) / smooth.sigmas[i]);
      }
      expect(Math.abs(sum - Math.log2(nNeighbors))).toBeLessThan(1e-3);
    }
  });

  it('gives the nearest neighbour membership 1 and the rest (0, 1], decreasing with distance', () => {
    const strengths = membershipStrengths(neighbors, smooth);
    for (let i = 0; i < n; i++) {
      const row = strengths.subarray(i * neighbors.k, (i + 1) * neighbors.k);
      expect(row[0]).toBe(1);
      for (let j = 1; j < row.length; j++) {
        expect(row[j]).toBeGreaterThan(0);
        expect(row[j]).toBeLessThanOrEqual(row[j - 1]);
      }
    }
  });

  it('is the fuzzy union w + w^T - w w^T: symmetric, in (0, 1], no self loops', () => {
    const strengths = membershipStrengths(neighbors, smooth);
    const graph = fuzzySimplicialSet(neighbors, nNeighbors);
    const directed = (i: number, j: number) => {
      for (let m = 0; m < neighbors.k; m++) if (neighbors.indices[i * neighbors.k + m] === j) return strengths[i * neighbors.k + m];
      return 0;
    };
    let edges = 0;
    for (let i = 0; i < n; i++) {
      for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
        const j = graph.columns[e], w = graph.values[e];
        expect(j).not.toBe(i);
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThanOrEqual(1);
        expect(graph.weight(j, i)).toBe(w);
        const a = directed(i, j), b = directed(j, i);
        expect(w).toBeCloseTo(a + b - a * b, 6);
        edges++;
      }
    }
    // every directed edge appears, in both directions
    expect(edges).toBeGreaterThanOrEqual(n * neighbors.k);
    expect(edges).toBeLessThanOrEqual(2 * n * neighbors.k);
  });
});

describe('spectralEmbedding', { timeout: 60_000 }, () => {
  it('finds the normalised Laplacian eigenvectors a dense eigensolver finds', () => {
    const n = 200, d = 8;
    const data = clusteredData(n, d, 1, 9);
    const graph = fuzzySimplicialSet(nearestNeighbors(data, n, d, 14, { metric: 'euclidean' }), 15);
    expect(graph.components().count).toBe(1);
    const degrees = graph.degrees();
    const dense = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
        dense[i * n + graph.columns[e]] = graph.values[e] / Math.sqrt(degrees[i] * degrees[graph.columns[e]]);
      }
    }
    const exact = symmetricEigen(dense, n, 3); // vector 0 is the trivial sqrt(degree) one
    const layout = spectralEmbedding(graph, 2, gaussianFrom(mulberry32(3)), { tolerance: 1e-8, maxIterations: 2000 })!;
    for (let c = 0; c < 2; c++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += layout[i * 2 + c] * exact.vectors[(c + 1) * n + i];
      expect(Math.abs(dot)).toBeGreaterThan(0.999);
    }
  });

  it('orders a path graph along its first axis (as D^-1/2 u, the random-walk eigenvector)', () => {
    const n = 60;
    const rowStart = new Int32Array(n + 1), columns: number[] = [], values: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0) columns.push(i - 1), values.push(1);
      if (i < n - 1) columns.push(i + 1), values.push(1);
      rowStart[i + 1] = columns.length;
    }
    const graph = new SparseGraph(n, rowStart, Int32Array.from(columns), Float32Array.from(values));
    const layout = spectralEmbedding(graph, 2, gaussianFrom(mulberry32(1)), { tolerance: 1e-9, maxIterations: 5000 })!;
    const degrees = graph.degrees();
    const first = Array.from({ length: n }, (_, i) => layout[i * 2] / Math.sqrt(degrees[i]));
    const increasing = first.every((x, i) => i === 0 || x > first[i - 1]);
    const decreasing = first.every((x, i) => i === 0 || x < first[i - 1]);
    expect(increasing || decreasing).toBe(true);
  });
});

// 5 Gaussian clusters x 100 points in 20-D (centres spread 3, unit noise). umap-learn 0.5.12 with
// default settings on exactly these rows (random_state 1, 2, 3), scored by sklearn:
//   2-D: trustworthiness(k=10) 0.9504 / 0.9510 / 0.9506, 10-NN preservation 0.318 / 0.319 / 0.312
//   3-D: trustworthiness(k=10) 0.9591 / 0.9593 / 0.9578, 10-NN preservation 0.382 / 0.385 / 0.378
// The thresholds are umap-learn's worst seed minus a small margin.
describe('UMAP on clustered data', { timeout: 60_000 }, () => {
  const n = 500, d = 20;
  const data = clusteredData(n, d, 5, 7);

  it.each([
    [2 as const, 0.945, 0.30],
    [3 as const, 0.953, 0.36],
  ])('%i-D layout keeps neighbourhoods as well as umap-learn (trustworthiness >= %f, 10-NN >= %f)', (dim, minTrust, minKnn) => {
    const umap = new UMAP({ dim, seed: 1 });
    umap.init(data, n, d);
    const layout = umap.run();
    expect(layout.length).toBe(n * dim);
    expect(trustworthiness(data, layout, n, d, dim, 10)).toBeGreaterThanOrEqual(minTrust);
    expect(knnPreservation(data, layout, n, d, dim, 10)).toBeGreaterThanOrEqual(minKnn);
  });

  it('starts from a given layout (the progressive path\'s placement), scaled to [0, 10] like the spectral start', () => {
    const graph = nearestNeighbors(data, n, d, 14, { metric: 'euclidean' });
    const given = Float32Array.from({ length: n * 2 }, (_, s) => (s % 2 ? -3 : 5) * Math.sin(s));
    const umap = new UMAP({ seed: 1, nEpochs: 0, initialization: 'given' });
    for (const _ of umap.initFromGraphSteps(graph, given, 2));
    const start = umap.coordinates();
    for (let c = 0; c < 2; c++) {
      const axis = Array.from({ length: n }, (_, i) => start[i * 2 + c]);
      expect(Math.min(...axis)).toBeCloseTo(0, 3);
      expect(Math.max(...axis)).toBeCloseTo(10, 3);
      // An affine image of the given axis (up to the 1e-4 noise that separates coincident starts).
      const source = Array.from({ length: n }, (_, i) => given[i * 2 + c]);
      const lo = Math.min(...source), span = Math.max(...source) - lo;
      for (let i = 0; i < n; i++) expect(Math.abs(axis[i] - (10 * (source[i] - lo)) / span)).toBeLessThan(1e-2);
    }
    expect(() => [...new UMAP({ initialization: 'given' }).initFromGraphSteps(graph, given, 3)]).toThrow(/a given start of 3 dimensions/);
  });

  it('reproduces a run exactly for a seed, and differs for another seed', () => {
    const run = (seed: number) => {
      const umap = new UMAP({ seed, nEpochs: 100 });
      umap.init(data, n, d);
      return umap.run();
    };
    const first = run(11);
    expect(run(11)).toEqual(first);
    expect(run(12)).not.toEqual(first);
  });

  it('steps epoch by epoch: 500 epochs by default below 10,000 points', () => {
    const umap = new UMAP({ seed: 2 });
    umap.init(data, n, d);
    expect(umap.step(0)).toEqual({ epoch: 0, nEpochs: 500, done: false });
    expect(umap.step(7)).toEqual({ epoch: 7, nEpochs: 500, done: false });
    const before = umap.coordinates();
    umap.step();
    expect(umap.coordinates()).not.toEqual(before);
    expect(umap.step(10_000)).toEqual({ epoch: 500, nEpochs: 500, done: true });
  });
});

describe('UMAP metrics', { timeout: 60_000 }, () => {
  // Two directions x two norms (1 and 5): the cosine metric sees only the direction, the
  // Euclidean one also the norm. Purity = share of a point's 10 nearest layout neighbours with its label.
  const n = 400, d = 20;
  const gaussian = seededGaussian(31);
  const directions = [0, 1].map(() => Array.from({ length: d }, () => gaussian()));
  const data = new Float32Array(n * d);
  const directionLabel = (i: number) => i % 2;
  const normLabel = (i: number) => (i >> 1) % 2;
  for (let i = 0; i < n; i++) {
    const u = directions[directionLabel(i)];
    const length = Math.hypot(...u);
    const scale = normLabel(i) ? 5 : 1;
    for (let j = 0; j < d; j++) data[i * d + j] = scale * (u[j] / length + 0.05 * gaussian());
  }
  const purity = (layout: Float32Array, label: (i: number) => number) => {
    let same = 0;
    for (let i = 0; i < n; i++) {
      const order = Array.from({ length: n }, (_, o) => o)
        .filter((o) => o !== i)
        .sort((p, q) => Math.hypot(layout[p * 2] - layout[i * 2], layout[p * 2 + 1] - layout[i * 2 + 1])
          - Math.hypot(layout[q * 2] - layout[i * 2], layout[q * 2 + 1] - layout[i * 2 + 1]));
      for (const o of order.slice(0, 10)) same += label(o) === label(i) ? 1 : 0;
    }
    return same / (n * 10);
  };
  const layoutWith = (metric: 'cosine' | 'euclidean') => {
    const umap = new UMAP({ metric, seed: 4, nEpochs: 200 });
    umap.init(data, n, d);
    return umap.run();
  };

  it('cosine groups by direction whatever the norm; euclidean also separates the norms', () => {
    const cosine = layoutWith('cosine');
    const euclidean = layoutWith('euclidean');
    expect(purity(cosine, directionLabel)).toBeGreaterThan(0.95);
    expect(purity(cosine, normLabel)).toBeLessThan(0.7);
    expect(purity(euclidean, normLabel)).toBeGreaterThan(0.95);
    expect(purity(euclidean, directionLabel)).toBeGreaterThan(0.95);
  });
});

describe('UMAP edge cases', { timeout: 60_000 }, () => {
  it('refuses settings umap-learn refuses, and stepping before init', () => {
    expect(() => new UMAP({ minDist: 2, spread: 1 })).toThrow(RangeError);
    expect(() => new UMAP({ nNeighbors: 1 })).toThrow(RangeError);
    expect(() => new UMAP({ dim: 4 as 2 })).toThrow(RangeError);
    expect(() => new UMAP({ nEpochs: -1 })).toThrow(RangeError);
    expect(() => new UMAP().step()).toThrow(/init/);
  });

  it('lays out 0, 1, 2 and 5 points (fewer than nNeighbors) without NaN', () => {
    for (const n of [0, 1, 2, 5]) {
      const data = clusteredData(n, 4, 1, 3);
      const umap = new UMAP({ nEpochs: 20, dim: 3 });
      umap.init(data, n, 4);
      const layout = umap.run();
      expect(layout.length).toBe(n * 3);
      expect(layout.every(Number.isFinite)).toBe(true);
    }
  });

  it('copes with duplicate rows and a graph in many pieces', () => {
    const n = 120, d = 5;
    const data = new Float32Array(n * d);
    // 40 copies of one row, then 4 far-apart clusters of 20: several components, zero distances
    const clusters = clusteredData(80, d, 4, 8);
    for (let i = 0; i < 80 * d; i++) data[40 * d + i] = clusters[i] * 100;
    const umap = new UMAP({ nNeighbors: 5, nEpochs: 50 });
    umap.init(data, n, d);
    expect(umap.graph!.components().count).toBeGreaterThan(1);
    const layout = umap.run();
    expect(layout.every(Number.isFinite)).toBe(true);
  });
});
