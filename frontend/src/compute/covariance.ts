import type { RowScaling } from './row-scaling';
import { createWasmCovarianceKernel, WASM_COLUMN_MULTIPLE } from './wasm-covariance';

// Mean and covariance of the rows of a row-major n x d Float32Array, on ALL rows.
//
// The covariance is the O(n d^2) step of PCA, so it is written for speed in plain JS:
// rows are centred and transposed a block at a time into a Float64 scratch buffer
// (column-major, so every dot product reads two contiguous runs), and a 3x3 register
// tile computes nine dot products per pass over the block (about 3-5 GFLOP/s in V8,
// versus ~0.5 for the naive triple loop). Accumulation is Float64 throughout.
// Where WebAssembly SIMD is available the same tiles run in wasm-covariance.ts instead.

/** Column sums in Float64 (shards of a data set add theirs up to the whole). */
export function columnSums(data: Float32Array, n: number, d: number): Float64Array {
  const sums = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    const offset = r * d;
    for (let j = 0; j < d; j++) sums[j] += data[offset + j];
  }
  return sums;
}

/** Column sums in Float64 of rows `rows` only. */
export function columnSumsOf(data: Float32Array, d: number, rows: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(d);
  for (let r = 0; r < rows.length; r++) {
    const offset = rows[r] * d;
    for (let j = 0; j < d; j++) sums[j] += data[offset + j];
  }
  return sums;
}

/** Column means in Float64. */
export function columnMeans(data: Float32Array, n: number, d: number): Float64Array {
  const sums = columnSums(data, n, d);
  if (n > 0) for (let j = 0; j < d; j++) sums[j] /= n;
  return sums;
}

/** Tile edge of the JS register-blocked kernel; its block is padded to a multiple of it. */
const TILE = 3;

/** Rows per block: keeps the block (d x rows Float64) within ~0.5 MiB so it stays in L2; even for SIMD pairs. */
function rowsPerBlock(d: number): number {
  const rows = Math.floor((1 << 19) / (8 * Math.max(d, 1)));
  return Math.max(32, Math.min(256, rows)) & ~7;
}

export interface CovarianceOptions {
  /** Use the WebAssembly SIMD kernel when the engine has it (default true); false forces plain JS. */
  wasm?: boolean;
  /** Read row r as (x_r - centre) * scale[r] (spherized rows without a copy). */
  scaling?: RowScaling;
}

/**
 * Scatter matrix: the sum over rows of (row - mean)(row - mean)^T, as a symmetric d x d
 * Float64Array. `mean` may come from more rows than these (a shard of the data set), so sums
 * from several shards add up to the whole. It is a generator so a worker can report progress
 * and notice cancellation between blocks: it yields the fraction of rows done.
 */
export function* scatterMatrixSteps(
  data: Float32Array,
  n: number,
  d: number,
  mean: Float64Array,
  options: CovarianceOptions = {},
): Generator<number, Float64Array, void> {
  const useWasm = options.wasm !== false && n > 0;
  const multiple = useWasm ? WASM_COLUMN_MULTIPLE : TILE;
  let padded = Math.ceil(d / multiple) * multiple;
  const blockRows = rowsPerBlock(padded);
  const kernel = useWasm ? createWasmCovarianceKernel(padded, blockRows) : null;
  if (!kernel) padded = Math.ceil(d / TILE) * TILE;
  // zero padding columns stay zero
  const block = kernel ? kernel.block : new Float64Array(padded * blockRows);
  const upper = kernel ? kernel.upper : new Float64Array(padded * padded);

  for (let start = 0; start < n; start += blockRows) {
    const rows = Math.min(blockRows, n - start);
    if (rows < blockRows) block.fill(0); // the tail block must not keep stale rows
    const scaling = options.scaling;
    for (let r = 0; r < rows; r++) {
      const offset = (start + r) * d;
      if (scaling) {
        const { centre } = scaling, s = scaling.scale[start + r];
        for (let j = 0; j < d; j++) block[j * blockRows + r] = (data[offset + j] - centre[j]) * s - mean[j];
      } else {
        for (let j = 0; j < d; j++) block[j * blockRows + r] = data[offset + j] - mean[j];
      }
    }
    if (kernel) kernel.accumulate(rows);
    else accumulateUpperTiles(block, blockRows, rows, padded, upper);
    yield Math.min(1, (start + rows) / n);
  }

  const scatter = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const value = upper[i * padded + j];
      scatter[i * d + j] = value;
      scatter[j * d + i] = value;
    }
  }
  return scatter;
}

/** Sample covariance: the scatter matrix divided by n - 1 (by 1 when n <= 1), in place. */
export function scatterToCovariance(scatter: Float64Array, n: number): Float64Array {
  const scale = n > 1 ? 1 / (n - 1) : 1;
  for (let i = 0; i < scatter.length; i++) scatter[i] *= scale;
  return scatter;
}

/** Sample covariance of the rows around `mean`, with progress like scatterMatrixSteps. */
export function* covarianceSteps(
  data: Float32Array,
  n: number,
  d: number,
  mean: Float64Array,
  options: CovarianceOptions = {},
): Generator<number, Float64Array, void> {
  return scatterToCovariance(yield* scatterMatrixSteps(data, n, d, mean, options), n);
}

/** Runs covarianceSteps to the end. */
export function covariance(
  data: Float32Array,
  n: number,
  d: number,
  mean: Float64Array,
  options: CovarianceOptions = {},
): Float64Array {
  const steps = covarianceSteps(data, n, d, mean, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * upper[i][j] += dot(column i, column j) over `rows` rows of the column-major block, for the
 * tiles on or above the diagonal (entries below the diagonal inside diagonal tiles are
 * computed too and ignored).
 */
function accumulateUpperTiles(
  block: Float64Array,
  stride: number,
  rows: number,
  padded: number,
  upper: Float64Array,
): void {
  for (let i = 0; i < padded; i += TILE) {
    const a0 = i * stride, a1 = a0 + stride, a2 = a1 + stride;
    for (let j = i; j < padded; j += TILE) {
      const b0 = j * stride, b1 = b0 + stride, b2 = b1 + stride;
      let s00 = 0, s01 = 0, s02 = 0, s10 = 0, s11 = 0, s12 = 0, s20 = 0, s21 = 0, s22 = 0;
      for (let r = 0; r < rows; r++) {
        const x0 = block[a0 + r], x1 = block[a1 + r], x2 = block[a2 + r];
        const y0 = block[b0 + r], y1 = block[b1 + r], y2 = block[b2 + r];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2;
      }
      const c0 = i * padded + j, c1 = c0 + padded, c2 = c1 + padded;
      upper[c0] += s00; upper[c0 + 1] += s01; upper[c0 + 2] += s02;
      upper[c1] += s10; upper[c1 + 1] += s11; upper[c1 + 2] += s12;
      upper[c2] += s20; upper[c2 + 1] += s21; upper[c2 + 2] += s22;
    }
  }
}

/** Element-wise sum of equally long arrays (the shards' sums or scatter matrices). */
export function addUp(arrays: Float64Array[]): Float64Array {
  const total = new Float64Array(arrays[0].length);
  for (const array of arrays) for (let i = 0; i < total.length; i++) total[i] += array[i];
  return total;
}
