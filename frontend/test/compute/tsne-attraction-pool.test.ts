import { afterEach, describe, expect, it } from 'vitest';
import { AttractionPool, rowBounds, type AttractionHelper } from '../../src/compute/tsne/attraction-pool';
import { attractRows } from '../../src/compute/tsne/attraction-server';
import { layoutHelper, serveLayoutHelper } from '../../src/compute/layout-helper';
import type { AttractionRows } from '../../src/compute/tsne/attraction-protocol';
import { TsneServer } from '../../src/compute/tsne/tsne-server';
import { TSNE } from '../../src/compute/tsne/tsne';
import { TsneClient } from '../../src/compute/tsne-client';
import type { MessagePortLike } from '../../src/compute/worker-rpc';
import { clusteredData } from './synthetic';

const N = 500, D = 10;
const data = clusteredData(N, D, 4, 5);
const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((port) => port.close()));

/** A helper over a real MessageChannel, its server in this thread (as in its worker). */
function channelHelper(): AttractionHelper {
  const channel = new MessageChannel();
  ports.push(channel.port1, channel.port2);
  serveLayoutHelper(channel.port1 as unknown as MessagePortLike);
  return layoutHelper(channel.port2 as unknown as MessagePortLike, () => {});
}

/** A helper computing in this thread that reports `milliseconds` per answer, or fails every call. */
function localHelper(milliseconds: number, fails = false): AttractionHelper & { rows(): AttractionRows | null; sent(): number } {
  let rows: AttractionRows | null = null;
  let sent = 0;
  return {
    rows: () => rows,
    sent: () => sent,
    setRows: async (block) => {
      rows = block;
      sent++;
    },
    attract: async (y, exaggeration, forces) => {
      if (fails) throw new Error('helper died');
      return { forces: attractRows(rows, y, exaggeration, forces), y, milliseconds };
    },
    dispose: () => {},
  };
}

function oneThreadRun(iterations: number): Float32Array {
  const tsne = new TSNE({ dim: 2, perplexity: 15, seed: 2, maxIterations: 1000 });
  tsne.init(data, N, D);
  tsne.step(iterations);
  return tsne.coordinates();
}

async function sharedRun(pool: AttractionPool, iterations: number, dim: 2 | 3 = 2): Promise<TSNE> {
  const tsne = new TSNE({ dim, perplexity: 15, seed: 2, maxIterations: 1000 });
  tsne.init(data, N, D);
  for (let t = 0; t < iterations; t++) await tsne.stepShared(pool);
  return tsne;
}

function expectClose(a: Float32Array, b: Float32Array, tolerance: number): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let s = 0; s < a.length; s++) worst = Math.max(worst, Math.abs(a[s] - b[s]));
  expect(worst).toBeLessThan(tolerance);
}

describe('t-SNE attraction shared by helper workers', () => {
  it('splits the rows into blocks of about equal entries after the caller\'s share', () => {
    const rowStart = Int32Array.from({ length: 101 }, (_, r) => 10 * r); // 100 rows of 10 entries
    expect([...rowBounds(rowStart, 0.3, 2)]).toEqual([0, 30, 65, 100]);
    expect([...rowBounds(rowStart, 0, 1)]).toEqual([0, 0, 100]);
    expect([...rowBounds(rowStart, 1, 1)]).toEqual([0, 100, 100]);
  });

  it('follows the one-thread run (helpers over message channels, 2 of them)', async () => {
    const pool = new AttractionPool([channelHelper(), channelHelper()]);
    const shared = await sharedRun(pool, 40);
    expect(shared.iteration).toBe(40);
    // The same terms summed in another order: equal to rounding. (Not for long: t-SNE's steps
    // grow such differences, ~1e-8 after 50 steps here and ~0.1 after 100, as any change of
    // summation order does; the layouts then differ in detail, not in kind.)
    expectClose(shared.coordinates(), oneThreadRun(40), 1e-6);
    expect(pool.size).toBe(2);
  }, 60_000);

  it('does the rows of a helper that fails itself, and drops it', async () => {
    const failing = localHelper(1, true);
    const pool = new AttractionPool([localHelper(1), failing]);
    const shared = await sharedRun(pool, 30);
    expectClose(shared.coordinates(), oneThreadRun(30), 1e-6);
    expect(pool.size).toBe(1);
  });

  it('moves rows to whichever side is faster, and caps the helpers\' copies', async () => {
    // This side's clock never moves (its work looks free), the helper reports 10 ms: the caller
    // takes more rows, up to the share that evens a free repulsion (half with one helper).
    const slow = localHelper(10);
    const pool = new AttractionPool([slow], { ownShare: 0.1, now: () => 0 });
    await sharedRun(pool, 45);
    expect(pool.share).toBeCloseTo(0.5, 1);
    const rows = slow.rows()!;
    expect(rows.first).toBeGreaterThan(0.3 * N); // the helper's block starts later now
    // A cap of 1 KB on the copies keeps nearly every row here, and a helper that looks faster
    // (this side's clock runs, the helper's time is ~0) gets no new blocks: the cap already binds.
    let clock = 0;
    const fast = localHelper(0);
    const capped = new AttractionPool([fast], { maxHelperBytes: 1024, now: () => (clock += 5) });
    await sharedRun(capped, 45);
    expect(capped.share).toBeGreaterThan(0.95);
    expect(fast.sent()).toBe(1);
  });

  it('is used by the t-SNE worker for large runs, with the same layout as one thread', async () => {
    const channel = new MessageChannel();
    ports.push(channel.port1, channel.port2);
    let started = 0;
    new TsneServer(channel.port1 as unknown as MessagePortLike, {
      helpersFrom: N,
      startHelpers: () => {
        started++;
        return [channelHelper()];
      },
    });
    const client = new TsneClient(channel.port2 as unknown as MessagePortLike);
    let last: Float32Array | null = null;
    client.onFrame((coordinates) => (last = coordinates));
    const done = new Promise<void>((resolve) => client.onState((s) => s.state === 'done' && resolve()));
    await client.load(data, N, D);
    await client.start({ dim: 2, perplexity: 15, seed: 2, maxIterations: 40, frameMilliseconds: 20 });
    await done;
    expect(started).toBe(1);
    expectClose(last!, oneThreadRun(40), 1e-6);
  }, 60_000);

  it('a pause while the helpers work takes effect after that step: no later frame moves on', async () => {
    const channel = new MessageChannel();
    ports.push(channel.port1, channel.port2);
    new TsneServer(channel.port1 as unknown as MessagePortLike, { helpersFrom: N, startHelpers: () => [channelHelper()] });
    const client = new TsneClient(channel.port2 as unknown as MessagePortLike);
    const frames: number[] = [];
    client.onFrame((_, iteration) => frames.push(iteration));
    const running = new Promise<void>((resolve) => client.onFrame((_, iteration) => iteration >= 20 && resolve()));
    await client.load(data, N, D);
    await client.start({ dim: 2, perplexity: 15, seed: 2, maxIterations: 100000, frameMilliseconds: 1 });
    await running;
    const paused = await client.pause();
    expect(paused.state).toBe('paused');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Math.max(...frames)).toBe(paused.iteration);
    await client.stop();
  }, 60_000);
});
