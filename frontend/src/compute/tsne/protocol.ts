// The methods and events of the t-SNE worker (TsneServer), called by the page's TsneClient over
// ../worker-rpc.ts: the worker answers each call, reports progress of a start(), and pushes
// frames (coordinates while it runs) and state changes as events.

import type { LayoutGraph } from '../graph-protocol';
import type { Rows } from '../rows';
import type { TsneOptions } from './tsne';

/** start() options: the algorithm's, plus how often frames are sent. */
export interface TsneRunOptions extends TsneOptions {
  /** Minimum time between frames in ms (default 100). The final frame is always sent. */
  frameMilliseconds?: number;
  /** Runs of at least this many points share their iterations with layout helpers (default 10,000; the browser tests lower it). */
  helpersFrom?: number;
}

export type TsneRunState = 'idle' | 'initializing' | 'running' | 'paused' | 'done' | 'stopped';

/** What control calls answer: where the run is now. */
export interface TsneStatus {
  state: TsneRunState;
  iteration: number;
  converged: boolean;
}

export interface TsneMethods {
  /** Keeps the n x d rows in the worker (a run computes their k-NN graph); stops any run. */
  load: { args: Rows; result: { n: number; d: number } };
  /**
   * Instead of rows: the k-NN graph of all rows (computed by the compute workers) and their first
   * principal coordinates; the next start() uses them, then lets them go. Stops any run.
   */
  loadGraph: { args: LayoutGraph; result: { n: number; k: number } };
  /** Builds neighbours, P and the initial layout (reporting the fraction done), answers, then iterates and sends frames. */
  start: { args: { options: TsneRunOptions }; result: { n: number; neighbors: number }; progress: number };
  pause: { args: Record<string, never>; result: TsneStatus };
  resume: { args: Record<string, never>; result: TsneStatus };
  /** Shakes the layout (amount x its spread, default 0.05) and keeps running. */
  perturb: { args: { amount?: number }; result: TsneStatus };
  /** Ends the run for good (a new start() is needed). */
  stop: { args: Record<string, never>; result: TsneStatus };
  /** A higher limit lets a finished run continue. */
  setMaxIterations: { args: { maxIterations: number }; result: TsneStatus };
  /** Changes label supervision mid-run (null = off). */
  setSupervision: { args: { supervise: TsneOptions['supervise'] | null }; result: TsneStatus };
}

/** One layout: n x dim coordinates (a transferred buffer) at an iteration. */
export interface TsneFrame {
  /** The id of the start() call this run came from. */
  run: number;
  coordinates: Float32Array;
  dim: 2 | 3;
  iteration: number;
  converged: boolean;
  done: boolean;
  /** The latest KL(P || Q) estimate, if one was made yet. */
  klDivergence?: number;
  /** Threads the iterations run on: the t-SNE worker and its layout helpers. */
  threads: number;
}

export interface TsneStateEvent {
  run: number;
  status: TsneStatus;
}

export interface TsneEvents {
  frame: TsneFrame;
  state: TsneStateEvent;
}
