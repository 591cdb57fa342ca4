// What the t-SNE and UMAP workers receive for a run on all rows: the compute workers' k-NN graph
// and a few principal coordinates per row, moved (transferred), never the n x d rows. Counted on
// a fake port in front of each layout worker, with the page's own code (Layouts) choosing.
import { afterEach, describe, expect, it } from 'vitest';
import { ComputeServer } from '../../src/compute/compute-server';
import { ComputeClient } from '../../src/compute/compute-client';
import { TsneClient } from '../../src/compute/tsne-client';
import { TsneServer } from '../../src/compute/tsne/tsne-server';
import { UmapClient } from '../../src/compute/umap-client';
import { UmapServer } from '../../src/compute/umap/umap-server';
import { Layouts } from '../../src/state/layouts';
import { Store } from '../../src/state/store';
import { fakeChannel, type FakePort } from './fake-channel';
import { clusteredData } from './synthetic';

const openPorts: MessagePort[] = [];
afterEach(() => openPorts.splice(0).forEach((port) => port.close()));

function computeClient(workers: number): ComputeClient {
  return new ComputeClient(Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    openPorts.push(port1, port2);
    new ComputeServer(port2, { sliceMilliseconds: 20 });
    return port1;
  }));
}

/** Bytes of every typed array in a message, and the lengths of the Float32Arrays. */
function payload(message: unknown): { bytes: number; floatArrays: number[] } {
  const found = { bytes: 0, floatArrays: [] as number[] };
  const walk = (value: unknown) => {
    if (ArrayBuffer.isView(value)) {
      found.bytes += value.byteLength;
      if (value instanceof Float32Array) found.floatArrays.push(value.length);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(message);
  return found;
}

/** Every typed array of a message is in its transfer list (moved, not copied). */
function allTransferred(entry: { message: unknown; transfer: Transferable[] }): boolean {
  const buffers: ArrayBufferLike[] = [];
  const walk = (value: unknown) => {
    if (ArrayBuffer.isView(value)) buffers.push(value.buffer);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(entry.message);
  return buffers.every((buffer) => entry.transfer.includes(buffer as ArrayBuffer));
}

interface Sent { method: string | undefined; bytes: number; floatArrays: number[]; moved: boolean }

/** What `port` sends, measured as it is sent (a moved buffer is empty afterwards). */
function recordSends(port: FakePort): Sent[] {
  const sent: Sent[] = [];
  const post = port.postMessage.bind(port);
  port.postMessage = (message: unknown, transfer: Transferable[] = []) => {
    sent.push({ method: (message as { method?: string }).method, ...payload(message), moved: allTransferred({ message, transfer }) });
    post(message, transfer);
  };
  return sent;
}

const calls = (sent: Sent[]) => sent.filter((s) => s.method !== undefined);

describe('layout workers get the graph, not the rows', { timeout: 120_000 }, () => {
  const n = 12_000, d = 64;
  const data = clusteredData(n, d, 6, 3);

  it('t-SNE: loadGraph carries n x k neighbours and 10 coordinates per row, all moved; no n x d floats', async () => {
    const compute = computeClient(2);
    await compute.load(data, n, d);
    const [page, worker] = fakeChannel();
    const sent = recordSends(page);
    new TsneServer(worker);
    const tsne = new TsneClient(page);
    const layouts = new Layouts({
      store: new Store(), getData: () => ({ source: compute, n, d }), place: () => {},
      createTsneClient: () => tsne,
      neighborGraph: (request, onProgress) => compute.neighborGraph(request, { onProgress }),
    });
    layouts.tsne.maxIterations = 5;
    await layouts.runTsne();
    expect(layouts.status.tsne.error).toBeNull();
    expect(calls(sent).map((c) => c.method)).toEqual(['loadGraph', 'start']);
    const load = calls(sent)[0];
    // 90 neighbours (perplexity 30) x (index + distance) + 10 principal coordinates + the rows' numbers, per row.
    expect(load.bytes).toBe(n * 90 * 8 + n * 10 * 4 + n * 4);
    // (At k = 90 the graph outweighs rows of d < 180: it is what the worker would build itself.)
    expect(load.floatArrays.every((length) => length !== n * d)).toBe(true);
    expect(load.moved).toBe(true);
    expect(sent.reduce((sum, s) => sum + s.bytes, 0)).toBe(load.bytes); // nothing else of size went to the worker
  });

  it('UMAP: loadGraph carries n x (n_neighbors - 1) neighbours and 10 coordinates per row, all moved', async () => {
    const compute = computeClient(2);
    await compute.load(data, n, d);
    const [page, worker] = fakeChannel();
    const sent = recordSends(page);
    new UmapServer(worker, { frameMilliseconds: 5 });
    const umap = new UmapClient(page);
    const graph = await compute.neighborGraph({ k: 14, metric: 'euclidean', spherize: false });
    await umap.loadGraph(graph);
    const last = await umap.start({ nNeighbors: 15, nEpochs: 10, seed: 1 });
    expect(last.n).toBe(n);
    const load = calls(sent)[0];
    expect(load.method).toBe('loadGraph');
    expect(load.bytes).toBe(n * 14 * 8 + n * 10 * 4 + n * 4);
    expect(load.floatArrays.every((length) => length !== n * d)).toBe(true);
    expect(load.moved).toBe(true);
  });

  it('isolated rows (a small subset) still go as rows: that run computes its own graph', async () => {
    const compute = computeClient(1);
    await compute.load(data, n, d);
    const [page, worker] = fakeChannel();
    const sent = recordSends(page);
    new TsneServer(worker);
    const store = new Store();
    const rows = Int32Array.from({ length: 500 }, (_, i) => i * 7);
    store.set({ isolated: rows });
    const layouts = new Layouts({
      store, getData: () => ({ source: compute, n, d }), place: () => {},
      createTsneClient: () => new TsneClient(page),
      neighborGraph: (request, onProgress) => compute.neighborGraph(request, { onProgress }),
    });
    layouts.tsne.maxIterations = 5;
    await layouts.runTsne();
    const load = calls(sent)[0];
    expect(load.method).toBe('load');
    expect(load.floatArrays).toEqual([500 * d]);
  });
});
