// Kernel density, contour lines and clusters of 2-D layouts (compute/density/).
import { describe, expect, it } from 'vitest';
import { analyzeLayout } from '../../src/compute/density/analyze-layout';
import { contourLines } from '../../src/compute/density/contours';
import { levelsEnclosing } from '../../src/compute/density/density-levels';
import { DEFAULT_BANDWIDTH_SCALE, gaussianBlur, kernelDensity } from '../../src/compute/density/kernel-density';
import { gridModes, layoutClusters } from '../../src/compute/density/layout-clusters';
import { gaussianFrom, seededRandom } from '../../src/compute/random';

/** Points of Gaussian blobs {x, y, sd, n}, then `noise` points uniform over [-span, span]^2, interleaved xy. */
function blobs(specs: { x: number; y: number; sd: number; n: number }[], noise = 0, span = 10, seed = 1): Float32Array {
  const random = seededRandom(seed), gaussian = gaussianFrom(random);
  const out: number[] = [];
  for (const b of specs) for (let k = 0; k < b.n; k++) out.push(b.x + b.sd * gaussian(), b.y + b.sd * gaussian());
  for (let k = 0; k < noise; k++) out.push(span * (2 * random() - 1), span * (2 * random() - 1));
  return Float32Array.from(out);
}

const peakOf = (g: ReturnType<typeof kernelDensity>) => {
  let best = 0;
  for (let k = 1; k < g.values.length; k++) if (g.values[k] > g.values[best]) best = k;
  const i = best % g.columns, j = (best - i) / g.columns;
  return { x: g.x0 + i * g.cell, y: g.y0 + j * g.cell, value: g.values[best] };
};

describe('kernelDensity', () => {
  it('puts the peak of one Gaussian at its centre and keeps the mass of the points', () => {
    const xy = blobs([{ x: 3, y: -2, sd: 1, n: 20000 }]);
    const g = kernelDensity(xy, 20000, { gridSize: 128, bandwidthScale: 1 });
    const peak = peakOf(g);
    expect(Math.hypot(peak.x - 3, peak.y + 2)).toBeLessThan(0.15);
    let sum = 0;
    for (const v of g.values) sum += v;
    expect(g.binned).toBeGreaterThan(0.985 * 20000);   // 0.5% trimmed per side, then padded by 3 bandwidths
    expect(Math.abs(sum - g.binned) / g.binned).toBeLessThan(2e-3);   // points near the edge leak a little
    // Untrimmed: every point binned, and the 3-bandwidth padding keeps all but a sliver of their mass.
    const whole = kernelDensity(xy, 20000, { gridSize: 128, trim: 0 });
    expect(whole.binned).toBe(20000);
    expect(Math.abs(whole.values.reduce((a, b) => a + b, 0) - 20000)).toBeLessThan(2);
    // Scott's rule: sd x n^(-1/6) = 0.19 for n = 20,000.
    expect(g.bandwidth).toBeGreaterThan(0.17);
    expect(g.bandwidth).toBeLessThan(0.21);
    expect(Math.max(g.columns, g.rows)).toBeLessThanOrEqual(128);
    expect(kernelDensity(xy, 20000).bandwidth).toBeCloseTo(g.bandwidth * DEFAULT_BANDWIDTH_SCALE, 6);
  });

  it('matches the analytic density of a Gaussian convolved with the kernel', () => {
    const n = 100000, sd = 1;
    const xy = blobs([{ x: 0, y: 0, sd, n }], 0, 10, 7);
    const g = kernelDensity(xy, n, { gridSize: 200, bandwidth: 0.3 });
    // Density of N(0, sd^2) * N(0, h^2) is N(0, sd^2 + h^2) per axis; expected count per node = n x density x cell^2.
    const s2 = sd * sd + 0.3 * 0.3;
    const expected = (x: number, y: number) => (n * g.cell * g.cell * Math.exp(-(x * x + y * y) / (2 * s2))) / (2 * Math.PI * s2);
    for (const [x, y] of [[0, 0], [1, 0], [0, -1.5], [2, 2]]) {
      const i = Math.round((x - g.x0) / g.cell), j = Math.round((y - g.y0) / g.cell);
      const got = g.values[j * g.columns + i];
      const want = expected(g.x0 + i * g.cell, g.y0 + j * g.cell);
      expect(Math.abs(got - want) / want).toBeLessThan(0.06);
    }
  });

  it('finds the two peaks of two Gaussians and copes with degenerate layouts', () => {
    const xy = blobs([{ x: -4, y: 0, sd: 0.5, n: 5000 }, { x: 4, y: 1, sd: 0.5, n: 5000 }]);
    const g = kernelDensity(xy, 10000);
    const left = g.values[Math.round((0 - g.y0) / g.cell) * g.columns + Math.round((-4 - g.x0) / g.cell)];
    const middle = g.values[Math.round((0.5 - g.y0) / g.cell) * g.columns + Math.round((0 - g.x0) / g.cell)];
    expect(middle).toBeLessThan(0.01 * left);
    const same = kernelDensity(new Float32Array(200).fill(1), 100);
    expect(same.binned).toBe(100);
    expect(Number.isFinite(same.cell) && same.cell > 0).toBe(true);
    expect(kernelDensity(new Float32Array(0), 0).binned).toBe(0);
  });

  it('blurs with normalized weights (a single spike keeps its mass)', () => {
    const v = new Float32Array(41 * 41);
    v[20 * 41 + 20] = 1;
    const out = gaussianBlur(v, 41, 41, 3);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(out[20 * 41 + 20]).toBeCloseTo(1 / (2 * Math.PI * 9), 3);
    expect(out[20 * 41 + 23]).toBeCloseTo(out[23 * 41 + 20], 6);
  });
});

