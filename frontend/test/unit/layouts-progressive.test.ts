// t-SNE's progressive path on the page (state/layouts.ts), with a fake t-SNE worker: above the
// threshold a sample is loaded and run first, its frames drawn with only the sampled rows shown;
// when the graph of all rows arrives every row is placed from the sample's last frame, drawn, and
// sent to the worker as the initial layout; a Stop in the sample phase ends the sample run.
import { describe, expect, it } from 'vitest';
import { Layouts, type TsneClientLike, type UmapClientLike } from '../../src/state/layouts';
import type { UmapFrame, UmapRunOptions } from '../../src/compute/umap-client';
import { Store } from '../../src/state/store';
import type { LayoutGraph } from '../../src/compute/graph-protocol';
import { graphInput } from '../../src/compute/knn-graph';
import { placeFromSample } from '../../src/compute/tsne/sample-placement';
import { loadedRows } from '../loaded-rows';

type Status = Awaited<ReturnType<TsneClientLike['stop']>>;
type FrameListener = Parameters<TsneClientLike['onFrame']>[0];

class FakeTsneClient implements TsneClientLike {
  calls: string[] = [];
  loaded: { n: number } | null = null;
  graph: LayoutGraph | null = null;
  frame: FrameListener = () => {};
  load = async (_data: Float32Array, n: number) => { this.calls.push(`load ${n}`); this.loaded = { n }; return {}; };
  loadGraph = async (graph: LayoutGraph) => { this.calls.push('loadGraph'); this.graph = graph; return {}; };
  start = async () => { this.calls.push('start'); return {}; };
  pause = async (): Promise<Status> => ({ state: 'paused', iteration: 0, converged: false });
  resume = this.pause;
  perturb = this.pause;
  stop = async (): Promise<Status> => { this.calls.push('stop'); return { state: 'stopped', iteration: 0, converged: false }; };
  setMaxIterations = this.pause;
  onFrame = (listener: FrameListener) => { this.frame = listener; return () => {}; };
  onState = () => () => {};
  onFailure = () => () => {};
  dispose(): void {}
}

const N = 60, K = 5, SAMPLE = 10;
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A ring graph: row i's neighbours are i+1..i+K (mod N). */
function ringGraph(): LayoutGraph {
  const indices = new Int32Array(N * K);
  for (let i = 0; i < N; i++) for (let s = 0; s < K; s++) indices[i * K + s] = (i + s + 1) % N;
  const rows = Int32Array.from({ length: N }, (_, i) => i);
  return { n: N, k: K, parts: [{ rows, k: K, indices, distances: new Float32Array(N * K).fill(1) }],
    hints: [{ start: 0, dims: 1, coordinates: Float32Array.from({ length: N }, (_, i) => i) }] };
}

function progressiveLayouts() {
  const client = new FakeTsneClient();
  const placed: { coords: Float32Array; shown: Int32Array | null | undefined }[] = [];
  let answer: (graph: LayoutGraph) => void = () => {};
  const data = loadedRows(new Float32Array(N * 3).map((_, i) => Math.sin(i)), N, 3);
  const store = new Store();
  store.set({ method: 'tsne' });   // layouts are drawn only while their method is shown
  const layouts = new Layouts({
    store,
    getData: () => data,
    place: (coords, _k, _axes, shown) => placed.push({ coords, shown }),
    createTsneClient: () => client,
    neighborGraph: () => new Promise<LayoutGraph>((resolve) => { answer = resolve; }),
  });
  layouts.progressiveRows = 20;
  layouts.sampleSize = SAMPLE;
  layouts.tsne.perplexity = 1;
  return { layouts, client, placed, answer: (graph: LayoutGraph) => answer(graph) };
}

