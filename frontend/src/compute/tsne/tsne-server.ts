// The worker's side of the t-SNE RPC. One run at a time: start() builds the model in time
// slices (so stop/pause/a newer start() get through during the k-NN search), then iterates in
// slices of ~SLICE_MILLISECONDS, posting a frame at most every frameMilliseconds. Control
// calls (pause, resume, perturb, stop, setMaxIterations, setSupervision) act at once.
//
// The worker supersedes runs itself, in message order: a start() or load() ends the run in
// progress (a start() still initializing then answers CancelledError). The page abandons a
// superseded call without sending a cancel, so request.signal is not what ends a run here.

import { graphInput, layoutGraphBuffers, type GraphInput } from '../knn-graph';
import { releaseBuffers } from '../release-buffers';
import { checkRows, type Rows } from '../rows';
import { CancelledError, RpcServer, type MessagePortLike, type RequestContext } from '../worker-rpc';
import type { TsneEvents, TsneMethods, TsneRunOptions, TsneStatus } from './protocol';
import { TSNE } from './tsne';
import { AttractionPool, type AttractionHelper } from './attraction-pool';
import { HELPERS_FROM_POINTS, helperCount, startLayoutHelpers } from '../layout-helper';

const SLICE_MILLISECONDS = 30;
const DEFAULT_FRAME_MILLISECONDS = 100;

export interface TsneServerOptions {
  /** How to let queued messages in; a MessageChannel round trip by default (no 4 ms timer clamp). */
  yieldToEventLoop?: () => Promise<void>;
  now?: () => number;
  /**
   * Helpers for the iterations' attraction (started on the first run that is large enough):
   * by default one per further core, none in node.
   */
  startHelpers?: () => AttractionHelper[];
  /** Runs of at least this many points share their attraction with the helpers. */
  helpersFrom?: number;
}

interface Run {
  id: number;
  tsne: TSNE;
  frameMilliseconds: number;
  /** Points from which the run's iterations are shared with helpers. */
  helpersFrom: number;
  /** Threads its iterations run on (1 + helpers). */
  threads: number;
  state: TsneStatus['state'];
  /** Set while the iteration loop is active, so resume() does not start a second one. */
  looping: boolean;
  lastKl?: number;
  /** The step shared with the helpers in flight, if any: a pause waits for it (the paused layout is the last one shown). */
  stepping: Promise<unknown> | null;
  /** Set by pause() until that step is done: the loop starts no further step. */
  pausing: boolean;
}

/** What a run starts from: rows (it computes their graph), or a graph computed elsewhere (used once). */
type Input = { rows: Rows } | { graph: GraphInput };

export class TsneServer {
  private input: Input | null = null;
  private run: Run | null = null;
  private readonly rpc: RpcServer<TsneMethods, TsneEvents>;
  private readonly yieldToEventLoop: () => Promise<void>;
  private readonly now: () => number;
  private readonly startHelpers: () => AttractionHelper[];
  private readonly helpersFrom: number;
  private pool: AttractionPool | null = null;

