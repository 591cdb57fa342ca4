// The page's side of the compute workers: PCA and projection of all rows, split over workers.
//
// load() splits the rows into one shard per worker and sends each shard once; pca() and
// project() then send only small arguments and add up what the shards return (column sums,
// scatter matrices, projected rows), so two workers use two cores on one PCA.
// A pca() supersedes any pca() or project() still pending (its promise rejects with
// CancelledError and the workers drop its work at their next time slice); a project()
// supersedes a pending project() and waits for a pending pca(); a load() supersedes everything.

import { scatterToCovariance } from './covariance';
import { checkFiniteMean, type PcaResult } from './pca';
import type { ComputeMethods, PcaSummary } from './protocol';
import {
  CancelledError, RpcClient, sendable, type Args, type CallOptions as RpcCallOptions, type MessagePortLike, type Progress, type Result,
} from './worker-rpc';

export type { PcaSummary } from './protocol';
export { CancelledError } from './worker-rpc';

export interface CallOptions {
  /** Fraction done in [0, 1], reported while the workers compute. */
  onProgress?: (fraction: number) => void;
}

export interface PcaOptions extends CallOptions {
  /** Centre and L2-normalise the rows first (TensorBoard default: on when d >= 50). */
  spherize?: boolean;
}

export interface LoadOptions {
  /**
   * Hand the array over instead of having it copied: with one worker its buffer is moved
   * (the caller's array becomes length 0); with several, each worker's rows are sliced once on
   * the page and moved. Without it the structured clone copies the data (one copy, once).
   */
  transfer?: boolean;
}

/** Shards smaller than this are not worth a worker's round trip. */
const MIN_ROWS_PER_SHARD = 2048;

type Group = 'load' | 'pca' | 'project';

/** Which pending calls a new call of each group supersedes. */
const SUPERSEDES: Record<Group, Group[]> = {
  load: ['load', 'pca', 'project'],
  pca: ['pca', 'project'],
  project: ['project'],
};

/** One call of ComputeClient: aborting it cancels its requests to the workers. */
class Operation {
  readonly controller = new AbortController();
  /** Settles when the call's own work does (even after it was superseded). */
  done: Promise<unknown> = Promise.resolve();
  constructor(readonly group: Group, readonly reject: (reason: unknown) => void) {}

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }
}

interface LastPca {
  k: number;
  spherize: boolean;
  result: PcaResult;
}

export class ComputeClient {
  /** One channel per worker; channel i is the home of shard i. */
  private readonly workers: RpcClient<ComputeMethods>[];
  private readonly operations = new Set<Operation>();
  private shape = { n: 0, d: 0 };
  /** Rows of each shard in use; shard i lives in workers[i]. */
  private shardRows: number[] = [];
  private rawMean: Float64Array | null = null;
  private last: LastPca | null = null;
  /** Set when a worker died or never started: every call rejects with it from then on. */
  private failure: Error | null = null;

  /** One port per worker; each becomes the home of one shard of rows. */
  constructor(
    ports: MessagePortLike | MessagePortLike[],
    private readonly onDispose: () => void = () => {},
  ) {
    const list = Array.isArray(ports) ? ports : [ports];
    if (list.length === 0) throw new Error('ComputeClient needs at least one worker port');
    this.workers = list.map((port) => new RpcClient<ComputeMethods>(port));
  }

  /** Number of workers this client splits the rows over. */
  get workerCount(): number {
    return this.workers.length;
  }

  load(data: Float32Array, n: number, d: number, options: LoadOptions = {}): Promise<{ n: number; d: number }> {
    if (!Number.isInteger(n) || !Number.isInteger(d) || n < 0 || d < 1 || data.length < n * d) {
      throw new RangeError(`load: ${data.length} values for ${n} x ${d}`);
    }
    this.shape = { n, d };
    this.rawMean = null;
    this.last = null;
    const shards = Math.max(1, Math.min(this.workers.length, Math.floor(n / MIN_ROWS_PER_SHARD)));
    this.shardRows = splitRows(n, shards);
    return this.operate('load', async (operation) => {
      let start = 0;
      const loads = this.shardRows.map((rows, shard) => {
        // Several shards are slices of the rows, moved; one shard is the rows, moved only when asked.
        const part = sendable(data.subarray(start * d, (start + rows) * d), shards === 1 ? options.transfer : true);
        start += rows;
        return this.request(operation, shard, 'load', { rows: part.array, n: rows, d }, { transfer: part.transfer });
      });
      await Promise.all(loads);
      return { n, d };
    });
  }

  /** Exact top-k principal components of ALL loaded rows (k = min(k, d)). */
  pca(k = 10, options: PcaOptions = {}): Promise<PcaSummary> {
    const spherize = options.spherize ?? false;
    return this.operate('pca', async (operation) => {
      const { n, d } = this.shape;
      if (this.shardRows.length === 0) throw new Error('no data: call load first');
      const last = this.last;
      if (last && last.k === k && last.spherize === spherize) return summarize(last.result, spherize, d);

      // The shards' selected rows change below: until this call completes there is no basis.
      this.last = null;
      const rawMean = spherize && this.rawMean ? this.rawMean : await this.sumRows(operation, null);
      checkFiniteMean(rawMean);
      if (!operation.cancelled) this.rawMean = rawMean;
      const mean = spherize ? await this.sumRows(operation, rawMean) : rawMean;
      const progress = new Float64Array(this.shardRows.length);
      const scatters = await Promise.all(
        this.shardRows.map((_, shard) =>
          this.request(operation, shard, 'scatter', { mean }, {
            onProgress: (fraction) => {
              progress[shard] = fraction;
              options.onProgress?.((0.95 * progress.reduce((a, b) => a + b, 0)) / progress.length);
            },
          }),
        ),
      );
      const covariance = scatterToCovariance(addUp(scatters), n);
      const axes = { covariance, d, k, mean };
      const result = await this.request(operation, 0, 'principalAxes', axes, { transfer: [covariance.buffer] });
      options.onProgress?.(1);
      if (!operation.cancelled) this.last = { k, spherize, result };
      return summarize(result, spherize, d);
    });
  }