describe('Layouts: t-SNE progressive path', () => {
  it('draws the sample alone, then every row placed from it, and starts the full run from that', async () => {
    const { layouts, client, placed, answer } = progressiveLayouts();
    const run = layouts.runTsne();
    await turn();
    expect(client.calls).toEqual([`load ${SAMPLE}`, 'start']);
    expect(layouts.status.tsne).toMatchObject({ state: 'initializing', sample: SAMPLE, points: N });

    const sampleCoords = Float32Array.from({ length: SAMPLE * 2 }, (_, s) => s * 3 + 1);
    client.frame(sampleCoords, 7, false, { dim: 2, done: false });
    expect(layouts.status.tsne.iteration).toBe(7);
    const shown = placed[placed.length - 1].shown!;
    expect(shown).toHaveLength(SAMPLE);
    const drawn = placed[placed.length - 1].coords;
    expect(Array.from(drawn).filter(Number.isFinite)).toHaveLength(SAMPLE * 2);

    const graph = ringGraph();
    answer(graph);
    await run;
    expect(client.calls).toEqual([`load ${SAMPLE}`, 'start', 'loadGraph', 'start']);
    expect(layouts.status.tsne).toMatchObject({ state: 'initializing', sample: 0, iteration: 0 });
    // Every row drawn, where the placement puts it (plus the small noise that separates rows at one mean).
    const all = placed[placed.length - 1];
    expect(all.shown).toBeUndefined();
    const expected = placeFromSample(N, ringGraph().parts, K, { rows: shown, coordinates: sampleCoords, dim: 2 });
    const spread = Math.max(...expected) - Math.min(...expected);
    for (let s = 0; s < N * 2; s++) expect(Math.abs(all.coords[s] - expected[s])).toBeLessThan(0.1 * spread);
    // The worker's initial layout is that placement.
    const input = graphInput(client.graph!);
    expect(input.principalDims).toBe(2);
    expect(Array.from(input.principal)).toEqual(Array.from(all.coords));
    // The full run's frames show every row.
    client.frame(new Float32Array(N * 2), 1, false, { dim: 2, done: false });
    expect(placed[placed.length - 1].shown).toBeUndefined();
    expect(layouts.status.tsne).toMatchObject({ state: 'running', iteration: 1 });
  });

  it('Stop in the sample phase ends the sample run and the wait for the graph', async () => {
    const { layouts, client, answer } = progressiveLayouts();
    const run = layouts.runTsne();
    await turn();
    client.frame(new Float32Array(SAMPLE * 2), 3, false, { dim: 2, done: false });
    layouts.stopTsne();
    expect(layouts.status.tsne).toMatchObject({ state: 'stopped', sample: 0 });
    expect(client.calls).toContain('stop');
    answer(ringGraph());
    await run;
    await turn();
    expect(client.calls).not.toContain('loadGraph');
    client.frame(new Float32Array(SAMPLE * 2), 4, false, { dim: 2, done: false });   // a late sample frame
    expect(layouts.status.tsne).toMatchObject({ state: 'stopped', iteration: 0 });
  });

  it('at or below the threshold: no sample, the PCA start', async () => {
    const { layouts, client, answer } = progressiveLayouts();
    layouts.progressiveRows = N;
    const run = layouts.runTsne();
    await turn();
    const graph = ringGraph();
    answer(graph);
    await run;
    expect(client.calls).toEqual(['loadGraph', 'start']);
    expect(graphInput(client.graph!).principalDims).toBe(1);
  });
});

describe('Layouts: UMAP progressive path', () => {
  it('starts the full run from every row placed from the sample, not from its spectral layout', async () => {
    const starts: UmapRunOptions[] = [];
    let graphSent: LayoutGraph | null = null;
    let frame: Parameters<UmapClientLike['onFrame']>[0] = () => {};
    const client: UmapClientLike = {
      load: async () => ({ n: SAMPLE, d: 3 }),
      loadGraph: async (graph: LayoutGraph) => { graphSent = graph; return { n: N, k: K }; },
      start: (options: UmapRunOptions = {}) => { starts.push(options); return new Promise<UmapFrame>(() => {}); },
      stop: async () => ({ stopped: true }),
      onFrame: (listener) => { frame = listener; return () => true; },
      onProgress: () => () => true,
    };
    const placed: { coords: Float32Array; shown: Int32Array | null | undefined }[] = [];
    let answer: (graph: LayoutGraph) => void = () => {};
    const data = loadedRows(new Float32Array(N * 3).map((_, i) => Math.sin(i)), N, 3);
    const store = new Store();
    store.set({ method: 'umap' });
    const layouts = new Layouts({
      store, getData: () => data, place: (coords, _k, _axes, shown) => placed.push({ coords, shown }),
      createUmapClient: () => client,
      neighborGraph: () => new Promise<LayoutGraph>((resolve) => { answer = resolve; }),
    });
    layouts.progressiveRows = 20;
    layouts.sampleSize = SAMPLE;
    layouts.umap.nNeighbors = K + 1;
    void layouts.runUmap();
    await turn();
    expect(starts).toHaveLength(1);   // the sample's run
    expect(starts[0].initialization).toBeUndefined();
    const sampleCoords = Float32Array.from({ length: SAMPLE * 2 }, (_, s) => s * 3 + 1);
    frame(sampleCoords, 40, 500, false, { coordinates: sampleCoords, n: SAMPLE, dim: 2, epoch: 40, nEpochs: 500, done: false, threads: 1 });
    const shown = placed[placed.length - 1].shown!;
    expect(shown).toHaveLength(SAMPLE);

    answer(ringGraph());
    await turn();
    await turn();
    expect(starts).toHaveLength(2);
    expect(starts[1].initialization).toBe('given');
    const all = placed[placed.length - 1];
    expect(all.shown).toBeUndefined();
    const expected = placeFromSample(N, ringGraph().parts, K, { rows: shown, coordinates: sampleCoords, dim: 2 });
    const spread = Math.max(...expected) - Math.min(...expected);
    for (let s = 0; s < N * 2; s++) expect(Math.abs(all.coords[s] - expected[s])).toBeLessThan(0.1 * spread);
    const input = graphInput(graphSent!);
    expect(input.principalDims).toBe(2);
    expect(Array.from(input.principal)).toEqual(Array.from(all.coords));
    expect(layouts.status.umap.sample).toBe(0);
  });
});
