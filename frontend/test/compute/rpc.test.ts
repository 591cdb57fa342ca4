import { afterEach, describe, expect, it } from 'vitest';
import { ComputeServer } from '../../src/compute/compute-server';
import { pca, project, spherize } from '../../src/compute/pca';
import type { ComputeRequest, ComputeResponse, MessagePortLike } from '../../src/compute/protocol';
import { CancelledError, ComputeClient } from '../../src/compute/rpc';
import { clusteredData } from './synthetic';

/** One end of an in-memory channel: records what it sends, delivers it asynchronously. */
class FakePort implements MessagePortLike {
  readonly sent: { message: unknown; transfer: Transferable[] }[] = [];
  peer: FakePort | null = null;
  private readonly listeners: ((event: MessageEvent) => void)[] = [];

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.sent.push({ message, transfer });
    // structuredClone with transfer detaches buffers exactly as postMessage does.
    const delivered = structuredClone(message, { transfer });
    setTimeout(() => this.peer?.dispatch(delivered), 0);
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.push(listener);
  }

  dispatch(data: unknown): void {
    for (const listener of this.listeners) listener({ data } as MessageEvent);
  }
}

function fakeChannel(): [FakePort, FakePort] {
  const a = new FakePort(), b = new FakePort();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

const openPorts: MessagePort[] = [];
afterEach(() => openPorts.splice(0).forEach((port) => port.close()));

/** A client and server over a real MessageChannel (as between a page and its worker). */
function connected(sliceMilliseconds = 100): ComputeClient {
  const { port1, port2 } = new MessageChannel();
  openPorts.push(port1, port2);
  new ComputeServer(port2, { sliceMilliseconds });
  return new ComputeClient(port1);
}

describe('ComputeClient with ComputeServer', () => {
  const n = 2000, d = 20;
  const data = clusteredData(n, d, 5, 21);

  it('loads once, then returns the same PCA and projection as the direct functions', async () => {
    const client = connected();
    expect(await client.load(data, n, d)).toEqual({ n, d });
    const summary = await client.pca(5);
    const direct = pca(data, n, d, 5);
    expect(summary.components).toEqual(direct.components);
    expect(summary.varianceFraction).toEqual(direct.varianceFraction);
    expect(summary).toMatchObject({ k: 5, d, spherized: false, totalVariance: direct.totalVariance });

    const coordinates = await client.project([2, 0]);
    expect(coordinates).toEqual(project(data, n, d, direct.mean, direct.components, [2, 0]));
    // a second pca with the same arguments is served from the cache and still complete
    expect((await client.pca(5)).components).toEqual(direct.components);
  });

  it('computes on spherized rows when asked, and projects those rows', async () => {
    const client = connected();
    await client.load(data, n, d);
    const summary = await client.pca(3, { spherize: true });
    const sphere = spherize(data, n, d);
    const direct = pca(sphere, n, d, 3);
    expect(summary.spherized).toBe(true);
    expect(summary.components).toEqual(direct.components);
    expect(await client.project([0, 1, 2])).toEqual(project(sphere, n, d, direct.mean, direct.components, [0, 1, 2]));
  });

  it('moves the data instead of copying it when asked to transfer', async () => {
    const client = connected();
    const own = data.slice();
    await client.load(own, n, d, { transfer: true });
    expect(own.length).toBe(0); // detached: the worker has it now
    expect((await client.pca(2)).varianceFraction).toEqual(pca(data, n, d, 2).varianceFraction);
  });

  it('reports progress between time slices', async () => {
    const client = connected(0);
    await client.load(data, n, d);
    const progress: number[] = [];
    await client.pca(10, { onProgress: (fraction) => progress.push(fraction) });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((fraction, i) => fraction > 0 && fraction <= 1 && (i === 0 || fraction >= progress[i - 1]))).toBe(true);
  });

  it('rejects a superseded pca with CancelledError and answers the newer one', async () => {
    const client = connected(0);
    await client.load(data, n, d);
    const first = client.pca(10);
    const second = client.pca(4, { spherize: true });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect((await second).k).toBe(4);
    // the basis is the newer one
    expect((await client.project([3])).length).toBe(n);
  });

  it('turns worker errors into rejections', async () => {
    const client = connected();
    await expect(client.pca(3)).rejects.toThrow(/load/);
    await client.load(data, n, d);
    await expect(client.project([0])).rejects.toThrow(/pca first/);
    await client.pca(2);
    await expect(client.project([5])).rejects.toThrow(/component 5/);
  });
});