  /** n x dims.length coordinates on the last pca()'s components, e.g. dims [0, 1, 2] or [2, 5]. */
  project(dims: number[], options: CallOptions = {}): Promise<Float32Array> {
    return this.operate('project', async (operation) => {
      for (let pending = this.pendingPca(); pending; pending = this.pendingPca()) {
        await pending.done.catch(() => {}); // a newer pca() may replace it meanwhile
        if (operation.cancelled) throw new CancelledError();
      }
      const last = this.last;
      if (!last) throw new Error('project: call pca first');
      const { mean, components } = last.result;
      const parts = await Promise.all(
        this.shardRows.map((_, shard) => this.request(operation, shard, 'project', { mean, components, dims })),
      );
      options.onProgress?.(1);
      if (parts.length === 1) return parts[0];
      const coordinates = new Float32Array(this.shape.n * dims.length);
      let offset = 0;
      for (const part of parts) {
        coordinates.set(part, offset);
        offset += part.length;
      }
      return coordinates;
    });
  }

  /**
   * A worker failed (its script did not load, or it threw outside a request): rejects what is
   * pending and every later call with `error`, instead of leaving promises unsettled forever.
   */
  fail(error: Error): void {
    this.failure ??= error;
    for (const operation of this.operations) this.cancel(operation, this.failure);
  }

  /** Rejects everything pending and stops the workers. */
  dispose(): void {
    for (const operation of this.operations) this.cancel(operation, new CancelledError('compute client disposed'));
    this.onDispose();
  }

  private pendingPca(): Operation | undefined {
    for (const operation of this.operations) if (operation.group === 'pca') return operation;
    return undefined;
  }

  /** Mean of the rows the shards select (loaded, or spherized around `spherizeAround`). */
  private async sumRows(operation: Operation, spherizeAround: Float64Array | null): Promise<Float64Array> {
    const sums = await Promise.all(
      this.shardRows.map((_, shard) => this.request(operation, shard, 'selectRows', { spherizeAround })),
    );
    const mean = addUp(sums);
    const n = this.shape.n;
    if (n > 0) for (let j = 0; j < mean.length; j++) mean[j] /= n;
    return mean;
  }

  /** Runs one public call: supersedes older calls of its group, rejects if it is superseded. */
  private operate<T>(group: Group, body: (operation: Operation) => Promise<T>): Promise<T> {
    for (const operation of this.operations) {
      if (SUPERSEDES[group].includes(operation.group)) this.cancel(operation, new CancelledError());
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      const operation = new Operation(group, reject);
      this.operations.add(operation);
      const work = body(operation);
      operation.done = work;
      work.then(
        (value) => {
          this.operations.delete(operation);
          if (!operation.cancelled) resolve(value);
        },
        (error) => {
          this.operations.delete(operation);
          if (!operation.cancelled) reject(error);
        },
      );
    });
  }

  private cancel(operation: Operation, reason: Error): void {
    if (operation.cancelled) return;
    operation.controller.abort(reason);
    this.operations.delete(operation);
    operation.reject(reason);
  }

  private request<M extends keyof ComputeMethods>(
    operation: Operation,
    shard: number,
    method: M,
    args: Args<ComputeMethods, M>,
    options: Omit<RpcCallOptions<Progress<ComputeMethods, M>>, 'signal'> = {},
  ): Promise<Result<ComputeMethods, M>> {
    return this.workers[shard].call(method, args, { ...options, signal: operation.controller.signal });
  }
}

/** Row counts of `shards` nearly equal shards. */
function splitRows(n: number, shards: number): number[] {
  return Array.from({ length: shards }, (_, i) => Math.floor((n * (i + 1)) / shards) - Math.floor((n * i) / shards));
}

function addUp(arrays: Float64Array[]): Float64Array {
  const total = new Float64Array(arrays[0].length);
  for (const array of arrays) for (let i = 0; i < total.length; i++) total[i] += array[i];
  return total;
}

/** A copy for the caller: the cached result stays intact whatever the caller does with it. */
function summarize(result: PcaResult, spherized: boolean, d: number): PcaSummary {
  return {
    components: result.components.slice(),
    variance: result.variance.slice(),
    varianceFraction: result.varianceFraction.slice(),
    totalVariance: result.totalVariance,
    mean: result.mean.slice(),
    spherized,
    k: result.variance.length,
    d,
  };
}

/** Default worker count: the cores, at most 4 (each holds only its shard of the rows). */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(4, cores || 2));
}

/**
 * Starts the compute workers (same-origin module workers: the page's CSP refuses blob:
 * workers) and returns their client. The default URL is compute.worker.js next to the page's
 * bundle.
 */
export function createComputeClient(
  url: URL = new URL('./compute.worker.js', import.meta.url),
  workers: number = defaultWorkerCount(),
): ComputeClient {
  const started = Array.from({ length: Math.max(1, workers) }, () => new Worker(url, { type: 'module' }));
  const client = new ComputeClient(started, () => started.forEach((worker) => worker.terminate()));
  for (const worker of started) {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      client.fail(new Error(`compute worker failed: ${event.message || `could not start ${url}`}`));
    });
  }
  return client;
}
