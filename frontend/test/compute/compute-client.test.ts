import { afterEach, describe, expect, it } from 'vitest';
import { ComputeServer } from '../../src/compute/compute-server';
import { pca, project, spherize } from '../../src/compute/pca';
import type { ComputeMethods } from '../../src/compute/protocol';
import { CancelledError, ComputeClient } from '../../src/compute/compute-client';
import type { RpcCall, RpcRequest, RpcResponse } from '../../src/compute/worker-rpc';
import { fakeChannel, tick } from './fake-channel';
import { clusteredData } from './synthetic';

type Request = RpcRequest<ComputeMethods>;

const openPorts: MessagePort[] = [];
afterEach(() => openPorts.splice(0).forEach((port) => port.close()));

/** A client and `workers` servers over real MessageChannels (as between a page and its workers). */
function connected(workers: number, sliceMilliseconds = 100): ComputeClient {
  const pagePorts = Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    openPorts.push(port1, port2);
    new ComputeServer(port2, { sliceMilliseconds });
    return port1;
  });
  return new ComputeClient(pagePorts);
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  expect(worst).toBeLessThan(tolerance);
}

describe.each([1, 2, 3])('ComputeClient with %i worker(s)', (workers) => {
  const n = 7000, d = 20; // 3 shards of >= 2048 rows with 3 workers
  const data = clusteredData(n, d, 5, 21);

  it('splits the rows, then returns the PCA and projection of ALL rows', async () => {
    const client = connected(workers);
    expect(client.workerCount).toBe(workers);
    expect(await client.load(data, n, d)).toEqual({ n, d });
    const summary = await client.pca(5);
    const direct = pca(data, n, d, 5);
    expect(summary).toMatchObject({ k: 5, d, spherized: false });
    expectClose(summary.components, direct.components, 1e-6);
    expectClose(summary.varianceFraction, direct.varianceFraction, 1e-12);
    expectClose(summary.mean, direct.mean, 1e-6);
    expect(summary.totalVariance).toBeCloseTo(direct.totalVariance, 9);

    const coordinates = await client.project([2, 0]);
    expectClose(coordinates, project(data, n, d, direct.mean, direct.components, [2, 0]), 1e-4);
  });

  it('computes on rows spherized around the mean of ALL rows when asked, and projects those rows', async () => {
    const client = connected(workers);
    await client.load(data, n, d);
    const summary = await client.pca(3, { spherize: true });
    const sphere = spherize(data, n, d);
    const direct = pca(sphere, n, d, 3);
    expect(summary.spherized).toBe(true);
    // the workers spherize on the fly in Float64; spherize() rounds its copy to Float32
    expectClose(summary.components, direct.components, 1e-6);
    expectClose(summary.varianceFraction, direct.varianceFraction, 1e-8);
    expectClose(await client.project([0, 1, 2]), project(sphere, n, d, direct.mean, direct.components, [0, 1, 2]), 1e-5);
    // and back to the plain rows
    const plain = await client.pca(3);
    expectClose(plain.components, pca(data, n, d, 3).components, 1e-6);
  });

  it('reports progress between time slices', async () => {
    const client = connected(workers, 0);
    await client.load(data, n, d);
    const progress: number[] = [];
    await client.pca(10, { onProgress: (fraction) => progress.push(fraction) });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
  });

  it('rejects a superseded pca with CancelledError and keeps the newer basis', async () => {
    const client = connected(workers, 0);
    await client.load(data, n, d);
    const first = client.pca(10);
    const second = client.pca(4, { spherize: true });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect((await second).k).toBe(4);
    const sphere = spherize(data, n, d);
    const direct = pca(sphere, n, d, 4);
    expectClose(await client.project([3]), project(sphere, n, d, direct.mean, direct.components, [3]), 1e-5);
  });

  it('lets project() wait for a pending pca() instead of cancelling it', async () => {
    const client = connected(workers, 0);
    void client.load(data, n, d);
    const summary = client.pca(4);
    const coordinates = client.project([1, 3]);
    const direct = pca(data, n, d, 4);
    expectClose((await summary).components, direct.components, 1e-6);
    expectClose(await coordinates, project(data, n, d, direct.mean, direct.components, [1, 3]), 1e-4);
  });

  it('turns worker errors into rejections', async () => {
    const client = connected(workers);
    await expect(client.pca(3)).rejects.toThrow(/load/);
    await client.load(data, n, d);
    await expect(client.project([0])).rejects.toThrow(/pca first/);
    await client.pca(2);
    await expect(client.project([5])).rejects.toThrow(/component 5/);
    const broken = data.slice();
    broken[n * d - 1] = NaN;
    await client.load(broken, n, d);
    await expect(client.pca(2)).rejects.toThrow(/NaN or infinite values \(column 19\)/);
  });
});

