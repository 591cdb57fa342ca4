import { describe, expect, it } from 'vitest';
import { columnMeans, columnSums, covariance } from '../../src/compute/covariance';
import { pca, project, spherize } from '../../src/compute/pca';
import { scaledColumnSums, spherizeScaling } from '../../src/compute/row-scaling';
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

describe('spherize on the fly (RowScaling)', () => {
  const n = 700, d = 9;
  const data = clusteredData(n, d, 3, 31);
  const mean = columnMeans(data, n, d);
  const copy = spherize(data, n, d);
  const scaling = spherizeScaling(data, n, d, mean);

  it('gives the column sums of the spherized copy', () => {
    const sums = scaledColumnSums(data, n, d, scaling);
    const expected = columnSums(copy, n, d);
    for (let j = 0; j < d; j++) expect(sums[j]).toBeCloseTo(expected[j], 4);
  });

  it('gives the scatter matrix of the spherized copy, in JS and WebAssembly', () => {
    const sphereMean = columnMeans(copy, n, d);
    const expected = covariance(copy, n, d, sphereMean, { wasm: false });
    for (const wasm of [false, true]) {
      const result = covariance(data, n, d, sphereMean, { wasm, scaling });
      for (let i = 0; i < d * d; i++) expect(result[i]).toBeCloseTo(expected[i], 7);
    }
  });

  it('projects like the spherized copy', () => {
    const sphereMean = Float32Array.from(columnMeans(copy, n, d));
    const { components } = pca(copy, n, d, 3);
    const expected = project(copy, n, d, sphereMean, components, [0, 2]);
    const result = project(data, n, d, sphereMean, components, [0, 2], scaling);
    for (let i = 0; i < expected.length; i++) expect(result[i]).toBeCloseTo(expected[i], 5);
  });

  it('scales a row equal to the centre by 0', () => {
    const rows = new Float32Array([1, 1, 2, 2, 3, 3]);
    expect(Array.from(spherizeScaling(rows, 3, 2, new Float64Array([2, 2])).scale)).toEqual([Math.SQRT1_2, 0, Math.SQRT1_2].map((x) => expect.closeTo(x, 12)));
  });
});
