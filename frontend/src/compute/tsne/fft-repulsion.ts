// t-SNE's repulsive forces in 2-D by FFT-accelerated interpolation (FIt-SNE: Linderman et al.,
// Nature Methods 2019). With K(r) = 1 / (1 + r^2)^2 = w^2 and four charges per point
// q = [1, y1, y2, |y|^2], the potentials phi_c(i) = sum_j K(|y_i - y_j|) q_c(j) give
//   sum_j w_ij^2 (y_i - y_j) = y_i phi_1(i) - (phi_2(i), phi_3(i))
//   sum_j w_ij = sum_j K (1 + |y_i - y_j|^2) = (1 + |y_i|^2) phi_1 - 2 y_i . (phi_2, phi_3) + phi_4
// (the j = i terms: zero force, and 1 each in Z, subtracted). The potentials come from charges
// spread onto a uniform grid by Lagrange interpolation (interpolation.ts), convolved with K
// between nodes by FFT (grid-convolution.ts), and interpolated back with the same weights.
// Cost ~ n p^2 + M^2 log M per call, M ~ 2 x grid nodes per side, whatever the layout; the grid
// follows the layout's span (boxes at most maxBoxWidth wide), so compact layouts are cheap.

import { GridConvolution } from './grid-convolution';
import { LagrangeGrid } from './interpolation';

export interface FftRepulsionOptions {
  /** Interpolation nodes per box per axis (FIt-SNE: 3). */
  nodesPerBox?: number;
  /** Boxes no wider than this (in layout units; openTSNE: 1). */
  maxBoxWidth?: number;
  /** At least this many boxes per side (openTSNE: 50; 16 here, i.e. an FFT side of 128: compact
   *  layouts need few, measured on a span of 3: Z within 1e-5, forces within 1e-4). */
  minBoxes?: number;
  /** Largest FFT side: past it boxes widen instead (the cost grows ~4.5x per doubling). */
  maxFftSize?: number;
}

/** Grid steps come from a ladder of ratio 2^(1/32) (rounded up, so the grid still covers the
 *  layout, at most ~2% coarser): the kernel's spectrum is only recomputed when the step moves to
 *  another rung, not on every small change of the layout's span. */
const STEP_LADDER = 32;

type ComplexGrid = { re: Float64Array; im: Float64Array };

/** One FFT size's convolution, the grid step its kernel is set for (0: none yet), and its two
 *  complex grids: charges (1, x) and (y, |y|^2) in, the matching potentials out. */
interface SizedGrid {
  convolution: GridConvolution;
  kernelStep: number;
  charges: ComplexGrid[];
}

export class FftRepulsion {
  readonly nodesPerBox: number;
  readonly maxBoxWidth: number;
  readonly minBoxes: number;
  readonly maxFftSize: number;
  /** The grid of the last call: boxes per side and the FFT size (for benchmarks and tests). */
  boxes = 0;
  fftSize = 0;
  /** Per FFT size used so far: kept, as early exaggeration can swing the span across a size
   *  boundary every few iterations (re-allocating 48 MB at 1024 each time). */
  private readonly grids = new Map<number, SizedGrid>();
  private readonly grid: LagrangeGrid;

  constructor(options: FftRepulsionOptions = {}) {
    this.nodesPerBox = options.nodesPerBox ?? 3;
    this.maxBoxWidth = options.maxBoxWidth ?? 1;
    this.minBoxes = options.minBoxes ?? 16;
    this.maxFftSize = options.maxFftSize ?? 1024;
    this.grid = new LagrangeGrid(this.nodesPerBox);
  }

  /** The FFT side compute() would use on this layout (for choosing between gradients). */
  fftSizeFor(y: Float64Array, n: number): number {
    return this.sizeFor(bounds(y, n).span);
  }

  /** Writes sum_j w_ij^2 (y_i - y_j) into forces (n x 2) and returns Z = sum_{i != j} w_ij. */
  compute(y: Float64Array, n: number, forces: Float64Array): number {
    const p = this.nodesPerBox;
    const { minX, maxX, minY, maxY, meanX, meanY, span } = bounds(y, n);
    const sized = this.gridFor(span);
    const { convolution } = sized;
    const { size, nodes } = convolution;
    const boxes = nodes / p;
    const h = 2 ** (Math.ceil(Math.log2(span / nodes) * STEP_LADDER) / STEP_LADDER);
    const lowX = (minX + maxX - h * nodes) / 2, lowY = (minY + maxY - h * nodes) / 2;
    // Charges relative to the points' mean keep |y|^2 (and the rounding it brings into Z's
    // cancelling terms) small for most points, even with a far outlier.
    const cx = meanX, cy = meanY;
    if (h !== sized.kernelStep) {
      const h2 = h * h;
      convolution.setKernel((steps2) => {
        const d = 1 + h2 * steps2;
        return 1 / (d * d);
      });
      sized.kernelStep = h;
    }
    this.grid.locate(y, n, lowX, lowY, h, boxes, size);
    const [a, b] = sized.charges;
    convolution.clear(a.re, a.im);
    convolution.clear(b.re, b.im);
    this.spread(y, n, cx, cy, size, sized.charges);
    convolution.convolve(a.re, a.im);
    convolution.convolve(b.re, b.im);
    return this.gather(y, n, cx, cy, size, sized.charges, forces);
  }

