// The WebAssembly kernels compiled from src/compute/wasm/*.wat, called directly on random inputs and
// compared with plain-JS references: a float64 sum (to rounding) and a JS model of the kernel's own
// float order (to the bit), so a reordered or dropped step in the .wat shows up.
import { describe, expect, it } from 'vitest';
import { squaredDistance } from '../../src/compute/knn-distance';
import { createWasmCovarianceKernel } from '../../src/compute/wasm-covariance';
import { allocateMemory, instantiateDistances, THRESHOLDS_AFTER_LIST } from '../../src/compute/wasm-distance';
import { seededRandom } from './synthetic';

const f32 = Math.fround;

/** distance.wat's float order: 4 accumulators x 4 lanes over 16 floats, 1 over 4, lanes summed, then single floats. */
function kernelOrder(rows: Float32Array, a: number, b: number, d: number, squared: boolean): number {
  const term = (j: number) => {
    if (!squared) return f32(rows[a + j] * rows[b + j]);
    const diff = f32(rows[a + j] - rows[b + j]);
    return f32(diff * diff);
  };
  const acc = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  let j = 0;
  for (; j + 16 <= d; j += 16) {
    for (let k = 0; k < 4; k++) for (let l = 0; l < 4; l++) acc[k][l] = f32(term(j + 4 * k + l) + acc[k][l]);
  }
  for (; j + 4 <= d; j += 4) for (let l = 0; l < 4; l++) acc[0][l] = f32(term(j + l) + acc[0][l]);
  const lane = (l: number) => f32(f32(acc[0][l] + acc[1][l]) + f32(acc[2][l] + acc[3][l]));
  let sum = f32(f32(f32(lane(0) + lane(1)) + lane(2)) + lane(3));
  for (; j < d; j++) sum = f32(sum + term(j));
  return sum;
}

function randomRows(n: number, d: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: n * d }, () => 4 * random() - 2);
}

/** n x d rows stored densely from byte 4 (rows at 4-byte, not 16-byte, offsets), a list of all rows after them. */
function distanceSetup(n: number, d: number, seed: number) {
  const rows = randomRows(n, d, seed);
  const rowsAt = 4;
  const listAt = Math.ceil((rowsAt + n * d * 4) / 16) * 16;
  const outAt = listAt + THRESHOLDS_AFTER_LIST + n * 4;
  const memory = allocateMemory(outAt + n * n * 8)!;
  const functions = instantiateDistances(memory)!;
  expect(functions).not.toBeNull();
  new Float32Array(memory.buffer, rowsAt, n * d).set(rows);
  const list = new Int32Array(memory.buffer, listAt, n);
  for (let c = 0; c < n; c++) list[c] = rowsAt + c * d * 4;
  return { rows, memory, functions, rowsAt, listAt, outAt };
}

const dimensions = [1, 2, 3, 4, 5, 7, 15, 16, 17, 31, 63, 64, 65, 130];

describe('distance.wat: distances and dots from one row to a list', () => {
  it.each(dimensions)('match the JS references for d = %i (rows at 4-byte offsets)', (d) => {
    const n = 37;
    const { rows, memory, functions, rowsAt, listAt, outAt } = distanceSetup(n, d, 11 * d);
    const out = new Float32Array(memory.buffer, outAt, n);
    for (const i of [0, 5, n - 1]) {
      functions.distances(rowsAt + i * d * 4, listAt, n, outAt, d * 4);
      for (let c = 0; c < n; c++) {
        expect(out[c]).toBe(kernelOrder(rows, i * d, c * d, d, true));
        let exact = 0;
        for (let j = 0; j < d; j++) exact += (rows[i * d + j] - rows[c * d + j]) ** 2;
        expect(Math.abs(out[c] - exact)).toBeLessThanOrEqual(1e-6 * exact + 1e-7);
        expect(Math.abs(out[c] - squaredDistance(rows, i * d, c * d, d))).toBeLessThanOrEqual(1e-6 * exact + 1e-7);
      }
      expect(out[i]).toBe(0);
      functions.dots(rowsAt + i * d * 4, listAt, n, outAt, d * 4);
      for (let c = 0; c < n; c++) {
        expect(out[c]).toBe(kernelOrder(rows, i * d, c * d, d, false));
        let exact = 0, size = 0;
        for (let j = 0; j < d; j++) {
          exact += rows[i * d + j] * rows[c * d + j];
          size += Math.abs(rows[i * d + j] * rows[c * d + j]);
        }
        expect(Math.abs(out[c] - exact)).toBeLessThanOrEqual(1e-6 * size + 1e-7);
      }
    }
  });

  it.each(dimensions)('give the same bits for a, b as for b, a (NN-descent relies on it), d = %i', (d) => {
    const n = 20;
    const { memory, functions, rowsAt, listAt, outAt } = distanceSetup(n, d, 3 + d);
    const matrix = Array.from({ length: n }, (_, i) => {
      functions.distances(rowsAt + i * d * 4, listAt, n, outAt, d * 4);
      return Array.from(new Float32Array(memory.buffer, outAt, n));
    });
    for (let i = 0; i < n; i++) for (let c = 0; c < n; c++) expect(matrix[i][c]).toBe(matrix[c][i]);
  });

  it('handles a single row (n = 1) and an empty list', () => {
    for (const d of [1, 3, 17]) {
      const { memory, functions, rowsAt, listAt, outAt } = distanceSetup(1, d, 5);
      const out = new Float32Array(memory.buffer, outAt, 2);
      out.fill(-1);
      functions.distances(rowsAt, listAt, 1, outAt, d * 4);
      expect(Array.from(out)).toEqual([0, -1]);
      functions.dots(rowsAt, listAt, 0, outAt, d * 4);
      expect(Array.from(out)).toEqual([0, -1]); // nothing written
    }
  });
});

