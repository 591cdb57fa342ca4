// A compute worker's side of the RPC: keeps its shard of rows, runs requests one at a time,
// and cuts long computations into time slices so progress is reported and a cancel message
// is noticed between slices.

import { columnSums, scatterMatrixSteps } from './covariance';
import { principalAxes, project } from './pca';
import { scaledColumnSums, spherizeScaling, type RowScaling } from './row-scaling';
import type { ComputeMethods, ComputeRequest, ComputeResponse, MessagePortLike } from './protocol';

export interface ComputeServerOptions {
  /** Work between two yields to the event loop: short for prompt cancellation, long for low overhead. */
  sliceMilliseconds?: number;
  /** How to let queued messages in; a 0 ms timeout by default. */
  yieldToEventLoop?: () => Promise<void>;
}

class Cancelled extends Error {}

interface Shard {
  rows: Float32Array;
  n: number;
  d: number;
  /** How scatter() and project() read the rows: as loaded (null) or spherized on the fly. */
  scaling: RowScaling | null;
}

type Request = Exclude<ComputeRequest, { method: 'cancel' }>;
type Result = ComputeMethods[Request['method']]['result'];

export class ComputeServer {
  private shard: Shard | null = null;
  private readonly cancelled = new Set<number>();
  private queue: Promise<void> = Promise.resolve();
  private readonly sliceMilliseconds: number;
  private readonly yieldToEventLoop: () => Promise<void>;

  constructor(
    private readonly port: MessagePortLike,
    options: ComputeServerOptions = {},
  ) {
    this.sliceMilliseconds = options.sliceMilliseconds ?? 100;
    this.yieldToEventLoop = options.yieldToEventLoop ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    port.addEventListener('message', (event) => this.receive(event.data as ComputeRequest));
    port.start?.();
  }

  private receive(request: ComputeRequest): void {
    if (request.method === 'cancel') {
      this.cancelled.add(request.args.target); // seen before it starts or at its next slice
      return;
    }
    this.queue = this.queue.then(() => this.run(request));
  }

  private async run(request: Request): Promise<void> {
    const { id } = request;
    try {
      this.throwIfCancelled(id);
      const result = await this.handle(request);
      this.respond({ id, result }, transferablesOf(result));
    } catch (error) {
      const cancelled = error instanceof Cancelled;
      const message = error instanceof Error ? error.message : String(error);
      this.respond({ id, error: cancelled ? 'cancelled' : message, cancelled });
    } finally {
      this.cancelled.delete(id);
    }
  }

  private async handle(request: Request): Promise<Result> {
    switch (request.method) {
      case 'load': {
        const { rows, n, d } = request.args;
        if (!(rows instanceof Float32Array) || rows.length !== n * d) {
          throw new Error(`load: expected ${n} x ${d} float32 values`);
        }
        this.shard = { rows, n, d, scaling: null };
        return { n };
      }
      case 'selectRows': {
        const shard = this.requireShard();
        const around = request.args.spherizeAround;
        shard.scaling = around ? spherizeScaling(shard.rows, shard.n, shard.d, around) : null;
        return shard.scaling
          ? scaledColumnSums(shard.rows, shard.n, shard.d, shard.scaling)
          : columnSums(shard.rows, shard.n, shard.d);
      }
      case 'scatter': {
        const shard = this.requireShard();
        const { mean } = request.args;
        const scaling = shard.scaling ?? undefined;
        return this.drive(request.id, scatterMatrixSteps(shard.rows, shard.n, shard.d, mean, { scaling }));
      }
      case 'principalAxes': {
        const { covariance, d, k, mean } = request.args;
        return principalAxes(covariance, d, k, mean);
      }
      case 'project': {
        const shard = this.requireShard();
        const { mean, components, dims } = request.args;
        return project(shard.rows, shard.n, shard.d, mean, components, dims, shard.scaling ?? undefined);
      }
    }
  }

  /** Runs a step generator in time slices, posting progress and honouring cancellation. */
  private async drive<T>(id: number, steps: Generator<number, T, void>): Promise<T> {
    let sliceStart = Date.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (Date.now() - sliceStart >= this.sliceMilliseconds) {
        this.respond({ id, progress: step.value });
        await this.yieldToEventLoop();
        this.throwIfCancelled(id);
        sliceStart = Date.now();
      }
    }
  }

  private requireShard(): Shard {
    if (!this.shard) throw new Error('no data: call load first');
    return this.shard;
  }

  private throwIfCancelled(id: number): void {
    if (this.cancelled.has(id)) throw new Cancelled();
  }

  private respond(response: ComputeResponse, transfer: Transferable[] = []): void {
    this.port.postMessage(response, transfer);
  }
}

/** The buffers of a result, to transfer instead of copy (each result owns its arrays). */
function transferablesOf(result: Result): Transferable[] {
  const arrays = ArrayBuffer.isView(result) ? [result] : Object.values(result).filter(ArrayBuffer.isView);
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
