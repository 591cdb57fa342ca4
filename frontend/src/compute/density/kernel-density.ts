// Kernel density of a 2-D layout on a grid: points are linearly binned onto the nodes of a square-celled
// grid over a robust bounding box (the central 99% of each axis, padded by three bandwidths so the
// contours close), then blurred by a separable Gaussian. O(n + G^2 k): about 20 ms for a million points.
// The bandwidth is a fraction of Scott's rule (which equals Silverman's in 2-D) on a robust spread.

export interface DensityGrid {
  /** Node (i, j) sits at world (x0 + i * cell, y0 + j * cell). */
  x0: number;
  y0: number;
  cell: number;
  columns: number;
  rows: number;
  /** Smoothed counts per node, row-major (j * columns + i): they sum to about `binned`. */
  values: Float32Array;
  /** Standard deviation of the Gaussian kernel, in world units. */
  bandwidth: number;
  /** Points that fell inside the grid (the rest lie beyond the robust box). */
  binned: number;
}

export interface KernelDensityOptions {
  /** Nodes along the longer side of the box (default 256). */
  gridSize?: number;
  /** Kernel standard deviation in world units (default: Scott's rule x bandwidthScale). */
  bandwidth?: number;
  /** Multiplies Scott's bandwidth (default DEFAULT_BANDWIDTH_SCALE). */
  bandwidthScale?: number;
  /** Fraction of the points left out on each side of each axis when choosing the box (default 0.005). */
  trim?: number;
}

/**
 * Scott's rule is optimal for one Gaussian and oversmooths a layout of many clusters: half of it kept
 * 30 of 30 separable blobs apart at 100k points where the full rule merged them into 18 (bench_density.mjs).
 */
export const DEFAULT_BANDWIDTH_SCALE = 0.5;

/** Every `step`-th value of one axis (all of them up to 20,000 points), sorted: enough for the box and the bandwidth. */
function sortedSample(xy: Float32Array, m: number, axis: 0 | 1): Float32Array {
  const step = Math.max(1, Math.floor(m / 20_000));
  const out = new Float32Array(Math.ceil(m / step));
  let k = 0;
  for (let i = 0; i < m; i += step) out[k++] = xy[2 * i + axis];
  return out.subarray(0, k).sort();
}

function quantile(sorted: Float32Array, p: number): number {
  if (!sorted.length) return 0;
  const at = Math.min(sorted.length - 1, Math.max(0, p * (sorted.length - 1)));
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function standardDeviation(values: Float32Array): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= Math.max(1, values.length);
  let s = 0;
  for (let i = 0; i < values.length; i++) { const v = values[i] - mean; s += v * v; }
  return Math.sqrt(s / Math.max(1, values.length - 1));
}

interface AxisSummary { lo: number; hi: number; spread: number }

/** The trimmed range of one axis and its robust spread min(sd, IQR / 1.349) (Silverman), from a sample. */
function summarizeAxis(xy: Float32Array, m: number, axis: 0 | 1, trim: number): AxisSummary {
  const sorted = sortedSample(xy, m, axis);
  const iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
  const sd = standardDeviation(sorted);
  const spread = iqr > 0 ? Math.min(sd, iqr / 1.349) : sd;
  return { lo: quantile(sorted, trim), hi: quantile(sorted, 1 - trim), spread };
}

/** Scott's rule in 2-D, isotropic: sqrt(sx * sy) * m^(-1/6) on the robust spreads. */
export function scottBandwidth(spreadX: number, spreadY: number, m: number): number {
  const spread = spreadX > 0 && spreadY > 0 ? Math.sqrt(spreadX * spreadY) : Math.max(spreadX, spreadY);
  return spread * Math.pow(Math.max(1, m), -1 / 6);
}

/**
 * Kernel density of m points (xy: x0, y0, x1, y1, ...; all finite) on a grid of at most
 * gridSize x gridSize nodes.
 */