describe('levelsEnclosing', () => {
  it('gives the value above which the nodes hold each fraction of the mass', () => {
    const values = Float32Array.from([5, 1, 3, 0, 1]);   // total 10
    expect(levelsEnclosing(values, [0.5, 0.8, 0.9, 1])).toEqual([5, 3, 1, 1]);
    expect(levelsEnclosing(new Float32Array(4), [0.5])).toEqual([0]);
  });
});

describe('contourLines', () => {
  // Analytic field on a grid: f = 1 - r^2 / 64 around (20, 20), the level-L line is a circle of
  // radius 8 sqrt(1 - L).
  const columns = 41, rows = 41;
  const field = new Float32Array(columns * rows);
  for (let j = 0; j < rows; j++) for (let i = 0; i < columns; i++) field[j * columns + i] = 1 - ((i - 20) ** 2 + (j - 20) ** 2) / 64;
  const frame = { x0: -2, y0: 1, cell: 0.5, columns, rows };

  it('traces a closed circle at the analytic radius', () => {
    for (const level of [0.75, 0.5, 0.1]) {
      const lines = contourLines(field, frame, level);
      expect(lines).toHaveLength(1);
      const { points, closed } = lines[0];
      expect(closed).toBe(true);
      const radius = 8 * Math.sqrt(1 - level) * frame.cell;
      const cx = frame.x0 + 20 * frame.cell, cy = frame.y0 + 20 * frame.cell;
      for (let k = 0; k < points.length; k += 2) {
        expect(Math.abs(Math.hypot(points[k] - cx, points[k + 1] - cy) - radius)).toBeLessThan(0.06 * radius);
      }
      // Consecutive points are neighbours along the circle (one cell apart at most).
      for (let k = 2; k < points.length; k += 2) {
        expect(Math.hypot(points[k] - points[k - 2], points[k + 1] - points[k - 1])).toBeLessThanOrEqual(frame.cell * Math.SQRT2 + 1e-6);
      }
    }
  });

  it('closes lines that reach the edge of the grid and separates two hills', () => {
    const v = new Float32Array(10 * 5);
    for (let j = 0; j < 5; j++) for (let i = 0; i < 10; i++) v[j * 10 + i] = i < 3 || i > 6 ? 1 : 0;
    const lines = contourLines(v, { x0: 0, y0: 0, cell: 1, columns: 10, rows: 5 }, 0.5);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.closed)).toBe(true);
    expect(contourLines(v, { x0: 0, y0: 0, cell: 1, columns: 10, rows: 5 }, 2)).toEqual([]);
  });

  it('splits a saddle cell by its centre value', () => {
    // 2 x 2 checkerboard: diagonal corners above. Centre mean 0.5: at level 0.4 the band joins them (one line
    // around two corners is impossible in a 2x2 grid padded by zeros, so count the lines).
    const v = Float32Array.from([1, 0, 0, 1]);
    const frame2 = { x0: 0, y0: 0, cell: 1, columns: 2, rows: 2 };
    expect(contourLines(v, frame2, 0.4)).toHaveLength(1);   // centre above: one region
    expect(contourLines(v, frame2, 0.6)).toHaveLength(2);   // centre below: two corners apart
  });
});

