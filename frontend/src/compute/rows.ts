// The n x d float32 rows a worker channel's load() carries: packed on the page, checked in the worker;
// and rows taken out of such a matrix.
import { sendable } from './worker-rpc';

export interface Rows {
  /** n x d, row-major. */
  data: Float32Array;
  n: number;
  d: number;
}

/** The first n x d values of `data`, ready to post: copied, or moved with `move` (see sendable). */
export function packRows(data: Float32Array, n: number, d: number, move = false): { rows: Rows; transfer: Transferable[] } {
  if (data.length < n * d) throw new RangeError(`load: ${data.length} values for ${n} x ${d}`);
  const { array, transfer } = sendable(data.subarray(0, n * d), move);
  return { rows: { data: array, n, d }, transfer };
}

/** Rows `rows` of an n x d matrix, in that order (a new array). */
export function takeRows(data: Float32Array, d: number, rows: ArrayLike<number>): Float32Array {
  const out = new Float32Array(rows.length * d);
  for (let r = 0; r < rows.length; r++) out.set(data.subarray(rows[r] * d, rows[r] * d + d), r * d);
  return out;
}

/** The worker's check that a load() got what its shape says. */
export function checkRows(data: unknown, n: number, d: number): void {
  if (!(data instanceof Float32Array) || data.length !== n * d) throw new Error(`load: expected ${n} x ${d} float32 values`);
}