describe('message protocol', () => {
  it('sends discriminated requests and the data only with load, transferring only when asked', async () => {
    const [page, worker] = fakeChannel();
    const client = new ComputeClient(page);
    const requests: ComputeRequest[] = [];
    worker.addEventListener('message', (event) => requests.push(event.data as ComputeRequest));

    const data = new Float32Array(6);
    void client.load(data, 3, 2).catch(() => {});
    void client.pca(2, { spherize: true }).catch(() => {});
    void client.project([0, 1]).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(page.sent[0].transfer).toEqual([]);
    expect(requests[0]).toMatchObject({ id: 1, method: 'load', args: { n: 3, d: 2 } });
    expect(requests[1]).toEqual({ id: 2, method: 'pca', args: { k: 2, spherize: true } });
    // project supersedes the pending pca: a cancel for request 2, then the project request
    expect(requests[2]).toEqual({ id: 3, method: 'cancel', args: { target: 2 } });
    expect(requests[3]).toEqual({ id: 4, method: 'project', args: { dims: [0, 1] } });
    // only load carries the data
    for (const request of requests.slice(1)) expect(JSON.stringify(request).length).toBeLessThan(100);

    const moved = new Float32Array(6);
    void client.load(moved, 3, 2, { transfer: true }).catch(() => {});
    expect(page.sent.at(-1)?.transfer).toEqual([moved.buffer]);
  });

  it('routes progress, results and errors by id and ignores unknown ids', async () => {
    const [page, worker] = fakeChannel();
    const client = new ComputeClient(page);
    const progress: number[] = [];
    const pending = client.pca(3, { onProgress: (fraction) => progress.push(fraction) });
    await new Promise((resolve) => setTimeout(resolve, 0));

    const replies: ComputeResponse[] = [
      { id: 99, result: { n: 0, d: 0 } },
      { id: 1, progress: 0.25 },
      { id: 1, progress: 0.5 },
      { id: 1, error: 'no data: call load first' },
    ];
    for (const reply of replies) worker.postMessage(reply);
    await expect(pending).rejects.toThrow('no data: call load first');
    expect(progress).toEqual([0.25, 0.5]);

    const projected = client.project([0]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    worker.postMessage({ id: 2, result: new Float32Array([1, 2]) });
    expect(await projected).toEqual(new Float32Array([1, 2]));

    const cancelled = client.project([1]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    worker.postMessage({ id: 3, error: 'cancelled', cancelled: true });
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
  });

  it('the server stops a cancelled computation at its next slice and says so', async () => {
    const [page, worker] = fakeChannel();
    new ComputeServer(worker, { sliceMilliseconds: 0 });
    const n = 3000, d = 30;
    const data = clusteredData(n, d, 4, 5);
    const responses: ComputeResponse[] = [];
    page.addEventListener('message', (event) => responses.push(event.data as ComputeResponse));
    page.postMessage({ id: 1, method: 'load', args: { data, n, d } });
    page.postMessage({ id: 2, method: 'pca', args: { k: 10, spherize: false } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    page.postMessage({ id: 3, method: 'cancel', args: { target: 2 } });
    page.postMessage({ id: 4, method: 'pca', args: { k: 2, spherize: false } });
    await expect.poll(() => responses.some((r) => r.id === 4 && 'result' in r)).toBe(true);
    const forTwo = responses.filter((r) => r.id === 2);
    expect(forTwo.some((r) => 'progress' in r)).toBe(true);
    expect(forTwo.at(-1)).toEqual({ id: 2, error: 'cancelled', cancelled: true });
    expect(forTwo.some((r) => 'result' in r)).toBe(false);
  });

  it('dispose rejects pending calls and runs the dispose hook', async () => {
    const [page] = fakeChannel();
    let disposed = false;
    const client = new ComputeClient(page, () => (disposed = true));
    const pending = client.pca(2);
    client.dispose();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(disposed).toBe(true);
  });
});
