// The messages between the page (TsneClient) and the t-SNE worker (TsneServer), in the same
// discriminated-union style as ../protocol.ts: requests carry an id and a method; the worker
// answers each with a result or an error, reports progress of a start(), and pushes frames
// (coordinates while it runs) and state changes as events.

import type { TsneOptions } from './tsne';

export type { MessagePortLike } from '../protocol';

/** start() options: the algorithm's, plus how often frames are sent. */
export interface TsneRunOptions extends TsneOptions {
  /** Minimum time between frames in ms (default 100). The final frame is always sent. */
  frameMilliseconds?: number;
}

export type TsneRunState = 'idle' | 'initializing' | 'running' | 'paused' | 'done' | 'stopped';

/** What control calls answer: where the run is now. */
export interface TsneStatus {
  state: TsneRunState;
  iteration: number;
  converged: boolean;
}

export interface TsneMethods {
  /** Keeps the n x d rows in the worker; stops any run. */
  load: { args: { data: Float32Array; n: number; d: number }; result: { n: number; d: number } };
  /** Builds neighbours, P and the initial layout, answers, then iterates and sends frames. */
  start: { args: { options: TsneRunOptions }; result: { n: number; neighbors: number } };
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

export type TsneMethod = keyof TsneMethods;

export type TsneRequest = {
  [M in TsneMethod]: { id: number; method: M; args: TsneMethods[M]['args'] };
}[TsneMethod];

/** One layout: n x dim coordinates (a transferred buffer) at an iteration. */
export interface TsneFrame {
  event: 'frame';
  /** The id of the start() request this run came from. */
  run: number;
  coordinates: Float32Array;
  dim: 2 | 3;
  iteration: number;
  converged: boolean;
  done: boolean;
  /** The latest KL(P || Q) estimate, if one was made yet. */
  klDivergence?: number;
}

export interface TsneStateEvent {
  event: 'state';
  run: number;
  status: TsneStatus;
}

export type TsneResponse<M extends TsneMethod = TsneMethod> =
  | { id: number; result: TsneMethods[M]['result'] }
  | { id: number; error: string; cancelled?: boolean }
  | { id: number; progress: number }
  | TsneFrame
  | TsneStateEvent;
