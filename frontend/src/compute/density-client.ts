// The page's side of the density worker: analyze() sends one drawn 2-D layout (moved, not copied)
// and resolves with its contours, clusters and each point's cluster. A newer analyze() cancels the
// one before (it rejects with CancelledError; the worker skips it if it has not started), so the
// latest layout wins. If the worker dies, pending and later calls reject.
import type { DensityAnalysis, DensityOptions } from './density/analyze-layout';
import type { DensityMethods } from './density/protocol';
import { CancelledError, onWorkerFailure, RpcClient, Supersession, type MessagePortLike } from './worker-rpc';

export { CancelledError } from './worker-rpc';
export type { DensityAnalysis, DensityOptions } from './density/analyze-layout';

export class DensityClient {
  private readonly rpc: RpcClient<DensityMethods>;
  private readonly latest = new Supersession();

  constructor(
    port: MessagePortLike,
    private readonly onDispose: () => void = () => {},
  ) {
    this.rpc = new RpcClient(port);
  }

  /** Contours and clusters of the m points in xy (x0, y0, x1, y1, ...; the array is moved to the worker). */
  analyze(xy: Float32Array, m: number, options: DensityOptions = {}): Promise<DensityAnalysis> {
    const signal = this.latest.next();
    const sent = xy.byteOffset === 0 && xy.byteLength === xy.buffer.byteLength ? xy : xy.slice();
    return this.rpc.call('analyze', { xy: sent, m, options }, { signal, transfer: [sent.buffer as ArrayBuffer] });
  }

  /** Cancels the call in progress, if any (it rejects with CancelledError). */
  cancel(): void {
    this.latest.cancel();
  }

  /** The worker died: pending and later calls reject with `error`. */
  fail(error: Error): void {
    this.rpc.fail(error);
  }

  dispose(): void {
    this.rpc.close(new CancelledError('density client disposed'));
    this.onDispose();
  }
}

/** Starts the density worker (same-origin module worker: the page's CSP refuses blob: workers). */
export function createDensityClient(url: URL = new URL('./density.worker.js', import.meta.url)): DensityClient {
  const worker = new Worker(url, { type: 'module' });
  const client = new DensityClient(worker, () => worker.terminate());
  onWorkerFailure(worker, 'density', url, (error) => client.fail(error));
  return client;
}
