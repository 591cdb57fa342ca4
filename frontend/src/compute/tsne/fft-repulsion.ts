// t-SNE's repulsive forces in 2-D by FFT-accelerated interpolation (FIt-SNE: Linderman et al.,
// Nature Methods 2019). With K(r) = 1 / (1 + r^2)^2 = w^2 and four charges per point
// q = [1, y1, y2, |y|^2], the potentials phi_c(i) = sum_j K(|y_i - y_j|) q_c(j) give
//   sum_j w_ij^2 (y_i - y_j) = y_i phi_1(i) - (phi_2(i), phi_3(i))
//   sum_j w_ij = sum_j K (1 + |y_i - y_j|^2) = (1 + |y_i|^2) phi_1 - 2 y_i . (phi_2, phi_3) + phi_4
// (the j = i terms: zero force, and 1 each in Z, subtracted). The potentials come from charges
// spread onto a uniform grid by Lagrange interpolation (interpolation.ts), convolved with K
// between nodes by FFT (grid-convolution.ts), and interpolated back with the same weights.
// Cost ~ n p^2 + M^2 log M per call, M ~ 2 x grid nodes per side, whatever the layout; the grid
// follows the layout's span, so compact layouts are cheap.
//
// Accuracy is set by the node spacing h (box width / p). Measured on 3,000 clustered points
// against the exact sums (relative error of Z / of the forces as a norm; p = 3):
//   box width 0.71: 0.1% / 1%;  0.88: 0.3% / 2.5%;  1.0: 0.6% / 3.6-5%;  1.17: 1-3.5% / 7%;
//   1.47: 3% / 15%;  2: 10% / 50%;  2.35: 15% / 100%
// (Barnes-Hut at theta 0.5 on the same layouts: 0.5-0.9% / 0.7-2.2%; more nodes per box at the
// same h do not help). With the grid steps actually used (the ladder below), worst cases over
// spans 160-341: boxes <= 0.97 wide: Z 1.3%, forces 4.1%; <= 0.9: Z 0.85%, forces 3.2%. So boxes
// are never wider than maxBoxWidth (0.9; openTSNE uses 1): a layout that would need a grid past
// maxFftSize has no grid here (fitGrid() returns null: a span above ~306 at 2048) and the caller
// uses Barnes-Hut instead. A span set by a few far points (up to n / 200; early exaggeration at
// 100k points: 99.8% of points within a span of 1-11, the rest out to 430) is not: those points
// stay off the grid, which covers only the core (far-points.ts). FFT sizes 3 x 2^k (fft.ts) fill the gaps
// between powers of two: 768 holds spans up to ~115, 1024 ~153, 1536 ~230, 2048 ~306; at 100k
// points one call costs 56, 93, 220, 415 ms of CPU (Barnes-Hut: 360-540 ms).

import { isFftSize } from './fft';
import { GridConvolution, nextFftSize } from './grid-convolution';
import { LagrangeGrid } from './interpolation';
import { addFarToNodes, farForces, farPotentials, selectKth, type NodeLayout } from './far-points';
import { barnesHutPredictedMs, FAR_PAIR_MS, fftPredictedMs } from './repulsion-choice';

export interface FftRepulsionOptions {
  /** Interpolation nodes per box per axis (FIt-SNE: 3). */
  nodesPerBox?: number;
  /** Boxes never wider than this (in layout units; openTSNE: 1): the accuracy bound above (0.9). */
  maxBoxWidth?: number;
  /** At least this many boxes per side (openTSNE: 50; 21 here, i.e. an FFT side of 128: compact
   *  layouts need few, measured on a span of 3: Z within 1e-5, forces within 1e-4; on tight
   *  clusters over a span of 9, 16 boxes (side 96): Z 0.24%, 21: 0.10%, 32: 0.02%). */
  minBoxes?: number;
  /** Largest FFT side, 2^k or 3 x 2^k (cost ~4.5x and memory 4x per doubling: at 100k points
   *  1024: ~0.1 s per call, 1536: ~0.2 s, 2048: ~0.4 s and 170 MB of grids). Wider layouts get
   *  no grid. */
  maxFftSize?: number;
}

