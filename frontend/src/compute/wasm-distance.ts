// The WebAssembly SIMD loops behind every distance here: from one row to a list of rows, squared
// euclidean distances (the neighbour searches) or dot products (the neighbour panel's cosine
// queries). Assembled at run time from a few opcodes (the page's CSP allows WebAssembly; no binary
// in the repository). Rows are `dimBytes` long at any 4-byte offset: 16 floats per step in four
// independent f32x4 accumulators (one accumulator made each step wait for the previous add), then
// 4 floats per step, then single floats, so a dense n x d array needs no padding.
//
//   distances(rowA, list, count, out, dimBytes)   out[c] = |row at rowA - row at list[c]|^2
//   dots(rowA, list, count, out, dimBytes)        out[c] = (row at rowA) . (row at list[c])
//   pairsBelow(list, count, firstCount, out, dimBytes)  NN-descent's local join in one call: of the pairs
//                                                 (a < firstCount, a < b) of the listed rows, those
//                                                 nearer than either row's threshold (f32s after the list)
// Addresses and list entries are byte offsets into the memory; out holds count f32.
// Both are exactly symmetric (the same bits for a, b as for b, a): NN-descent relies on it.

import { signedLeb, unsignedLeb } from './wasm-leb';

export type BatchFunction = (rowA: number, list: number, count: number, out: number, dimBytes: number) => void;

export interface DistanceFunctions {
  distances: BatchFunction;
  dots: BatchFunction;
  pairsBelow: PairsBelowFunction;
}

/** pairs() keeping only the pairs nearer than either row's threshold; answers how many (see pairsBelowBody). */
export type PairsBelowFunction = (list: number, count: number, firstCount: number, out: number, dimBytes: number) => number;


let cachedModule: WebAssembly.Module | null | undefined;

/** Compiled once per worker; null without WebAssembly SIMD. */
export function distanceModule(): WebAssembly.Module | null {
  if (cachedModule !== undefined) return cachedModule;
  try {
    cachedModule = typeof WebAssembly === 'object' ? new WebAssembly.Module(assembleModule()) : null;
  } catch {
    cachedModule = null;
  }
  return cachedModule;
}

/** The two functions over `memory`, or null without WebAssembly SIMD. */
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

// --- A tiny assembler ------------------------------------------------------------------------

const I32 = 0x7f, F32 = 0x7d, V128 = 0x7b;
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22, I32_CONST = 0x41;
const I32_LOAD = 0x28, F32_LOAD = 0x2a, I32_STORE = 0x36, F32_STORE = 0x38, I32_GE_U = 0x4f, I32_ADD = 0x6a, I32_SUB = 0x6b;
const I32_AND = 0x71, I32_OR = 0x72, I32_SHL = 0x74, I32_SHR_U = 0x76, F32_LT = 0x5d, IF = 0x04;
const F32_ADD = 0x92, F32_SUB = 0x93, F32_MUL = 0x94;
const SIMD = 0xfd, V128_LOAD = 0x00, V128_CONST = 0x0c, F32X4_EXTRACT_LANE = 0x1f;
const F32X4_ADD = 0xe4, F32X4_SUB = 0xe5, F32X4_MUL = 0xe6;

const get = (local: number) => [LOCAL_GET, local];
const set = (local: number) => [LOCAL_SET, local];
const i32 = (value: number) => [I32_CONST, ...signedLeb(value)];
const simd = (code: number) => [SIMD, ...unsignedLeb(code)];

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function text(value: string): number[] {
  return [value.length, ...Array.from(value, (c) => c.charCodeAt(0))];
}

