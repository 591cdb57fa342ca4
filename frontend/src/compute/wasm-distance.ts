// The WebAssembly SIMD loops behind every distance here (wasm/distance.wat, compiled at build time by
// compile-wat.mjs; the bytes are compiled into a module in each worker, which the page's CSP allows):
// from one row to a list of rows, squared euclidean distances (the neighbour searches) or dot products
// (the neighbour panel's cosine queries). Rows are `dimBytes` long at any 4-byte offset, so a dense
// n x d array needs no padding.
//
//   distances(rowA, list, count, out, dimBytes)   out[c] = |row at rowA - row at list[c]|^2
//   dots(rowA, list, count, out, dimBytes)        out[c] = (row at rowA) . (row at list[c])
//   pairsBelow(list, count, firstCount, out, dimBytes)  NN-descent's local join in one call: of the pairs
//                                                 (a < firstCount, a < b) of the listed rows, those
//                                                 nearer than either row's threshold (f32s after the list)
// Addresses and list entries are byte offsets into the memory; out holds count f32.
// Both are exactly symmetric (the same bits for a, b as for b, a): NN-descent relies on it.

import { distanceWasm } from './wasm/distance.wasm';

export type BatchFunction = (rowA: number, list: number, count: number, out: number, dimBytes: number) => void;

export interface DistanceFunctions {
  distances: BatchFunction;
  dots: BatchFunction;
  pairsBelow: PairsBelowFunction;
}

/** pairsBelow: the pairs nearer than either row's threshold, as (a | b << 16, squared distance) entries of 8 bytes at out; answers how many. */
export type PairsBelowFunction = (list: number, count: number, firstCount: number, out: number, dimBytes: number) => number;

/** pairsBelow() reads the list entries' thresholds (f32) this many bytes after the list (offset=16384 in distance.wat). */
export const THRESHOLDS_AFTER_LIST = 4096 * 4;

let cachedModule: WebAssembly.Module | null | undefined;

/** Compiled once per worker; null without WebAssembly SIMD. */
export function distanceModule(): WebAssembly.Module | null {
  if (cachedModule !== undefined) return cachedModule;
  try {
    cachedModule = typeof WebAssembly === 'object' ? new WebAssembly.Module(distanceWasm) : null;
  } catch {
    cachedModule = null;
  }
  return cachedModule;
}

/** The three functions over `memory`, or null without WebAssembly SIMD. */
export function instantiateDistances(memory: WebAssembly.Memory): DistanceFunctions | null {
  const module = distanceModule();
  if (!module) return null;
  const { exports } = new WebAssembly.Instance(module, { env: { memory } });
  return {
    distances: exports.distances as BatchFunction, dots: exports.dots as BatchFunction,
    pairsBelow: exports.pairsBelow as PairsBelowFunction,
  };
}

/** A memory of at least `bytes` (whole 64 KiB pages), or null when it cannot be had. */
export function allocateMemory(bytes: number): WebAssembly.Memory | null {
  try {
    return new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) + 1 });
  } catch {
    return null; // e.g. out of memory: the callers' JS loops need no copy
  }
}
