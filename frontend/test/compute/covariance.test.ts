import { describe, expect, it } from 'vitest';
import { columnMeans, covariance } from '../../src/compute/covariance';
import { createWasmCovarianceKernel } from '../../src/compute/wasm-covariance';
import { covarianceWasm } from '../../src/compute/wasm/covariance.wasm';
import { clusteredData } from './synthetic';

function naiveCovariance(data: Float32Array, n: number, d: number): Float64Array {
  const mean = columnMeans(data, n, d);
  const result = new Float64Array(d * d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        result[i * d + j] += (data[r * d + i] - mean[i]) * (data[r * d + j] - mean[j]);
      }
    }
  }
  return result.map((x) => x / Math.max(n - 1, 1));
}

describe('covariance', () => {
  // d not a multiple of the 3x3 tile, n not a multiple of the block or of 2 (the SIMD pair)
  it.each([
    [1, 1], [7, 1], [2, 5], [301, 7], [1000, 13], [777, 64],
  ])('matches the naive sum for n=%i, d=%i, in plain JS and in WebAssembly', (n, d) => {
    const data = clusteredData(n, d, 3, n + d);
    const mean = columnMeans(data, n, d);
    const expected = naiveCovariance(data, n, d);
    for (const wasm of [false, true]) {
      const result = covariance(data, n, d, mean, { wasm });
      for (let i = 0; i < d * d; i++) expect(result[i]).toBeCloseTo(expected[i], 9);
    }
  });

  it('is symmetric and its WebAssembly and JS results agree to rounding', () => {
    const n = 513, d = 40;
    const data = clusteredData(n, d, 4, 3);
    const mean = columnMeans(data, n, d);
    const js = covariance(data, n, d, mean, { wasm: false });
    const wasm = covariance(data, n, d, mean);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        expect(js[i * d + j]).toBe(js[j * d + i]);
        expect(Math.abs(wasm[i * d + j] - js[i * d + j])).toBeLessThan(1e-12 * Math.abs(js[i * d + i] + js[j * d + j]));
      }
    }
  });
});

describe('WebAssembly SIMD kernel', () => {
  it('compiles (wasm/covariance.wat) to a module this engine validates', () => {
    expect(WebAssembly.validate(covarianceWasm)).toBe(true);
  });

  it('adds column dot products into the upper tiles and leaves the rest alone', () => {
    const padded = 12, stride = 4;
    const kernel = createWasmCovarianceKernel(padded, stride);
    expect(kernel).not.toBeNull();
    const { block, upper } = kernel!;
    block.forEach((_, i) => (block[i] = (i % 7) - 3));
    upper.fill(1);
    kernel!.accumulate(4);
    for (let i = 0; i < padded; i++) {
      for (let j = 0; j < padded; j++) {
        let dot = 0;
        for (let r = 0; r < stride; r++) dot += block[i * stride + r] * block[j * stride + r];
        const inUpperTile = j >= (i & ~3); // tiles of 2 x 4 from the one holding the diagonal
        expect(upper[i * padded + j]).toBe(inUpperTile ? 1 + dot : 1);
      }
    }
  });

  it('refuses shapes it was not written for', () => {
    expect(createWasmCovarianceKernel(6, 8)).toBeNull(); // padded not a multiple of 4
    expect(createWasmCovarianceKernel(6, 5)).toBeNull(); // odd stride
  });
});
