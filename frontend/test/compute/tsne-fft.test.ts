import { describe, expect, it } from 'vitest';
import { Fft } from '../../src/compute/tsne/fft';
import { GridConvolution } from '../../src/compute/tsne/grid-convolution';
import { FftRepulsion } from '../../src/compute/tsne/fft-repulsion';
import { selectKth } from '../../src/compute/tsne/far-points';
import { fftGridFor, type TsneGradient } from '../../src/compute/tsne/repulsion-choice';
import { SpaceTree } from '../../src/compute/tsne/space-tree';
import { repulsiveForces } from '../../src/compute/tsne/gradient';
import { seededGaussian } from './synthetic';

function bitReversed(k: number, size: number): number {
  let r = 0;
  for (let bit = 1; bit < size; bit <<= 1) r = (r << 1) | (k & bit ? 1 : 0);
  return r;
}

/** Where forward() puts frequency k: bit-reversed for 2^k; for 3 x 2^k, block k mod 3 (of size / 3), bit-reversed within it. */
function outputIndex(k: number, size: number): number {
  if (size % 3 !== 0) return bitReversed(k, size);
  const q = size / 3;
  return (k % 3) * q + bitReversed(Math.floor(k / 3), q);
}

function randomSignal(length: number, seed: number): Float64Array {
  const gaussian = seededGaussian(seed);
  return Float64Array.from({ length }, () => gaussian());
}

/** The exact O(n^2) sums the repulsion approximates: forces sum_j w^2 (y_i - y_j) and Z. */
function exactRepulsion(y: Float64Array, n: number): { forces: Float64Array; z: number } {
  const forces = new Float64Array(2 * n);
  let z = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
      const w = 1 / (1 + dx * dx + dy * dy);
      z += w;
      forces[2 * i] += w * w * dx;
      forces[2 * i + 1] += w * w * dy;
    }
  }
  return { forces, z };
}

function relativeError(approximate: Float64Array, exact: Float64Array): number {
  let error = 0, norm = 0;
  for (let s = 0; s < exact.length; s++) {
    error += (approximate[s] - exact[s]) ** 2;
    norm += exact[s] ** 2;
  }
  return Math.sqrt(error / norm);
}

describe('Fft', () => {
  it.each([2, 4, 8, 32, 128, 256, 3, 6, 12, 24, 48, 96, 192])('forward() of size %i is the DFT in (block-)bit-reversed order, and inverse() undoes it x size', (size) => {
    const re = randomSignal(size, 1), im = randomSignal(size, 2);
    const outRe = re.slice(), outIm = im.slice();
    const fft = new Fft(size);
    fft.forward(outRe, outIm, 0);
    for (let k = 0; k < size; k++) {
      let sumRe = 0, sumIm = 0;
      for (let t = 0; t < size; t++) {
        const angle = (-2 * Math.PI * k * t) / size;
        sumRe += re[t] * Math.cos(angle) - im[t] * Math.sin(angle);
        sumIm += re[t] * Math.sin(angle) + im[t] * Math.cos(angle);
      }
      expect(outRe[outputIndex(k, size)]).toBeCloseTo(sumRe, 9);
      expect(outIm[outputIndex(k, size)]).toBeCloseTo(sumIm, 9);
    }
    fft.inverse(outRe, outIm, 0);
    for (let t = 0; t < size; t++) {
      expect(outRe[t] / size).toBeCloseTo(re[t], 12);
      expect(outIm[t] / size).toBeCloseTo(im[t], 12);
    }
  });

  it.each([16, 32, 12, 24, 48])('transforms the columns of a grid (stride and lanes) like one column at a time, and prunes padding exactly (size %i)', (size) => {
    const lanes = 3;
    const re = randomSignal(size * lanes, 3), im = randomSignal(size * lanes, 4);
    re.fill(0, (size / 2) * lanes);
    im.fill(0, (size / 2) * lanes);
    const fft = new Fft(size);
    const gridRe = re.slice(), gridIm = im.slice();
    fft.forward(gridRe, gridIm, 0, lanes, lanes, true);
    for (let lane = 0; lane < lanes; lane++) {
      const columnRe = Float64Array.from({ length: size }, (_, e) => re[e * lanes + lane]);
      const columnIm = Float64Array.from({ length: size }, (_, e) => im[e * lanes + lane]);
      fft.forward(columnRe, columnIm, 0);
      for (let e = 0; e < size; e++) {
        expect(gridRe[e * lanes + lane]).toBeCloseTo(columnRe[e], 12);
        expect(gridIm[e * lanes + lane]).toBeCloseTo(columnIm[e], 12);
      }
    }
    fft.inverse(gridRe, gridIm, 0, lanes, lanes, true);
    for (let s = 0; s < (size / 2) * lanes; s++) {
      expect(gridRe[s] / size).toBeCloseTo(re[s], 12);
      expect(gridIm[s] / size).toBeCloseTo(im[s], 12);
    }
  });

  it('rejects sizes other than 2^k and 3 x 2^k', () => {
    expect(() => new Fft(10)).toThrow(RangeError);
    expect(() => new Fft(9)).toThrow(RangeError);
    expect(new Fft(12).size).toBe(12);
  });
});

