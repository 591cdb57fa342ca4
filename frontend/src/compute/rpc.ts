// The page's side of the compute worker: a typed promise API over postMessage.
//
// The n x d data crosses once (load); pca() and project() send only their small arguments,
// and results come back as transferred ArrayBuffers. A pca() or project() supersedes any
// pca()/project() still pending (its promise rejects with CancelledError and the worker stops
// it at its next time slice); a load() supersedes everything pending.

import type { ComputeMethod, ComputeMethods, ComputeResponse, MessagePortLike, PcaSummary } from './protocol';

export type { PcaSummary } from './protocol';

/** Rejection reason of a request that a newer request replaced. */
export class CancelledError extends Error {
  constructor(message = 'superseded by a newer request') {
    super(message);
    this.name = 'CancelledError';
  }
}

export interface CallOptions {
  /** Fraction done in [0, 1], reported by the worker while it computes. */
  onProgress?: (fraction: number) => void;
}

export interface PcaOptions extends CallOptions {
  /** Centre and L2-normalise the rows first (TensorBoard default: on when d >= 50). */
  spherize?: boolean;
}

export interface LoadOptions {
  /**
   * Move the buffer into the worker instead of copying it; the caller's array becomes
   * unusable (length 0). A view on part of a larger buffer is copied first.
   */
  transfer?: boolean;
}

interface Pending {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  onProgress?: (fraction: number) => void;
  /** 'data' = load, 'view' = pca/project; see supersede(). */
  group: 'data' | 'view';
}

export class ComputeClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly port: MessagePortLike,
    private readonly onDispose: () => void = () => {},
  ) {
    port.addEventListener('message', (event) => this.receive(event.data as ComputeResponse));
    port.start?.();
  }

  load(data: Float32Array, n: number, d: number, options: LoadOptions = {}): Promise<{ n: number; d: number }> {
    if (data.length < n * d) throw new RangeError(`load: ${data.length} values for ${n} x ${d}`);
    let payload = data.length === n * d ? data : data.subarray(0, n * d);
    let transfer: Transferable[] = [];
    if (options.transfer) {
      const wholeBuffer = payload.byteOffset === 0 && payload.byteLength === payload.buffer.byteLength;
      if (!wholeBuffer) payload = payload.slice();
      transfer = [payload.buffer];
    }
    this.supersede('data');
    this.supersede('view');
    return this.call('load', { data: payload, n, d }, 'data', transfer);
  }

  pca(k = 10, options: PcaOptions = {}): Promise<PcaSummary> {
    this.supersede('view');
    return this.call('pca', { k, spherize: options.spherize ?? false }, 'view', [], options.onProgress);
  }

  /** n x dims.length coordinates on the last pca()'s components, e.g. dims [0, 1, 2] or [2, 5]. */
  project(dims: number[], options: CallOptions = {}): Promise<Float32Array> {
    this.supersede('view');
    return this.call('project', { dims }, 'view', [], options.onProgress);
  }

  /** Rejects everything pending and stops the worker. */
  dispose(): void {
    for (const [, entry] of this.pending) entry.reject(new CancelledError('compute client disposed'));
    this.pending.clear();
    this.onDispose();
  }

  private call<M extends Exclude<ComputeMethod, 'cancel'>>(
    method: M,
    args: ComputeMethods[M]['args'],
    group: Pending['group'],
    transfer: Transferable[],
    onProgress?: (fraction: number) => void,
  ): Promise<ComputeMethods[M]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress, group });
      this.port.postMessage({ id, method, args }, transfer);
    });
  }

  private supersede(group: Pending['group']): void {
    for (const [id, entry] of this.pending) {
      if (entry.group !== group) continue;
      this.pending.delete(id);
      entry.reject(new CancelledError());
      this.port.postMessage({ id: this.nextId++, method: 'cancel', args: { target: id } });
    }
  }

  private receive(response: ComputeResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return; // superseded or cancelled: its late answer is dropped
    if ('progress' in response) {
      entry.onProgress?.(response.progress);
      return;
    }
    this.pending.delete(response.id);
    if ('error' in response) {
      entry.reject(response.cancelled ? new CancelledError(response.error) : new Error(response.error));
    } else {
      entry.resolve(response.result);
    }
  }
}

/**
 * Starts the compute worker (a same-origin module worker: the page's CSP refuses blob: workers)
 * and returns its client. The default URL is compute.worker.js next to the page's bundle.
 */
export function createComputeClient(url: URL = new URL('./compute.worker.js', import.meta.url)): ComputeClient {
  const worker = new Worker(url, { type: 'module' });
  return new ComputeClient(worker, () => worker.terminate());
}
