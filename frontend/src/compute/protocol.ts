// The methods of each compute worker (ComputeServer), called by the page's ComputeClient over
// worker-rpc.ts. Shared by both sides so a change to one method's arguments or result is a type
// error on both.
//
// The data set is split by rows into shards, one per worker (no SharedArrayBuffer here, and two
// cores to use). Every method is a piece of PCA that shards can do alone and the client adds up:
// column sums, scatter matrices, projections of their own rows.

import type { GraphMethods } from './graph-protocol';
import type { PcaResult } from './pca';
import type { RowMatches, RowQuery } from './row-query';

/** What ComputeClient.pca() resolves to. Buffers are the caller's own (transferred, not shared). */
export interface PcaSummary extends PcaResult {
  /** Whether the axes were computed on spherized rows (and project() uses those rows). */
  spherized: boolean;
  /** Rows whose scatter estimated the axes: a sample (a quick first view), or every row (exact). */
  rowsUsed: number;
  k: number;
  d: number;
}

/** Each method's arguments and result (the shared k-NN graph's: graph-protocol.ts). */
export interface ComputeMethods extends GraphMethods {
  /** Keeps this shard's rows (n x d, row-major); later calls work on them. */
  load: { args: { rows: Float32Array; n: number; d: number }; result: { n: number } };
  /**
   * Chooses the rows that scatter() and project() use: the loaded rows (spherizeAround null)
   * or those rows spherized around the whole data set's mean. Returns their column sums.
   */
  selectRows: { args: { spherizeAround: Float64Array | null }; result: Float64Array };
  /**
   * Sum over the selected rows of (row - mean)(row - mean)^T, d x d. Reports the fraction done.
   * With a stride, over every stride-th row only (a quick first estimate): answers that sum and its row count.
   */
  scatter: { args: { mean: Float64Array; stride?: number }; result: { scatter: Float64Array; rows: number }; progress: number };
  /** Top-k principal axes of a d x d covariance (the eigensolver runs in a worker too). */
  principalAxes: { args: { covariance: Float64Array; d: number; k: number; mean: Float64Array }; result: PcaResult };
  /** Row `row` of this shard (the neighbour panel's query). */
  rowVector: { args: { row: number }; result: Float32Array };
  /** Computes ahead what nearestRows() needs for these centres (row norms; null: the rows as loaded), so a first query is as fast as the next. */
  prepareNearestRows: { args: { centres: (Float64Array | null)[] }; result: null };
  /** This shard's nearest rows to a query (local numbers), exactly (row-query.ts). Answered between other calls' slices. */
  nearestRows: { args: RowQuery; result: RowMatches };
  /** Starts a load of this shard's n x d rows sent in pieces (putRows), ended by endRows; load `id` supersedes any before. */
  beginRows: { args: { id: number; n: number; d: number }; result: null };
  /** Rows at..at + m - 1 of load `id`'s shard (local numbers); a superseded load's pieces are dropped. */
  putRows: { args: { id: number; rows: Float32Array; at: number }; result: null };
  /** Every piece of load `id` was sent: the shard is complete and in use (CancelledError if superseded). */
  endRows: { args: { id: number }; result: { n: number } };
  /** What this worker holds of the rows: its shard's row count and bytes. */
  heldRows: { args: Record<string, never>; result: { rows: number; bytes: number } };
  /** Copies of this shard's rows `rows` (local numbers; null: all of them), in that order: m x d. */
  gatherRows: { args: { rows: Int32Array | null }; result: Float32Array };
  /** Sum of this shard's rows `rows` (local numbers) as loaded: d values. */
  sumRows: { args: { rows: Int32Array }; result: Float64Array };
  /** This shard's rows as loaded (never spherized) on `directions` (each d long) from `origin`: rows x directions. */
  projectOnto: { args: { origin: Float32Array; directions: Float32Array }; result: Float32Array };
  /** This shard's selected rows on components `dims`: rows x dims.length. */
  project: { args: { mean: Float32Array; components: Float32Array; dims: number[] }; result: Float32Array };
}
