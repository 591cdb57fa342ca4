import { describe, expect, it } from 'vitest';
import { nearestNeighbors } from '../../src/state/neighbors';

function brute(data: Float32Array, n: number, d: number, row: number, k: number, cosine: boolean) {
  const q = Array.from(data.subarray(row * d, row * d + d));
  const all = [];
  for (let i = 0; i < n; i++) {
    if (i === row) continue;
    const v = Array.from(data.subarray(i * d, i * d + d));
    let dist;
    if (cosine) {
      const dot = v.reduce((a, x, j) => a + x * q[j], 0);
      const den = Math.hypot(...v) * Math.hypot(...q);
      dist = den > 0 ? 1 - dot / den : 1;
    } else dist = Math.hypot(...v.map((x, j) => x - q[j]));
    all.push({ index: i, distance: dist });
  }
  return all.sort((a, b) => a.distance - b.distance || a.index - b.index).slice(0, k);
}

describe('nearestNeighbors', () => {
  let seed = 3;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
  const n = 400, d = 7;
  const data = Float32Array.from({ length: n * d }, rnd);
  for (const cosine of [false, true]) {
    it(`matches brute force (${cosine ? 'cosine' : 'euclidean'})`, () => {
      for (const row of [0, 17, 399]) {
        const got = nearestNeighbors(data, n, d, row, 25, cosine);
        const want = brute(data, n, d, row, 25, cosine);
        expect(got.map((x) => x.index)).toEqual(want.map((x) => x.index));
        got.forEach((x, i) => expect(x.distance).toBeCloseTo(want[i].distance, 5));
      }
    });
  }
  it('with a mean, cosine is on centred rows', async () => {
    const { columnMean } = await import('../../src/state/neighbors');
    const shifted = Float32Array.from(data, (v, i) => v + (i % d === 0 ? 5 : 0));
    const mean = columnMean(shifted, n, d);
    const centred = Float32Array.from(shifted, (v, i) => v - mean[i % d]);
    const got = nearestNeighbors(shifted, n, d, 9, 15, true, mean);
    expect(got.map((x) => x.index)).toEqual(brute(centred, n, d, 9, 15, true).map((x) => x.index));
  });
  it('k larger than n - 1 returns every other row; bad rows return nothing', () => {
    expect(nearestNeighbors(data.subarray(0, 5 * d), 5, d, 2, 10, false).length).toBe(4);
    expect(nearestNeighbors(data, n, d, -1, 5, false)).toEqual([]);
  });
});
