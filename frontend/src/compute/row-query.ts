// Exact nearest neighbours of one query row among n rows: the neighbour panel's list. Each compute
// worker scans its shard (the rows live in WebAssembly memory, see storeRows()), and the page
// merges the shards' lists; without workers the page scans all rows the same way in plain JS.
//
// The SIMD scan ranks every row by a float32 key (squared distance, or minus the cosine); the
// k + slack best are then measured again in float64 and sorted, so the answer is the exact list
// but for rows within float32 rounding of the k-th distance.

import { BestKeys } from './best-keys';
import { MAX_BATCH } from './knn-kernel';
import { allocateMemory, instantiateDistances, type DistanceFunctions } from './wasm-distance';

export interface RowQuery {
  /** The query row (d values). */
  vector: Float32Array;
  k: number;
  metric: 'euclidean' | 'cosine';
  /** Cosine of the rows centred on this (spherized rows) instead of the rows as they are. */
  centre: Float64Array | null;
  /** A row (local number) to leave out, e.g. the query's own; -1: none. */
  exclude: number;
}

/** Nearest first, equal distances by index. Cosine distance 1 - cos, 1 where a row is zero. */
export interface RowMatches {
  indices: Int32Array;
  distances: Float64Array;
  /** When each shard's scan began (ms since the epoch, performance.timeOrigin-based) and how long it took:
   *  the benchmarks' click timeline. */
  scans?: { at: number; ms: number }[];
}

/** Where the rows live: a plain array, or WebAssembly memory with room for the scan behind them. */
interface WasmRows {
  functions: DistanceFunctions;
  memory: WebAssembly.Memory;
  /** Byte offsets of the query, the row list, the output and the axes (dotsWith), after the rows. */
  queryOffset: number;
  listOffset: number;
  outOffset: number;
  axesOffset: number;
}

/** Axes dotsWith() takes at once (the graph's principal axes). */
export const MAX_AXES = 64;
/** Rows per batch of dotsWith(): a batch stays in the core's cache while every axis passes. */
const DOT_BATCH = 512;

export class RowScanner {
  private norms: Float64Array | null = null;
  private centred: { centre: Float64Array; norms: Float64Array } | null = null;

  private constructor(
    readonly rows: Float32Array,
    readonly n: number,
    readonly d: number,
    private readonly wasm: WasmRows | null,
  ) {}

  /**
   * The rows moved into WebAssembly memory (the SIMD scan needs them there; `rows` is not kept,
   * so a transferred array is the only copy), or left where they are without WebAssembly SIMD.
   */
  static store(rows: Float32Array, n: number, d: number): RowScanner {
    const rowBytes = n * d * 4;
    const queryOffset = rowBytes;
    const listOffset = queryOffset + Math.ceil(d / 4) * 16;
    const outOffset = listOffset + MAX_BATCH * 4;
    const axesOffset = outOffset + MAX_BATCH * 4;
    const memory = allocateMemory(axesOffset + MAX_AXES * d * 4);
    const functions = memory && instantiateDistances(memory);
    if (!memory || !functions) return new RowScanner(rows, n, d, null);
    const stored = new Float32Array(memory.buffer, 0, n * d);
    stored.set(rows.subarray(0, n * d));
    return new RowScanner(stored, n, d, { functions, memory, queryOffset, listOffset, outOffset, axesOffset });
  }

  /**
   * Dot products of rows start .. end - 1 with each of `count` axes (count x d, at most MAX_AXES):
   * (end - start) x count, row-major. The SIMD loop in float32 where there is one.
   */
  dotsWith(axes: Float32Array, count: number, start: number, end: number): Float32Array {
    const { rows, d } = this;
    const result = new Float32Array((end - start) * count);
    const wasm = this.wasm;
    if (!wasm || count > MAX_AXES) {
      for (let r = start; r < end; r++) {
        for (let a = 0; a < count; a++) {
          let sum = 0;
          for (let j = 0, o = r * d, x = a * d; j < d; j++) sum += rows[o + j] * axes[x + j];
          result[(r - start) * count + a] = sum;
        }
      }
      return result;
    }
    const { functions, memory, listOffset, outOffset, axesOffset } = wasm;
    new Float32Array(memory.buffer, axesOffset, count * d).set(axes.subarray(0, count * d));
    const list = new Int32Array(memory.buffer, listOffset, MAX_BATCH);
    const out = new Float32Array(memory.buffer, outOffset, MAX_BATCH);
    for (let from = start; from < end; from += DOT_BATCH) {
      const size = Math.min(DOT_BATCH, end - from);
      for (let c = 0; c < size; c++) list[c] = (from + c) * d * 4;
      for (let a = 0; a < count; a++) {
        functions.dots(axesOffset + a * d * 4, listOffset, size, outOffset, d * 4);
        for (let c = 0; c < size; c++) result[(from - start + c) * count + a] = out[c];
      }
    }
    return result;
  }

  /** Scans rows in place, in plain JS (the page without workers). */
  static over(rows: Float32Array, n: number, d: number): RowScanner {
    return new RowScanner(rows, n, d, null);
  }

  /** The local row r (a copy). */
  row(r: number): Float32Array {
    if (!(r >= 0 && r < this.n)) throw new RangeError(`row ${r} of ${this.n}`);
    return this.rows.slice(r * this.d, r * this.d + this.d);
  }