describe('GridConvolution', () => {
  it.each([3, 10, 17, 20, 33])('equals the direct sum over node pairs for two grids at once (%i x %i nodes)', (nodes) => {
    const convolution = new GridConvolution(nodes);
    expect(convolution.size).toBe({ 3: 6, 10: 24, 17: 48, 20: 48, 33: 96 }[nodes]); // 2^k and 3 x 2^k
    const { size } = convolution;
    const kernel = (steps2: number) => 1 / (1 + 0.3 * steps2) ** 2;
    convolution.setKernel(kernel);
    const a = randomSignal(nodes * nodes, 5), b = randomSignal(nodes * nodes, 6);
    const { re, im } = convolution.createGrid();
    for (let r = 0; r < nodes; r++) {
      for (let c = 0; c < nodes; c++) {
        re[r * size + c] = a[r * nodes + c];
        im[r * size + c] = b[r * nodes + c];
      }
    }
    convolution.convolve(re, im);
    for (let r = 0; r < nodes; r++) {
      for (let c = 0; c < nodes; c++) {
        let sumA = 0, sumB = 0;
        for (let s = 0; s < nodes; s++) {
          for (let t = 0; t < nodes; t++) {
            const k = kernel((r - s) ** 2 + (c - t) ** 2);
            sumA += k * a[s * nodes + t];
            sumB += k * b[s * nodes + t];
          }
        }
        expect(re[r * size + c]).toBeCloseTo(sumA, 10);
        expect(im[r * size + c]).toBeCloseTo(sumB, 10);
      }
    }
  });
});

/** Clustered 2-D layouts like t-SNE's: 10 Gaussian blobs whose centres spread over ~span. */
function clusteredLayout(n: number, span: number, seed: number): Float64Array {
  const gaussian = seededGaussian(seed);
  const centres = Array.from({ length: 10 }, () => [(gaussian() * span) / 4, (gaussian() * span) / 4]);
  const y = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    y[2 * i] = centres[i % 10][0] + (gaussian() * span) / 30;
    y[2 * i + 1] = centres[i % 10][1] + (gaussian() * span) / 30;
  }
  return y;
}

/** The layout scaled about its first point so its bounding square's side is exactly `span`. */
function withSpan(y: Float64Array, span: number): Float64Array {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < y.length / 2; i++) {
    minX = Math.min(minX, y[2 * i]);
    maxX = Math.max(maxX, y[2 * i]);
    minY = Math.min(minY, y[2 * i + 1]);
    maxY = Math.max(maxY, y[2 * i + 1]);
  }
  const scale = span / Math.max(maxX - minX, maxY - minY);
  return y.map((v) => v * scale);
}

