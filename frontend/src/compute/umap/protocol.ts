// The messages between the page (UmapClient) and the UMAP worker (UmapServer), in the same
// discriminated-union style as ../protocol.ts: a change to a method's arguments or result is a
// type error on both sides.

import type { UMAPInitProgress, UMAPOptions } from './umap';

/** What start() takes: every UMAP option (defaults as UMAP's). */
export type UmapRunOptions = UMAPOptions;

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
}

/** Each method's arguments and result. */
export interface UmapMethods {
  /** Keeps the n x d rows in the worker; ends any run. */
  load: { args: { data: Float32Array; n: number; d: number }; result: { n: number; d: number } };
  /** Builds the graph and runs the epochs, streaming frames; resolves with the last frame. */
  start: { args: UmapRunOptions; result: UmapFrame };
  /** Runs the remaining epochs of the last stopped run (same frames and result as start). */
  resume: { args: Record<string, never>; result: UmapFrame };
  /**
   * Ends the running start/resume at its next time slice; `stopped` says whether one was running.
   * The run's promise resolves with its last frame, or fails with `stopped: true` when it was
   * still building the graph / initial layout (there is no layout yet).
   */
  stop: { args: Record<string, never>; result: { stopped: boolean } };
}

export type UmapMethod = keyof UmapMethods;

export type UmapRequest = {
  [M in UmapMethod]: { id: number; method: M; args: UmapMethods[M]['args'] };
}[UmapMethod];

export type UmapResponse<M extends UmapMethod = UmapMethod> =
  | { id: number; result: UmapMethods[M]['result'] }
  | { id: number; error: string; cancelled?: boolean; stopped?: boolean }
  | { id: number; progress: UMAPInitProgress }
  | { id: number; frame: UmapFrame };
