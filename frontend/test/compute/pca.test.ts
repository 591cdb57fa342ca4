import { describe, expect, it } from 'vitest';
import { identityProjection, pca, project } from '../../src/compute/pca';
import { clusteredData, seededGaussian } from './synthetic';

function normalise(vector: number[]): number[] {
  const norm = Math.hypot(...vector);
  return vector.map((x) => x / norm);
}

/** n points: offset + sum_a (spread_a * gaussian) * axis_a + noise * gaussian per coordinate. */
function pointsAlongAxes(
  n: number,
  axes: number[][],
  spreads: number[],
  noise: number,
  offset: number[],
  seed: number,
): Float32Array {
  const d = offset.length;
  const gaussian = seededGaussian(seed);
  const data = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    const weights = spreads.map((spread) => spread * gaussian());
    for (let j = 0; j < d; j++) {
      let value = offset[j] + noise * gaussian();
      axes.forEach((axis, a) => (value += weights[a] * axis[j]));
      data[r * d + j] = value;
    }
  }
  return data;
}

function component(result: { components: Float32Array }, index: number, d: number): number[] {
  return Array.from(result.components.subarray(index * d, index * d + d));
}

function dot(x: number[], y: number[]): number {
  return x.reduce((sum, value, i) => sum + value * y[i], 0);
}