export function kernelDensity(xy: Float32Array, m: number, options: KernelDensityOptions = {}): DensityGrid {
  const gridSize = Math.max(8, Math.round(options.gridSize ?? 256));
  const trim = options.trim ?? 0.005;
  const ax = summarizeAxis(xy, m, 0, trim);
  const ay = summarizeAxis(xy, m, 1, trim);
  let bandwidth = options.bandwidth ?? scottBandwidth(ax.spread, ay.spread, m) * (options.bandwidthScale ?? DEFAULT_BANDWIDTH_SCALE);
  const span = Math.max(ax.hi - ax.lo, ay.hi - ay.lo);
  // Degenerate layouts (one point, all points equal): any positive scale will do.
  if (!(bandwidth > 0)) bandwidth = span > 0 ? span / 50 : 1;
  const pad = 3 * bandwidth;
  const cell = (span + 2 * pad) / (gridSize - 1);
  const columns = Math.min(gridSize, Math.ceil((ax.hi - ax.lo + 2 * pad) / cell) + 1);
  const rows = Math.min(gridSize, Math.ceil((ay.hi - ay.lo + 2 * pad) / cell) + 1);
  // Centre the box's nodes on the trimmed range.
  const x0 = (ax.lo + ax.hi) / 2 - ((columns - 1) * cell) / 2;
  const y0 = (ay.lo + ay.hi) / 2 - ((rows - 1) * cell) / 2;
  const counts = new Float32Array(columns * rows);
  const binned = linearBin(xy, m, x0, y0, cell, columns, rows, counts);
  const values = gaussianBlur(counts, columns, rows, bandwidth / cell);
  return { x0, y0, cell, columns, rows, values, bandwidth, binned };
}

/** Adds each point to the four nodes around it, weighted by nearness (bilinear); returns how many fell inside. */
function linearBin(xy: Float32Array, m: number, x0: number, y0: number, cell: number, columns: number, rows: number,
  out: Float32Array): number {
  const inv = 1 / cell;
  let inside = 0;
  for (let p = 0; p < m; p++) {
    const fx = (xy[2 * p] - x0) * inv, fy = (xy[2 * p + 1] - y0) * inv;
    const i = Math.floor(fx), j = Math.floor(fy);
    if (!(i >= 0 && j >= 0 && i < columns - 1 && j < rows - 1)) continue;   // also false for NaN
    const tx = fx - i, ty = fy - j;
    const k = j * columns + i;
    out[k] += (1 - tx) * (1 - ty);
    out[k + 1] += tx * (1 - ty);
    out[k + columns] += (1 - tx) * ty;
    out[k + columns + 1] += tx * ty;
    inside++;
  }
  return inside;
}

/** Normalized 1-D Gaussian weights for offsets -r..r (sigma in nodes); [1] when sigma is below half a node. */
export function gaussianWeights(sigma: number): Float32Array {
  if (!(sigma >= 0.5)) return Float32Array.of(1);
  const r = Math.ceil(3 * sigma);
  const w = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let k = -r; k <= r; k++) sum += w[k + r] = Math.exp((-k * k) / (2 * sigma * sigma));
  for (let k = 0; k < w.length; k++) w[k] /= sum;
  return w;
}

/** Separable Gaussian blur (rows, then columns); nodes beyond the grid count as zero. */
export function gaussianBlur(values: Float32Array, columns: number, rows: number, sigma: number): Float32Array {
  const w = gaussianWeights(sigma);
  if (w.length === 1) return values;
  const r = (w.length - 1) >> 1;
  const across = new Float32Array(values.length);
  for (let j = 0; j < rows; j++) {
    const row = j * columns;
    for (let i = 0; i < columns; i++) {
      const v = values[row + i];
      if (v === 0) continue;   // scatter each non-empty node: most of a layout's grid is empty
      const lo = Math.max(0, i - r), hi = Math.min(columns - 1, i + r);
      for (let t = lo; t <= hi; t++) across[row + t] += v * w[t - i + r];
    }
  }
  const out = new Float32Array(values.length);
  for (let j = 0; j < rows; j++) {
    const lo = Math.max(0, j - r), hi = Math.min(rows - 1, j + r);
    for (let t = lo; t <= hi; t++) {
      const weight = w[t - j + r], from = j * columns, to = t * columns;
      for (let i = 0; i < columns; i++) out[to + i] += across[from + i] * weight;
    }
  }
  return out;
}