describe('distance.wat: pairsBelow (NN-descent local join)', () => {
  it.each([1, 3, 6, 64, 67])('keeps exactly the pairs nearer than either threshold, in order, d = %i', (d) => {
    const n = 30, firstCount = 12;
    const { rows, memory, functions, listAt, outAt } = distanceSetup(n, d, 100 + d);
    const random = seededRandom(d);
    const typical = 2 * d * (4 * 4) / 12; // mean squared distance of uniform [-2, 2) rows
    const thresholds = Float32Array.from({ length: n }, () => typical * random());
    new Float32Array(memory.buffer, listAt + THRESHOLDS_AFTER_LIST, n).set(thresholds);
    const expected: number[][] = [];
    for (let a = 0; a < firstCount; a++) {
      for (let b = a + 1; b < n; b++) {
        const key = kernelOrder(rows, a * d, b * d, d, true);
        if (key < thresholds[a] || key < thresholds[b]) expected.push([a, b, key]);
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan((firstCount * (2 * n - firstCount - 1)) / 2);
    const kept = functions.pairsBelow(listAt, n, firstCount, outAt, d * 4);
    const codes = new Int32Array(memory.buffer, outAt, 2 * kept);
    const keys = new Float32Array(memory.buffer, outAt, 2 * kept);
    const got = Array.from({ length: kept }, (_, e) => [codes[2 * e] & 0xffff, codes[2 * e] >>> 16, keys[2 * e + 1]]);
    expect(got).toEqual(expected);
  });

  it('finds no pairs in a list of one row or with no first rows', () => {
    const { functions, listAt, outAt, memory } = distanceSetup(4, 5, 9);
    new Float32Array(memory.buffer, listAt + THRESHOLDS_AFTER_LIST, 4).fill(Infinity);
    expect(functions.pairsBelow(listAt, 1, 1, outAt, 20)).toBe(0);
    expect(functions.pairsBelow(listAt, 4, 0, outAt, 20)).toBe(0);
    expect(functions.pairsBelow(listAt, 4, 1, outAt, 20)).toBe(3);
  });
});

describe('covariance.wat: column dot products into the upper tiles', () => {
  it.each([
    [4, 2, 1], [4, 2, 2], [8, 6, 5], [12, 10, 10], [20, 16, 13],
  ])('padded = %i, stride = %i, rows = %i: bit for bit the float64 sums in its order', (padded, stride, rows) => {
    const kernel = createWasmCovarianceKernel(padded, stride)!;
    expect(kernel).not.toBeNull();
    const random = seededRandom(padded * 100 + rows);
    const { block, upper } = kernel;
    block.fill(0); // padding rows stay zero, as covariance.ts keeps them
    for (let c = 0; c < padded; c++) for (let r = 0; r < rows; r++) block[c * stride + r] = random() - 0.5;
    const start = Float64Array.from({ length: padded * padded }, () => random());
    upper.set(start);
    kernel.accumulate(rows);
    for (let i = 0; i < padded; i++) {
      for (let j = 0; j < padded; j++) {
        if (j < (i & ~3)) {
          expect(upper[i * padded + j]).toBe(start[i * padded + j]); // below the diagonal's tile: untouched
          continue;
        }
        // Lane 0 sums the even rows, lane 1 the odd ones; then start + (lane 0 + lane 1).
        const lanes = [0, 0];
        for (let r = 0; r < Math.ceil(rows / 2) * 2; r++) lanes[r & 1] += block[i * stride + r] * block[j * stride + r];
        expect(upper[i * padded + j]).toBe(start[i * padded + j] + (lanes[0] + lanes[1]));
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += block[i * stride + r] * block[j * stride + r];
        expect(Math.abs(upper[i * padded + j] - start[i * padded + j] - dot)).toBeLessThan(1e-12);
      }
    }
  });
});
