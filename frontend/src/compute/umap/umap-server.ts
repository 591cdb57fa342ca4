// The worker's side of the UMAP RPC: keeps the dataset and one UMAP run, and runs it in time
// slices — between slices it posts the layout (about every frameMilliseconds) and lets queued
// messages in, so stop() or a newer start() takes effect within one slice.

import type { MessagePortLike } from '../protocol';
import type { UmapFrame, UmapRequest, UmapResponse, UmapRunOptions } from './protocol';
import { UMAP, type UMAPInitProgress } from './umap';

export interface UmapServerOptions {
  /** Epochs run between two frames (and two looks at the message queue) last about this long. */
  frameMilliseconds?: number;
  yieldToEventLoop?: () => Promise<void>;
}

/** A newer start/load ended the run: its start() rejects with CancelledError. */
class Superseded extends Error {}

/** stop() came before the first epoch: no layout to return; start() rejects with UmapStoppedError. */
class StoppedBeforeLayout extends Error {}

interface Dataset {
  data: Float32Array;
  n: number;
  d: number;
}

export class UmapServer {
  private dataset: Dataset | null = null;
  private umap: UMAP | null = null;
  /** The request whose run is in progress; null when idle. */
  private running: number | null = null;
  /** Set by stop/load/start to end the current run at its next slice. */
  private interruption: 'stop' | 'supersede' | null = null;
  private readonly frameMilliseconds: number;
  private readonly yieldToEventLoop: () => Promise<void>;

  constructor(
    private readonly port: MessagePortLike,
    options: UmapServerOptions = {},
  ) {
    this.frameMilliseconds = options.frameMilliseconds ?? 100;
    this.yieldToEventLoop = options.yieldToEventLoop ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    port.addEventListener('message', (event) => void this.receive(event.data as UmapRequest));
    port.start?.();
  }

  private async receive(request: UmapRequest): Promise<void> {
    const { id } = request;
    try {
      switch (request.method) {
        case 'load': {
          const { data, n, d } = request.args;
          if (!(data instanceof Float32Array) || data.length !== n * d) throw new Error(`load: expected ${n} x ${d} float32 values`);
          await this.endRun('supersede');
          this.dataset = { data, n, d };
          this.umap = null;
          this.respond({ id, result: { n, d } });
          break;
        }
        case 'stop': {
          const stopped = this.running !== null;
          await this.endRun('stop');
          this.respond({ id, result: { stopped } });
          break;
        }
        case 'start': {
          await this.endRun('supersede');
          const dataset = this.dataset;
          if (!dataset) throw new Error('no data: call load first');
          const umap = new UMAP(request.args as UmapRunOptions);
          this.umap = umap;
          await this.run(id, umap, dataset);
          break;
        }
        case 'resume': {
          await this.endRun('supersede');
          const umap = this.umap;
          if (!umap || !this.dataset) throw new Error('resume: nothing to resume (call start first)');
          await this.run(id, umap, null);
          break;
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message || 'superseded' : String(error);
      if (error instanceof StoppedBeforeLayout) this.respond({ id, error: message, stopped: true });
      else this.respond({ id, error: message, cancelled: error instanceof Superseded });
    }
  }

  /** Asks the current run to end, and waits until it has. */
  private async endRun(how: 'stop' | 'supersede'): Promise<void> {
    while (this.running !== null) {
      this.interruption = how;
      await this.yieldToEventLoop();
    }
  }

  /** Initialises (when `dataset` is given) and optimises `umap`, posting frames; ends with the result. */
  private async run(id: number, umap: UMAP, dataset: Dataset | null): Promise<void> {
    this.running = id;
    this.interruption = null;
    try {
      if (dataset) {
        // Progress and a look at the message queue at each new phase and about once a frame
        // within one, however often init yields.
        let lastYield = Date.now();
        let lastPhase: UMAPInitProgress['phase'] | null = null;
        for (const progress of umap.initSteps(dataset.data, dataset.n, dataset.d)) {
          if (progress.phase === lastPhase && Date.now() - lastYield < this.frameMilliseconds) continue;
          lastPhase = progress.phase;
          this.respond({ id, progress });
          await this.checkpoint();
          if (this.interruption === 'stop') {
            this.umap = null; // half-built: nothing to resume
            throw new StoppedBeforeLayout('UMAP stopped before the first epoch');
          }
          lastYield = Date.now();
        }
        this.respond({ id, frame: this.frame(umap) }, true);
      }
      for (;;) {
        const sliceStart = Date.now();
        let state = umap.step(1);
        while (!state.done && Date.now() - sliceStart < this.frameMilliseconds) state = umap.step(1);
        if (state.done) return this.finish(id, umap);
        this.respond({ id, frame: this.frame(umap) }, true);
        await this.checkpoint();
        if (this.interruption === 'stop') return this.finish(id, umap);
      }
    } finally {
      this.running = null;
      this.interruption = null;
    }
  }

  /** Lets queued messages in; a newer start/load ends this run here. */
  private async checkpoint(): Promise<void> {
    await this.yieldToEventLoop();
    if (this.interruption === 'supersede') throw new Superseded();
  }

  private finish(id: number, umap: UMAP): void {
    this.respond({ id, result: this.frame(umap) }, true);
  }

  private frame(umap: UMAP): UmapFrame {
    const { epoch, nEpochs, done } = umap.step(0);
    return { coordinates: umap.coordinates(), n: umap.pointCount, dim: umap.dim, epoch, nEpochs, done };
  }

  private respond(response: UmapResponse, transferFrame = false): void {
    const payload = 'frame' in response ? response.frame : 'result' in response ? response.result : null;
    const transfer: Transferable[] = [];
    if (transferFrame && payload && 'coordinates' in payload) transfer.push(payload.coordinates.buffer);
    this.port.postMessage(response, transfer);
  }
}
