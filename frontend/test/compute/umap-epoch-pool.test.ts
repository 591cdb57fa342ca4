import { afterEach, describe, expect, it } from 'vitest';
import { EpochPool } from '../../src/compute/umap/epoch-pool';
import { LayoutOptimizer } from '../../src/compute/umap/layout-optimizer';
import { UMAP, knnPreservation, trustworthiness } from '../../src/compute/umap';
import { UmapServer } from '../../src/compute/umap/umap-server';
import { UmapClient } from '../../src/compute/umap-client';
import { layoutHelper, serveLayoutHelper } from '../../src/compute/layout-helper';
import { SparseGraph } from '../../src/compute/sparse-matrix';
import type { MessagePortLike } from '../../src/compute/worker-rpc';
import { clusteredData } from './synthetic';

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((port) => port.close()));

/** A helper over a real MessageChannel, its server in this thread (as in its worker). */
function channelHelper() {
  const channel = new MessageChannel();
  ports.push(channel.port1, channel.port2);
  serveLayoutHelper(channel.port1 as unknown as MessagePortLike);
  return layoutHelper(channel.port2 as unknown as MessagePortLike, () => {});
}

const n = 600, d = 20;
const data = clusteredData(n, d, 5, 7);

async function sharedRun(helpers: number, seed = 1): Promise<Float32Array> {
  const umap = new UMAP({ seed, nEpochs: 200 });
  umap.init(data, n, d);
  const pool = new EpochPool(Array.from({ length: helpers }, channelHelper));
  for (let state = umap.step(0); !state.done; ) state = await umap.stepShared(pool);
  return umap.coordinates();
}

describe('UMAP epochs shared by helper workers', () => {
  it('cuts blocks from a breadth-first order, so that a graph\'s pieces fall into different blocks', () => {
    // Two pieces interleaved by number (even points: one path, odd points: another).
    const rowStart = new Int32Array(9), columns: number[] = [];
    for (let i = 0; i < 8; i++) {
      if (i >= 2) columns.push(i - 2);
      if (i < 6) columns.push(i + 2);
      rowStart[i + 1] = columns.length;
    }
    const graph = new SparseGraph(8, rowStart, Int32Array.from(columns), new Float32Array(columns.length).fill(1));
    const optimizer = new LayoutOptimizer(graph, new Float32Array(16), 2, { a: 1, b: 1, nEpochs: 10 });
    const [other] = optimizer.splitHeads(2);
    expect([...other.heads]).toEqual([1, 3, 5, 7]); // no edge crosses between the blocks
  });

  it('splits the heads into blocks of about equal edges that together hold every edge once', () => {
    // A path of 10 points, head i with edges to i - 1 and i + 1.
    const rowStart = new Int32Array(11), columns: number[] = [];
    for (let i = 0; i < 10; i++) {
      if (i > 0) columns.push(i - 1);
      if (i < 9) columns.push(i + 1);
      rowStart[i + 1] = columns.length;
    }
    const graph = new SparseGraph(10, rowStart, Int32Array.from(columns), new Float32Array(columns.length).fill(1));
    const optimizer = new LayoutOptimizer(graph, new Float32Array(20), 2, { a: 1, b: 1, nEpochs: 10 });
    const [second, third] = optimizer.splitHeads(3);
    expect([...second.heads]).toEqual([4, 5, 6]);
    expect([...third.heads]).toEqual([7, 8, 9]);
    expect([...second.rowStart]).toEqual([0, 2, 4, 6]);
    expect([...third.tail]).toEqual([6, 8, 7, 9, 8]);
    expect(second.randomState).not.toBe(third.randomState);
  });

  it('lays out as well as one thread, and the same way each time for a seed', async () => {
    const shared = await sharedRun(2);
    const single = new UMAP({ seed: 1, nEpochs: 200 });
    single.init(data, n, d);
    const alone = single.run();
    const quality = (layout: Float32Array) => [trustworthiness(data, layout, n, d, 2, 10), knnPreservation(data, layout, n, d, 2, 10)];
    const [trustShared, knnShared] = quality(shared);
    const [trustAlone, knnAlone] = quality(alone);
    expect(trustShared).toBeGreaterThan(trustAlone - 0.01);
    expect(knnShared).toBeGreaterThan(0.9 * knnAlone);
    expect(shared).not.toEqual(alone); // the blocks' moves do add up differently
    expect(await sharedRun(2)).toEqual(shared);
  }, 60_000);

  it('a helper that fails ends the run with an error that says so; the next run does without it', async () => {
    const failing = { setEdges: async () => ({ heads: 0 }), epoch: async () => { throw new Error('worker died'); } };
    const pool = new EpochPool([failing]);
    const first = new UMAP({ seed: 1, nEpochs: 20 });
    first.init(data, n, d);
    await expect(first.stepShared(pool)).rejects.toThrow(/layout helper failed \(worker died\)/);
    expect(pool.size).toBe(0);
    const second = new UMAP({ seed: 1, nEpochs: 20 });
    second.init(data, n, d);
    for (let state = second.step(0); !state.done; ) state = await second.stepShared(pool);
    const alone = new UMAP({ seed: 1, nEpochs: 20 });
    alone.init(data, n, d);
    expect(second.coordinates()).toEqual(alone.run()); // no helpers: one block, the one-thread run
  });

  it('is used by the UMAP worker for large runs, to the last epoch', async () => {
    const channel = new MessageChannel();
    ports.push(channel.port1, channel.port2);
    let started = 0;
    new UmapServer(channel.port1 as unknown as MessagePortLike, {
      frameMilliseconds: 5,
      helpersFrom: n,
      startHelpers: () => {
        started++;
        return [channelHelper()];
      },
    });
    const client = new UmapClient(channel.port2 as unknown as MessagePortLike);
    await client.load(data, n, d);
    const last = await client.start({ seed: 3, nEpochs: 50 });
    expect(started).toBe(1);
    expect(last.epoch).toBe(50);
    expect(last.done).toBe(true);
    expect(trustworthiness(data, last.coordinates, n, d, 2, 10)).toBeGreaterThan(0.9);
  }, 60_000);
});
