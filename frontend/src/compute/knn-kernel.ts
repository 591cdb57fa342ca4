// Batched squared euclidean distances from one row to a list of rows: the inner loop of every
// neighbour search here. A WebAssembly SIMD kernel (f32x4, assembled at run time from a few
// opcodes; the page's CSP allows WebAssembly) when the engine has it, else plain JS.
// Batching keeps the JS <-> WebAssembly call overhead small against the d-long loops.

import { squaredDistance } from './knn-distance';
import { signedLeb, unsignedLeb } from './wasm-leb';

/** Most candidates per call; callers chunk longer lists. */
export const MAX_BATCH = 4096;

export interface DistanceKernel {
  /** out[c] = |row i - row list[from + c]|^2 for c < count (count <= MAX_BATCH). */
  fromRow(i: number, list: Int32Array, count: number, out: Float32Array, from?: number): void;
  /** Renumbers the rows: row p becomes the current row order[p]. */
  renumber(order: Int32Array): void;
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
  return (useWasm && createWasmKernel(rows, n, d, order)) || createJsKernel(rows, n, d, order);
}

function createJsKernel(rows: Float32Array, n: number, d: number, order?: Int32Array): DistanceKernel {
  // Row offsets, so renumbering costs n ints and no copy of the rows.
  const offset = new Int32Array(n);
  for (let r = 0; r < n; r++) offset[r] = (order ? order[r] : r) * d;
  return {
    fromRow(i, list, count, out, from = 0) {
      const a = offset[i];
      for (let c = 0; c < count; c++) out[c] = squaredDistance(rows, a, offset[list[from + c]], d);
    },
    renumber(newOrder) {
      const previous = offset.slice();
      for (let p = 0; p < n; p++) offset[p] = previous[newOrder[p]];
    },
  };
}

