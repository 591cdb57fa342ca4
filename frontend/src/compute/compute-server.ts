// The worker's side of the compute RPC: keeps the dataset, runs requests one at a time, and
// cuts long computations into time slices so progress is reported and a cancel message (or a
// newer request) is noticed between slices.

import { pcaSteps, project, spherize, type PcaResult } from './pca';
import type { ComputeRequest, ComputeResponse, MessagePortLike, PcaSummary } from './protocol';

export interface ComputeServerOptions {
  /** Work between two yields to the event loop: short for prompt cancellation, long for low overhead. */
  sliceMilliseconds?: number;
  /** How to let queued messages in; a 0 ms timeout by default. */
  yieldToEventLoop?: () => Promise<void>;
}

class Cancelled extends Error {}

interface Dataset {
  data: Float32Array;
  n: number;
  d: number;
}

interface Basis {
  /** The rows the axes came from: the dataset, or its spherized copy. */
  rows: Float32Array;
  spherize: boolean;
  k: number;
  result: PcaResult;
}

export class ComputeServer {
  private dataset: Dataset | null = null;
  private basis: Basis | null = null;
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
      this.cancelled.add(request.args.target); // seen at the target's next slice
      return;
    }
    this.queue = this.queue.then(() => this.run(request));
  }

  private async run(request: Exclude<ComputeRequest, { method: 'cancel' }>): Promise<void> {
    const { id } = request;
    try {
      this.throwIfCancelled(id);
      switch (request.method) {
        case 'load': {
          const { data, n, d } = request.args;
          if (!(data instanceof Float32Array) || data.length !== n * d) {
            throw new Error(`load: expected ${n} x ${d} float32 values`);
          }
          this.dataset = { data, n, d };
          this.basis = null;
          this.respond({ id, result: { n, d } });
          break;
        }
        case 'pca': {
          const summary = await this.pca(id, request.args.k, request.args.spherize);
          this.respond({ id, result: summary }, [
            summary.components.buffer, summary.variance.buffer, summary.varianceFraction.buffer, summary.mean.buffer,
          ]);
          break;
        }
        case 'project': {
          const basis = this.basis;
          const dataset = this.requireDataset();
          if (!basis) throw new Error('project: call pca first');
          const { mean, components } = basis.result;
          const coordinates = project(basis.rows, dataset.n, dataset.d, mean, components, request.args.dims);
          this.respond({ id, result: coordinates }, [coordinates.buffer]);
          break;
        }
      }
    } catch (error) {
      const cancelled = error instanceof Cancelled;
      const message = error instanceof Error ? error.message : String(error);
      this.respond({ id, error: cancelled ? 'cancelled' : message, cancelled });
    } finally {
      this.cancelled.delete(id);
    }
  }

  private async pca(id: number, k: number, useSpherize: boolean): Promise<PcaSummary> {
    const { data, n, d } = this.requireDataset();
    let basis = this.basis;
    if (!basis || basis.spherize !== useSpherize || basis.k !== k) {
      // Only one copy of spherized rows is kept, and only while it is the basis in use.
      const rows = useSpherize ? spherize(data, n, d) : data;
      this.throwIfCancelled(id);
      const result = await this.drive(id, pcaSteps(rows, n, d, k));
      basis = { rows, spherize: useSpherize, k, result };
      this.basis = basis;
    }
    const { result } = basis;
    // Copies: the cached result stays usable after the response's buffers are transferred.
    return {
      components: result.components.slice(),
      variance: result.variance.slice(),
      varianceFraction: result.varianceFraction.slice(),
      totalVariance: result.totalVariance,
      mean: result.mean.slice(),
      spherized: useSpherize,
      k: result.variance.length,
      d,
    };
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

  private requireDataset(): Dataset {
    if (!this.dataset) throw new Error('no data: call load first');
    return this.dataset;
  }

  private throwIfCancelled(id: number): void {
    if (this.cancelled.has(id)) throw new Cancelled();
  }

  private respond(response: ComputeResponse, transfer: Transferable[] = []): void {
    this.port.postMessage(response, transfer);
  }
}
