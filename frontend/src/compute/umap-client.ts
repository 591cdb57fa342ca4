// The page's side of the UMAP worker: load the rows once, start() a run, watch it through
// onFrame() (a transferred Float32Array about every 100 ms, with the epoch count), stop() or
// resume() it. A start() or load() supersedes the run in progress: its promise rejects with
// CancelledError. stop() ends it with its current layout: its promise resolves with that frame
// (or rejects with UmapStoppedError if the run was still building its graph and initial layout).

import type { MessagePortLike } from './protocol';
import { CancelledError } from './rpc';
import type { UmapFrame, UmapMethod, UmapMethods, UmapResponse, UmapRunOptions } from './umap/protocol';
import type { UMAPInitProgress } from './umap/umap';

export { CancelledError } from './rpc';
export type { UmapFrame, UmapRunOptions } from './umap/protocol';
export type { UMAPInitProgress } from './umap/umap';

/** Rejection of a run stopped while it was still building its graph and initial layout. */
export class UmapStoppedError extends Error {
  constructor(message = 'UMAP stopped before the first epoch') {
    super(message);
    this.name = 'UmapStoppedError';
  }
}

export type FrameListener = (coordinates: Float32Array, epoch: number, nEpochs: number, done: boolean, frame: UmapFrame) => void;
export type ProgressListener = (progress: UMAPInitProgress) => void;

interface Pending {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  /** Whether this request is a run (start/resume), whose frames go to the frame listeners. */
  run: boolean;
}

export class UmapClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly frameListeners = new Set<FrameListener>();
  private readonly progressListeners = new Set<ProgressListener>();

  constructor(
    private readonly port: MessagePortLike,
    private readonly onDispose: () => void = () => {},
  ) {
    port.addEventListener('message', (event) => this.receive(event.data as UmapResponse));
    port.start?.();
  }

  /** Sends the n x d rows (copied, or moved with transfer: true; the caller's array is then emptied). */
  load(data: Float32Array, n: number, d: number, options: { transfer?: boolean } = {}): Promise<{ n: number; d: number }> {
    if (data.length < n * d) throw new RangeError(`load: ${data.length} values for ${n} x ${d}`);
    let payload = data.length === n * d ? data : data.subarray(0, n * d);
    const transfer: Transferable[] = [];
    if (options.transfer) {
      if (payload.byteOffset !== 0 || payload.byteLength !== payload.buffer.byteLength) payload = payload.slice();
      transfer.push(payload.buffer);
    }
    this.cancelRuns();
    return this.call('load', { data: payload, n, d }, false, transfer);
  }

  /** Starts UMAP on the loaded rows; resolves with the last frame (done, or stopped). */
  start(options: UmapRunOptions = {}): Promise<UmapFrame> {
    this.cancelRuns();
    return this.call('start', options, true);
  }

  /** Continues the last stopped run. */
  resume(): Promise<UmapFrame> {
    this.cancelRuns();
    return this.call('resume', {}, true);
  }

  /**
   * Ends the current run at its next time slice: its start() resolves with the layout so far, or,
   * if no epoch has run yet, rejects with UmapStoppedError (and there is nothing to resume).
   */
  stop(): Promise<{ stopped: boolean }> {
    return this.call('stop', {}, false);
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

  /** Rejects everything pending and stops the worker. */
  dispose(): void {
    for (const [, entry] of this.pending) entry.reject(new CancelledError('UMAP client disposed'));
    this.pending.clear();
    this.onDispose();
  }

  private call<M extends UmapMethod>(
    method: M, args: UmapMethods[M]['args'], run: boolean, transfer: Transferable[] = [],
  ): Promise<UmapMethods[M]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, run });
      this.port.postMessage({ id, method, args }, transfer);
    });
  }

  /** The worker ends a superseded run itself; its late frames are dropped here. */
  private cancelRuns(): void {
    for (const [id, entry] of this.pending) {
      if (!entry.run) continue;
      this.pending.delete(id);
      entry.reject(new CancelledError());
    }
  }

  private receive(response: UmapResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return; // a superseded run's frames and answer
    if ('progress' in response) {
      for (const listener of this.progressListeners) listener(response.progress);
    } else if ('frame' in response) {
      this.emit(response.frame);
    } else if ('error' in response) {
      this.pending.delete(response.id);
      entry.reject(
        response.cancelled ? new CancelledError(response.error)
        : response.stopped ? new UmapStoppedError(response.error)
        : new Error(response.error),
      );
    } else {
      this.pending.delete(response.id);
      if (entry.run) this.emit(response.result as UmapFrame);
      entry.resolve(response.result);
    }
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
  return new UmapClient(worker, () => worker.terminate());
}