function createWasmKernel(rows: Float32Array, n: number, d: number, order?: Int32Array): DistanceKernel | null {
  const module = compiledModule();
  if (!module) return null;
  const stride = Math.ceil(d / 16) * 16; // rows padded with zeros to whole steps of 4 x f32x4
  const rowBytes = stride * 4;
  const listOffset = n * rowBytes;
  const outOffset = listOffset + MAX_BATCH * 4;
  const bytes = outOffset + MAX_BATCH * 4;
  let memory: WebAssembly.Memory;
  let run: (rowA: number, list: number, count: number, out: number, rowBytes: number) => void;
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) + 1 });
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    run = instance.exports.batch as typeof run;
  } catch {
    return null; // e.g. out of memory: the JS loop needs no copy
  }
  const padded = new Float32Array(memory.buffer, 0, n * stride);
  for (let r = 0; r < n; r++) {
    const source = order ? order[r] : r;
    padded.set(rows.subarray(source * d, source * d + d), r * stride);
  }
  const list32 = new Int32Array(memory.buffer, listOffset, MAX_BATCH);
  const out32 = new Float32Array(memory.buffer, outOffset, MAX_BATCH);
  return {
    fromRow(i, list, count, out, from = 0) {
      for (let c = 0; c < count; c++) list32[c] = list[from + c] * rowBytes;
      run(i * rowBytes, listOffset, count, outOffset, rowBytes);
      for (let c = 0; c < count; c++) out[c] = out32[c];
    },
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

let cachedModule: WebAssembly.Module | null | undefined;

/** Compiled once per worker; null without WebAssembly SIMD. */
function compiledModule(): WebAssembly.Module | null {
  if (cachedModule !== undefined) return cachedModule;
  try {
    cachedModule = typeof WebAssembly === 'object' ? new WebAssembly.Module(assembleModule()) : null;
  } catch {
    cachedModule = null;
  }
  return cachedModule;
}

// --- A tiny assembler for one function: batch(rowA, list, count, out, rowBytes) ------------

const I32 = 0x7f, V128 = 0x7b;
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22, I32_CONST = 0x41;
const I32_LOAD = 0x28, F32_STORE = 0x38, I32_GE_U = 0x4f, I32_ADD = 0x6a, I32_SHL = 0x74, F32_ADD = 0x92;
const SIMD = 0xfd, V128_LOAD = 0x00, V128_CONST = 0x0c, F32X4_EXTRACT_LANE = 0x1f;
const F32X4_ADD = 0xe4, F32X4_SUB = 0xe5, F32X4_MUL = 0xe6;

const get = (local: number) => [LOCAL_GET, local];
const set = (local: number) => [LOCAL_SET, local];
// i32.const takes a signed LEB128: below 64 one byte, up to 8191 two (bit 6 of the last byte is the sign).
const i32 = (value: number) => [I32_CONST, ...signedLeb(value)];
const simd = (code: number) => [SIMD, ...unsignedLeb(code)];

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function text(value: string): number[] {
  return [value.length, ...Array.from(value, (c) => c.charCodeAt(0))];
}

function assembleModule(): Uint8Array<ArrayBuffer> {
  // Params 0..4: rowA, list, count, out, rowBytes. Locals: 5 c, 6 b, 7 offset (i32);
  // 8..11 four accumulators, 12 diff (v128). Four independent accumulators over 16 floats per
  // step: one accumulator made each step wait for the previous add's latency.
  const [rowA, list, count, out, rowBytes, c, b, offset, diff] = [0, 1, 2, 3, 4, 5, 6, 7, 12];
  const accumulators = [8, 9, 10, 11];
  const zero = [...simd(V128_CONST), ...new Array(16).fill(0)];
  const step = (lane: number, acc: number) => [
    ...get(rowA), ...get(offset), I32_ADD, ...simd(V128_LOAD), 4, ...unsignedLeb(16 * lane),
    ...get(b), ...get(offset), I32_ADD, ...simd(V128_LOAD), 4, ...unsignedLeb(16 * lane),
    ...simd(F32X4_SUB), LOCAL_TEE, diff, ...get(diff), ...simd(F32X4_MUL),
    ...get(acc), ...simd(F32X4_ADD), ...set(acc),
  ];
  const body = [
    ...i32(0), ...set(c),
    BLOCK, VOID, LOOP, VOID,
    ...get(c), ...get(count), I32_GE_U, BR_IF, 1,
    ...get(list), ...get(c), ...i32(2), I32_SHL, I32_ADD, I32_LOAD, 2, 0, ...set(b),
    ...accumulators.flatMap((acc) => [...zero, ...set(acc)]),
    ...i32(0), ...set(offset),
    BLOCK, VOID, LOOP, VOID,
    ...get(offset), ...get(rowBytes), I32_GE_U, BR_IF, 1,
    ...accumulators.flatMap((acc, lane) => step(lane, acc)),
    ...get(offset), ...i32(64), I32_ADD, ...set(offset),
    BR, 0, END, END,
    ...get(accumulators[0]), ...get(accumulators[1]), ...simd(F32X4_ADD),
    ...get(accumulators[2]), ...get(accumulators[3]), ...simd(F32X4_ADD),
    ...simd(F32X4_ADD), ...set(accumulators[0]),
    ...get(out), ...get(c), ...i32(2), I32_SHL, I32_ADD,
    ...get(accumulators[0]), ...simd(F32X4_EXTRACT_LANE), 0,
    ...get(accumulators[0]), ...simd(F32X4_EXTRACT_LANE), 1, F32_ADD,
    ...get(accumulators[0]), ...simd(F32X4_EXTRACT_LANE), 2, F32_ADD,
    ...get(accumulators[0]), ...simd(F32X4_EXTRACT_LANE), 3, F32_ADD,
    F32_STORE, 2, 0,
    ...get(c), ...i32(1), I32_ADD, ...set(c),
    BR, 0, END, END,
    END,
  ];
  const locals = [2, 3, I32, 5, V128];
  const code = [...unsignedLeb(locals.length + body.length), ...locals, ...body];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]),
    ...section(2, [1, ...text('env'), ...text('memory'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...text('batch'), 0x00, 0]),
    ...section(10, [1, ...code]),
  ]);
}