  constructor(port: MessagePortLike, options: TsneServerOptions = {}) {
    this.yieldToEventLoop = options.yieldToEventLoop ?? defaultYield();
    this.now = options.now ?? (() => performance.now());
    this.startHelpers = options.startHelpers ?? (() => startLayoutHelpers(helperCount()));
    this.helpersFrom = options.helpersFrom ?? HELPERS_FROM_POINTS.tsne;
    // Control calls answer with where the run is after acting.
    this.rpc = new RpcServer<TsneMethods, TsneEvents>(port, {
      load: ({ data, n, d }) => {
        checkRows(data, n, d);
        this.end('stopped');
        this.input = { rows: { data, n, d } };
        return { n, d };
      },
      loadGraph: (layout) => {
        const graph = graphInput(layout);
        releaseBuffers(layoutGraphBuffers(layout)); // copied into `graph`
        this.end('stopped');
        this.input = { graph };
        return { n: graph.graph.n, k: graph.graph.k };
      },
      start: ({ options }, request) => this.start(request, options),
      pause: async () => {
        const run = this.run;
        if (run && (run.state === 'running' || run.state === 'initializing')) {
          run.pausing = true;
          await run.stepping;
          run.pausing = false;
          if (this.run === run && (run.state === 'running' || run.state === 'initializing')) this.setState(run, 'paused');
        }
        return this.status();
      },
      resume: () => {
        if (this.run?.state === 'paused') this.continueRun(this.run);
        return this.status();
      },
      perturb: ({ amount }) => {
        if (this.run && this.run.state !== 'initializing' && this.run.state !== 'stopped') {
          this.run.tsne.perturb(amount);
          this.postFrame(this.run);
          if (this.run.state === 'done') this.continueRun(this.run);
        }
        return this.status();
      },
      stop: () => {
        this.end('stopped');
        return this.status();
      },
      setMaxIterations: ({ maxIterations }) => {
        if (this.run) {
          this.run.tsne.setMaxIterations(maxIterations);
          if (this.run.state === 'done' && !this.run.tsne.done) this.continueRun(this.run);
        }
        return this.status();
      },
      setSupervision: ({ supervise }) => {
        if (this.run && this.run.state !== 'initializing') {
          this.run.tsne.setSupervision(supervise ?? null);
          if (this.run.state === 'done' && !this.run.tsne.done) this.continueRun(this.run);
        }
        return this.status();
      },
    });
  }

  /** Ends any run, builds the new one (answering once it is ready), then starts iterating. */
  private async start(request: RequestContext<number>, options: TsneRunOptions): Promise<{ n: number; neighbors: number }> {
    this.end('stopped');
    const input = this.input;
    if (!input) throw new Error('no data: call load first');
    // A graph is used once: P replaces it (the compute workers keep the graph for the next run).
    if ('graph' in input) this.input = null;
    const n = 'graph' in input ? input.graph.graph.n : input.rows.n;
    const { frameMilliseconds = DEFAULT_FRAME_MILLISECONDS, helpersFrom = this.helpersFrom, ...tsneOptions } = options;
    const run: Run = { id: request.id, tsne: new TSNE(tsneOptions), frameMilliseconds, helpersFrom, threads: 1, state: 'initializing', looping: false, stepping: null, pausing: false };
    // Helpers start now, while P and the start are computed (a worker takes ~1 s to start).
    this.poolFor(n, helpersFrom);
    this.run = run;
    this.postState(run);
    try {
      await this.initialize(run, input, request);
    } catch (error) {
      if (this.run === run) this.run = null;
      throw error;
    } finally {
      // P (or a newer run) replaces the graph: its 720 MB at 1M rows, k = 90, go now.
      if ('graph' in input) releaseBuffers([input.graph.graph.indices.buffer, input.graph.graph.distances.buffer]);
    }
    // The answer goes first; the first frame and the loop follow on the next turn.
    void this.yieldToEventLoop().then(() => this.begin(run));
    return { n, neighbors: Math.min(n - 1, Math.floor(3 * options.perplexity)) };
  }

  /** Neighbours, P and the initial layout, in time slices that report progress and let messages in. */
  private async initialize(run: Run, input: Input, request: RequestContext<number>): Promise<void> {
    // A graph is used once (start() forgot it): P is built over its arrays.
    const steps = 'graph' in input
      ? run.tsne.initFromGraphSteps(input.graph.graph, input.graph.principal, input.graph.principalDims, { consumeGraph: true, conditional: input.graph.conditional })
      : run.tsne.initSteps(input.rows.data, input.rows.n, input.rows.d);
    let sliceStart = this.now();
    for (let step = steps.next(); !step.done; step = steps.next()) {
      if (this.now() - sliceStart < SLICE_MILLISECONDS) continue;
      request.progress(step.value);
      await this.yieldToEventLoop();
      // A paused run keeps its place in the search; anything else ends it.
      while (run.state === 'paused' && this.run === run) await sleep(20);
      if (this.run !== run || run.state === 'stopped') throw new CancelledError('cancelled');
      sliceStart = this.now();
    }
  }

