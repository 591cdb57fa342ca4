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