  nearest(query: RowQuery): RowMatches {
    const { n, d } = this;
    if (query.vector.length !== d) throw new RangeError(`query of ${query.vector.length} values for rows of ${d}`);
    const excluded = query.exclude >= 0 && query.exclude < n ? 1 : 0;
    const k = Math.max(0, Math.min(query.k, n - excluded));
    if (k === 0) return { indices: new Int32Array(0), distances: new Float64Array(0) };
    const started = performance.now();
    const exact = this.exactDistance(query);
    // Candidates: the best keys. Float32 keys may misorder rows within rounding: take some more.
    const keep = this.wasm ? Math.min(n - excluded, k + Math.max(16, Math.ceil(k / 8))) : k;
    const candidates = new BestKeys(keep);
    if (this.wasm) this.scanWasm(query, this.wasm, candidates);
    else for (let r = 0; r < n; r++) if (r !== query.exclude) candidates.offer(r, exact(r));
    const found = candidates.indices().map((r) => ({ r, distance: exact(r) }));
    found.sort((a, b) => a.distance - b.distance || a.r - b.r);
    const best = found.slice(0, k);
    return {
      indices: Int32Array.from(best, (x) => x.r), distances: Float64Array.from(best, (x) => x.distance),
      scans: [{ at: performance.timeOrigin + started, ms: performance.now() - started }],
    };
  }

  /** Float32 keys of every row by the SIMD loops, into `candidates`. */
  private scanWasm(query: RowQuery, wasm: WasmRows, candidates: BestKeys): void {
    const { n, d } = this;
    const { functions, memory, queryOffset, listOffset, outOffset } = wasm;
    const vector = new Float32Array(memory.buffer, queryOffset, d);
    const list = new Int32Array(memory.buffer, listOffset, MAX_BATCH);
    const out = new Float32Array(memory.buffer, outOffset, MAX_BATCH);
    const rowBytes = d * 4;
    let offsetDot = 0;
    let norms: Float64Array | null = null;
    if (query.metric === 'euclidean') {
      vector.set(query.vector);
    } else if (query.centre) {
      // (x - c).(q - c) = x.(q - c) - c.(q - c): one dot product per row.
      for (let j = 0; j < d; j++) vector[j] = query.vector[j] - query.centre[j];
      for (let j = 0; j < d; j++) offsetDot += query.centre[j] * vector[j];
      norms = this.centredNorms(query.centre);
    } else {
      vector.set(query.vector);
      norms = this.rowNorms();
    }
    const run = query.metric === 'euclidean' ? functions.distances : functions.dots;
    for (let start = 0; start < n; start += MAX_BATCH) {
      const count = Math.min(MAX_BATCH, n - start);
      for (let c = 0; c < count; c++) list[c] = (start + c) * rowBytes;
      run(queryOffset, listOffset, count, outOffset, rowBytes);
      for (let c = 0; c < count; c++) {
        const r = start + c;
        if (r === query.exclude) continue;
        // Cosine: minus the cosine (the query's norm is the same for all); a zero row has cos 0.
        const key = norms ? (norms[r] > 0 ? -(out[c] - offsetDot) / norms[r] : 0) : out[c];
        candidates.offer(r, key);
      }
    }
  }

  /** Float64 distance of row r to the query. */
  private exactDistance(query: RowQuery): (r: number) => number {
    const { rows, d } = this;
    const q = Float64Array.from(query.vector);
    if (query.metric === 'euclidean') {
      return (r) => {
        let s = 0;
        for (let j = 0, o = r * d; j < d; j++, o++) s += (rows[o] - q[j]) ** 2;
        return Math.sqrt(s);
      };
    }
    const centre = query.centre ?? new Float64Array(d);
    for (let j = 0; j < d; j++) q[j] -= centre[j];
    let qNorm = 0;
    for (let j = 0; j < d; j++) qNorm += q[j] * q[j];
    qNorm = Math.sqrt(qNorm);
    return (r) => {
      let dot = 0, norm = 0;
      for (let j = 0, o = r * d; j < d; j++, o++) {
        const v = rows[o] - centre[j];
        dot += v * q[j];
        norm += v * v;
      }
      const denominator = Math.sqrt(norm) * qNorm;
      return denominator > 0 ? 1 - dot / denominator : 1;
    };
  }

  /** Computes the row norms a cosine query around `centre` (null: none) needs, ahead of it. */
  prepare(centre: Float64Array | null): void {
    if (centre) this.centredNorms(centre);
    else this.rowNorms();
  }

  private rowNorms(): Float64Array {
    return (this.norms ??= this.normsAround(null));
  }

  private centredNorms(centre: Float64Array): Float64Array {
    const cached = this.centred;
    if (cached && cached.centre.length === centre.length && cached.centre.every((v, j) => v === centre[j])) return cached.norms;
    const norms = this.normsAround(centre);
    this.centred = { centre: centre.slice(), norms };
    return norms;
  }

  private normsAround(centre: Float64Array | null): Float64Array {
    const { rows, n, d } = this;
    const norms = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let j = 0, o = r * d; j < d; j++, o++) {
        const v = centre ? rows[o] - centre[j] : rows[o];
        s += v * v;
      }
      norms[r] = Math.sqrt(s);
    }
    return norms;
  }
}

/** The shards' lists (local numbers from `starts`) merged: the k nearest of all rows. */
export function mergeMatches(lists: readonly RowMatches[], starts: readonly number[], k: number): RowMatches {
  const all: { index: number; distance: number }[] = [];
  lists.forEach((list, shard) => list.indices.forEach((r, e) => all.push({ index: starts[shard] + r, distance: list.distances[e] })));
  all.sort((a, b) => a.distance - b.distance || a.index - b.index);
  const best = all.slice(0, k);
  const scans = lists.flatMap((list) => list.scans ?? []);
  return { indices: Int32Array.from(best, (x) => x.index), distances: Float64Array.from(best, (x) => x.distance), scans };
}