describe.each([1, 2, 3])('ComputeClient reading rows from %i worker(s) (the page keeps none)', (workers) => {
  const n = 7000, d = 6;
  const data = clusteredData(n, d, 4, 5);
  const row = (r: number) => Array.from(data.subarray(r * d, r * d + d));

  it('gathers rows from the shards that hold them, in the order asked, and all rows', async () => {
    const client = connected(workers);
    await client.load(data, n, d);
    const asked = Int32Array.from([6999, 0, 3500, 2333, 2334, 4667, 1]);   // across every shard boundary, unsorted
    const got = await client.rows(asked);
    expect(got.length).toBe(asked.length * d);
    asked.forEach((r, k) => expect(Array.from(got.subarray(k * d, k * d + d))).toEqual(row(r)));
    expect(Array.from(await client.rows(null))).toEqual(Array.from(data));
    expect((await client.rows(new Int32Array(0))).length).toBe(0);
    await expect(client.rows(Int32Array.from([n]))).rejects.toThrow(/row 7000 of 7000/);
  });

  it('sums rows and projects every row on given directions where they live', async () => {
    const client = connected(workers);
    await client.load(data, n, d);
    const asked = Int32Array.from({ length: 900 }, (_, i) => (i * 7919) % n);
    const want = new Float64Array(d);
    for (const r of asked) row(r).forEach((v, j) => { want[j] += v; });
    expectClose(await client.rowSums(asked), want, 1e-6);
    const origin = Float32Array.from({ length: d }, (_, j) => j / 2);
    const directions = Float32Array.from({ length: 2 * d }, (_, i) => Math.sin(i + 1));
    expectClose(await client.projectOnto(origin, directions), project(data, n, d, origin, directions, [0, 1]), 1e-4);
  });
});

describe.each([1, 2, 3])('ComputeClient loading rows in pieces with %i worker(s) (a streamed download)', (workers) => {
  const n = 7000, d = 6;
  const data = clusteredData(n, d, 4, 7);
  /** Pieces of `size` rows, fresh arrays as a download makes them. */
  const pieces = (size: number) => Array.from({ length: Math.ceil(n / size) }, (_, k) => ({
    first: k * size, rows: data.slice(k * size * d, Math.min(n, (k + 1) * size) * d) }));

  it('each worker gets its shard, whatever the pieces; the pieces are moved, not kept', async () => {
    for (const size of [1000, 2333, 7000]) {
      const client = connected(workers);
      const load = client.beginLoad(n, d);
      const sent = pieces(size);
      for (const p of sent) load.put(p.rows, p.first);
      await load.end();
      // Moved to the workers; a piece across two shards is sliced and freed where the engine can (node 21+).
      const canFree = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';
      const shards = Math.min(workers, 3);
      const boundaries = Array.from({ length: shards - 1 }, (_, i) => Math.floor((n * (i + 1)) / shards));
      const spans = (p: { first: number; rows: Float32Array }, size: number) =>
        boundaries.some((b) => b > p.first && b < Math.min(n, p.first + size));
      expect(sent.filter((p) => p.rows.length > 0).every((p) => !canFree && spans(p, size))).toBe(true);
      const held = await client.heldRows();
      expect(held.reduce((a, h) => a + h.rows, 0)).toBe(n);
      expect(held.filter((h) => h.rows > 0).length).toBe(Math.min(workers, 3));
      expect(Array.from(await client.rows(null))).toEqual(Array.from(data));
      expectClose((await client.pca(3)).varianceFraction, pca(data, n, d, 3).varianceFraction, 1e-9);
    }
  });

  it('a newer load supersedes one still arriving: its end rejects, the newer one holds', async () => {
    const client = connected(workers);
    const first = client.beginLoad(n, d);
    first.put(data.slice(0, 100 * d), 0);
    const second = client.beginLoad(n, d);
    first.put(data.slice(100 * d, 200 * d), 100);   // late piece of the old load: dropped
    for (const p of pieces(3000)) second.put(p.rows, p.first);
    await expect(first.end()).rejects.toBeInstanceOf(CancelledError);
    await second.end();
    expect(Array.from(await client.rows(Int32Array.from([0, 150, 6999])))).toEqual(
      [0, 150, 6999].flatMap((r) => Array.from(data.subarray(r * d, r * d + d))));
  });

  it('a load that did not get every row fails at its end, naming the count', async () => {
    const client = connected(workers);
    const load = client.beginLoad(n, d);
    load.put(data.slice(0, 10 * d), 0);
    await expect(load.end()).rejects.toThrow(/of \d+ rows arrived/);
  });
});