describe('FftRepulsion', { timeout: 60_000 }, () => {
  // Limits ~3x the measured relative errors (forces as a norm over all points), measured:
  //   span 0.01: Z 8e-16, forces 2e-13;  span 3: Z 7e-6, forces 8e-5;
  //   span 30: Z 2e-4, forces 6e-3;      span 120: Z 1e-3, forces 1e-2
  // (Barnes-Hut at theta 0.5 on t-SNE layouts: Z ~1e-3, forces ~0.5-2%.)
  const cases = [
    // compact (t-SNE's first iterations): the kernel is nearly flat over the grid
    { span: 0.01, n: 1000, zError: 1e-12, forceError: 1e-10 },
    { span: 3, n: 2000, zError: 3e-5, forceError: 3e-4 },
    // spread out (after early exaggeration): boxes ~1 wide, the near field is the hard part
    { span: 30, n: 3000, zError: 1e-3, forceError: 0.02 },
    { span: 120, n: 3000, zError: 3e-3, forceError: 0.03 },
  ];
  it.each(cases)('matches the exact sums on $n clustered points over a span of $span', ({ span, n, zError, forceError }) => {
    const y = clusteredLayout(n, span, 7);
    const exact = exactRepulsion(y, n);
    const forces = new Float64Array(2 * n);
    const z = new FftRepulsion().compute(y, n, forces);
    expect(Math.abs(z - exact.z) / exact.z).toBeLessThan(zError);
    expect(relativeError(forces, exact.forces)).toBeLessThan(forceError);
  });
});

