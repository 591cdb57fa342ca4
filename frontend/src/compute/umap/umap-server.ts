// The worker's side of the UMAP RPC: keeps the dataset and one UMAP run, and runs it in time
// slices — between slices it posts the layout (about every frameMilliseconds) and lets queued
// messages in, so stop() or a newer start() takes effect within one slice.
//
// The worker supersedes runs itself, in message order: a start(), resume() or load() ends the run
// in progress (whose call then answers CancelledError). The page abandons a superseded call
// without sending a cancel, so request.signal is not what ends a run here.

import { graphInput, layoutGraphBuffers, type GraphInput } from '../knn-graph';
import { releaseBuffers } from '../release-buffers';
import { checkRows, type Rows } from '../rows';
import { CancelledError, RpcServer, transfer, type MessagePortLike, type RequestContext, type Transfer } from '../worker-rpc';
import { UmapStoppedError, type UmapFrame, type UmapMethods, type UmapUpdate } from './protocol';
import { UMAP, type UMAPInitProgress } from './umap';
import { EpochPool, type EpochHelper } from './epoch-pool';
import { HELPERS_FROM_POINTS, helperCount, startLayoutHelpers } from '../layout-helper';

export interface UmapServerOptions {
  /** Epochs run between two frames (and two looks at the message queue) last about this long. */
  frameMilliseconds?: number;
  yieldToEventLoop?: () => Promise<void>;
  /** Helpers for the epochs (started on the first run that is large enough): by default one per further core, none in node. */
  startHelpers?: () => EpochHelper[];
  /** Runs of at least this many points share their epochs with the helpers. */
  helpersFrom?: number;
}

/** What a run starts from: rows (it computes their graph), or a graph computed elsewhere (used once). */
type Input = { rows: Rows } | { graph: GraphInput };

export class UmapServer {
  private input: Input | null = null;
  private umap: UMAP | null = null;
  /** The call whose run is in progress; null when idle. */
  private running: number | null = null;
  /** Set by stop/load/start to end the current run at its next slice. */
  private interruption: 'stop' | 'supersede' | null = null;
  private readonly frameMilliseconds: number;
  private readonly yieldToEventLoop: () => Promise<void>;
  private readonly startHelpers: () => EpochHelper[];
  private readonly helpersFrom: number;
  private pool: EpochPool | null = null;
  /** The current run's helpersFrom, and the threads its epochs run on. */
  private umapHelpersFrom = 0;
  /** The current run's time between frames (its slices, between looks at the message queue, stay frameMilliseconds). */
  private runFrameMilliseconds = 100;
  private threads = 1;

  constructor(port: MessagePortLike, options: UmapServerOptions = {}) {
    this.frameMilliseconds = options.frameMilliseconds ?? 100;
    this.yieldToEventLoop = options.yieldToEventLoop ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    this.startHelpers = options.startHelpers ?? (() => startLayoutHelpers(helperCount()));
    this.helpersFrom = options.helpersFrom ?? HELPERS_FROM_POINTS.umap;
    new RpcServer<UmapMethods>(port, {
      load: async ({ data, n, d }) => {
        checkRows(data, n, d);
        await this.endRun('supersede');
        this.input = { rows: { data, n, d } };
        this.umap = null;
        this.pool?.release();
        return { n, d };
      },
      loadGraph: async (layout) => {
        const graph = graphInput(layout);
        releaseBuffers(layoutGraphBuffers(layout)); // copied into `graph`
        await this.endRun('supersede');
        this.input = { graph };
        this.umap = null;
        this.pool?.release();
        return { n: graph.graph.n, k: graph.graph.k };
      },
      stop: async () => {
        const stopped = this.running !== null;
        await this.endRun('stop');
        return { stopped };
      },
      start: async (options, request) => {
        await this.endRun('supersede');
        const input = this.input;
        if (!input) throw new Error('no data: call load first');
        // A graph is used once: the fuzzy graph replaces it (the compute workers keep the graph).
        if ('graph' in input) this.input = null;
        const { helpersFrom = this.helpersFrom, frameMilliseconds = this.frameMilliseconds, ...umapOptions } = options;
        const umap = new UMAP(umapOptions);
        this.umap = umap;
        this.umapHelpersFrom = helpersFrom;
        this.runFrameMilliseconds = frameMilliseconds;
        // Helpers start now, while the fuzzy graph and the start are computed (a worker takes ~1 s to start).
        this.poolFor('graph' in input ? input.graph.graph.n : input.rows.n, helpersFrom);
        return this.run(request, umap, input);
      },
      resume: async (_, request) => {
        await this.endRun('supersede');
        const umap = this.umap;
        if (!umap) throw new Error('resume: nothing to resume (call start first)');
        return this.run(request, umap, null);
      },
    });
  }

