// A layout that stops while the compute workers build its k-NN graph gives up its wait
// (GraphRequest.signal): the build is cancelled in the workers when nobody else waits for it,
// and goes on for a caller that still does.
import { afterEach, describe, expect, it } from 'vitest';
import { ComputeServer } from '../../src/compute/compute-server';
import { assembleGraph } from '../../src/compute/knn-graph';
import { CancelledError, ComputeClient } from '../../src/compute/compute-client';
import { clusteredData } from './synthetic';

const openPorts: MessagePort[] = [];
afterEach(() => openPorts.splice(0).forEach((port) => port.close()));

/** Compute workers on real MessageChannels; `sent` collects what the page posts to them. */
function connected(workers: number): { client: ComputeClient; sent: unknown[] } {
  const sent: unknown[] = [];
  const client = new ComputeClient(Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    openPorts.push(port1, port2);
    new ComputeServer(port2, { sliceMilliseconds: 20 });
    const post = port1.postMessage.bind(port1);
    port1.postMessage = ((message: unknown, transfer?: Transferable[]) => {
      sent.push(message);
      post(message, transfer as Transferable[]);
    }) as typeof port1.postMessage;
    return port1;
  }));
  return { client, sent };
}

const cancels = (sent: unknown[]) => sent.filter((m) => typeof m === 'object' && m !== null && 'cancel' in m).length;
const calls = (sent: unknown[], method: string) =>
  sent.filter((m) => typeof m === 'object' && m !== null && (m as { method?: string }).method === method).length;

describe('neighborGraph: a caller gives up its wait', { timeout: 60_000 }, () => {
  const n = 6000, d = 8;
  const data = clusteredData(n, d, 4, 2);

  it('the only caller gives up: its call rejects, the build stops, the next request builds anew', async () => {
    const { client, sent } = connected(2);
    await client.load(data, n, d);
    const wait = new AbortController();
    let started = false;
    const pending = client.neighborGraph({ k: 10, metric: 'euclidean', spherize: false, signal: wait.signal }, {
      onProgress: (f) => { if (f > 0 && !started) { started = true; wait.abort(); } },
    });
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    const fractions: number[] = [];
    const graph = await client.neighborGraph({ k: 10, metric: 'euclidean', spherize: false }, { onProgress: (f) => fractions.push(f) });
    expect(fractions.some((f) => f > 0 && f < 1)).toBe(true);  // built again, not reused
    expect(assembleGraph(n, 10, graph.parts).indices.every((j) => j >= 0 && j < n)).toBe(true);
    // The first progress comes before the graph rows are made (graphProject): a build that went
    // on after the abort would have sent its own two graphProject calls beside the new build's.
    expect(calls(sent, 'graphProject')).toBe(2);
  });

  it('another caller still waits: the build goes on and answers it', async () => {
    const { client, sent } = connected(2);
    await client.load(data, n, d);
    const wait = new AbortController();
    const leaving = client.neighborGraph({ k: 10, metric: 'euclidean', spherize: false, signal: wait.signal });
    const staying = client.neighborGraph({ k: 10, metric: 'euclidean', spherize: false });
    wait.abort();
    await expect(leaving).rejects.toBeInstanceOf(CancelledError);
    const graph = await staying;
    expect(graph.n).toBe(n);
    expect(cancels(sent)).toBe(0);
  });

  it('a signal aborted before the call: rejects at once; the next request is built and answered', async () => {
    const { client } = connected(1);
    await client.load(data, n, d);
    const wait = new AbortController();
    wait.abort();
    await expect(client.neighborGraph({ k: 10, metric: 'euclidean', spherize: false, signal: wait.signal })).rejects.toBeInstanceOf(CancelledError);
    const graph = await client.neighborGraph({ k: 10, metric: 'euclidean', spherize: false });
    expect(assembleGraph(n, 10, graph.parts).indices.every((j) => j >= 0 && j < n)).toBe(true);
  });
});