  /** Shows the initial layout and iterates, unless the run was paused, stopped or replaced meanwhile. */
  private begin(run: Run): void {
    if (this.run !== run) return;
    this.postFrame(run);
    if (run.state === 'paused') return; // paused during init: resume() starts the loop
    this.continueRun(run);
  }

  private continueRun(run: Run): void {
    this.setState(run, run.tsne.done ? 'done' : 'running');
    if (!run.looping && run.state === 'running') void this.loop(run);
  }

  private async loop(run: Run): Promise<void> {
    run.looping = true;
    let lastFrame = this.now();
    try {
      while (this.run === run && run.state === 'running') {
        const sliceStart = this.now();
        const pool = this.poolFor(run.tsne.n, run.helpersFrom);
        run.threads = 1 + (pool?.size ?? 0);
        while (!run.tsne.done && !run.pausing && this.now() - sliceStart < SLICE_MILLISECONDS) {
          let result;
          if (pool) {
            const step = run.tsne.stepShared(pool);
            run.stepping = step;
            result = await step;
            run.stepping = null;
          } else {
            result = run.tsne.step(1);
          }
          if (result.klDivergence !== undefined) run.lastKl = result.klDivergence;
          if (this.run !== run) return; // replaced or stopped while the helpers worked
        }
        if (run.tsne.done) {
          this.postFrame(run);
          this.setState(run, 'done');
          break;
        }
        if (this.now() - lastFrame >= run.frameMilliseconds) {
          this.postFrame(run);
          lastFrame = this.now();
        }
        await this.yieldToEventLoop();
      }
    } finally {
      run.looping = false;
    }
    // A pause ends the loop between slices: send where it stopped.
    if (this.run === run && run.state === 'paused') this.postFrame(run);
  }

  /** The attraction helpers for a run of n points (started once, kept for later runs), or null. */
  private poolFor(n: number, from: number): AttractionPool | null {
    if (n < from) return null;
    this.pool ??= new AttractionPool(this.startHelpers());
    return this.pool.size > 0 ? this.pool : null;
  }

  private end(state: 'stopped'): void {
    const run = this.run;
    if (!run) return;
    this.pool?.release();
    this.setState(run, state);
    this.run = null;
  }

  private setState(run: Run, state: TsneStatus['state']): void {
    if (run.state === state) return;
    run.state = state;
    this.postState(run);
  }

  private status(): TsneStatus {
    const run = this.run;
    if (!run) return { state: 'idle', iteration: 0, converged: false };
    return { state: run.state, iteration: run.tsne.iteration, converged: run.tsne.converged };
  }

  private postState(run: Run): void {
    this.rpc.emit('state', { run: run.id, status: { state: run.state, iteration: run.tsne.iteration, converged: run.tsne.converged } });
  }

  private postFrame(run: Run): void {
    const coordinates = run.tsne.coordinates();
    this.rpc.emit(
      'frame',
      {
        run: run.id, coordinates, dim: run.tsne.options.dim, iteration: run.tsne.iteration,
        converged: run.tsne.converged, done: run.tsne.done, klDivergence: run.lastKl, threads: run.threads,
      },
      [coordinates.buffer],
    );
  }
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * A macrotask hop that lets queued messages in without the 4 ms clamp of nested timers: a
 * MessageChannel round trip in browsers, setImmediate in node (whose ports drain a busy
 * channel's messages in one go and would starve the others).
 */
function defaultYield(): () => Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => void }).setImmediate;
  if (immediate) return () => new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'undefined') return () => new Promise((resolve) => setTimeout(resolve, 0));
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}
