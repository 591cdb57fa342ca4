// The UMAP worker RPC (umap-client.ts <-> umap/umap-server.ts) over a real MessageChannel.
import { afterEach, describe, expect, it } from 'vitest';
import { CancelledError, UmapClient, UmapStoppedError, type UmapFrame } from '../../src/compute/umap-client';
import { UMAP } from '../../src/compute/umap';
import { UmapServer } from '../../src/compute/umap/umap-server';
import { fakeChannel, tick } from './fake-channel';
import { clusteredData } from './synthetic';

const openPorts: MessagePort[] = [];
afterEach(() => openPorts.splice(0).forEach((port) => port.close()));

function connected(frameMilliseconds = 5): UmapClient {
  const { port1, port2 } = new MessageChannel();
  openPorts.push(port1, port2);
  new UmapServer(port2, { frameMilliseconds });
  return new UmapClient(port1);
}

const n = 300, d = 12;
const data = clusteredData(n, d, 4, 3);
const options = { nEpochs: 60, seed: 5, dim: 2 as const };

function direct(): Float32Array {
  const umap = new UMAP(options);
  umap.init(data, n, d);
  return umap.run();
}

describe('UmapClient with UmapServer', { timeout: 60_000 }, () => {
  it('streams frames from the initial layout to the last epoch and ends with the direct result', async () => {
    const client = connected();
    expect(await client.load(data, n, d)).toEqual({ n, d });
    const frames: { epoch: number; done: boolean; length: number }[] = [];
    const phases = new Set<string>();
    client.onProgress((progress) => phases.add(progress.phase));
    client.onFrame((coordinates, epoch, nEpochs, done) => {
      expect(nEpochs).toBe(60);
      frames.push({ epoch, done, length: coordinates.length });
    });
    const last = await client.start(options);
    expect(last).toMatchObject({ epoch: 60, nEpochs: 60, done: true, n, dim: 2 });
    expect(last.coordinates).toEqual(direct());
    expect(frames[0]).toEqual({ epoch: 0, done: false, length: n * 2 });
    expect(frames.at(-1)).toEqual({ epoch: 60, done: true, length: n * 2 });
    expect(frames.length).toBeGreaterThan(2);
    for (let i = 1; i < frames.length; i++) expect(frames[i].epoch).toBeGreaterThan(frames[i - 1].epoch);
    expect(phases).toEqual(new Set(['neighbors', 'graph', 'layout']));
  });

  it('sends frames no more often than the run asks (its slices stay short: Stop still acts at once)', async () => {
    const client = connected(1);
    await client.load(data, n, d);
    const epochs: number[] = [];
    client.onFrame((_, epoch) => epochs.push(epoch));
    const last = await client.start({ ...options, nEpochs: 200, frameMilliseconds: 60_000 });
    expect(last.epoch).toBe(200);
    expect(epochs).toEqual([0, 200]); // the initial layout and the last one only
  });

  it('stops with the layout so far, then resumes to the same result as an uninterrupted run', async () => {
    const client = connected(1);
    await client.load(data, n, d);
    let stopAsked: Promise<{ stopped: boolean }> | null = null;
    const unsubscribe = client.onFrame((_, epoch) => {
      if (epoch > 0 && !stopAsked) stopAsked = client.stop();
    });
    const stopped = await client.start(options);
    unsubscribe();
    expect(await stopAsked).toEqual({ stopped: true });
    expect(stopped.done).toBe(false);
    expect(stopped.epoch).toBeLessThan(60);
    const finished = await client.resume();
    expect(finished).toMatchObject({ epoch: 60, done: true });
    expect(finished.coordinates).toEqual(direct());
    expect(await client.stop()).toEqual({ stopped: false });
  });

  it('a newer start supersedes the running one; its late frames are dropped', async () => {
    const client = connected();
    await client.load(data, n, d);
    const first = client.start({ ...options, nEpochs: 5000 });
    const seen: UmapFrame[] = [];
    let superseded = false;
    client.onFrame((_c, _e, _n, _d, frame) => superseded && seen.push(frame));
    await new Promise((resolve) => setTimeout(resolve, 20));
    superseded = true;
    const second = client.start({ ...options, dim: 3 });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    const result = await second;
    expect(result).toMatchObject({ dim: 3, epoch: 60, done: true });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((frame) => frame.nEpochs === 60 && frame.dim === 3)).toBe(true);
  });

  it('a stop while the graph is being built ends the run without a layout', async () => {
    const client = connected(1);
    await client.load(data, n, d);
    let stopAsked: Promise<{ stopped: boolean }> | null = null;
    client.onProgress(() => {
      stopAsked ??= client.stop();
    });
    await expect(client.start(options)).rejects.toBeInstanceOf(UmapStoppedError);
    expect(await stopAsked).toEqual({ stopped: true });
    await expect(client.resume()).rejects.toThrow(/start/);
    expect((await client.start(options)).done).toBe(true);
  });

  it('refuses to start before load and to resume before start', async () => {
    const client = connected();
    await expect(client.start(options)).rejects.toThrow(/load/);
    await client.load(data, n, d);
    await expect(client.resume()).rejects.toThrow(/start/);
  });

  it('answers with its last frame moved, not copied', async () => {
    const [page, worker] = fakeChannel();
    new UmapServer(worker, { frameMilliseconds: 5 });
    const client = new UmapClient(page);
    await client.load(data, n, d);
    const last = await client.start(options);
    const answer = worker.sent.find((s) => (s.message as { id?: number }).id === 2 && 'result' in (s.message as object))!;
    expect(answer.transfer).toEqual([(answer.message as { result: UmapFrame }).result.coordinates.buffer]);
    expect(last.coordinates).toEqual(direct());
  });
});

describe('UmapClient on its own (a fake worker)', () => {
  const frame = (epoch: number): UmapFrame => ({ coordinates: new Float32Array(2), n: 1, dim: 2, epoch, nEpochs: 10, done: false, threads: 1 });

  it('a newer start() or load() rejects the superseded run at once, sends no cancel, and drops its late frames', async () => {
    const [page, worker] = fakeChannel();
    const client = new UmapClient(page);
    const epochs: number[] = [];
    client.onFrame((_, epoch) => epochs.push(epoch));
    const first = client.start(options);
    const second = client.resume();
    await expect(first).rejects.toBeInstanceOf(CancelledError); // before the worker said anything
    worker.postMessage({ id: 1, progress: { frame: frame(1) } }); // the superseded run's
    worker.postMessage({ id: 2, progress: { frame: frame(2) } });
    worker.postMessage({ id: 1, result: frame(3) });
    await tick();
    await tick();
    expect(epochs).toEqual([2]);
    const loading = client.load(data, n, d);
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    expect(page.sent.filter((s) => 'cancel' in (s.message as object))).toEqual([]);
    void loading.catch(() => {});
  });

  it('a dead worker rejects the running start() and later calls with an error that says so', async () => {
    const [page] = fakeChannel();
    const client = new UmapClient(page);
    const run = client.start(options);
    client.fail(new Error('UMAP worker failed: Uncaught RangeError: Array buffer allocation failed'));
    await expect(run).rejects.toThrow('UMAP worker failed');
    await expect(client.load(data, n, d)).rejects.toThrow('allocation failed');
    await expect(client.stop()).rejects.toThrow('allocation failed');
  });
});
