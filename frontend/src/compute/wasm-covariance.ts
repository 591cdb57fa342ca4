// WebAssembly SIMD kernel for the covariance's inner product tiles (see covariance.ts).
//
// The module is assembled here, at run time, from a few opcodes: no binary blob in the
// repository and no build step, and the page's CSP allows WebAssembly. It does exactly what
// the JS tile loop does (with its own tile shape), on f64x2 lanes (two rows per instruction) with Float64 products and
// sums, so results match the JS path to rounding. Where WebAssembly SIMD is missing,
// createWasmCovarianceKernel() returns null and the caller keeps the JS loop.

import { signedLeb, unsignedLeb } from './wasm-leb';

/**
 * Tile: 2 columns x 4 columns of dot products, 8 f64x2 accumulators + 2 x + 1 y registers.
 * Measured in V8 (CPU time, d = 756): 2x4 ~16 GFLOP/s, 2x2 ~14.5, 3x3 ~10.5 (spills).
 */
const TILE_ROWS = 2;
const TILE_COLUMNS = 4;
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
  const bytes = assembleModule();
  try {
    if (WebAssembly.validate(bytes)) compiled = new WebAssembly.Module(bytes);
  } catch {
    // stays null: the caller falls back to JS
  }
  return compiled;
}

// ---- assembler: only what this one function needs ----

const I32 = 0x7f, V128 = 0x7b;
const op = {
  end: 0x0b, loop: 0x03, brIf: 0x0d, voidType: 0x40,
  localGet: 0x20, localSet: 0x21, localTee: 0x22,
  i32Const: 0x41, i32Add: 0x6a, i32Mul: 0x6c, i32And: 0x71, i32Shl: 0x74, i32LtU: 0x49,
  f64Load: 0x2b, f64Store: 0x39, f64Add: 0xa0,
  simd: 0xfd,
};
const simd = { v128Load: 0x00, v128Const: 0x0c, f64x2ExtractLane: 0x21, f64x2Add: 0xf0, f64x2Mul: 0xf2 };

function vector(items: number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function name(text: string): number[] {
  const bytes = Array.from(new TextEncoder().encode(text));
  return [...unsignedLeb(bytes.length), ...bytes];
}

const get = (local: number) => [op.localGet, ...unsignedLeb(local)];
const set = (local: number) => [op.localSet, ...unsignedLeb(local)];
const i32 = (value: number) => [op.i32Const, ...signedLeb(value)];
const simdOp = (code: number) => [op.simd, ...unsignedLeb(code)];
/** memarg: alignment as log2, then offset 0 */
const v128LoadAt = (address: number[]) => [...address, ...simdOp(simd.v128Load), 4, 0];

/**
 * accumulate(block, columnBytes, rowBytes, padded, upper):
 *   for i in 0, 2, .. < padded: for j in (i rounded down to 4), +4, .. < padded:
 *     8 f64x2 sums over rows of columns i..i+1 times columns j..j+3, added into upper.
 * All three loops are do-while: the caller guarantees rows > 0 and padded >= 4.
 */
function assembleModule(): Uint8Array<ArrayBuffer> {
  // params
  const BLOCK = 0, COLUMN_BYTES = 1, ROW_BYTES = 2, PADDED = 3, UPPER = 4;
  // i32 locals
  const I = 5, J = 6, P = 7, A = 8, B = A + TILE_ROWS, ADDRESS = B + TILE_COLUMNS;
  // v128 locals
  const X = ADDRESS + 1, Y = X + TILE_ROWS, ACC = Y + 1;
  const acc = (ii: number, jj: number) => ACC + ii * TILE_COLUMNS + jj;

  const body: number[] = [];
  const emit = (...parts: number[][]) => parts.forEach((part) => body.push(...part));
  const columnBase = (target: number, index: number, count: number) => {
    // target = block + index * columnBytes; the next count - 1 follow by columnBytes
    emit(get(BLOCK), get(index), get(COLUMN_BYTES), [op.i32Mul, op.i32Add], set(target));
    for (let t = 1; t < count; t++) emit(get(target + t - 1), get(COLUMN_BYTES), [op.i32Add], set(target + t));
  };

  emit(i32(0), set(I));
  emit([op.loop, op.voidType]); // i loop
  columnBase(A, I, TILE_ROWS);
  emit(get(I), i32(-TILE_COLUMNS), [op.i32And], set(J)); // first column tile that reaches the diagonal
  emit([op.loop, op.voidType]); // j loop
  columnBase(B, J, TILE_COLUMNS);
  const zero = [...simdOp(simd.v128Const), ...new Array(16).fill(0)];
  for (let k = 0; k < TILE_ROWS * TILE_COLUMNS; k++) emit(zero, set(ACC + k));
  emit(i32(0), set(P));
  emit([op.loop, op.voidType]); // row loop, two rows per step
  for (let ii = 0; ii < TILE_ROWS; ii++) emit(v128LoadAt([...get(A + ii), ...get(P), op.i32Add]), set(X + ii));
  for (let jj = 0; jj < TILE_COLUMNS; jj++) {
    emit(v128LoadAt([...get(B + jj), ...get(P), op.i32Add]), set(Y));
    for (let ii = 0; ii < TILE_ROWS; ii++) {
      emit(get(acc(ii, jj)), get(X + ii), get(Y), simdOp(simd.f64x2Mul), simdOp(simd.f64x2Add), set(acc(ii, jj)));
    }
  }
  emit(get(P), i32(16), [op.i32Add, op.localTee, ...unsignedLeb(P)], get(ROW_BYTES), [op.i32LtU, op.brIf, 0]);
  emit([op.end]);
  // upper[(i+ii)*padded + j+jj] += lane0 + lane1
  for (let ii = 0; ii < TILE_ROWS; ii++) {
    for (let jj = 0; jj < TILE_COLUMNS; jj++) {
      emit(
        get(UPPER), get(I), i32(ii), [op.i32Add], get(PADDED), [op.i32Mul], get(J), i32(jj), [op.i32Add, op.i32Add],
        i32(3), [op.i32Shl, op.i32Add, op.localTee, ...unsignedLeb(ADDRESS)],
        get(ADDRESS), [op.f64Load, 3, 0],
        get(acc(ii, jj)), simdOp(simd.f64x2ExtractLane), [0],
        get(acc(ii, jj)), simdOp(simd.f64x2ExtractLane), [1],
        [op.f64Add, op.f64Add, op.f64Store, 3, 0],
      );
    }
  }
  emit(get(J), i32(TILE_COLUMNS), [op.i32Add, op.localTee, ...unsignedLeb(J)], get(PADDED), [op.i32LtU, op.brIf, 0]);
  emit([op.end]);
  emit(get(I), i32(TILE_ROWS), [op.i32Add, op.localTee, ...unsignedLeb(I)], get(PADDED), [op.i32LtU, op.brIf, 0]);
  emit([op.end]);
  emit([op.end]); // function

  const locals = vector([[...unsignedLeb(ADDRESS - I + 1), I32], [...unsignedLeb(ACC + TILE_ROWS * TILE_COLUMNS - X), V128]]);
  const code = [...locals, ...body];
  const functionType = [0x60, ...vector([[I32], [I32], [I32], [I32], [I32]]), ...vector([])];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([functionType])),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, ...unsignedLeb(1)]])),
    ...section(3, vector([[0]])),
    ...section(7, vector([[...name('accumulate'), 0x00, 0]])),
    ...section(10, vector([[...unsignedLeb(code.length), ...code]])),
  ]);
}

/** Exposed for tests: the module's bytes. */
export const wasmCovarianceModuleBytes = assembleModule;
