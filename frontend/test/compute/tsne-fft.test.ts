import { describe, expect, it } from 'vitest';
import { Fft } from '../../src/compute/tsne/fft';
import { GridConvolution } from '../../src/compute/tsne/grid-convolution';
import { FftRepulsion } from '../../src/compute/tsne/fft-repulsion';
import { seededGaussian } from './synthetic';

function bitReversed(k: number, size: number): number {
  let r = 0;
  for (let bit = 1; bit < size; bit <<= 1) r = (r << 1) | (k & bit ? 1 : 0);
  return r;
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
  it.each([2, 4, 8, 32, 128, 256])('forward() of size %i is the DFT in bit-reversed order, and inverse() undoes it x size', (size) => {
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
      expect(outRe[bitReversed(k, size)]).toBeCloseTo(sumRe, 9);
      expect(outIm[bitReversed(k, size)]).toBeCloseTo(sumIm, 9);
    }
    fft.inverse(outRe, outIm, 0);
    for (let t = 0; t < size; t++) {
      expect(outRe[t] / size).toBeCloseTo(re[t], 12);
      expect(outIm[t] / size).toBeCloseTo(im[t], 12);
    }
  });

  it.each([16, 32])('transforms the columns of a grid (stride and lanes) like one column at a time, and prunes padding exactly (size %i)', (size) => {
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

  it('rejects sizes that are not powers of two', () => {
    expect(() => new Fft(12)).toThrow(RangeError);
  });
});

describe('GridConvolution', () => {
  it.each([3, 10, 17])('equals the direct sum over node pairs for two grids at once (%i x %i nodes)', (nodes) => {
    const convolution = new GridConvolution(nodes);
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

describe('FftRepulsion', () => {
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

describe('FftRepulsion grid', () => {
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

  it('gives the same result whatever grid sizes earlier calls used (kernels kept per size)', () => {
    const n = 1000;
    const compact = clusteredLayout(n, 30, 10), spread = clusteredLayout(n, 100, 11);
    const reused = new FftRepulsion();
    const first = new Float64Array(2 * n), again = new Float64Array(2 * n), fresh = new Float64Array(2 * n);
    const z1 = reused.compute(compact, n, first);
    const compactSize = reused.fftSize;
    reused.compute(spread, n, new Float64Array(2 * n));
    expect(reused.fftSize).toBeGreaterThan(compactSize);
    const z2 = reused.compute(compact, n, again);
    const z3 = new FftRepulsion().compute(compact, n, fresh);
    expect(z2).toBe(z1);
    expect(z3).toBe(z1);
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });

  it('widens the boxes rather than grow the FFT past maxFftSize', () => {
    const n = 500;
    const y = clusteredLayout(n, 1000, 9);
    const repulsion = new FftRepulsion({ maxFftSize: 256 });
    const forces = new Float64Array(2 * n);
    const z = repulsion.compute(y, n, forces);
    expect(repulsion.fftSize).toBe(256);
    expect(repulsion.boxes).toBe(42);
    expect(Number.isFinite(z) && forces.every(Number.isFinite)).toBe(true);
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
    expect(Math.abs(z - exact) / exact).toBeLessThan(0.02); // measured 0.7%: the points sit between nodes
    // The cluster pushes the far point away (towards -x, +y) and itself away from it.
    expect(forces[0]).toBeLessThan(0);
    expect(forces[1]).toBeGreaterThan(0);
    expect(forces[2]).toBeGreaterThan(0);
    expect(forces[3]).toBeLessThan(0);
  });
});