describe('pca', () => {
  it('recovers the direction of points on a noisy line, whatever its offset', () => {
    const axis = normalise([1, 2, -2, 0.5, 0]);
    const data = pointsAlongAxes(5000, [axis], [10], 0.05, [100, -50, 3, 7, 1000], 1);
    const result = pca(data, 5000, 5, 3);
    expect(Math.abs(dot(component(result, 0, 5), axis))).toBeGreaterThan(0.9999);
    expect(result.varianceFraction[0]).toBeGreaterThan(0.999);
    expect(Array.from(result.mean)).toEqual([100, -50, 3, 7, 1000].map((expected) => expect.closeTo(expected, 0)));
  });

  it('recovers both axes of a noisy plane, in order of spread', () => {
    const first = normalise([1, 1, 0, 0, 0, 0]);
    const second = normalise([0, 0, 1, -1, 1, 0]);
    const data = pointsAlongAxes(8000, [second, first], [3, 6], 0.1, [1, 2, 3, 4, 5, 6], 2);
    const result = pca(data, 8000, 6);
    const [c0, c1] = [component(result, 0, 6), component(result, 1, 6)];
    // Both lie in the plane (noise is 0.1, far below the spreads)...
    for (const c of [c0, c1]) expect(Math.hypot(dot(c, first), dot(c, second))).toBeGreaterThan(0.9999);
    // ...and in order; a finite sample's weights correlate by ~1/sqrt(n), turning the axes a little.
    expect(Math.abs(dot(c0, first))).toBeGreaterThan(0.999);
    expect(Math.abs(dot(c1, second))).toBeGreaterThan(0.999);
    // variances 36 and 9 plus the noise 0.01 per axis; the fraction of the plane is ~99.8%
    expect(result.variance[0]).toBeCloseTo(36, -0.5);
    expect(result.variance[1]).toBeCloseTo(9, -0.5);
    expect(result.varianceFraction[0] + result.varianceFraction[1]).toBeGreaterThan(0.99);
  });

  it('returns k = min(k, d) orthonormal components with descending variance fractions summing to <= 1', () => {
    const n = 1500, d = 24;
    const result = pca(clusteredData(n, d, 6, 3), n, d);
    expect(result.components.length).toBe(10 * d);
    expect(result.variance.length).toBe(10);
    for (let a = 0; a < 10; a++) {
      for (let b = 0; b <= a; b++) {
        expect(dot(component(result, a, d), component(result, b, d))).toBeCloseTo(a === b ? 1 : 0, 5);
      }
      if (a > 0) expect(result.varianceFraction[a]).toBeLessThanOrEqual(result.varianceFraction[a - 1]);
      expect(result.varianceFraction[a]).toBeCloseTo(result.variance[a] / result.totalVariance, 12);
    }
    const sum = result.varianceFraction.reduce((x, y) => x + y, 0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-12);
    expect(sum).toBeGreaterThan(0.5);

    const small = pca(clusteredData(100, 4, 2, 4), 100, 4);
    expect(small.variance.length).toBe(4);
    expect(small.varianceFraction.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
  });

  it('computes the total variance as the trace of the sample covariance (divided by n - 1)', () => {
    // x = (0, 2, 4), y = constant: var(x) = (4 + 0 + 4) / 2 = 4
    const result = pca(new Float32Array([0, 7, 2, 7, 4, 7]), 3, 2);
    expect(result.totalVariance).toBeCloseTo(4, 12);
    expect(Array.from(result.variance)).toEqual([expect.closeTo(4, 12), 0]);
    expect(Array.from(result.components.subarray(0, 2))).toEqual([1, 0]);
  });

  it('makes the largest-magnitude entry of each component positive (deterministic signs)', () => {
    const axis = normalise([0.2, -1, 0.3]);
    const data = pointsAlongAxes(500, [axis], [5], 0.01, [0, 0, 0], 5);
    const first = component(pca(data, 500, 3, 1), 0, 3);
    expect(first[1]).toBeGreaterThan(0);
    expect(first[1]).toBeCloseTo(-axis[1], 3);
  });

  it('reports progress, ending at 1', () => {
    const progress: number[] = [];
    pca(clusteredData(2000, 8, 3, 6), 2000, 8, 10, (fraction) => progress.push(fraction));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
  });

  it('is exact on rank-deficient data and a single point', () => {
    // All rows in the plane spanned by (1,0,0,0) and (0,1,1,0)/sqrt2: two non-zero variances.
    const data = pointsAlongAxes(300, [[1, 0, 0, 0], normalise([0, 1, 1, 0])], [2, 1], 0, [1, 1, 1, 1], 8);
    const result = pca(data, 300, 4);
    expect(result.variance[2]).toBeLessThan(1e-9);
    expect(result.variance[3]).toBeLessThan(1e-9);
    expect(result.varianceFraction[0] + result.varianceFraction[1]).toBeCloseTo(1, 9);

    const single = pca(new Float32Array([3, 4]), 1, 2);
    expect(Array.from(single.variance)).toEqual([0, 0]);
    expect(Array.from(single.varianceFraction)).toEqual([0, 0]);
    expect(single.components.every(Number.isFinite)).toBe(true);
  });

  it('names the column of a NaN or infinite value instead of returning NaN axes', () => {
    expect(() => pca(new Float32Array([1, 2, 3, NaN, 5, 6]), 3, 2)).toThrow(/NaN or infinite values \(column 1\)/);
    expect(() => pca(new Float32Array([Infinity, 2, 3, 4]), 2, 2)).toThrow(/column 0/);
  });

  it('refuses data shorter than n x d', () => {
    expect(() => pca(new Float32Array(5), 3, 2)).toThrow(RangeError);
  });
});

describe('project', () => {
  it('matches a hand computation of (row - mean) . component', () => {
    const data = new Float32Array([1, 2, 3, 4, 5, 6]); // 2 x 3
    const mean = new Float32Array([2.5, 3.5, 4.5]);
    const components = new Float32Array([1, 0, 0, 0, 0.6, 0.8, 0, 1, 0]); // 3 x 3
    // row 0 centred: (-1.5, -1.5, -1.5); row 1: (1.5, 1.5, 1.5)
    // c0 = -1.5 / 1.5; c1 = -1.5 * 1.4 = -2.1 / 2.1; c2 = -1.5 / 1.5
    const out = project(data, 2, 3, mean, components, [1, 0]);
    expect(Array.from(out)).toEqual([-2.1, -1.5, 2.1, 1.5].map((x) => expect.closeTo(x, 5)));
    expect(Array.from(project(data, 2, 3, mean, components, [2]))).toEqual([-1.5, 1.5]);
  });

  it('on the first three PCA components gives uncorrelated, zero-mean coordinates', () => {
    const n = 3000, d = 16;
    const data = clusteredData(n, d, 5, 9);
    const result = pca(data, n, d, 3);
    const coordinates = project(data, n, d, result.mean, result.components, [0, 1, 2]);
    expect(coordinates.length).toBe(n * 3);
    const sums = [0, 0, 0];
    const cross = [0, 0, 0];
    for (let r = 0; r < n; r++) {
      const [x, y, z] = coordinates.subarray(r * 3, r * 3 + 3);
      sums[0] += x; sums[1] += y; sums[2] += z;
      cross[0] += x * y; cross[1] += x * z; cross[2] += y * z;
    }
    for (const sum of sums) expect(Math.abs(sum / n)).toBeLessThan(1e-3);
    for (const product of cross) expect(Math.abs(product / (n - 1)) / result.variance[0]).toBeLessThan(1e-4);
    // the variance of each coordinate is that component's eigenvalue
    let squares = 0;
    for (let r = 0; r < n; r++) squares += coordinates[r * 3] ** 2;
    expect(squares / (n - 1) / result.variance[0]).toBeCloseTo(1, 4);
  });

  it('refuses a component that was not computed', () => {
    const result = pca(clusteredData(50, 5, 2, 1), 50, 5, 2);
    expect(() => project(new Float32Array(250), 50, 5, result.mean, result.components, [2])).toThrow(RangeError);
  });
});

describe('identityProjection', () => {
  it('pads rows of d < 3 with zeros and keeps d = 3 as is', () => {
    expect(Array.from(identityProjection(new Float32Array([1, 2, 3, 4]), 2, 2))).toEqual([1, 2, 0, 3, 4, 0]);
    expect(Array.from(identityProjection(new Float32Array([5, 6]), 2, 1))).toEqual([5, 0, 0, 6, 0, 0]);
    expect(Array.from(identityProjection(new Float32Array([1, 2, 3]), 1, 3))).toEqual([1, 2, 3]);
  });
});