// Locals (every function): params 0..4; 5 c / a, 6 b, 7 offset, 8 end64, 9 end16 (i32); 10 sum,
// 11 scalar difference (f32); 12..15 accumulators, 16 vector difference (v128); 17 row a, 18 index
// b, 19 output address (i32); 20 row a's threshold (f32).
//   distances / dots: (rowA, list, count, out, dimBytes)
//   pairsBelow:       (list, count, firstCount, out, dimBytes) -> survivors
const [C, B, OFFSET, END64, END16, SUM, SCALAR, DIFF, ROW, INDEX_B, OUT_AT, THRESHOLD_A] = [5, 6, 7, 8, 9, 10, 11, 16, 17, 18, 19, 20];
/** pairsBelow() reads the list entries' thresholds (f32) this many bytes after the list. */
export const THRESHOLDS_AFTER_LIST = 4096 * 4;
const ACCUMULATORS = [12, 13, 14, 15];
const [P0, P1, P2, P3, DIM_BYTES] = [0, 1, 2, 3, 4];

/** Loops while offset < limit, running `step` then advancing offset by `advance` bytes. */
function stepLoop(limit: number[], step: number[], advance: number): number[] {
  return [
    BLOCK, VOID, LOOP, VOID,
    ...get(OFFSET), ...limit, I32_GE_U, BR_IF, 1,
    ...step,
    ...get(OFFSET), ...i32(advance), I32_ADD, ...set(OFFSET),
    BR, 0, END, END,
  ];
}

/** Loops `counter` from its current value while below `limit`, running `body`, then counter++. */
function countLoop(counter: number, limit: number[], body: number[]): number[] {
  return [
    BLOCK, VOID, LOOP, VOID,
    ...get(counter), ...limit, I32_GE_U, BR_IF, 1,
    ...body,
    ...get(counter), ...i32(1), I32_ADD, ...set(counter),
    BR, 0, END, END,
  ];
}

/** SUM = distance (or dot product) of the rows at addresses in locals `rowA` and B. */
function rowTerm(rowA: number, squaredDifference: boolean): number[] {
  const load = (row: number, lane: number) => [...get(row), ...get(OFFSET), I32_ADD, ...simd(V128_LOAD), 4, ...unsignedLeb(16 * lane)];
  const vectorTerm = (lane: number) => squaredDifference
    ? [...load(rowA, lane), ...load(B, lane), ...simd(F32X4_SUB), LOCAL_TEE, DIFF, ...get(DIFF), ...simd(F32X4_MUL)]
    : [...load(rowA, lane), ...load(B, lane), ...simd(F32X4_MUL)];
  const accumulate = (lane: number, acc: number) => [...vectorTerm(lane), ...get(acc), ...simd(F32X4_ADD), ...set(acc)];
  const scalarLoad = (row: number) => [...get(row), ...get(OFFSET), I32_ADD, F32_LOAD, 2, 0];
  const scalarTerm = squaredDifference
    ? [...scalarLoad(rowA), ...scalarLoad(B), F32_SUB, LOCAL_TEE, SCALAR, ...get(SCALAR), F32_MUL]
    : [...scalarLoad(rowA), ...scalarLoad(B), F32_MUL];
  const zero = [...simd(V128_CONST), ...new Array(16).fill(0)];
  const lane = (index: number) => [...get(ACCUMULATORS[0]), ...simd(F32X4_EXTRACT_LANE), index];
  return [
    ...ACCUMULATORS.flatMap((acc) => [...zero, ...set(acc)]),
    ...i32(0), ...set(OFFSET),
    ...stepLoop(get(END64), ACCUMULATORS.flatMap((acc, index) => accumulate(index, acc)), 64),
    ...stepLoop(get(END16), accumulate(0, ACCUMULATORS[0]), 16),
    ...get(ACCUMULATORS[0]), ...get(ACCUMULATORS[1]), ...simd(F32X4_ADD),
    ...get(ACCUMULATORS[2]), ...get(ACCUMULATORS[3]), ...simd(F32X4_ADD),
    ...simd(F32X4_ADD), ...set(ACCUMULATORS[0]),
    ...lane(0), ...lane(1), F32_ADD, ...lane(2), F32_ADD, ...lane(3), F32_ADD, ...set(SUM),
    ...stepLoop(get(DIM_BYTES), [...get(SUM), ...scalarTerm, F32_ADD, ...set(SUM)], 4),
  ];
}