  /** Asks the current run to end, and waits until it has. */
  private async endRun(how: 'stop' | 'supersede'): Promise<void> {
    while (this.running !== null) {
      this.interruption = how;
      await this.yieldToEventLoop();
    }
  }

  /** Initialises (when `input` is given) and optimises `umap`, posting frames; answers with the last one. */
  private async run(request: RequestContext<UmapUpdate>, umap: UMAP, input: Input | null): Promise<Transfer<UmapFrame>> {
    this.running = request.id;
    this.interruption = null;
    const postFrame = () => {
      const frame = this.frame(umap);
      request.progress({ frame }, [frame.coordinates.buffer]);
    };
    try {
      if (input) {
        // Progress and a look at the message queue at each new phase and about once a frame
        // within one, however often init yields.
        let lastYield = Date.now();
        let lastPhase: UMAPInitProgress['phase'] | null = null;
        const steps = 'graph' in input
          ? umap.initFromGraphSteps(input.graph.graph, input.graph.principal, input.graph.principalDims)
          : umap.initSteps(input.rows.data, input.rows.n, input.rows.d);
        for (const progress of steps) {
          if (progress.phase === lastPhase && Date.now() - lastYield < this.frameMilliseconds) continue;
          lastPhase = progress.phase;
          request.progress({ init: progress });
          await this.checkpoint();
          if (this.interruption === 'stop') {
            this.umap = null; // half-built: nothing to resume
            throw new UmapStoppedError();
          }
          lastYield = Date.now();
        }
        // The graph was used once: the fuzzy graph and the layout replace it (1M rows: ~170 MB freed now).
        if ('graph' in input) releaseBuffers([input.graph.graph.indices.buffer, input.graph.graph.distances.buffer, input.graph.principal.buffer]);
        postFrame();
      }
      const pool = this.poolFor(umap.pointCount, this.umapHelpersFrom);
      this.threads = 1 + (pool?.size ?? 0);
      const step = () => (pool ? umap.stepShared(pool) : umap.step(1));
      let lastFrame = Date.now();
      for (;;) {
        const sliceStart = Date.now();
        let state = await step();
        while (!state.done && Date.now() - sliceStart < this.frameMilliseconds) state = await step();
        if (state.done) return this.lastFrame(umap);
        if (Date.now() - lastFrame >= this.runFrameMilliseconds) {
          postFrame();
          lastFrame = Date.now();
        }
        await this.checkpoint();
        if (this.interruption === 'stop') return this.lastFrame(umap);
      }
    } finally {
      this.running = null;
      this.interruption = null;
    }
  }

  /** The epoch helpers for a run of n points (started once, kept for later runs), or null. */
  private poolFor(n: number, from: number): EpochPool | null {
    if (n < from) return null;
    this.pool ??= new EpochPool(this.startHelpers());
    return this.pool.size > 0 ? this.pool : null;
  }

  /** Lets queued messages in; a newer start/load ends this run here (its start() rejects with CancelledError). */
  private async checkpoint(): Promise<void> {
    await this.yieldToEventLoop();
    if (this.interruption === 'supersede') throw new CancelledError('superseded');
  }

  /** The answer of a run: its last frame, whose fresh coordinates are moved to the page. */
  private lastFrame(umap: UMAP): Transfer<UmapFrame> {
    const frame = this.frame(umap);
    return transfer(frame, [frame.coordinates.buffer]);
  }

  private frame(umap: UMAP): UmapFrame {
    const { epoch, nEpochs, done } = umap.step(0);
    return { coordinates: umap.coordinates(), n: umap.pointCount, dim: umap.dim, epoch, nEpochs, done, threads: this.threads };
  }
}
