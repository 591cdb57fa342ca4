// The page's side of the t-SNE worker: promises for the calls, events for the frames.
//
//   const tsne = createTsneClient();
//   await tsne.load(vectors, n, d);
//   const off = tsne.onFrame((coordinates, iteration, converged) => draw(coordinates));
//   await tsne.start({ dim: 3, perplexity: 30, seed: 1, maxIterations: 1000 }, { onProgress });
//   tsne.pause(); tsne.resume(); tsne.perturb(); tsne.setMaxIterations(2000); tsne.stop();
//
// A start() supersedes the previous run (its promise rejects with CancelledError and its
// late frames are dropped); a load() supersedes everything pending. The worker ends a
// superseded run itself when the newer start() or load() reaches it, so the page only stops
// waiting for it (RpcClient.abandon) and sends no cancel. If the worker dies, pending and later
// calls reject with an error that says so.

import type { TsneEvents, TsneFrame, TsneMethods, TsneRunOptions, TsneStatus } from './tsne/protocol';
import type { LayoutGraph } from './graph-protocol';
import { layoutGraphBuffers } from './knn-graph';
import { packRows } from './rows';
import { CancelledError, onWorkerFailure, RpcClient, type MessagePortLike } from './worker-rpc';

export { CancelledError } from './worker-rpc';
export type { TsneFrame, TsneRunOptions, TsneStatus, TsneRunState } from './tsne/protocol';
export type { Supervision } from './tsne/tsne';
export type { LayoutGraph } from './graph-protocol';

export type FrameListener = (coordinates: Float32Array, iteration: number, converged: boolean, frame: TsneFrame) => void;
export type StateListener = (status: TsneStatus) => void;

export class TsneClient {
  private readonly rpc: RpcClient<TsneMethods, TsneEvents>;
  /** The id of the pending load(), if any; 0: none. */
  private pendingLoad = 0;
  /** The id of the start() whose frames and states are passed on; 0: none. */
  private currentRun = 0;
  private readonly failureListeners = new Set<(error: Error) => void>();

  constructor(
    port: MessagePortLike,
    private readonly onDispose: () => void = () => {},
  ) {
    this.rpc = new RpcClient(port);
  }

  /** Sends the rows to the worker (copied, or moved with transfer: true). Stops any run. */
  load(data: Float32Array, n: number, d: number, options: { transfer?: boolean } = {}): Promise<{ n: number; d: number }> {
    const { rows, transfer } = packRows(data, n, d, options.transfer);
    this.supersedeRun();
    this.rpc.abandon(this.pendingLoad);
    const call = this.rpc.request('load', rows, { transfer });
    this.pendingLoad = call.id;
    return call.result;
  }

  /**
   * Sends the k-NN graph of all rows and their principal coordinates instead of rows (moved:
   * the arrays are emptied here). The next start() uses them once. Stops any run.
   */
  loadGraph(graph: LayoutGraph): Promise<{ n: number; k: number }> {
    this.supersedeRun();
    this.rpc.abandon(this.pendingLoad);
    const call = this.rpc.request('loadGraph', graph, { transfer: layoutGraphBuffers(graph) });
    this.pendingLoad = call.id;
    return call.result;
  }

  /**
   * Starts a run on the loaded rows or graph. Resolves when the neighbours, affinities and initial
   * layout are ready (onProgress reports that phase); frames follow through onFrame().
   */
  start(options: TsneRunOptions, callbacks: { onProgress?: (fraction: number) => void } = {}): Promise<{ n: number; neighbors: number }> {
    this.supersedeRun();
    const call = this.rpc.request('start', { options }, { onProgress: callbacks.onProgress });
    this.currentRun = call.id;
    return call.result;
  }

  pause(): Promise<TsneStatus> {
    return this.rpc.call('pause', {});
  }

  resume(): Promise<TsneStatus> {
    return this.rpc.call('resume', {});
  }

  perturb(amount?: number): Promise<TsneStatus> {
    return this.rpc.call('perturb', { amount });
  }

  stop(): Promise<TsneStatus> {
    return this.rpc.call('stop', {});
  }

  setMaxIterations(maxIterations: number): Promise<TsneStatus> {
    return this.rpc.call('setMaxIterations', { maxIterations });
  }

  setSupervision(supervise: TsneRunOptions['supervise'] | null): Promise<TsneStatus> {
    return this.rpc.call('setSupervision', { supervise });
  }

  /** Calls listener with every frame of the current run; returns the unsubscribe function. */
  onFrame(listener: FrameListener): () => void {
    return this.rpc.on('frame', (frame) => {
      if (frame.run === this.currentRun) listener(frame.coordinates, frame.iteration, frame.converged, frame);
    });
  }

  /** Calls listener on every state change of the current run (initializing, running, paused, done, stopped). */
  onState(listener: StateListener): () => void {
    return this.rpc.on('state', ({ run, status }) => {
      if (run === this.currentRun) listener(status);
    });
  }

  /** The worker died: pending and later calls reject with `error`, and onFailure listeners hear it. */
  fail(error: Error): void {
    this.rpc.fail(error);
    for (const listener of this.failureListeners) listener(error);
  }

  /**
   * Calls listener if the worker dies, also while a run iterates (its start() has already
   * resolved then, so no call is left to reject). Returns the unsubscribe function.
   */
  onFailure(listener: (error: Error) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** Rejects everything pending, drops listeners and stops the worker. */
  dispose(): void {
    this.rpc.close(new CancelledError('t-SNE client disposed'));
    this.onDispose();
  }

  /** The current run's start() rejects now and its frames and states stop (the worker ends the run itself). */
  private supersedeRun(): void {
    this.rpc.abandon(this.currentRun);
    this.currentRun = 0;
  }
}

/**
 * Starts the t-SNE worker (a same-origin module worker; the page's CSP refuses blob: workers)
 * and returns its client. The default URL is tsne.worker.js next to the page's bundle.
 */
export function createTsneClient(url: URL = new URL('./tsne.worker.js', import.meta.url)): TsneClient {
  const worker = new Worker(url, { type: 'module' });
  const client = new TsneClient(worker, () => worker.terminate());
  onWorkerFailure(worker, 't-SNE', url, (error) => client.fail(error));
  return client;
}
