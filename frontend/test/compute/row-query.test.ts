// The neighbour panel's exact search (row-query.ts): the SIMD scan of rows in WebAssembly memory
// and the plain JS scan agree with the textbook formulas; shards' lists merge into the whole's.
import { describe, expect, it } from 'vitest';
import { columnMeans } from '../../src/compute/covariance';
import { mergeMatches, RowScanner, type RowQuery } from '../../src/compute/row-query';
import { clusteredData, seededRandom } from './synthetic';

type Metric = 'euclidean' | 'cosine';

/** Every distance by its formula (float64), sorted by (distance, index). */
function brute(data: Float32Array, n: number, d: number, row: number, k: number, metric: Metric, centre?: Float64Array) {
  const c = centre ?? new Float64Array(d);
  const q = Array.from({ length: d }, (_, j) => data[row * d + j] - (metric === 'cosine' ? c[j] : 0));
  const all: { index: number; distance: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (i === row) continue;
    const v = Array.from({ length: d }, (_, j) => data[i * d + j] - (metric === 'cosine' ? c[j] : 0));
    let distance: number;
    if (metric === 'cosine') {
      const dot = v.reduce((a, x, j) => a + x * q[j], 0);
      const den = Math.hypot(...v) * Math.hypot(...q);
      distance = den > 0 ? 1 - dot / den : 1;
    } else distance = Math.hypot(...v.map((x, j) => x - q[j]));
    all.push({ index: i, distance });
  }
  return all.sort((a, b) => a.distance - b.distance || a.index - b.index).slice(0, k);
}

/** Clustered rows at norms from 0.01 to 100, a zero row, and a duplicate of row 0. */
function awkwardRows(n: number, d: number): Float32Array {
  const data = clusteredData(n, d, 4, 3);
  const random = seededRandom(4);
  for (let i = 0; i < n; i++) {
    const scale = Math.pow(10, 4 * random() - 2);
    for (let j = 0; j < d; j++) data[i * d + j] *= scale;
  }
  data.fill(0, 5 * d, 6 * d);
  data.copyWithin(7 * d, 0, d);
  return data;
}

describe.each([['WebAssembly', (r: Float32Array, n: number, d: number) => RowScanner.store(r, n, d)],
  ['plain JS', (r: Float32Array, n: number, d: number) => RowScanner.over(r, n, d)]] as const)('RowScanner (%s)', (_, make) => {
  for (const d of [7, 16, 50]) {
    const n = 900;
    const data = awkwardRows(n, d);
    const scanner = make(data, n, d);
    const query = (row: number, k: number, metric: Metric, centre: Float64Array | null = null): RowQuery =>
      ({ vector: data.slice(row * d, row * d + d), k, metric, centre, exclude: row });
    for (const metric of ['euclidean', 'cosine'] as Metric[]) {
      it(`lists the exact ${metric} neighbours (d = ${d})`, () => {
        for (const row of [0, 5, 17, 899]) {
          const got = scanner.nearest(query(row, 40, metric));
          const want = brute(data, n, d, row, 40, metric);
          expect(Array.from(got.indices)).toEqual(want.map((x) => x.index));
          got.distances.forEach((x, e) => expect(x).toBeCloseTo(want[e].distance, 9));
        }
      });
    }
    it(`with a centre, cosine of the centred rows (spherized; d = ${d})`, () => {
      const shifted = Float32Array.from(data, (v, i) => v + (i % d === 0 ? 5 : 0));
      const centre = columnMeans(shifted, n, d);
      const shiftedScanner = make(shifted, n, d);
      const got = shiftedScanner.nearest({ vector: shifted.slice(9 * d, 10 * d), k: 15, metric: 'cosine', centre, exclude: 9 });
      expect(Array.from(got.indices)).toEqual(brute(shifted, n, d, 9, 15, 'cosine', centre).map((x) => x.index));
    });
  }

  it('gives at most the other rows, and nothing for k = 0', () => {
    const data = awkwardRows(5, 3);
    const scanner = make(data, 5, 3);
    expect(scanner.nearest({ vector: data.slice(6, 9), k: 10, metric: 'euclidean', centre: null, exclude: 2 }).indices.length).toBe(4);
    expect(scanner.nearest({ vector: data.slice(6, 9), k: 0, metric: 'euclidean', centre: null, exclude: 2 }).indices.length).toBe(0);
    expect(() => scanner.row(5)).toThrow(RangeError);
  });
});

describe('mergeMatches', () => {
  it("the shards' lists merge into the list of all rows", () => {
    const n = 3000, d = 12;
    const data = clusteredData(n, d, 5, 8);
    const starts = [0, 1100, 2000];
    const ends = [1100, 2000, 3000];
    const row = 1500;
    const vector = data.slice(row * d, row * d + d);
    const lists = starts.map((start, w) => RowScanner.store(data.slice(start * d, ends[w] * d), ends[w] - start, d)
      .nearest({ vector, k: 25, metric: 'euclidean', centre: null, exclude: row >= start && row < ends[w] ? row - start : -1 }));
    const merged = mergeMatches(lists, starts, 25);
    expect(Array.from(merged.indices)).toEqual(brute(data, n, d, row, 25, 'euclidean').map((x) => x.index));
  });
});
