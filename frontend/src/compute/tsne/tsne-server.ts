// The worker's side of the t-SNE RPC. One run at a time: start() builds the model in time
// slices (so stop/pause/a newer start() get through during the k-NN search), then iterates in
// slices of ~SLICE_MILLISECONDS, posting a frame at most every frameMilliseconds. Control
// calls (pause, resume, perturb, stop, setMaxIterations, setSupervision) act at once.

import type { MessagePortLike, TsneRequest, TsneResponse, TsneRunOptions, TsneStatus } from './protocol';
import { TSNE } from './tsne';

const SLICE_MILLISECONDS = 30;
const DEFAULT_FRAME_MILLISECONDS = 100;

export interface TsneServerOptions {
  /** How to let queued messages in; a MessageChannel round trip by default (no 4 ms timer clamp). */
  yieldToEventLoop?: () => Promise<void>;
  now?: () => number;
}

interface Run {
  id: number;
  tsne: TSNE;
  frameMilliseconds: number;
  state: TsneStatus['state'];
  /** Set while the iteration loop is active, so resume() does not start a second one. */
  looping: boolean;
  lastKl?: number;
}

export class TsneServer {
  private data: { data: Float32Array; n: number; d: number } | null = null;
  private run: Run | null = null;
  private readonly yieldToEventLoop: () => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly port: MessagePortLike,
    options: TsneServerOptions = {},
  ) {
    this.yieldToEventLoop = options.yieldToEventLoop ?? defaultYield();
    this.now = options.now ?? (() => performance.now());
    port.addEventListener('message', (event) => this.receive(event.data as TsneRequest));
    port.start?.();
  }

  private receive(request: TsneRequest): void {
    const { id } = request;
    try {
      switch (request.method) {
        case 'load': {
          const { data, n, d } = request.args;
          if (!(data instanceof Float32Array) || data.length !== n * d) throw new Error(`load: expected ${n} x ${d} float32 values`);
          this.end('stopped');
          this.data = { data, n, d };
          this.respond({ id, result: { n, d } });
          return;
        }
        case 'start':
          this.end('stopped');
          void this.start(id, request.args.options);
          return;
        case 'pause':
          if (this.run && (this.run.state === 'running' || this.run.state === 'initializing')) this.setState(this.run, 'paused');
          break;
        case 'resume':
          if (this.run?.state === 'paused') this.continueRun(this.run);
          break;
        case 'perturb':
          if (this.run && this.run.state !== 'initializing' && this.run.state !== 'stopped') {
            this.run.tsne.perturb(request.args.amount);
            this.postFrame(this.run);
            if (this.run.state === 'done') this.continueRun(this.run);
          }
          break;
        case 'stop':
          this.end('stopped');
          break;
        case 'setMaxIterations':
          if (this.run) {
            this.run.tsne.setMaxIterations(request.args.maxIterations);
            if (this.run.state === 'done' && !this.run.tsne.done) this.continueRun(this.run);
          }
          break;
        case 'setSupervision':
          if (this.run && this.run.state !== 'initializing') {
            this.run.tsne.setSupervision(request.args.supervise ?? null);
            if (this.run.state === 'done' && !this.run.tsne.done) this.continueRun(this.run);
          }
          break;
      }
      this.respond({ id, result: this.status() });
    } catch (error) {
      this.respond({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async start(id: number, options: TsneRunOptions): Promise<void> {
    const dataset = this.data;
    if (!dataset) {
      this.respond({ id, error: 'no data: call load first' });
      return;
    }
    const { frameMilliseconds = DEFAULT_FRAME_MILLISECONDS, ...tsneOptions } = options;
    const run: Run = { id, tsne: new TSNE(tsneOptions), frameMilliseconds, state: 'initializing', looping: false };
    this.run = run;
    this.postState(run);
    try {
      const steps = run.tsne.initSteps(dataset.data, dataset.n, dataset.d);
      let sliceStart = this.now();
      for (let step = steps.next(); !step.done; step = steps.next()) {
        if (this.now() - sliceStart < SLICE_MILLISECONDS) continue;
        this.respond({ id, progress: step.value });
        await this.yieldToEventLoop();
        // A paused run keeps its place in the search; anything else ends it.
        while (run.state === 'paused' && this.run === run) await sleep(20);
        if (this.run !== run || run.state === 'stopped') throw new Superseded();
        sliceStart = this.now();
      }
    } catch (error) {
      const cancelled = error instanceof Superseded;
      this.respond({ id, error: cancelled ? 'cancelled' : String(error instanceof Error ? error.message : error), cancelled });
      if (this.run === run) this.run = null;
      return;
    }
    this.respond({ id, result: { n: dataset.n, neighbors: Math.min(dataset.n - 1, Math.floor(3 * options.perplexity)) } });
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
        while (!run.tsne.done && this.now() - sliceStart < SLICE_MILLISECONDS) {
          const result = run.tsne.step(1);
          if (result.klDivergence !== undefined) run.lastKl = result.klDivergence;
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

  private end(state: 'stopped'): void {
    const run = this.run;
    if (!run) return;
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
    this.respond({ event: 'state', run: run.id, status: { state: run.state, iteration: run.tsne.iteration, converged: run.tsne.converged } });
  }

  private postFrame(run: Run): void {
    const coordinates = run.tsne.coordinates();
    this.respond(
      {
        event: 'frame', run: run.id, coordinates, dim: run.tsne.options.dim, iteration: run.tsne.iteration,
        converged: run.tsne.converged, done: run.tsne.done, klDivergence: run.lastKl,
      },
      [coordinates.buffer],
    );
  }

  private respond(response: TsneResponse, transfer: Transferable[] = []): void {
    this.port.postMessage(response, transfer);
  }
}

class Superseded extends Error {}

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