describe('layoutClusters', () => {
  const centres = [{ x: -6, y: -5 }, { x: 6, y: -5 }, { x: 0, y: 6 }, { x: -7, y: 5 }, { x: 7, y: 4 }];

  it('finds k separated blobs and leaves sparse noise out', () => {
    const per = 4000, noise = 2000;
    const xy = blobs(centres.map((c) => ({ ...c, sd: 0.8, n: per })), noise, 12, 3);
    const m = xy.length / 2;
    const r = analyzeLayout(xy, m);
    expect(r.clusters).toHaveLength(centres.length);
    // Each cluster's peak is near one centre, and each blob's points are mostly in its own cluster.
    const clusterOfBlob = centres.map((c) => {
      const hit = r.clusters.find((k) => Math.hypot(k.peakX - c.x, k.peakY - c.y) < 0.6);
      expect(hit).toBeDefined();
      return hit!.id;
    });
    expect(new Set(clusterOfBlob).size).toBe(centres.length);
    centres.forEach((_, b) => {
      let same = 0;
      for (let p = b * per; p < (b + 1) * per; p++) if (r.assignment[p] === clusterOfBlob[b]) same++;
      expect(same / per).toBeGreaterThan(0.85);
    });
    // Noise far from every blob is unassigned.
    let far = 0, farAssigned = 0;
    for (let p = centres.length * per; p < m; p++) {
      const x = xy[2 * p], y = xy[2 * p + 1];
      if (centres.every((c) => Math.hypot(x - c.x, y - c.y) > 4)) { far++; if (r.assignment[p] >= 0) farAssigned++; }
    }
    expect(far).toBeGreaterThan(300);
    expect(farAssigned / far).toBeLessThan(0.05);
    expect(r.contours.length).toBeGreaterThanOrEqual(centres.length);
  });

  it('merges a small bump on a blob into it but keeps two equal blobs with a deep valley apart', () => {
    const bump = blobs([{ x: 0, y: 0, sd: 1, n: 10000 }, { x: 1.2, y: 0, sd: 0.4, n: 600 }], 0, 10, 5);
    expect(analyzeLayout(bump, bump.length / 2).clusters).toHaveLength(1);
    const pair = blobs([{ x: -2.5, y: 0, sd: 0.7, n: 5000 }, { x: 2.5, y: 0, sd: 0.7, n: 5000 }], 0, 10, 6);
    const r = analyzeLayout(pair, pair.length / 2);
    expect(r.clusters).toHaveLength(2);
    expect(r.clusters[0].size + r.clusters[1].size).toBeGreaterThan(8000);
  });

  it('numbers clusters by size and drops those under minPoints', () => {
    const xy = blobs([{ x: -5, y: 0, sd: 0.5, n: 3000 }, { x: 5, y: 0, sd: 0.5, n: 1000 }, { x: 0, y: 6, sd: 0.3, n: 40 }], 0, 10, 9);
    const g = kernelDensity(xy, xy.length / 2);
    const floor = 0.05 * Math.max(...g.values);
    const all = layoutClusters(xy, xy.length / 2, g, { floor, minPoints: 5 });
    expect(all.clusters.map((c) => c.size)).toEqual([...all.clusters.map((c) => c.size)].sort((a, b) => b - a));
    expect(all.clusters[0].peakX).toBeLessThan(0);
    const big = layoutClusters(xy, xy.length / 2, g, { floor, minPoints: 100 });
    expect(big.clusters).toHaveLength(2);
    expect(big.assignment.slice(4000).every((c) => c === -1)).toBe(true);
    const roots = gridModes(g, floor);
    expect(roots.some((r) => r >= 0)).toBe(true);
  });

  it('handles no points', () => {
    const r = analyzeLayout(new Float32Array(0), 0);
    expect(r.clusters).toEqual([]);
    expect(r.contours).toEqual([]);
  });
});