describe('FftRepulsion grid', { timeout: 60_000 }, () => {
  it('gets more accurate with narrower boxes, and reports the grid it used', () => {
    const n = 2000;
    const y = clusteredLayout(n, 60, 8);
    const exact = exactRepulsion(y, n);
    const errors = [2, 1, 0.5].map((maxBoxWidth) => {
      const repulsion = new FftRepulsion({ maxBoxWidth, minBoxes: 1 });
      const forces = new Float64Array(2 * n);
      repulsion.compute(y, n, forces);
      expect(60 / repulsion.boxes).toBeLessThanOrEqual(maxBoxWidth);
      return relativeError(forces, exact.forces);
    });
    expect(errors[1]).toBeLessThan(errors[0] / 2);
    expect(errors[2]).toBeLessThan(errors[1] / 2);
  });

  it('gives the same result whatever grid sizes earlier calls used (grids kept for the last two sizes)', () => {
    const n = 1000;
    const compact = clusteredLayout(n, 30, 10), spread = clusteredLayout(n, 100, 11);
    const reused = new FftRepulsion();
    const first = new Float64Array(2 * n), again = new Float64Array(2 * n), fresh = new Float64Array(2 * n);
    const z1 = reused.compute(compact, n, first);
    const compactSize = reused.fftSize;
    reused.compute(spread, n, new Float64Array(2 * n));
    expect(reused.fftSize).toBeGreaterThan(compactSize);
    // A third size drops the least recently used grid (the compact one's), made afresh below.
    reused.compute(clusteredLayout(n, 200, 12), n, new Float64Array(2 * n));
    expect(reused.fftSize).toBeGreaterThan(compactSize);
    const z2 = reused.compute(compact, n, again);
    const z3 = new FftRepulsion().compute(compact, n, fresh);
    expect(z2).toBe(z1);
    expect(z3).toBe(z1);
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });

  it('grows the FFT up to maxFftSize for boxes at most maxBoxWidth wide, and has no grid past it', () => {
    const n = 500;
    const fitted = (span: number, options = {}) => new FftRepulsion(options).fitGrid(withSpan(clusteredLayout(n, span, 9), span), n);
    const narrow = fitted(100)!, middle = fitted(200)!, wide = fitted(250)!;
    expect(wide.span).toBeCloseTo(250, 9);
    expect(narrow.fftSize).toBe(768); // 128 boxes: spans up to ~115
    expect(middle.fftSize).toBe(1536); // 256 boxes: up to ~230
    expect(wide.fftSize).toBe(2048);
    for (const grid of [narrow, middle, wide]) {
      expect(3 * grid.step).toBeLessThanOrEqual(0.9);
      expect(grid.step * grid.boxes * 3).toBeGreaterThanOrEqual(grid.span); // the grid covers the layout
    }
    expect(fitted(250, { maxFftSize: 1024 })).toBeNull();
    expect(fitted(1000)).toBeNull();
    const y = clusteredLayout(n, 1000, 9);
    expect(() => new FftRepulsion().compute(y, n, new Float64Array(2 * n))).toThrow(/too wide/);
  });

  it('rejects options that give no boxes or an FFT size that is not a power of two', () => {
    expect(() => new FftRepulsion({ maxFftSize: 4 })).toThrow(RangeError); // < 2 x 3 nodes
    expect(() => new FftRepulsion({ maxFftSize: 128, minBoxes: 50 })).toThrow(RangeError); // 21 boxes fit
    expect(() => new FftRepulsion({ maxFftSize: 1000 })).toThrow(RangeError);
    expect(() => new FftRepulsion({ maxFftSize: 3 * 2 ** 9 + 6 })).toThrow(RangeError);
    expect(new FftRepulsion({ maxFftSize: 1536 }).maxFftSize).toBe(1536);
    expect(() => new FftRepulsion({ maxBoxWidth: 0 })).toThrow(RangeError);
    expect(() => new FftRepulsion({ nodesPerBox: 2.5 })).toThrow(RangeError);
    expect(new FftRepulsion({ maxFftSize: 128, minBoxes: 21 }).maxFftSize).toBe(128);
  });

  it.each([NaN, Infinity, -Infinity])('fails with a clear error on a %s coordinate instead of returning NaN forces', (bad) => {
    const n = 100;
    const y = clusteredLayout(n, 10, 12);
    y[2 * 37 + 1] = bad;
    expect(() => new FftRepulsion().fitGrid(y, n)).toThrow(/point 37 has a non-finite coordinate/);
    expect(() => new FftRepulsion().compute(y, n, new Float64Array(2 * n))).toThrow(/point 37/);
  });

  it('recomputes the kernel spectrum only when the grid step changes rung, not on every small change of the span', () => {
    const n = 1000;
    const base = clusteredLayout(n, 100, 13);
    const repulsion = new FftRepulsion();
    const forces = new Float64Array(2 * n);
    const calls = 20;
    for (let call = 0; call < calls; call++) {
      const grow = 1.03 ** call; // the span grows 3% per call, as in early exaggeration
      repulsion.compute(base.map((v) => v * grow), n, forces);
    }
    // Sizes 1024 then 2048, rungs 2^(1/8) apart: 20 x log2(1.03) x 8 ~ 7 rung changes, + 2 first kernels.
    expect(repulsion.kernelUpdates).toBeLessThanOrEqual(10);
    expect(repulsion.kernelUpdates).toBeGreaterThanOrEqual(3);
  });

  it('places every point inside the grid, including the extremes and identical points', () => {
    const n = 64;
    const y = new Float64Array(2 * n).fill(3);
    y[0] = -50;
    y[1] = 50;
    const forces = new Float64Array(2 * n);
    const z = new FftRepulsion().compute(y, n, forces);
    // 63 identical points: 63 x 62 pairs at w = 1, and 2 x 63 pairs with the far point at w ~ 1/5000.
    const exact = 63 * 62 + (2 * 63) / (1 + 53 ** 2 + 47 ** 2);
    // Measured 3.4% (boxes 0.83 wide; 0.7% at 0.62): 63 identical points between nodes are the
    // worst case for interpolating the kernel's peak.
    expect(Math.abs(z - exact) / exact).toBeLessThan(0.05);
    // The cluster pushes the far point away (towards -x, +y) and itself away from it.
    expect(forces[0]).toBeLessThan(0);
    expect(forces[1]).toBeGreaterThan(0);
    expect(forces[2]).toBeGreaterThan(0);
    expect(forces[3]).toBeLessThan(0);
  });
});

