import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/compute/symmetric-eigen';
import { seededGaussian } from './synthetic';

function randomSymmetric(d: number, seed: number): Float64Array {
  const gaussian = seededGaussian(seed);
  const matrix = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const value = gaussian();
      matrix[i * d + j] = value;
      matrix[j * d + i] = value;
    }
  }
  return matrix;
}

/** Rows of a random orthogonal matrix (Gram-Schmidt on Gaussian rows). */
function orthonormalBasis(d: number, seed: number): Float64Array {
  const gaussian = seededGaussian(seed);
  const rows = Float64Array.from({ length: d * d }, () => gaussian());
  for (let e = 0; e < d; e++) {
    const row = rows.subarray(e * d, e * d + d);
    for (let f = 0; f < e; f++) {
      const previous = rows.subarray(f * d, f * d + d);
      const dot = row.reduce((sum, x, i) => sum + x * previous[i], 0);
      for (let i = 0; i < d; i++) row[i] -= dot * previous[i];
    }
    const norm = Math.hypot(...row);
    for (let i = 0; i < d; i++) row[i] /= norm;
  }
  return rows;
}

describe('symmetricEigen', () => {
  it.each([1, 2, 3, 4, 17, 64, 150])('decomposes a random symmetric matrix of size %i', (d) => {
    const matrix = randomSymmetric(d, d);
    const { values, vectors } = symmetricEigen(matrix, d);
    for (let e = 0; e < d; e++) {
      if (e > 0) expect(values[e]).toBeLessThanOrEqual(values[e - 1]);
      // A v = lambda v
      for (let i = 0; i < d; i++) {
        let av = 0;
        for (let j = 0; j < d; j++) av += matrix[i * d + j] * vectors[e * d + j];
        expect(Math.abs(av - values[e] * vectors[e * d + i])).toBeLessThan(1e-10);
      }
      // orthonormal rows
      for (let f = 0; f <= e; f++) {
        let product = 0;
        for (let j = 0; j < d; j++) product += vectors[e * d + j] * vectors[f * d + j];
        expect(Math.abs(product - (e === f ? 1 : 0))).toBeLessThan(1e-10);
      }
    }
  });

  it('keeps eigenvectors orthonormal within clusters of equal and nearly equal eigenvalues', () => {
    const d = 40;
    const spectrum = Array.from({ length: d }, (_, i) =>
      i < 4 ? 7 : i < 8 ? 3 + i * 1e-9 : i < 12 ? 1 + i * 1e-5 : i < 20 ? 0 : 0.5 / i,
    );
    const basis = orthonormalBasis(d, 17);
    // A = B^T diag(spectrum) B with B's rows as eigenvectors
    const matrix = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        let sum = 0;
        for (let e = 0; e < d; e++) sum += basis[e * d + i] * spectrum[e] * basis[e * d + j];
        matrix[i * d + j] = sum;
      }
    }
    const { values, vectors } = symmetricEigen(matrix, d);
    const sorted = [...spectrum].sort((x, y) => y - x);
    for (let e = 0; e < d; e++) {
      expect(values[e]).toBeCloseTo(sorted[e], 12);
      for (let i = 0; i < d; i++) {
        let av = 0;
        for (let j = 0; j < d; j++) av += matrix[i * d + j] * vectors[e * d + j];
        expect(Math.abs(av - values[e] * vectors[e * d + i])).toBeLessThan(1e-12);
      }
      for (let f = 0; f <= e; f++) {
        let product = 0;
        for (let j = 0; j < d; j++) product += vectors[e * d + j] * vectors[f * d + j];
        expect(Math.abs(product - (e === f ? 1 : 0))).toBeLessThan(1e-10);
      }
    }
  });

  it('returns only the requested number of eigenvectors, for the largest eigenvalues', () => {
    const d = 30;
    const matrix = randomSymmetric(d, 5);
    const full = symmetricEigen(matrix, d);
    const top = symmetricEigen(matrix, d, 3);
    expect(top.values).toEqual(full.values);
    expect(top.vectors.length).toBe(3 * d);
    for (let e = 0; e < 3; e++) {
      let product = 0;
      for (let j = 0; j < d; j++) product += top.vectors[e * d + j] * full.vectors[e * d + j];
      expect(Math.abs(product)).toBeCloseTo(1, 10);
    }
  });

  it('handles a diagonal matrix, repeated eigenvalues and the zero matrix', () => {
    expect(Array.from(symmetricEigen(Float64Array.from([2, 0, 0, 0, 5, 0, 0, 0, 3]), 3).values)).toEqual([5, 3, 2]);
    const repeated = symmetricEigen(Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]), 3);
    expect(Array.from(repeated.values)).toEqual([1, 1, 1]);
    const zero = symmetricEigen(new Float64Array(16), 4);
    expect(Array.from(zero.values)).toEqual([0, 0, 0, 0]);
  });

  it('does not modify its input', () => {
    const matrix = randomSymmetric(6, 3);
    const copy = matrix.slice();
    symmetricEigen(matrix, 6);
    expect(matrix).toEqual(copy);
  });
});
