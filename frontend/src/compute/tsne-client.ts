// The page's side of the t-SNE worker: promises for the calls, events for the frames.
//
//   const tsne = createTsneClient();
//   await tsne.load(vectors, n, d);
//   const off = tsne.onFrame((coordinates, iteration, converged) => draw(coordinates));
//   await tsne.start({ dim: 3, perplexity: 30, seed: 1, maxIterations: 1000 }, { onProgress });
//   tsne.pause(); tsne.resume(); tsne.perturb(); tsne.setMaxIterations(2000); tsne.stop();
//
// A start() supersedes the previous run (its promise rejects with CancelledError and its
// late frames are dropped); a load() supersedes everything pending.

import { CancelledError } from './rpc';
import type {
  MessagePortLike, TsneFrame, TsneMethod, TsneMethods, TsneResponse, TsneRunOptions, TsneStatus,
} from './tsne/protocol';

export { CancelledError } from './rpc';
export type { TsneFrame, TsneRunOptions, TsneStatus, TsneRunState } from './tsne/protocol';
export type { Supervision } from './tsne/tsne';

export type FrameListener = (coordinates: Float32Array, iteration: number, converged: boolean, frame: TsneFrame) => void;
export type StateListener = (status: TsneStatus) => void;

interface Pending {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  onProgress?: (fraction: number) => void;
  method: TsneMethod;
}

export class TsneClient {
  private nextId = 1;
  private currentRun = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly frameListeners = new Set<FrameListener>();
  private readonly stateListeners = new Set<StateListener>();

  constructor(
    private readonly port: MessagePortLike,
    private readonly onDispose: () => void = () => {},
  ) {
    port.addEventListener('message', (event) => this.receive(event.data as TsneResponse));
    port.start?.();
  }

  /** Sends the rows to the worker (copied, or moved with transfer: true). Stops any run. */
  load(data: Float32Array, n: number, d: number, options: { transfer?: boolean } = {}): Promise<{ n: number; d: number }> {
    if (data.length < n * d) throw new RangeError(`load: ${data.length} values for ${n} x ${d}`);
    let payload = data.length === n * d ? data : data.subarray(0, n * d);
    let transfer: Transferable[] = [];
    if (options.transfer) {
      const wholeBuffer = payload.byteOffset === 0 && payload.byteLength === payload.buffer.byteLength;
      if (!wholeBuffer) payload = payload.slice();
      transfer = [payload.buffer];
    }
    this.supersede(['load', 'start']);
    this.currentRun = 0;
    return this.call('load', { data: payload, n, d }, transfer);
  }

  /**
   * Starts a run on the loaded rows. Resolves when the neighbours, affinities and initial
   * layout are ready (onProgress reports that phase); frames follow through onFrame().
   */
  start(options: TsneRunOptions, callbacks: { onProgress?: (fraction: number) => void } = {}): Promise<{ n: number; neighbors: number }> {
    this.supersede(['start']);
    const id = this.nextId;
    this.currentRun = id;
    return this.call('start', { options }, [], callbacks.onProgress);
  }

  pause(): Promise<TsneStatus> {
    return this.call('pause', {});
  }

  resume(): Promise<TsneStatus> {
    return this.call('resume', {});
  }

  perturb(amount?: number): Promise<TsneStatus> {
    return this.call('perturb', { amount });
  }

  stop(): Promise<TsneStatus> {
    return this.call('stop', {});
  }

  setMaxIterations(maxIterations: number): Promise<TsneStatus> {
    return this.call('setMaxIterations', { maxIterations });
  }

  setSupervision(supervise: TsneRunOptions['supervise'] | null): Promise<TsneStatus> {
    return this.call('setSupervision', { supervise });
  }

  /** Calls listener with every frame of the current run; returns the unsubscribe function. */
  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** Calls listener on every state change of the current run (initializing, running, paused, done, stopped). */
  onState(listener: StateListener): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Rejects everything pending, drops listeners and stops the worker. */
  dispose(): void {
    for (const [, entry] of this.pending) entry.reject(new CancelledError('t-SNE client disposed'));
    this.pending.clear();
    this.frameListeners.clear();
    this.stateListeners.clear();
    this.onDispose();
  }

  private call<M extends TsneMethod>(
    method: M,
    args: TsneMethods[M]['args'],
    transfer: Transferable[] = [],
    onProgress?: (fraction: number) => void,
  ): Promise<TsneMethods[M]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress, method });
      this.port.postMessage({ id, method, args }, transfer);
    });
  }

  /** Rejects pending calls of these methods: the worker ends them when it sees the newer call. */
  private supersede(methods: TsneMethod[]): void {
    for (const [id, entry] of this.pending) {
      if (!methods.includes(entry.method)) continue;
      this.pending.delete(id);
      entry.reject(new CancelledError());
    }
  }

  private receive(response: TsneResponse): void {
    if ('event' in response) {
      if (response.run !== this.currentRun) return; // a superseded run's late news
      if (response.event === 'frame') {
        for (const listener of this.frameListeners) listener(response.coordinates, response.iteration, response.converged, response);
      } else {
        for (const listener of this.stateListeners) listener(response.status);
      }
      return;
    }
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if ('progress' in response) {
      entry.onProgress?.(response.progress);
      return;
    }
    this.pending.delete(response.id);
    if ('error' in response) entry.reject(response.cancelled ? new CancelledError(response.error) : new Error(response.error));
    else entry.resolve(response.result);
  }
}

/**
 * Starts the t-SNE worker (a same-origin module worker; the page's CSP refuses blob: workers)
 * and returns its client. The default URL is tsne.worker.js next to the page's bundle.
 */
export function createTsneClient(url: URL = new URL('./tsne.worker.js', import.meta.url)): TsneClient {
  const worker = new Worker(url, { type: 'module' });
  return new TsneClient(worker, () => worker.terminate());
}
