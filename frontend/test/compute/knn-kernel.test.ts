import { describe, expect, it } from 'vitest';
import { createDistanceKernel, MAX_BATCH } from '../../src/compute/knn-kernel';
import { clusteredData } from './synthetic';

describe('batched distance kernel', () => {
  it.each([1, 3, 4, 7, 128, 130])('WebAssembly SIMD and JS agree for d = %i (rows padded to whole lanes)', (d) => {
    const n = 600;
    const rows = clusteredData(n, d, 4, d);
    const wasm = createDistanceKernel(rows, n, d, true);
    const js = createDistanceKernel(rows, n, d, false);
    const list = Int32Array.from({ length: MAX_BATCH }, (_, c) => (c * 37 + 11) % n);
    const a = new Float32Array(MAX_BATCH), b = new Float32Array(MAX_BATCH);
    for (const i of [0, 299, 599]) {
      wasm.fromRow(i, list, MAX_BATCH, a);
      js.fromRow(i, list, MAX_BATCH, b);
      for (let c = 0; c < MAX_BATCH; c++) {
        let exact = 0;
        for (let j = 0; j < d; j++) exact += (rows[i * d + j] - rows[list[c] * d + j]) ** 2;
        // f32x4 sums in single precision: relative error ~1e-7 x sqrt(d).
        expect(Math.abs(a[c] - exact)).toBeLessThanOrEqual(1e-5 * exact + 1e-6);
        expect(Math.abs(b[c] - exact)).toBeLessThanOrEqual(1e-6 * exact + 1e-6);
      }
    }
  });

  it.each([true, false])('renumbers its rows (WebAssembly: %s)', (useWasm) => {
    const n = 300, d = 20;
    const rows = clusteredData(n, d, 3, 8);
    const order = Int32Array.from({ length: n }, (_, p) => (p * 7 + 3) % n); // a permutation (gcd(7, 300) = 1)
    const plain = createDistanceKernel(rows, n, d, useWasm);
    const given = createDistanceKernel(rows, n, d, useWasm, order);
    const later = createDistanceKernel(rows, n, d, useWasm);
    later.renumber(order);
    const list = Int32Array.from({ length: n }, (_, c) => c);
    const mapped = Int32Array.from(list, (c) => order[c]);
    const expected = new Float32Array(n), a = new Float32Array(n), b = new Float32Array(n);
    for (const p of [0, 1, 150, 299]) {
      plain.fromRow(order[p], mapped, n, expected);
      given.fromRow(p, list, n, a);
      later.fromRow(p, list, n, b);
      expect(a).toEqual(expected);
      expect(b).toEqual(expected);
    }
  });
});

describe('pairsBelow (NN-descent local join in one call)', () => {
  it.each([true, false])('gives the pairs (a < firstCount, a < b) nearer than either threshold, in order, as fromRow measures them (WebAssembly: %s)', (useWasm) => {
    for (const d of [5, 50, 128]) {
      const n = 200;
      const rows = clusteredData(n, d, 3, d + 1);
      const kernel = createDistanceKernel(rows, n, d, useWasm);
      const list = Int32Array.from({ length: 40 }, (_, c) => (c * 13 + 5) % n);
      const row = new Float32Array(MAX_BATCH);
      const expected: [number, number, number][] = [];
      for (let a = 0; a < 25; a++) {
        kernel.fromRow(list[a], list, 40 - a - 1, row, a + 1);
        for (let c = 0; c < 40 - a - 1; c++) expected.push([a, a + 1 + c, row[c]]);
      }
      // Thresholds: all pairs, then those below the median distance for either row.
      const median = expected.map((e) => e[2]).sort((x, y) => x - y)[expected.length >> 1];
      for (const value of [Infinity, median]) {
        const thresholds = Float32Array.from({ length: 40 }, (_, c) => (c % 3 === 0 ? value : value / 2));
        const kept = kernel.pairsBelow(list, 40, 25, thresholds);
        const got = Array.from({ length: kept }, (_, e) => [kernel.belowCodes[2 * e] & 0xffff, kernel.belowCodes[2 * e] >>> 16, kernel.belowKeys[2 * e + 1]]);
        expect(got).toEqual(expected.filter(([a, b, key]) => key < thresholds[a] || key < thresholds[b]));
      }
    }
  });
});
