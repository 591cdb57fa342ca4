// Stop in every phase of a t-SNE run (state/layouts.ts): while the compute workers build the
// neighbour graph the page gives up its wait (the request's signal aborts) and the run never
// reaches the layout's worker; once the worker has the run, Stop goes to the worker.
import { describe, expect, it } from 'vitest';
import { Layouts, type TsneClientLike } from '../../src/state/layouts';
import { Store } from '../../src/state/store';
import type { GraphRequest } from '../../src/compute/graph-builder';
import type { LayoutGraph } from '../../src/compute/graph-protocol';
import { loadedRows } from '../loaded-rows';

type Status = Awaited<ReturnType<TsneClientLike['stop']>>;

class FakeTsneClient implements TsneClientLike {
  calls: string[] = [];
  load = async () => { this.calls.push('load'); return {}; };
  loadGraph = async () => { this.calls.push('loadGraph'); return {}; };
  start = async () => { this.calls.push('start'); return new Promise<never>(() => {}); };
  pause = async (): Promise<Status> => ({ state: 'paused', iteration: 0, converged: false });
  resume = this.pause;
  perturb = this.pause;
  stop = async (): Promise<Status> => { this.calls.push('stop'); return { state: 'idle', iteration: 0, converged: false }; };
  setMaxIterations = this.pause;
  onFrame = () => () => {};
  onState = () => () => {};
  onFailure = () => () => {};
  dispose(): void {}
}

function layoutsWaitingForAGraph() {
  const client = new FakeTsneClient();
  const requests: GraphRequest[] = [];
  let answer: (graph: LayoutGraph) => void = () => {};
  const data = loadedRows(new Float32Array(40 * 3).map((_, i) => i % 7), 40, 3);
  const layouts = new Layouts({
    store: new Store(),
    getData: () => data,
    place: () => {},
    createTsneClient: () => client,
    neighborGraph: (request) => {
      requests.push(request);
      return new Promise<LayoutGraph>((resolve) => { answer = resolve; });
    },
  });
  const graph = { n: 40, k: 39, parts: [], hints: [] } as unknown as LayoutGraph;
  return { layouts, client, requests, answer: () => answer(graph) };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Layouts: Stop while t-SNE starts', () => {
  it('during the graph build: the wait is given up, the run never reaches the worker', async () => {
    const { layouts, client, requests, answer } = layoutsWaitingForAGraph();
    const run = layouts.runTsne();
    await turn();
    expect(layouts.status.tsne.state).toBe('initializing');
    expect(requests).toHaveLength(1);
    expect(requests[0].signal?.aborted).toBe(false);

    layouts.stopTsne();
    expect(layouts.status.tsne.state).toBe('stopped');
    expect(requests[0].signal?.aborted).toBe(true);
    answer();      // a graph that arrives anyway is not used
    await run;
    await turn();
    expect(client.calls).not.toContain('start');
    expect(layouts.status.tsne.state).toBe('stopped');
  });

  it('once the worker has the run: Stop goes to the worker and the run shows stopped', async () => {
    const { layouts, client, answer } = layoutsWaitingForAGraph();
    void layouts.runTsne();
    await turn();
    answer();
    await turn();
    expect(client.calls).toEqual(['loadGraph', 'start']);
    layouts.stopTsne();
    await turn();
    expect(client.calls).toContain('stop');
    expect(layouts.status.tsne.state).toBe('stopped');
  });

  it('leaving t-SNE for another method while it finds neighbours stops it the same way', async () => {
    const { layouts, requests } = layoutsWaitingForAGraph();
    void layouts.runTsne();
    await turn();
    layouts.leaving('tsne');
    expect(layouts.status.tsne.state).toBe('stopped');
    expect(requests[0].signal?.aborted).toBe(true);
  });
});