/** Grid steps come from a ladder of ratio 2^(1/8), rounded up (so the grid covers the layout
 *  with up to ~9% to spare): the kernel's spectrum (~1/4 of a call's cost at a given size) is
 *  recomputed only when the step moves to another rung - every ~3 calls while the span grows 3%
 *  per call, as in early exaggeration - not on every small change of the span. */
const STEP_LADDER = 8;

/** FFT sizes whose grids are kept between calls (see FftRepulsion.grids). */
const KEPT_SIZES = 2;

/** At most this many far points (far-points.ts) are kept off the grid: n / 200, up to 512, or
 *  a quarter or a sixteenth of that (the first whose core grid is small enough)... */
const FAR_SHARE = 1 / 200;
const MAX_FAR_POINTS = 512;
/** ...and only while their kernel sums with the grid nodes are predicted to cost at most this
 *  share of a Barnes-Hut call (100k points: ~58 ms, 8M far point x node pairs). */
const FAR_SHARE_OF_BARNES_HUT = 0.25;

type ComplexGrid = { re: Float64Array; im: Float64Array };

/** One FFT size's convolution, the grid step its kernel is set for (0: none yet), and its two
 *  complex grids: charges (1, x) and (y, |y|^2) in, the matching potentials out. */
interface SizedGrid {
  convolution: GridConvolution;
  kernelStep: number;
  charges: ComplexGrid[];
}

/** The layout's extent and mean, and the grid compute() lays over it. */
export interface LayoutGrid {
  minX: number; maxX: number; minY: number; maxY: number; meanX: number; meanY: number;
  /** Side of the layout's bounding square. */
  span: number;
  fftSize: number;
  /** Boxes per side. */
  boxes: number;
  /** Node spacing: boxes are nodesPerBox x step wide. */
  step: number;
  /** Points kept off the grid (far-points.ts), their extent and mean excluded above; or null. */
  far: Int32Array | null;
}

export class FftRepulsion {
  readonly nodesPerBox: number;
  readonly maxBoxWidth: number;
  readonly minBoxes: number;
  readonly maxFftSize: number;
  /** The grid of the last call: boxes per side and the FFT size (for benchmarks and tests). */
  boxes = 0;
  fftSize = 0;
  /** How many times a kernel spectrum was computed (for tests of the step ladder). */
  kernelUpdates = 0;
  /** The last KEPT_SIZES FFT sizes used, least recent first: kept, as early exaggeration can
   *  swing the span across a size boundary every few iterations (re-allocating 42 MB at 1024
   *  each time); not all, as a growing layout passes through several (1536: 94 MB). */
  private readonly grids = new Map<number, SizedGrid>();
  private readonly grid: LagrangeGrid;
  /** Scratch for layouts with far points: max-norm radii, the core's coordinates, forces and
   *  indices, the far points' potentials. */
  private radii = new Float64Array(0);
  private coreY = new Float64Array(0);
  private coreForces = new Float64Array(0);
  private coreIndex = new Int32Array(0);
  private farPhi = new Float64Array(0);

