// A compute worker's side of the RPC: keeps its shard of rows, runs calls one at a time, and
// cuts long computations into time slices so progress is reported and a cancel is noticed
// between slices.

import { columnSums, columnSumsOf, scatterMatrixSteps } from './covariance';
import { principalAxes, project, projectOnDirections } from './pca';
import { GraphServer } from './graph-server';
import type { ComputeMethods } from './protocol';
import { RowScanner } from './row-query';
import { releaseBuffers } from './release-buffers';
import { checkRows, takeRows } from './rows';
import { scaledColumnSums, spherizeScaling, type RowScaling } from './row-scaling';
import { CancelledError, RpcServer, transfer, type MessagePortLike, type RequestContext } from './worker-rpc';

export interface ComputeServerOptions {
  /** Work between two yields to the event loop: short for prompt cancellation, long for low overhead. */
  sliceMilliseconds?: number;
  /** How to let queued messages in; a 0 ms timeout by default. */
  yieldToEventLoop?: () => Promise<void>;
}

interface Shard {
  /** In WebAssembly memory where the engine has SIMD (the scanner's), else as received. */
  rows: Float32Array;
  scanner: RowScanner;
  n: number;
  d: number;
  /** How scatter() and project() read the rows: as loaded (null) or spherized on the fly. */
  scaling: RowScaling | null;
}

export class ComputeServer {
  private shard: Shard | null = null;
  /** A shard arriving in pieces (beginRows .. endRows). */
  private incoming: { id: number; n: number; d: number; rows: Float32Array; received: number } | null = null;
  private readonly graph = new GraphServer((request, steps) => this.drive(request, steps));
  private readonly sliceMilliseconds: number;
  private readonly yieldToEventLoop: () => Promise<void>;

  constructor(port: MessagePortLike, options: ComputeServerOptions = {}) {
    this.sliceMilliseconds = options.sliceMilliseconds ?? 100;
    this.yieldToEventLoop = options.yieldToEventLoop ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    new RpcServer<ComputeMethods>(port, {
      load: ({ rows, n, d }) => {
        checkRows(rows, n, d);
        this.incoming = null;
        this.install(rows, n, d);
        return { n };
      },
      beginRows: ({ id, n, d }) => {
        this.incoming = { id, n, d, rows: new Float32Array(n * d), received: 0 };
        return null;
      },
      putRows: ({ id, rows, at }) => {
        const incoming = this.incoming;
        if (incoming && incoming.id === id) {
          const m = rows.length / incoming.d;
          if (!Number.isInteger(m) || at < 0 || at + m > incoming.n) throw new Error(`load: rows ${at}..${at + m - 1} are not in a shard of ${incoming.n}`);
          incoming.rows.set(rows, at * incoming.d);
          incoming.received += m;
        }
        releaseBuffers([rows.buffer]);   // copied (or superseded): freed now, not at some later collection
        return null;
      },
      endRows: ({ id }) => {
        const incoming = this.incoming;
        if (!incoming || incoming.id !== id) throw new CancelledError('superseded by a newer load');
        this.incoming = null;
        if (incoming.received !== incoming.n) throw new Error(`load: ${incoming.received} of ${incoming.n} rows arrived`);
        this.install(incoming.rows, incoming.n, incoming.d);
        return { n: incoming.n };
      },
      // The results below are fresh arrays the worker does not keep: moved, not copied.
      selectRows: ({ spherizeAround }) => {
        const shard = this.requireShard();
        shard.scaling = spherizeAround ? spherizeScaling(shard.rows, shard.n, shard.d, spherizeAround) : null;
        const sums = shard.scaling
          ? scaledColumnSums(shard.rows, shard.n, shard.d, shard.scaling)
          : columnSums(shard.rows, shard.n, shard.d);
        return transfer(sums, [sums.buffer]);
      },
      scatter: async ({ mean, stride = 1 }, request) => {
        const shard = this.requireShard();
        const part = stride > 1 ? everyNthRow(shard, stride) : { rows: shard.rows, n: shard.n, scaling: shard.scaling };
        const scatter = await this.drive(request, scatterMatrixSteps(part.rows, part.n, shard.d, mean, { scaling: part.scaling ?? undefined }));
        return transfer({ scatter, rows: part.n }, [scatter.buffer]);
      },
      principalAxes: ({ covariance, d, k, mean }) => {
        const axes = principalAxes(covariance, d, k, mean);
        return transfer(axes, [axes.components.buffer, axes.variance.buffer, axes.varianceFraction.buffer, axes.mean.buffer]);
      },
      project: ({ mean, components, dims }) => {
        const shard = this.requireShard();
        const coordinates = project(shard.rows, shard.n, shard.d, mean, components, dims, shard.scaling ?? undefined);
        return transfer(coordinates, [coordinates.buffer]);
      },
      heldRows: () => ({ rows: this.shard?.n ?? 0, bytes: this.shard?.rows.byteLength ?? 0 }),
      gatherRows: ({ rows }) => {
        const shard = this.requireShard();
        const out = rows ? takeRows(shard.rows, shard.d, rows) : shard.rows.slice(0, shard.n * shard.d);
        return transfer(out, [out.buffer]);
      },
      sumRows: ({ rows }) => {
        const shard = this.requireShard();
        const sums = columnSumsOf(shard.rows, shard.d, rows);
        return transfer(sums, [sums.buffer]);
      },
      projectOnto: ({ origin, directions }) => {
        const shard = this.requireShard();
        const coordinates = projectOnDirections(shard.rows, shard.n, shard.d, origin, directions);
        return transfer(coordinates, [coordinates.buffer]);
      },
      rowVector: ({ row }) => {
        const vector = this.requireShard().scanner.row(row);
        return transfer(vector, [vector.buffer]);
      },
      prepareNearestRows: ({ centres }) => {
        const scanner = this.requireShard().scanner;
        for (const centre of centres) scanner.prepare(centre);
        return null;
      },
      nearestRows: (query) => {
        const matches = this.requireShard().scanner.nearest(query);
        return transfer(matches, [matches.indices.buffer, matches.distances.buffer]);
      },
      graphColumnSums: (args) => this.graph.columnSums(this.requireShard(), args),
      graphScatter: (args, request) => this.graph.scatter(this.requireShard(), args, request),
      graphProject: (args, request) => this.graph.project(this.requireShard(), args, request),
      graphRowsIn: (args) => this.graph.rowsIn(args),
      graphForest: (args, request) => this.graph.forest(args, request),
      graphAccept: (args) => this.graph.accept(args),
      graphSample: (args) => this.graph.sample(args),
      graphJoin: (args, request) => this.graph.join(args, request),
      graphLists: (args) => this.graph.lists(args),
      graphExtend: (args, request) => this.graph.extend(args, request),
      graphFinish: (args) => this.graph.finish(args),
      graphExport: (args) => this.graph.export(args),
    }, { serial: true, immediate: ['rowVector', 'nearestRows', 'gatherRows', 'heldRows'] });
  }

