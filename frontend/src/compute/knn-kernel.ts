// Batched squared euclidean distances from one row to a list of rows: the inner loop of every
// neighbour search here. The WebAssembly SIMD loop of wasm-distance.ts (wasm/distance.wat) when the
// engine has it, else plain JS. Batching keeps the JS <-> WebAssembly call overhead small against the
// d-long loops.

import { squaredDistance } from './knn-distance';
import { allocateMemory, instantiateDistances, THRESHOLDS_AFTER_LIST } from './wasm-distance';

/** Most candidates per call; callers chunk longer lists. */
export const MAX_BATCH = 4096;
/** Most pairs per pairsBelow() call (a join of 64 new and 64 old candidates is 6,112). */
export const MAX_PAIRS = 16384;

export interface DistanceKernel {
  /** out[c] = |row i - row list[from + c]|^2 for c < count (count <= MAX_BATCH). */
  fromRow(i: number, list: Int32Array, count: number, out: Float32Array, from?: number): void;
  /** Renumbers the rows: row p becomes the current row order[p]. */
  renumber(order: Int32Array): void;
  /** Sets rows start .. start + count - 1 (count x d values of `rows`), e.g. as blocks of them arrive. */
  writeRows(start: number, rows: Float32Array, count: number): void;
  /**
   * NN-descent's local join in one call: of the pairs of rows list[a], list[b] (a < firstCount,
   * a < b < count, in that order), those nearer than either row's threshold (thresholds[c] for
   * list[c]). Entry e: belowCodes[2e] = a | b << 16 (positions in the list), belowKeys[2e + 1] = the
   * squared distance (views valid until the next call). Answers how many. At most MAX_PAIRS pairs.
   */
  pairsBelow(list: Int32Array, count: number, firstCount: number, thresholds: Float32Array): number;
  /** Views on pairsBelow()'s entries. */
  readonly belowCodes: Int32Array;
  readonly belowKeys: Float32Array;
}

/**
 * `order`, if given, renumbers the rows: kernel row i is rows' row order[i]. The WebAssembly
 * kernel stores its copy in that order, so a numbering that puts neighbours next to each other
 * (NN-descent's tree-leaf order) keeps the rows a join reads close together in memory.
 */
export function createDistanceKernel(
  rows: Float32Array,
  n: number,
  d: number,
  useWasm = true,
  order?: Int32Array,
): DistanceKernel {
  if (order) {
    const kernel = createEmptyDistanceKernel(n, d, useWasm);
    for (let r = 0; r < n; r++) kernel.writeRows(r, rows.subarray(order[r] * d, order[r] * d + d), 1);
    return kernel;
  }
  return (useWasm && createWasmKernel(n, d, rows)) || createJsKernel(rows, n, d);
}

/** A kernel for n rows of d values that writeRows() fills (rows not yet written are zero). */
export function createEmptyDistanceKernel(n: number, d: number, useWasm = true): DistanceKernel {
  return (useWasm && createWasmKernel(n, d, null)) || createJsKernel(new Float32Array(n * d), n, d);
}

function createJsKernel(rows: Float32Array, n: number, d: number): DistanceKernel {
  // Row offsets, so renumbering costs n ints and no copy of the rows.
  const offset = new Int32Array(n);
  for (let r = 0; r < n; r++) offset[r] = r * d;
  const below = new ArrayBuffer(MAX_PAIRS * 8);
  const belowCodes = new Int32Array(below);
  const belowKeys = new Float32Array(below);
  return {
    belowCodes,
    belowKeys,
    pairsBelow(list, count, firstCount, thresholds) {
      let kept = 0;
      for (let a = 0; a < firstCount; a++) {
        for (let b = a + 1; b < count; b++) {
          const key = Math.fround(squaredDistance(rows, offset[list[a]], offset[list[b]], d)); // keys are float32 everywhere
          if (key < thresholds[a] || key < thresholds[b]) {
            belowCodes[2 * kept] = a | (b << 16);
            belowKeys[2 * kept + 1] = key;
            kept++;
          }
        }
      }
      return kept;
    },
    fromRow(i, list, count, out, from = 0) {
      const a = offset[i];
      for (let c = 0; c < count; c++) out[c] = squaredDistance(rows, a, offset[list[from + c]], d);
    },
    renumber(newOrder) {
      const previous = offset.slice();
      for (let p = 0; p < n; p++) offset[p] = previous[newOrder[p]];
    },
    writeRows(start, block, count) {
      for (let r = 0; r < count; r++) rows.set(block.subarray(r * d, r * d + d), offset[start + r]);
    },
  };
}

function createWasmKernel(n: number, d: number, rows: Float32Array | null): DistanceKernel | null {
  const stride = Math.ceil(d / 4) * 4; // rows padded with zeros to whole f32x4 steps
  const rowBytes = stride * 4;
  // After the rows: the list of row offsets, its thresholds (THRESHOLDS_AFTER_LIST after it), the output.
  const listOffset = n * rowBytes;
  const thresholdOffset = listOffset + THRESHOLDS_AFTER_LIST;
  const outOffset = thresholdOffset + MAX_BATCH * 4;
  const memory = allocateMemory(outOffset + MAX_PAIRS * 8);
  const functions = memory && instantiateDistances(memory);
  if (!memory || !functions) return null;
  const run = functions.distances;
  const runPairsBelow = functions.pairsBelow;
  const padded = new Float32Array(memory.buffer, 0, n * stride);
  const writeRows = (start: number, block: Float32Array, count: number) => {
    if (stride === d) padded.set(block.subarray(0, count * d), start * stride);
    else for (let r = 0; r < count; r++) padded.set(block.subarray(r * d, r * d + d), (start + r) * stride);
  };
  if (rows) writeRows(0, rows, n);
  const list32 = new Int32Array(memory.buffer, listOffset, MAX_BATCH);
  const out32 = new Float32Array(memory.buffer, outOffset, MAX_BATCH);
  const thresholds32 = new Float32Array(memory.buffer, thresholdOffset, MAX_BATCH);
  const belowCodes = new Int32Array(memory.buffer, outOffset, 2 * MAX_PAIRS);
  const belowKeys = new Float32Array(memory.buffer, outOffset, 2 * MAX_PAIRS);
  return {
    fromRow(i, list, count, out, from = 0) {
      for (let c = 0; c < count; c++) list32[c] = list[from + c] * rowBytes;
      run(i * rowBytes, listOffset, count, outOffset, rowBytes);
      for (let c = 0; c < count; c++) out[c] = out32[c];
    },
    belowCodes,
    belowKeys,
    pairsBelow(list, count, firstCount, thresholds) {
      for (let c = 0; c < count; c++) list32[c] = list[c] * rowBytes;
      thresholds32.set(thresholds.subarray(0, count));
      return runPairsBelow(listOffset, count, firstCount, outOffset, rowBytes);
    },
    writeRows,
    renumber(order) {
      // In place, cycle by cycle, through one spare row.
      const spare = new Float32Array(stride);
      const done = new Uint8Array(n);
      for (let start = 0; start < n; start++) {
        if (done[start]) continue;
        spare.set(padded.subarray(start * stride, start * stride + stride));
        let p = start;
        for (;;) {
          done[p] = 1;
          const source = order[p];
          if (source === start) {
            padded.set(spare, p * stride);
            break;
          }
          padded.copyWithin(p * stride, source * stride, source * stride + stride);
          p = source;
        }
      }
    },
  };
}
