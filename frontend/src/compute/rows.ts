// The n x d float32 rows a worker channel's load() carries: packed on the page, checked in the worker.
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

/** The worker's check that a load() got what its shape says. */
export function checkRows(data: unknown, n: number, d: number): void {
  if (!(data instanceof Float32Array) || data.length !== n * d) throw new Error(`load: expected ${n} x ${d} float32 values`);
}