  /**
   * Makes n x d `rows` this worker's shard. The received rows are let go: the scanner's copy is the
   * shard from now on, and the rows are freed at once (an idle worker may not collect garbage for
   * minutes: hundreds of MB at 1M rows).
   */
  private install(rows: Float32Array, n: number, d: number): void {
    const scanner = RowScanner.store(rows, n, d);
    if (scanner.rows.buffer !== rows.buffer) releaseBuffers([rows.buffer]);
    this.shard = { rows: scanner.rows, scanner, n, d, scaling: null };
    this.graph.reset();
  }

  /** Runs a step generator in time slices, posting progress and honouring cancellation. */
  private async drive<T>(request: RequestContext<number>, steps: Generator<number, T, void>): Promise<T> {
    let sliceStart = Date.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (Date.now() - sliceStart >= this.sliceMilliseconds) {
        request.progress(step.value);
        await this.yieldToEventLoop();
        request.signal.throwIfAborted();
        sliceStart = Date.now();
      }
    }
  }

  private requireShard(): Shard {
    if (!this.shard) throw new Error('no data: call load first');
    return this.shard;
  }
}

/** Rows 0, stride, 2 stride, .. of a shard (copied) with their scale factors: a sample for a quick PCA. */
function everyNthRow(shard: Shard, stride: number): { rows: Float32Array; n: number; scaling: RowScaling | null } {
  const picked = Int32Array.from({ length: Math.ceil(shard.n / stride) }, (_, k) => k * stride);
  const { scaling } = shard;
  return {
    rows: takeRows(shard.rows, shard.d, picked), n: picked.length,
    scaling: scaling ? { centre: scaling.centre, scale: Float64Array.from(picked, (r) => scaling.scale[r]) } : null,
  };
}
