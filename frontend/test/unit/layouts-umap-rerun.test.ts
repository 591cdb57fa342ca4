// UMAP's Run pressed again while a run goes on (state/layouts.ts, with a fake UMAP worker): the
// new run waits for its graph, and meanwhile the replaced run is stopped and nothing it still
// sends (frames, its end) shows as the new run's status or layout.
import { describe, expect, it } from 'vitest';
import { Layouts, type UmapClientLike } from '../../src/state/layouts';
import { Store } from '../../src/state/store';
import type { LayoutGraph } from '../../src/compute/graph-protocol';
import type { UmapFrame, UmapRunOptions } from '../../src/compute/umap-client';
import { loadedRows } from '../loaded-rows';

type FrameListener = Parameters<UmapClientLike['onFrame']>[0];
const N = 8;
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

class FakeUmapClient implements UmapClientLike {
  runs: { options: UmapRunOptions; end: (frame: UmapFrame) => void }[] = [];
  stops = 0;
  private listener: FrameListener = () => {};
  load = async () => ({ n: N, d: 3 });
  loadGraph = async () => ({ n: N, k: 2 });
  start = (options: UmapRunOptions = {}) => new Promise<UmapFrame>((end) => { this.runs.push({ options, end }); });
  stop = async () => { this.stops++; return { stopped: true }; };
  onFrame = (listener: FrameListener) => { this.listener = listener; return () => true; };
  onProgress = () => () => true;

  /** Run `i` sends its last frame (all epochs) and its start() resolves with it, as the worker's does. */
  finish(i: number, value: number): void {
    const nEpochs = this.runs[i].options.nEpochs ?? 500;
    const frame: UmapFrame = { coordinates: new Float32Array(N * 2).fill(value), n: N, dim: 2, epoch: nEpochs, nEpochs, done: true, threads: 1 };
    this.listener(frame.coordinates, frame.epoch, frame.nEpochs, true, frame);
    this.runs[i].end(frame);
  }
}

function graph(): LayoutGraph {
  return { n: N, k: 1, parts: [{ rows: Int32Array.from({ length: N }, (_, i) => i), k: 1,
    indices: Int32Array.from({ length: N }, (_, i) => (i + 1) % N), distances: new Float32Array(N).fill(1) }], hints: [] };
}

describe('Layouts: UMAP run again while a run goes on', () => {
  it('stops the replaced run and shows only the new run', async () => {
    const client = new FakeUmapClient();
    const graphs: ((g: LayoutGraph) => void)[] = [];
    const placed: Float32Array[] = [];
    const data = loadedRows(new Float32Array(N * 3), N, 3);
    const store = new Store();
    store.set({ method: 'umap' });
    const layouts = new Layouts({
      store,
      getData: () => data,
      place: (coords) => placed.push(coords),
      createUmapClient: () => client,
      neighborGraph: () => new Promise<LayoutGraph>((resolve) => graphs.push(resolve)),
    });

    void layouts.runUmap();
    graphs[0](graph());
    await turn();
    expect(client.runs).toHaveLength(1);
    expect(client.stops).toBe(0);

    layouts.umap.nEpochs = 120;
    void layouts.runUmap();            // waits for its graph
    expect(client.stops).toBe(1);
    client.finish(0, 1);               // the replaced run ends anyway (its stop came too late)
    await turn();
    expect(layouts.status.umap.state).toBe('initializing');
    expect(placed).toHaveLength(0);

    graphs[1](graph());
    await turn();
    expect(client.runs).toHaveLength(2);
    client.finish(1, 2);
    await turn();
    expect(layouts.status.umap).toMatchObject({ state: 'done', iteration: 120, total: 120 });
    expect(placed).toHaveLength(1);
    expect(placed[0][0]).toBe(2);
  });
});
