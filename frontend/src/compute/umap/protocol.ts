// The methods of the UMAP worker (UmapServer), called by the page's UmapClient over
// ../worker-rpc.ts: a change to a method's arguments or result is a type error on both sides.

import type { LayoutGraph } from '../graph-protocol';
import type { Rows } from '../rows';
import type { UMAPInitProgress, UMAPOptions } from './umap';

/** What start() takes: every UMAP option (defaults as UMAP's), from how many points the epochs are
 *  shared with layout helpers (default 50,000; the browser tests lower it), and the least time
 *  between frames (default: the server's slice, 100 ms). */
export type UmapRunOptions = UMAPOptions & { helpersFrom?: number; frameMilliseconds?: number };

/** One animation frame: the whole layout at an epoch. `coordinates` is transferred, not copied. */
export interface UmapFrame {
  /** n x dim row-major. */
  coordinates: Float32Array;
  n: number;
  dim: 2 | 3;
  /** Epochs run so far (0 = the initial spectral layout). */
  epoch: number;
  nEpochs: number;
  /** All epochs run; false in a frame that ends a stopped run. */
  done: boolean;
  /** Threads the epochs run on: the UMAP worker and its layout helpers. */
  threads: number;
}

/** What a run reports before its answer: how far the graph and initial layout are, then frames. */
export type UmapUpdate = { init: UMAPInitProgress } | { frame: UmapFrame };

/** Each method's arguments and result. */
export interface UmapMethods {
  /** Keeps the n x d rows in the worker (a run computes their k-NN graph); ends any run. */
  load: { args: Rows; result: { n: number; d: number } };
  /**
   * Instead of rows: the k-NN graph of all rows (computed by the compute workers) and their first
   * principal coordinates; the next start() uses them, then lets them go. Ends any run.
   */
  loadGraph: { args: LayoutGraph; result: { n: number; k: number } };
  /** Builds the graph and runs the epochs, streaming frames; resolves with the last frame. */
  start: { args: UmapRunOptions; result: UmapFrame; progress: UmapUpdate };
  /** Runs the remaining epochs of the last stopped run (same frames and result as start). */
  resume: { args: Record<string, never>; result: UmapFrame; progress: UmapUpdate };
  /**
   * Ends the running start/resume at its next time slice; `stopped` says whether one was running.
   * The run's promise resolves with its last frame, or fails with UmapStoppedError when it was
   * still building the graph / initial layout (there is no layout yet).
   */
  stop: { args: Record<string, never>; result: { stopped: boolean } };
}

/** Rejection of a run stopped while it was still building its graph and initial layout. */
export class UmapStoppedError extends Error {
  constructor(message = 'UMAP stopped before the first epoch') {
    super(message);
    this.name = 'UmapStoppedError';
  }
}