const ends = [
  ...get(DIM_BYTES), ...i32(-64), I32_AND, ...set(END64),
  ...get(DIM_BYTES), ...i32(-16), I32_AND, ...set(END16),
];
const listEntry = (list: number, index: number) => [...get(list), ...get(index), ...i32(2), I32_SHL, I32_ADD, I32_LOAD, 2, 0];

/** distances / dots: out[c] = term(rowA, list[c]). */
function batchBody(squaredDifference: boolean): number[] {
  const [rowA, list, count, out] = [P0, P1, P2, P3];
  return [
    ...ends,
    ...i32(0), ...set(C),
    ...countLoop(C, get(count), [
      ...listEntry(list, C), ...set(B),
      ...rowTerm(rowA, squaredDifference),
      ...get(out), ...get(C), ...i32(2), I32_SHL, I32_ADD, ...get(SUM), F32_STORE, 2, 0,
    ]),
    END,
  ];
}

/**
 * pairsBelow: of the pairs (a, b) of listed rows, a < firstCount, a < b < count, in that order, those
 * nearer than either row's threshold (most are not, once NN-descent is under way), as
 * (a | b << 16, squared distance) entries of 8 bytes at out; answers how many.
 */
function pairsBelowBody(): number[] {
  const [list, count, firstCount, out] = [P0, P1, P2, P3];
  const threshold = (index: number) => [...get(list), ...get(index), ...i32(2), I32_SHL, I32_ADD, F32_LOAD, 2, ...unsignedLeb(THRESHOLDS_AFTER_LIST)];
  return [
    ...ends,
    ...get(out), ...set(OUT_AT),
    ...i32(0), ...set(C),
    ...countLoop(C, get(firstCount), [
      ...listEntry(list, C), ...set(ROW),
      ...threshold(C), ...set(THRESHOLD_A),
      ...get(C), ...i32(1), I32_ADD, ...set(INDEX_B),
      ...countLoop(INDEX_B, get(count), [
        ...listEntry(list, INDEX_B), ...set(B),
        ...rowTerm(ROW, true),
        ...get(SUM), ...get(THRESHOLD_A), F32_LT,
        ...get(SUM), ...threshold(INDEX_B), F32_LT,
        I32_OR,
        IF, VOID,
        ...get(OUT_AT), ...get(C), ...get(INDEX_B), ...i32(16), I32_SHL, I32_OR, I32_STORE, 2, 0,
        ...get(OUT_AT), ...get(SUM), F32_STORE, 2, 4,
        ...get(OUT_AT), ...i32(8), I32_ADD, ...set(OUT_AT),
        END,
      ]),
    ]),
    ...get(OUT_AT), ...get(out), I32_SUB, ...i32(3), I32_SHR_U,
    END,
  ];
}

function functionCode(body: number[]): number[] {
  const locals = [5, 5, I32, 2, F32, 5, V128, 3, I32, 1, F32];
  return [...unsignedLeb(locals.length + body.length), ...locals, ...body];
}

function assembleModule(): Uint8Array<ArrayBuffer> {
  const codes = [functionCode(batchBody(true)), functionCode(batchBody(false)), functionCode(pairsBelowBody())];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [2, 0x60, 5, I32, I32, I32, I32, I32, 0, 0x60, 5, I32, I32, I32, I32, I32, 1, I32]),
    ...section(2, [1, ...text('env'), ...text('memory'), 0x02, 0x00, 1]),
    ...section(3, [3, 0, 0, 1]),
    ...section(7, [3, ...text('distances'), 0x00, 0, ...text('dots'), 0x00, 1, ...text('pairsBelow'), 0x00, 2]),
    ...section(10, [3, ...codes.flat()]),
  ]);
}
