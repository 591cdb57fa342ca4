import { describe, expect, it } from 'vitest';
import { spherize } from '../../src/compute/pca';
import { clusteredData } from './synthetic';

describe('spherize', () => {
  it('gives every non-zero centred row unit L2 norm', () => {
    const n = 200, d = 12;
    const result = spherize(clusteredData(n, d, 4, 7), n, d);
    for (let r = 0; r < n; r++) {
      let normSquared = 0;
      for (let j = 0; j < d; j++) normSquared += result[r * d + j] ** 2;
      expect(Math.sqrt(normSquared)).toBeCloseTo(1, 5);
    }
  });

  it('centres on the column means before normalising', () => {
    // Rows (1, 2) and (3, 6): mean (2, 4); centred (-1, -2) and (1, 2); normalised +-(1, 2)/sqrt(5).
    const result = spherize(new Float32Array([1, 2, 3, 6]), 2, 2);
    const s = 1 / Math.sqrt(5);
    expect(Array.from(result)).toEqual([-s, -2 * s, s, 2 * s].map(Math.fround));
  });

  it('points each row along its centred direction', () => {
    const n = 50, d = 5;
    const data = clusteredData(n, d, 3, 11);
    const mean = new Float64Array(d);
    for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) mean[j] += data[r * d + j] / n;
    const result = spherize(data, n, d);
    for (let r = 0; r < n; r++) {
      let cosineNumerator = 0, centredNormSquared = 0;
      for (let j = 0; j < d; j++) {
        const centred = data[r * d + j] - mean[j];
        cosineNumerator += centred * result[r * d + j];
        centredNormSquared += centred * centred;
      }
      expect(cosineNumerator / Math.sqrt(centredNormSquared)).toBeCloseTo(1, 5);
    }
  });

  it('leaves rows equal to the mean at zero instead of NaN', () => {
    // Middle row equals the mean (2, 2).
    const result = spherize(new Float32Array([1, 1, 2, 2, 3, 3]), 3, 2);
    expect(Array.from(result.subarray(2, 4))).toEqual([0, 0]);
    expect(result.every(Number.isFinite)).toBe(true);
  });

  it('does not modify its input', () => {
    const data = new Float32Array([1, 2, 3, 6]);
    spherize(data, 2, 2);
    expect(Array.from(data)).toEqual([1, 2, 3, 6]);
  });
});
