// The methods of a t-SNE attraction helper (AttractionServer), called by the t-SNE worker's
// AttractionPool over ../worker-rpc.ts: the helper keeps a row block of P's upper triangle and,
// once per iteration, answers that block's attractive forces on the layout it is sent.

import type { SparseValues } from '../sparse-matrix';

/** Rows first .. first + rowStart.length - 2 of P's upper triangle (rowStart starts at 0), of n points in dim dimensions. */
export interface AttractionRows {
  n: number;
  dim: 2 | 3;
  first: number;
  rowStart: Int32Array;
  columns: Int32Array;
  values: SparseValues;
}

export interface AttractionMethods {
  /** Replaces the helper's rows (a new run, or new supervision). */
  setRows: { args: AttractionRows; result: { rows: number } };
  /**
   * exaggeration x the block's attraction on layout y (n x dim), as forces on all n points (the
   * upper triangle adds each pair's force to both ends), written into `forces` when it is given (a
   * buffer the helper answered before, moved back to be reused) and answered moved, with y (moved
   * back too: the caller refills it next time, so an iteration allocates nothing).
   */
  attract: { args: { y: Float64Array; exaggeration: number; forces: Float64Array | null }; result: AttractionAnswer };
}

export interface AttractionAnswer {
  forces: Float64Array;
  /** The layout it was sent, given back. */
  y: Float64Array;
  /** The helper's time computing them (for the pool's balance between helpers and its own rows). */
  milliseconds: number;
}
