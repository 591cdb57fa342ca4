import { afterEach, describe, expect, it } from 'vitest';
import { TsneServer } from '../../src/compute/tsne/tsne-server';
import { TSNE } from '../../src/compute/tsne/tsne';
import { CancelledError, TsneClient, type TsneStatus } from '../../src/compute/tsne-client';
import type { MessagePortLike } from '../../src/compute/worker-rpc';
import { fakeChannel, tick } from './fake-channel';
import { clusteredData } from './synthetic';

const N = 300, D = 12;
const data = clusteredData(N, D, 3, 4);
const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((port) => port.close()));

/** A client and a server over a real MessageChannel, as between a page and its worker. */
function connect(): TsneClient {
  const channel = new MessageChannel();
  ports.push(channel.port1, channel.port2);
  new TsneServer(channel.port1 as unknown as MessagePortLike);
  return new TsneClient(channel.port2 as unknown as MessagePortLike);
}

function waitForState(client: TsneClient, state: TsneStatus['state']): Promise<TsneStatus> {
  return new Promise((resolve) => {
    const off = client.onState((status) => {
      if (status.state === state) {
        off();
        resolve(status);
      }
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TsneClient <-> TsneServer', () => {
  it('runs to maxIterations with frames, the last equal to an in-process run with the same seed', async () => {
    const client = connect();
    const frames: { iteration: number; coordinates: Float32Array; converged: boolean }[] = [];
    client.onFrame((coordinates, iteration, converged) => frames.push({ coordinates, iteration, converged }));
    const done = waitForState(client, 'done');
    await client.load(data, N, D);
    const progress: number[] = [];
    const ready = await client.start(
      { dim: 2, perplexity: 20, seed: 3, maxIterations: 300, frameMilliseconds: 20 },
      { onProgress: (f) => progress.push(f) },
    );
    expect(ready).toEqual({ n: N, neighbors: 60 });
    expect((await done).iteration).toBe(300);
    expect(frames.length).toBeGreaterThan(1);
    const last = frames[frames.length - 1];
    expect(last.iteration).toBe(300);
    expect(last.coordinates.length).toBe(N * 2);
    const direct = new TSNE({ dim: 2, perplexity: 20, seed: 3, maxIterations: 300 });
    direct.init(data, N, D);
    direct.step(300);
    expect(last.coordinates).toEqual(direct.coordinates());
    // Iterations only go forward.
    for (let f = 1; f < frames.length; f++) expect(frames[f].iteration).toBeGreaterThanOrEqual(frames[f - 1].iteration);
    // A higher limit lets the finished run continue.
    const again = waitForState(client, 'done');
    await client.setMaxIterations(350);
    expect((await again).iteration).toBe(350);
  }, 60_000);

  it('pauses, resumes, perturbs and stops', async () => {
    const client = connect();
    let latest = 0;
    let frameCount = 0;
    client.onFrame((_, iteration) => {
      latest = iteration;
      frameCount++;
    });
    await client.load(data, N, D);
    await client.start({
      dim: 3, perplexity: 10, seed: 1, maxIterations: 1_000_000, frameMilliseconds: 10, convergenceTolerance: -Infinity,
    });
    await sleep(100);
    const paused = await client.pause();
    expect(paused.state).toBe('paused');
    await sleep(50); // the frame sent where the loop stopped arrives
    const atPause = latest;
    const framesAtPause = frameCount;
    await sleep(150);
    expect(latest).toBe(atPause);
    expect(frameCount).toBe(framesAtPause);
    const perturbed = await client.perturb(0.2);
    expect(perturbed.state).toBe('paused');
    await sleep(20);
    expect(frameCount).toBe(framesAtPause + 1); // perturb shows its result at once
    expect((await client.resume()).state).toBe('running');
    await sleep(150);
    expect(latest).toBeGreaterThan(atPause);
    expect((await client.stop()).state).toBe('idle');
    await sleep(30);
    const atStop = frameCount;
    await sleep(100);
    expect(frameCount).toBe(atStop);
  }, 60_000);

  it('a new start() supersedes the running one', async () => {
    const client = connect();
    await client.load(data, N, D);
    const first = client.start({ dim: 2, perplexity: 20, seed: 1, maxIterations: 1_000_000 });
    const second = client.start({ dim: 2, perplexity: 20, seed: 2, maxIterations: 50 });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    const done = waitForState(client, 'done');
    await second;
    expect((await done).iteration).toBe(50);
  }, 60_000);

  it('a load() ends the run: no frames or states of it are passed on afterwards', async () => {
    const client = connect();
    await client.load(data, N, D);
    let events = 0;
    client.onFrame(() => events++);
    client.onState(() => events++);
    await client.start({
      dim: 2, perplexity: 10, seed: 1, maxIterations: 1_000_000, frameMilliseconds: 10, convergenceTolerance: -Infinity,
    });
    await sleep(100);
    expect(events).toBeGreaterThan(0);
    const loading = client.load(data, N, D);
    const atLoad = events;
    await loading;
    await sleep(100);
    expect(events).toBe(atLoad);
    expect((await client.stop()).state).toBe('idle'); // the worker ended it too
  }, 60_000);

  it('reports a missing load as an error', async () => {
    const client = connect();
    await expect(client.start({ dim: 2, perplexity: 5, seed: 1, maxIterations: 10 })).rejects.toThrow(/load/);
  });
});

describe('TsneClient on its own (a fake worker)', () => {
  const cancels = (page: { sent: { message: unknown }[] }) => page.sent.filter((s) => 'cancel' in (s.message as object));

  it('a newer start() or load() rejects the superseded call at once, sends no cancel, and drops its late frames', async () => {
    const [page, worker] = fakeChannel();
    const client = new TsneClient(page);
    const frames: number[] = [];
    client.onFrame((_, iteration) => frames.push(iteration));
    const options = { dim: 2 as const, perplexity: 5, seed: 1, maxIterations: 10 };
    const first = client.start(options);
    const second = client.start(options);
    await expect(first).rejects.toBeInstanceOf(CancelledError); // before the worker said anything
    const frame = (run: number, iteration: number) =>
      worker.postMessage({ event: 'frame', data: { run, coordinates: new Float32Array(2), dim: 2, iteration, converged: false, done: false } });
    frame(1, 5); // the superseded run's
    frame(2, 6);
    await tick();
    expect(frames).toEqual([6]);
    const loading = client.load(data, N, D);
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    frame(2, 7);
    await tick();
    expect(frames).toEqual([6]);
    expect(cancels(page)).toEqual([]); // the worker supersedes runs itself, in message order
    void loading.catch(() => {});
  });

  it('a dead worker rejects the pending and later calls with an error that says so', async () => {
    const [page] = fakeChannel();
    const client = new TsneClient(page);
    const loading = client.load(data, N, D);
    client.fail(new Error('t-SNE worker failed: could not start tsne.worker.js'));
    await expect(loading).rejects.toThrow('t-SNE worker failed');
    await expect(client.start({ dim: 2, perplexity: 5, seed: 1, maxIterations: 10 })).rejects.toThrow('could not start');
    await expect(client.pause()).rejects.toThrow('could not start');
  });

  it('a dead worker is reported to onFailure listeners, also when no call is pending (mid-run)', () => {
    const [page] = fakeChannel();
    const client = new TsneClient(page);
    const heard: string[] = [];
    const unsubscribe = client.onFailure((error) => heard.push(error.message));
    client.fail(new Error('t-SNE worker failed: out of memory'));
    unsubscribe();
    client.fail(new Error('t-SNE worker failed: a message from it could not be read'));
    expect(heard).toEqual(['t-SNE worker failed: out of memory']);
  });
});
