// WebAssembly SIMD kernel for the covariance's inner product tiles (see covariance.ts): the loop is
// wasm/covariance.wat, compiled at build time by compile-wat.mjs; its bytes are compiled into a module
// in the worker, which the page's CSP allows. It does exactly what the JS tile loop does (with its own
// tile shape, 2 x 4 columns), on f64x2 lanes with Float64 products and sums, so results match the JS
// path to rounding. Where WebAssembly SIMD is missing, createWasmCovarianceKernel() returns null and
// the caller keeps the JS loop.

import { covarianceWasm } from './wasm/covariance.wasm';

/** The block's column count (padded) must be a multiple of this. */
export const WASM_COLUMN_MULTIPLE = 4;

export interface CovarianceKernel {
  /** Column-major block: `stride` rows per column, `padded` columns (zero padding stays zero). */
  readonly block: Float64Array;
  /** padded x padded accumulator; tiles on or above the diagonal are updated. */
  readonly upper: Float64Array;
  /** upper[i][j] += dot(column i, column j) over the first `rows` rows of block. */
  accumulate(rows: number): void;
}

/** null when this engine lacks WebAssembly SIMD. `stride` must be even. */
export function createWasmCovarianceKernel(padded: number, stride: number): CovarianceKernel | null {
  if (padded % WASM_COLUMN_MULTIPLE !== 0 || stride % 2 !== 0) return null;
  const module = compiledModule();
  if (!module) return null;

  const blockBytes = padded * stride * 8;
  const upperBytes = padded * padded * 8;
  const pages = Math.ceil((blockBytes + upperBytes) / 65536) + 1;
  let memory: WebAssembly.Memory;
  let instance: WebAssembly.Instance;
  try {
    memory = new WebAssembly.Memory({ initial: pages });
    instance = new WebAssembly.Instance(module, { env: { memory } });
  } catch {
    return null; // e.g. out of memory: the JS loop needs less
  }
  const run = instance.exports.accumulate as (
    block: number, columnBytes: number, rowBytes: number, padded: number, upper: number,
  ) => void;
  const block = new Float64Array(memory.buffer, 0, padded * stride);
  const upper = new Float64Array(memory.buffer, blockBytes, padded * padded);
  return {
    block,
    upper,
    accumulate(rows: number): void {
      if (rows <= 0) return;
      // An odd row count reads one padding row, which the caller keeps zero.
      run(0, stride * 8, Math.ceil(rows / 2) * 16, padded, blockBytes);
    },
  };
}

/** The module, compiled once per worker; null without WebAssembly SIMD. */
let compiled: WebAssembly.Module | null | undefined;
function compiledModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  if (typeof WebAssembly === 'undefined') return compiled;
  try {
    if (WebAssembly.validate(covarianceWasm)) compiled = new WebAssembly.Module(covarianceWasm);
  } catch {
    // stays null: the caller falls back to JS
  }
  return compiled;
}
