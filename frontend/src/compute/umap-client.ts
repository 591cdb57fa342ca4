// The page's side of the UMAP worker: load the rows once, start() a run, watch it through
// onFrame() (a transferred Float32Array about every 100 ms, with the epoch count), stop() or
// resume() it. A start() or load() supersedes the run in progress: its promise rejects with
// CancelledError at once and its late frames are dropped (the worker ends the run itself when
// the newer call reaches it, so no cancel is sent). stop() ends it with its current layout: its
// promise resolves with that frame (or rejects with UmapStoppedError if the run was still
// building its graph and initial layout). If the worker dies, pending and later calls reject.

import { UmapStoppedError, type UmapFrame, type UmapMethods, type UmapUpdate } from './umap/protocol';
import type { UMAPInitProgress } from './umap/umap';
import type { LayoutGraph } from './graph-protocol';
import { layoutGraphBuffers } from './knn-graph';
import { packRows } from './rows';
import { CancelledError, onWorkerFailure, RpcClient, type MessagePortLike } from './worker-rpc';

export { CancelledError } from './worker-rpc';
export { UmapStoppedError } from './umap/protocol';
export type { UmapFrame, UmapRunOptions } from './umap/protocol';
export type { UMAPInitProgress } from './umap/umap';

export type FrameListener = (coordinates: Float32Array, epoch: number, nEpochs: number, done: boolean, frame: UmapFrame) => void;
export type ProgressListener = (progress: UMAPInitProgress) => void;

export class UmapClient {
  private readonly rpc: RpcClient<UmapMethods>;
  /** The id of the pending start() or resume(); 0: none. A newer run or a load() supersedes it. */
  private currentRun = 0;
  private readonly frameListeners = new Set<FrameListener>();
  private readonly progressListeners = new Set<ProgressListener>();

  constructor(
    port: MessagePortLike,
    private readonly onDispose: () => void = () => {},
  ) {
    this.rpc = new RpcClient(port, { UmapStoppedError });
  }

  /** Sends the n x d rows (copied, or moved with transfer: true; the caller's array is then emptied). */
  load(data: Float32Array, n: number, d: number, options: { transfer?: boolean } = {}): Promise<{ n: number; d: number }> {
    const { rows, transfer } = packRows(data, n, d, options.transfer);
    this.supersedeRun();
    return this.rpc.call('load', rows, { transfer });
  }

  /**
   * Sends the k-NN graph of all rows and their principal coordinates instead of rows (moved:
   * the arrays are emptied here). The next start() uses them once. Ends any run.
   */
  loadGraph(graph: LayoutGraph): Promise<{ n: number; k: number }> {
    this.supersedeRun();
    return this.rpc.call('loadGraph', graph, { transfer: layoutGraphBuffers(graph) });
  }

  /** Starts UMAP on the loaded rows or graph; resolves with the last frame (done, or stopped). */
  start(options: UmapMethods['start']['args'] = {}): Promise<UmapFrame> {
    this.supersedeRun();
    return this.run(this.rpc.request('start', options, { onProgress: this.passOn }));
  }

  /** Continues the last stopped run. */
  resume(): Promise<UmapFrame> {
    this.supersedeRun();
    return this.run(this.rpc.request('resume', {}, { onProgress: this.passOn }));
  }

  /**
   * Ends the current run at its next time slice: its start() resolves with the layout so far, or,
   * if no epoch has run yet, rejects with UmapStoppedError (and there is nothing to resume).
   */
  stop(): Promise<{ stopped: boolean }> {
    return this.rpc.call('stop', {});
  }

  /** Called for every frame, the last one included; returns a function that unsubscribes. */
  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** Called while the k-NN graph and the initial layout are built. */
  onProgress(listener: ProgressListener): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  /** The worker died: pending and later calls reject with `error`. */
  fail(error: Error): void {
    this.rpc.fail(error);
  }

  /** Rejects everything pending and stops the worker. */
  dispose(): void {
    this.rpc.close(new CancelledError('UMAP client disposed'));
    this.onDispose();
  }

  /** The current run's promise rejects now and its updates stop (the worker ends the run itself). */
  private supersedeRun(): void {
    this.rpc.abandon(this.currentRun);
    this.currentRun = 0;
  }

  /** A run's updates go to the listeners (only while its call is pending: an abandoned run's are dropped). */
  private readonly passOn = (update: UmapUpdate): void => {
    if ('frame' in update) this.emit(update.frame);
    else for (const listener of this.progressListeners) listener(update.init);
  };

  /** The last frame goes to the frame listeners too, before the caller sees it. */
  private async run(call: { id: number; result: Promise<UmapFrame> }): Promise<UmapFrame> {
    this.currentRun = call.id;
    const last = await call.result;
    this.emit(last);
    return last;
  }

  private emit(frame: UmapFrame): void {
    for (const listener of this.frameListeners) listener(frame.coordinates, frame.epoch, frame.nEpochs, frame.done, frame);
  }
}

/**
 * Starts the UMAP worker (a same-origin module worker: the page's CSP refuses blob: workers) and
 * returns its client. The default URL is umap.worker.js next to the page's bundle.
 */
export function createUmapClient(url: URL = new URL('./umap.worker.js', import.meta.url)): UmapClient {
  const worker = new Worker(url, { type: 'module' });
  const client = new UmapClient(worker, () => worker.terminate());
  onWorkerFailure(worker, 'UMAP', url, (error) => client.fail(error));
  return client;
}