describe.each([1, 2])('ComputeClient PCA estimated from a sample, then exact (%i worker(s))', (workers) => {
  const n = 9000, d = 12;
  const data = clusteredData(n, d, 5, 9);

  it('a sample of about the rows asked gives nearly the exact axes; the exact ones follow, pointing the same way', async () => {
    const client = connected(workers);
    await client.load(data, n, d);
    const sampled = await client.pca(4, { spherize: true, sampleRows: 1000 });
    expect(sampled.rowsUsed).toBeGreaterThanOrEqual(1000);
    expect(sampled.rowsUsed).toBeLessThan(1100);
    const sampledCoords = await client.project([0, 1]);
    const exact = await client.pca(4, { spherize: true });
    expect(exact.rowsUsed).toBe(n);
    const direct = pca(spherize(data, n, d), n, d, 4);
    expectClose(exact.varianceFraction, direct.varianceFraction, 1e-9);
    expectClose(sampled.varianceFraction, direct.varianceFraction, 0.02);
    for (let c = 0; c < 2; c++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += exact.components[c * d + j] * sampled.components[c * d + j];
      expect(dot).toBeGreaterThan(0.95);   // nearly the same axis, the same sign
    }
    // Every row's place moves little from the first view to the exact one.
    const exactCoords = await client.project([0, 1]);
    let moved = 0;
    for (let i = 0; i < exactCoords.length; i++) moved = Math.max(moved, Math.abs(exactCoords[i] - sampledCoords[i]));
    expect(moved).toBeLessThan(0.2);
    expect((await client.pca(4, { spherize: true, sampleRows: 1000 })).rowsUsed).toBe(n);   // the exact result answers a sample request
  });
});

describe('ComputeClient transfers', () => {
  it('with one worker, moves the buffer when asked (the caller keeps nothing)', async () => {
    const client = connected(1);
    const data = clusteredData(3000, 8, 3, 2);
    const own = data.slice();
    await client.load(own, 3000, 8, { transfer: true });
    expect(own.length).toBe(0);
    expectClose((await client.pca(2)).varianceFraction, pca(data, 3000, 8, 2).varianceFraction, 1e-12);
  });

  it('with several workers, sends each its own slice (never the whole buffer) and moves it', async () => {
    const ports = [fakeChannel(), fakeChannel()];
    ports.forEach(([, worker]) => new ComputeServer(worker));
    const client = new ComputeClient(ports.map(([page]) => page));
    const data = clusteredData(5000, 4, 2, 3);
    await client.load(data, 5000, 4);
    expect(data.length).toBe(20000); // the caller's array is intact
    for (const [page] of ports) {
      const { message, transfer } = page.sent[0] as { message: RpcCall<ComputeMethods>; transfer: Transferable[] };
      expect(message.method).toBe('load');
      const rows = (message.args as { rows: Float32Array }).rows;
      expect(transfer).toEqual([rows.buffer]);
    }
  });

  it('keeps small data sets in one worker', async () => {
    const ports = [fakeChannel(), fakeChannel()];
    ports.forEach(([, worker]) => new ComputeServer(worker));
    const client = new ComputeClient(ports.map(([page]) => page));
    await client.load(clusteredData(100, 4, 2, 3), 100, 4);
    expect(ports[1][0].sent.length).toBe(0);
    expect((await client.project([0]).catch((error: Error) => error.message))).toMatch(/pca first/);
    expect((await client.pca(2)).k).toBe(2);
    expect((await client.project([0, 1])).length).toBe(200);
  });
});