  constructor(options: FftRepulsionOptions = {}) {
    this.nodesPerBox = options.nodesPerBox ?? 3;
    this.maxBoxWidth = options.maxBoxWidth ?? 0.9;
    this.minBoxes = options.minBoxes ?? 21;
    this.maxFftSize = options.maxFftSize ?? 2048;
    const { nodesPerBox, maxBoxWidth, minBoxes, maxFftSize } = this;
    if (!Number.isInteger(nodesPerBox) || nodesPerBox < 1) throw new RangeError(`FftRepulsion: nodesPerBox ${nodesPerBox} is not an integer >= 1`);
    if (!(maxBoxWidth > 0 && Number.isFinite(maxBoxWidth))) throw new RangeError(`FftRepulsion: maxBoxWidth ${maxBoxWidth} is not a positive number`);
    if (!Number.isInteger(minBoxes) || minBoxes < 1) throw new RangeError(`FftRepulsion: minBoxes ${minBoxes} is not an integer >= 1`);
    if (!isFftSize(maxFftSize) || maxFftSize % 2 !== 0) {
      throw new RangeError(`FftRepulsion: maxFftSize ${maxFftSize} is not 2^k or 3 x 2^k (even)`);
    }
    if (boxesFor(maxFftSize, nodesPerBox) < minBoxes) {
      throw new RangeError(`FftRepulsion: maxFftSize ${maxFftSize} holds fewer than minBoxes (${minBoxes}) boxes of ${nodesPerBox} nodes (it needs >= 2 x nodes per side)`);
    }
    this.grid = new LagrangeGrid(nodesPerBox);
  }

  /** The grid compute() would use on this layout, or null when the layout is too wide for boxes
   *  of at most maxBoxWidth within maxFftSize (then FFT repulsion would be inaccurate). Throws
   *  on a non-finite coordinate. One O(n) pass; pass the result on to compute(). */
  fitGrid(y: Float64Array, n: number): LayoutGrid | null {
    const extent = bounds(y, n);
    const whole = this.gridOver(extent);
    return this.coreGrid(y, n, extent, whole) ?? whole;
  }

  /** The smallest grid (2^k and 3 x 2^k sizes) with minBoxes boxes of at most maxBoxWidth over
   *  this extent, or null past maxFftSize. */
  private gridOver(extent: ReturnType<typeof bounds>): LayoutGrid | null {
    const p = this.nodesPerBox;
    let size = 2;
    while (boxesFor(size, p) < this.minBoxes) size = nextFftSize(size);
    for (; size <= this.maxFftSize; size = nextFftSize(size)) {
      const boxes = boxesFor(size, p);
      const step = 2 ** (Math.ceil(Math.log2(extent.span / (boxes * p)) * STEP_LADDER) / STEP_LADDER);
      if (step * p <= this.maxBoxWidth) return { ...extent, fftSize: size, boxes, step, far: null };
    }
    return null;
  }

  /** A grid over the core only, when a few far points (at most FAR_SHARE of n) set the span and
   *  leaving them off gives a smaller grid predicted cheaper with the far points' sums; else null. Far = farther from the mean (in the max
   *  norm) than all but that many points. */
  private coreGrid(y: Float64Array, n: number, extent: ReturnType<typeof bounds>, whole: LayoutGrid | null): LayoutGrid | null {
    const farMost = Math.min(MAX_FAR_POINTS, Math.floor(n * FAR_SHARE));
    if (farMost < 1 || (whole && whole.fftSize <= this.smallestSize())) return null;
    const pairBudget = (FAR_SHARE_OF_BARNES_HUT * barnesHutPredictedMs(n)) / FAR_PAIR_MS;
    if (this.radii.length < 2 * n) this.radii = new Float64Array(2 * n);
    const radii = this.radii.subarray(0, n), scratch = this.radii.subarray(n, 2 * n);
    const { meanX, meanY } = extent;
    for (let i = 0; i < n; i++) radii[i] = Math.max(Math.abs(y[2 * i] - meanX), Math.abs(y[2 * i + 1] - meanY));
    for (let count = farMost; count >= 1; count = Math.floor(count / 4)) {
      scratch.set(radii);
      const cut = selectKth(scratch, n, n - count - 1);
      let farCount = 0;
      for (let i = 0; i < n; i++) if (radii[i] > cut) farCount++;
      if (farCount === 0) return null;
      const far = new Int32Array(farCount);
      for (let i = 0, f = 0; i < n; i++) if (radii[i] > cut) far[f++] = i;
      const core = this.gridOver(boundsExcept(y, n, far));
      // Fewer far points only make the core wider: no smaller grid now, none later.
      if (!core || (whole && core.fftSize >= whole.fftSize)) return null;
      const nodes = core.boxes * this.nodesPerBox;
      const farPairs = farCount * nodes * nodes;
      // A smaller grid is not enough: it must also be cheaper once the far points' sums are paid
      // (100k points in a span of 30 with 500 strays at 25: core 256 + far 74 ms, whole 384: 24 ms).
      const cheaper = !whole || fftPredictedMs(n, core.fftSize, farPairs) < fftPredictedMs(n, whole.fftSize);
      if (cheaper && farPairs <= pairBudget) return { ...core, far };
    }
    return null;
  }