  /** Grid for a layout of this span: enough boxes for both size rules, then as many as the
   *  power-of-two FFT fits anyway (more accuracy at no cost). Reused while the size holds. */
  private gridFor(span: number): SizedGrid {
    const p = this.nodesPerBox;
    const size = this.sizeFor(span);
    const boxes = Math.floor(size / (2 * p));
    let sized = this.grids.get(size);
    if (!sized) {
      const convolution = new GridConvolution(boxes * p);
      sized = { convolution, kernelStep: 0, charges: [convolution.createGrid(), convolution.createGrid()] };
      this.grids.set(size, sized);
    }
    this.boxes = boxes;
    this.fftSize = size;
    return sized;
  }

  private sizeFor(span: number): number {
    const wanted = Math.max(this.minBoxes, Math.ceil(span / this.maxBoxWidth));
    let size = 2;
    while (size < 2 * this.nodesPerBox * wanted - 1 && size < this.maxFftSize) size *= 2;
    return size;
  }

  /** Charges [1, x, y, x^2 + y^2] (centred) onto the grids: (1, x) in the first, (y, |y|^2) in the second. */
  private spread(y: Float64Array, n: number, cx: number, cy: number, stride: number, charges: ComplexGrid[]): void {
    const p = this.nodesPerBox;
    const { first, weights } = this.grid;
    const [a, b] = charges;
    const aRe = a.re, aIm = a.im, bRe = b.re, bIm = b.im;
    for (let i = 0; i < n; i++) {
      const x = y[2 * i] - cx, v = y[2 * i + 1] - cy, r2 = x * x + v * v;
      const w = 2 * p * i;
      for (let ky = 0; ky < p; ky++) {
        const wy = weights[w + p + ky];
        const row = first[i] + ky * stride;
        for (let kx = 0; kx < p; kx++) {
          const q = wy * weights[w + kx];
          const s = row + kx;
          aRe[s] += q;
          aIm[s] += q * x;
          bRe[s] += q * v;
          bIm[s] += q * r2;
        }
      }
    }
  }

  /** Interpolates the four potentials back to each point; writes forces, returns Z. */
  private gather(
    y: Float64Array, n: number, cx: number, cy: number, stride: number, potentials: ComplexGrid[], forces: Float64Array,
  ): number {
    const p = this.nodesPerBox;
    const { first, weights } = this.grid;
    const [a, b] = potentials;
    const aRe = a.re, aIm = a.im, bRe = b.re, bIm = b.im;
    let z = 0;
    for (let i = 0; i < n; i++) {
      let phi1 = 0, phi2 = 0, phi3 = 0, phi4 = 0;
      const w = 2 * p * i;
      for (let ky = 0; ky < p; ky++) {
        const wy = weights[w + p + ky];
        const row = first[i] + ky * stride;
        for (let kx = 0; kx < p; kx++) {
          const q = wy * weights[w + kx];
          const s = row + kx;
          phi1 += q * aRe[s];
          phi2 += q * aIm[s];
          phi3 += q * bRe[s];
          phi4 += q * bIm[s];
        }
      }
      const x = y[2 * i] - cx, v = y[2 * i + 1] - cy;
      forces[2 * i] = x * phi1 - phi2;
      forces[2 * i + 1] = v * phi1 - phi3;
      z += (1 + x * x + v * v) * phi1 - 2 * (x * phi2 + v * phi3) + phi4;
    }
    return z - n;
  }
}

/** The layout's extent, its mean, and the side of its bounding square. */
function bounds(y: Float64Array, n: number) {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, sumX = 0, sumY = 0;
  for (let i = 0; i < n; i++) {
    const x = y[2 * i], v = y[2 * i + 1];
    sumX += x;
    sumY += v;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (v < minY) minY = v;
    if (v > maxY) maxY = v;
  }
  const span = Math.max(maxX - minX, maxY - minY, 1e-12);
  return { minX, maxX, minY, maxY, meanX: sumX / n, meanY: sumY / n, span };
}