/** Forces and Z by the repulsion t-SNE would pick for this layout (fftGridFor), and which one. */
function chosenRepulsion(y: Float64Array, n: number, gradient: TsneGradient) {
  const fft = new FftRepulsion();
  const grid = fftGridFor(gradient, 2, fft, y, n);
  const forces = new Float64Array(2 * n);
  if (grid) return { method: 'fft', grid, forces, z: fft.compute(y, n, forces, grid) };
  const tree = new SpaceTree(n, 2);
  tree.build(y, n, 0.5);
  return { method: 'barnes-hut', grid, forces, z: repulsiveForces(tree, n, forces, new Int32Array(4096)) };
}

/** A layout of `n - outliers` clustered points over `span`, plus far points at `distance`. */
function withOutliers(n: number, span: number, outliers: number, distance: number): Float64Array {
  const y = clusteredLayout(n, span, 21);
  for (let o = 0; o < outliers; o++) {
    y[2 * o] = distance * Math.cos(o);
    y[2 * o + 1] = distance * Math.sin(o);
  }
  return y;
}

describe('the repulsion t-SNE picks stays accurate on wide layouts and outliers', { timeout: 60_000 }, () => {
  // Barnes-Hut-level bounds (its test: Z within 1%, forces within 5%). Measured with the chosen
  // method: FFT where a grid of boxes <= 0.9 fits (worst Z 0.85%, forces 3.2%), else Barnes-Hut
  // (here Z 0.7-1%, forces 0.9-2.3%); outliers kept off the grid: Z 0.02-0.06%, forces 0.7-1.3%. Before boxes were bounded these were: span 400: Z 8.6%, forces
  // 30%; span 30 + one outlier at 1000: Z 153%, forces 5x; span 10 + outlier at 1e4: Z 190x.
  const cases = [
    { name: 'clustered, span 400', y: () => clusteredLayout(3000, 400, 7), n: 3000 },
    { name: 'clustered, span 300', y: () => clusteredLayout(3000, 300, 8), n: 3000 },
    { name: 'clustered, span 150 (FFT 1024)', y: () => clusteredLayout(3000, 150, 9), n: 3000 },
    { name: 'span 30 + one outlier at 1000', y: () => withOutliers(3000, 30, 1, 1000), n: 3000 },
    { name: 'span 10 + one outlier at 1e4', y: () => withOutliers(2000, 10, 1, 1e4), n: 2000 },
    { name: 'span 30 + three outliers at 120', y: () => withOutliers(3000, 30, 3, 120), n: 3000 },
  ];
  it.each(cases.flatMap((c) => (['auto', 'fft'] as const).map((gradient) => ({ ...c, gradient }))))(
    '$name, gradient $gradient: Z within 1%, forces within 4% of the exact sums',
    ({ y: layout, n, gradient }) => {
      const y = layout();
      const exact = exactRepulsion(y, n);
      const { z, forces, grid } = chosenRepulsion(y, n, gradient);
      if (grid) expect(3 * grid.step).toBeLessThanOrEqual(0.9);
      expect(Math.abs(z - exact.z) / exact.z).toBeLessThan(0.01);
      expect(relativeError(forces, exact.forces)).toBeLessThan(0.04);
    },
  );

  it('keeps far outliers off the grid, which then covers only the core', () => {
    for (const gradient of ['auto', 'fft'] as const) {
      const { method, grid } = chosenRepulsion(withOutliers(2000, 10, 1, 1e4), 2000, gradient);
      expect(method).toBe('fft');
      expect(grid!.far).not.toBeNull();
      expect(Array.from(grid!.far!)).toContain(0); // the outlier
      expect(grid!.span).toBeLessThan(20);
    }
    // Without a far-point budget (below 200 points none is kept off), one outlier at 1e4 leaves no grid.
    expect(chosenRepulsion(withOutliers(150, 10, 1, 1e4), 150, 'fft').method).toBe('barnes-hut');
  });

  it('leaves far points on the grid when the smaller core grid plus their sums would cost more', () => {
    // 100k points in a span of 30 with 500 strays at 25 (review, measured: core 256 + 500 far
    // points 74 ms per call, the whole-layout 384 grid 24 ms).
    const n = 100_000;
    const grid = new FftRepulsion().fitGrid(withOutliers(n, 30, 500, 25), n);
    expect(grid).not.toBeNull();
    expect(grid!.far).toBeNull();
    // A single far point is still worth keeping off: the core grid is then cheaper.
    const single = new FftRepulsion().fitGrid(withOutliers(n, 30, 1, 1000), n);
    expect(single!.far).not.toBeNull();
  });

  it('is accurate on an early-exaggeration-like layout: 99.8% of points within a span of 5, strays out to ~300', () => {
    const n = 5000;
    const y = clusteredLayout(n, 5, 15);
    const gaussian = seededGaussian(16);
    for (let o = 0; o < 10; o++) {
      y[2 * o] = 150 * gaussian();
      y[2 * o + 1] = 150 * gaussian();
    }
    y[20] = 3; // one stray just outside the core
    y[21] = 4;
    const exact = exactRepulsion(y, n);
    const { method, grid, z, forces } = chosenRepulsion(y, n, 'fft');
    expect(method).toBe('fft');
    expect(grid!.far!.length).toBeGreaterThanOrEqual(10);
    expect(grid!.fftSize).toBeLessThanOrEqual(256);
    // Measured: FFT 128 with 25 points off the grid, Z 2e-5, forces 3e-4 (Barnes-Hut-level: 1e-2, 5e-2).
    expect(Math.abs(z - exact.z) / exact.z).toBeLessThan(1e-3);
    expect(relativeError(forces, exact.forces)).toBeLessThan(0.01);
    const strays = Array.from({ length: 11 }, (_, o) => (o < 10 ? o : 10));
    const strayExact = Float64Array.from(strays.flatMap((i) => [exact.forces[2 * i], exact.forces[2 * i + 1]]));
    const strayForces = Float64Array.from(strays.flatMap((i) => [forces[2 * i], forces[2 * i + 1]]));
    expect(relativeError(strayForces, strayExact)).toBeLessThan(0.01);
  });

  it('at 100,000 points: a wide early-exaggeration layout (span ~340) gets Barnes-Hut, a later one (span ~115) FFT; both accurate', () => {
    const n = 100_000;
    const sample = Array.from({ length: 200 }, (_, s) => (s * 7919) % n);
    for (const [span, method] of [[340, 'barnes-hut'], [115, 'fft']] as const) {
      const y = clusteredLayout(n, span, 14);
      const chosen = chosenRepulsion(y, n, 'auto');
      expect(chosen.method).toBe(method);
      // Exact forces at the sampled points against all n (Z is not checked: it needs all pairs).
      const exact = new Float64Array(2 * sample.length), approximate = new Float64Array(2 * sample.length);
      sample.forEach((i, s) => {
        for (let j = 0; j < n; j++) {
          if (j === i) continue;
          const dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
          const w = 1 / (1 + dx * dx + dy * dy);
          exact[2 * s] += w * w * dx;
          exact[2 * s + 1] += w * w * dy;
        }
        approximate[2 * s] = chosen.forces[2 * i];
        approximate[2 * s + 1] = chosen.forces[2 * i + 1];
      });
      expect(relativeError(approximate, exact)).toBeLessThan(0.04);
    }
  });
});

describe('selectKth', () => {
  it('puts the k-th smallest at k, with ties and any k', () => {
    const values = randomSignal(501, 17).map((v) => Math.round(v * 4));
    const sorted = Float64Array.from(values).sort();
    for (const k of [0, 1, 250, 499, 500]) expect(selectKth(Float64Array.from(values), values.length, k)).toBe(sorted[k]);
  });
});