  private smallestSize(): number {
    let size = 2;
    while (boxesFor(size, this.nodesPerBox) < this.minBoxes) size = nextFftSize(size);
    return size;
  }

  /** Writes sum_j w_ij^2 (y_i - y_j) into forces (n x 2) and returns Z = sum_{i != j} w_ij.
   *  `grid`: fitGrid()'s answer for this layout; a RangeError when there is none. */
  compute(y: Float64Array, n: number, forces: Float64Array, grid = this.fitGrid(y, n)): number {
    if (!grid) throw new RangeError(`FftRepulsion: the layout is too wide for boxes <= ${this.maxBoxWidth} wide within an FFT of ${this.maxFftSize} (use Barnes-Hut)`);
    if (grid.far) return this.computeWithFar(y, n, forces, grid, grid.far);
    return this.computeOnGrid(y, n, forces, grid, null);
  }

  /** compute() for a grid over the core: the core points' forces on the grid (with the far
   *  points' potentials added at the nodes), the far points' by far-points.ts. */
  private computeWithFar(y: Float64Array, n: number, forces: Float64Array, grid: LayoutGrid, far: Int32Array): number {
    const coreCount = n - far.length;
    if (this.coreY.length < 2 * coreCount) {
      this.coreY = new Float64Array(2 * coreCount);
      this.coreForces = new Float64Array(2 * coreCount);
      this.coreIndex = new Int32Array(coreCount);
    }
    const { coreY, coreForces, coreIndex } = this;
    for (let i = 0, c = 0, f = 0; i < n; i++) {
      if (f < far.length && far[f] === i) {
        f++;
        continue;
      }
      coreIndex[c] = i;
      coreY[2 * c] = y[2 * i];
      coreY[2 * c + 1] = y[2 * i + 1];
      c++;
    }
    if (this.farPhi.length < 4 * far.length) this.farPhi = new Float64Array(4 * far.length);
    const z = this.computeOnGrid(coreY, coreCount, coreForces, grid, { y, far, phi: this.farPhi });
    for (let c = 0; c < coreCount; c++) {
      forces[2 * coreIndex[c]] = coreForces[2 * c];
      forces[2 * coreIndex[c] + 1] = coreForces[2 * c + 1];
    }
    return z + farForces(y, far, this.farPhi, grid.meanX, grid.meanY, forces);
  }