describe('ComputeClient and ComputeServer messages', () => {
  it('sends the data only with load, and cancels superseded work in the workers', async () => {
    const [page, worker] = fakeChannel();
    const client = new ComputeClient(page);
    const requests: Request[] = [];
    worker.addEventListener('message', (event) => requests.push(event.data as Request));

    void client.load(new Float32Array(6), 3, 2).catch(() => {});
    void client.pca(2, { spherize: true }).catch(() => {});
    await tick();
    expect(page.sent[0].transfer).toEqual([]);
    expect(requests[0]).toMatchObject({ id: 1, method: 'load', args: { n: 3, d: 2 } });
    expect(requests[1]).toEqual({ id: 2, method: 'selectRows', args: { spherizeAround: null } });

    void client.project([0, 1]).catch(() => {});
    await tick();
    expect(requests).toHaveLength(2); // project() waits for the pending pca() and asks nothing yet
    void client.pca(3).catch(() => {});
    await tick();
    expect(requests[2]).toEqual({ cancel: 2 }); // a newer pca() supersedes
    expect(requests[3]).toEqual({ id: 3, method: 'selectRows', args: { spherizeAround: null } });
    for (const request of requests.slice(1)) expect(JSON.stringify(request).length).toBeLessThan(100);
  });

  it("turns the shards' column sums into the mean and their progress into the call's", async () => {
    const [page, worker] = fakeChannel();
    const client = new ComputeClient(page);
    void client.load(new Float32Array(4), 2, 2).catch(() => {});
    await tick();
    worker.postMessage({ id: 1, result: { n: 2 } });
    const progress: number[] = [];
    const pending = client.pca(2, { onProgress: (fraction) => progress.push(fraction) });
    await tick();
    await tick();
    worker.postMessage({ id: 2, result: new Float64Array([2, 4]) }); // selectRows: sums -> mean (1, 2)
    await tick();
    await tick();
    const scatterRequest = page.sent.at(-1)!.message as RpcCall<ComputeMethods>;
    expect(scatterRequest).toMatchObject({ id: 3, method: 'scatter' });
    expect(Array.from((scatterRequest.args as { mean: Float64Array }).mean)).toEqual([1, 2]);
    worker.postMessage({ id: 3, progress: 0.5 });
    worker.postMessage({ id: 3, error: 'out of memory', name: 'Error' });
    await expect(pending).rejects.toThrow('out of memory');
    expect(progress).toEqual([0.475]); // the scatter is 95% of a PCA
  });

  it('the server stops a cancelled computation at its next slice and says so', async () => {
    const [page, worker] = fakeChannel();
    new ComputeServer(worker, { sliceMilliseconds: 0 });
    const n = 3000, d = 30;
    const data = clusteredData(n, d, 4, 5);
    const responses: RpcResponse[] = [];
    page.addEventListener('message', (event) => responses.push(event.data as RpcResponse));
    const mean = new Float64Array(d);
    page.postMessage({ id: 1, method: 'load', args: { rows: data, n, d } });
    page.postMessage({ id: 2, method: 'scatter', args: { mean } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    page.postMessage({ cancel: 2 });
    page.postMessage({ id: 4, method: 'scatter', args: { mean } });
    const forId = (id: number) => responses.filter((r) => 'id' in r && r.id === id);
    await expect.poll(() => forId(4).some((r) => 'result' in r)).toBe(true);
    const forTwo = forId(2);
    expect(forTwo.some((r) => 'progress' in r)).toBe(true);
    expect(forTwo.at(-1)).toEqual({ id: 2, error: 'cancelled', name: 'CancelledError' });
    expect(forTwo.some((r) => 'result' in r)).toBe(false);
  });

  it('answers a repeated pca from its cache without asking the workers', async () => {
    const [page, worker] = fakeChannel();
    new ComputeServer(worker);
    const client = new ComputeClient(page);
    await client.load(clusteredData(500, 6, 2, 1), 500, 6);
    const first = await client.pca(3);
    const sentBefore = page.sent.length;
    first.components.fill(0); // the caller's copy; the cache is unaffected
    const again = await client.pca(3);
    expect(page.sent.length).toBe(sentBefore);
    expect(again.components.some((x) => x !== 0)).toBe(true);
  });

  it('the workers move their fresh answers to the page instead of copying them, and keep their rows', async () => {
    const [page, worker] = fakeChannel();
    new ComputeServer(worker);
    const client = new ComputeClient(page);
    const n = 500, d = 6;
    const data = clusteredData(n, d, 2, 1);
    await client.load(data, n, d);
    const summary = await client.pca(3);
    const first = await client.project([0, 1]);
    const answers = worker.sent.filter((s) => 'result' in (s.message as object));
    // load { n }; selectRows: sums; scatter: d x d; principalAxes: 4 arrays; project: coordinates
    expect(answers.map((a) => a.transfer.length)).toEqual([0, 1, 1, 4, 1]);
    // the shard's rows were not moved with an answer: a second projection still sees them
    expect(await client.project([0, 1])).toEqual(first);
    expectClose(first, project(data, n, d, summary.mean, summary.components, [0, 1]), 1e-4);
  });

  it('a failed worker rejects a project() waiting for a pca(), and the pca()', async () => {
    const [page] = fakeChannel();
    const client = new ComputeClient(page);
    void client.load(new Float32Array(4), 2, 2).catch(() => {});
    const summary = client.pca(2);
    const coordinates = client.project([0]);
    client.fail(new Error('compute worker failed: out of memory'));
    await expect(summary).rejects.toThrow('out of memory');
    await expect(coordinates).rejects.toThrow('out of memory');
  });

  it('a failed worker rejects pending and later calls instead of leaving them unsettled', async () => {
    const [page] = fakeChannel();
    const client = new ComputeClient(page);
    const pending = client.load(new Float32Array(4), 2, 2);
    client.fail(new Error('compute worker failed: could not start compute.worker.js'));
    await expect(pending).rejects.toThrow('could not start');
    await expect(client.pca(2)).rejects.toThrow('could not start');
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