  /** The grid part: n points of y onto the grid and back; with `far`, also the far points'
   *  potentials from the node charges (into far.phi) and theirs added at the nodes. */
  private computeOnGrid(
    y: Float64Array, n: number, forces: Float64Array, grid: LayoutGrid,
    far: { y: Float64Array; far: Int32Array; phi: Float64Array } | null,
  ): number {
    const p = this.nodesPerBox;
    const { minX, maxX, minY, maxY, meanX, meanY, step: h } = grid;
    const sized = this.sizedGrid(grid);
    const { convolution } = sized;
    const { size, nodes } = convolution;
    const lowX = (minX + maxX - h * nodes) / 2, lowY = (minY + maxY - h * nodes) / 2;
    if (h !== sized.kernelStep) {
      const h2 = h * h;
      // The first charge grid lends its memory as scratch: it is cleared below.
      convolution.setKernel((steps2) => {
        const d = 1 + h2 * steps2;
        return 1 / (d * d);
      }, sized.charges[0]);
      sized.kernelStep = h;
      this.kernelUpdates++;
    }
    this.grid.locate(y, n, lowX, lowY, h, nodes / p, size);
    const [a, b] = sized.charges;
    convolution.clear(a.re, a.im);
    convolution.clear(b.re, b.im);
    // Charges relative to the points' mean keep |y|^2 (and the rounding it brings into Z's
    // cancelling terms) small for most points.
    this.spread(y, n, meanX, meanY, size, sized.charges);
    const at: NodeLayout = { nodes, stride: size, x0: lowX + h / 2, y0: lowY + h / 2, h, cx: meanX, cy: meanY };
    const nodeGrids = { aRe: a.re, aIm: a.im, bRe: b.re, bIm: b.im };
    if (far) farPotentials(far.y, far.far, nodeGrids, at, far.phi);
    convolution.convolve(a.re, a.im);
    convolution.convolve(b.re, b.im);
    if (far) addFarToNodes(far.y, far.far, nodeGrids, at);
    return this.gather(y, n, meanX, meanY, size, sized.charges, forces);
  }

  /** The convolution and grids for this FFT size, made on first use and kept while recent. */
  private sizedGrid(grid: LayoutGrid): SizedGrid {
    let sized = this.grids.get(grid.fftSize);
    if (sized) {
      this.grids.delete(grid.fftSize); // re-inserted below: now the most recent
    } else {
      if (this.grids.size >= KEPT_SIZES) this.grids.delete(this.grids.keys().next().value!);
      const convolution = new GridConvolution(grid.boxes * this.nodesPerBox);
      sized = { convolution, kernelStep: 0, charges: [convolution.createGrid(), convolution.createGrid()] };
    }
    this.grids.set(grid.fftSize, sized);
    this.boxes = grid.boxes;
    this.fftSize = grid.fftSize;
    return sized;
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
      // The same p x p stencil as gather()'s, written out in both: the two hottest loops here.
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

/** Boxes per side of an FFT of this size: nodes (boxes x p) <= size / 2 for the circulant embedding. */
function boxesFor(size: number, p: number): number {
  return Math.floor(size / (2 * p));
}

/** The layout's extent, its mean, and the side of its bounding square; throws on a non-finite
 *  coordinate (it would make every force NaN). */
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
  if (!Number.isFinite(sumX + sumY) || !Number.isFinite(maxX - minX) || !Number.isFinite(maxY - minY)) {
    throw new Error(`t-SNE layout: ${nonFiniteDescription(y, n)}`);
  }
  const span = Math.max(maxX - minX, maxY - minY, 1e-12);
  return { minX, maxX, minY, maxY, meanX: sumX / n, meanY: sumY / n, span };
}

/** bounds() of the points not listed in `except` (increasing indices). */
function boundsExcept(y: Float64Array, n: number, except: Int32Array) {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, sumX = 0, sumY = 0;
  for (let i = 0, e = 0; i < n; i++) {
    if (e < except.length && except[e] === i) {
      e++;
      continue;
    }
    const x = y[2 * i], v = y[2 * i + 1];
    sumX += x;
    sumY += v;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (v < minY) minY = v;
    if (v > maxY) maxY = v;
  }
  const count = n - except.length;
  const span = Math.max(maxX - minX, maxY - minY, 1e-12);
  return { minX, maxX, minY, maxY, meanX: sumX / count, meanY: sumY / count, span };
}

/** Names the first non-finite coordinate (or says the coordinates overflow when summed). */
export function nonFiniteDescription(y: Float64Array, n: number, dim = 2): string {
  for (let s = 0; s < n * dim; s++) {
    if (!Number.isFinite(y[s])) return `point ${Math.floor(s / dim)} has a non-finite coordinate (${y[s]})`;
  }
  return 'coordinates too large to sum';
}
