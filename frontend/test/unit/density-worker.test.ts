// The density worker's RPC (density-client.ts <-> density/density-server.ts), the throttle that feeds
// it, and the page-side layer (state/density-layer.ts) with a real server over a MessageChannel.
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeLayout } from '../../src/compute/density/analyze-layout';
import { DensityServer } from '../../src/compute/density/density-server';
import { ThrottleLatest, type ThrottleClock } from '../../src/compute/density/throttle-latest';
import { CancelledError, DensityClient } from '../../src/compute/density-client';
import { gaussianFrom, seededRandom } from '../../src/compute/random';
import { analyzeColumn } from '../../src/data/columns';
import { HIDDEN_Z } from '../../src/compute/placement';
import { DensityLayer, visiblePoints } from '../../src/state/density-layer';
import { Store } from '../../src/state/store';

const openPorts: MessagePort[] = [];
afterEach(() => openPorts.splice(0).forEach((port) => port.close()));

function connected(): DensityClient {
  const { port1, port2 } = new MessageChannel();
  openPorts.push(port1, port2);
  new DensityServer(port2);
  return new DensityClient(port1);
}

/** Three blobs of 1,000 points in world coordinates (x, y, z = 0), as placeRows draws them. */
function drawnBlobs(): { positions: Float32Array; n: number; labels: string[] } {
  const gaussian = gaussianFrom(seededRandom(4));
  const centres = [[-0.6, -0.5], [0.6, -0.4], [0, 0.6]];
  const n = 3000, positions = new Float32Array(n * 3), labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const b = i % 3;
    positions[3 * i] = centres[b][0] + 0.08 * gaussian();
    positions[3 * i + 1] = centres[b][1] + 0.08 * gaussian();
    labels.push(['cat', 'dog', 'fish'][b]);
  }
  return { positions, n, labels };
}

describe('DensityClient with DensityServer', () => {
  it('answers with the direct analysis, moving the points in and the assignment out', async () => {
    const { positions, n } = drawnBlobs();
    const { xy, m } = visiblePoints(positions, n);
    const direct = analyzeLayout(xy, m);
    const sent = xy.slice();
    const result = await connected().analyze(sent, m);
    expect(sent.length).toBe(0);   // moved, not copied
    expect(result.clusters).toEqual(direct.clusters);
    expect(result.levels).toEqual(direct.levels);
    expect(result.contours.length).toBe(direct.contours.length);
    expect(result.assignment).toEqual(direct.assignment);
  });

  it('lets the latest call win: the one before rejects with CancelledError', async () => {
    const client = connected();
    const { positions, n } = drawnBlobs();
    const { xy, m } = visiblePoints(positions, n);
    const first = client.analyze(xy.slice(), m);
    const second = client.analyze(xy.slice(), m);
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect((await second).clusters).toHaveLength(3);
  });
});

describe('ThrottleLatest', () => {
  it('runs the first job at once, then only the newest one, one interval after the last start', async () => {
    let now = 0;
    const timers: { at: number; f: () => void }[] = [];
    const clock: ThrottleClock = {
      now: () => now,
      setTimeout: (f, ms) => { const t = { at: now + ms, f }; timers.push(t); return t; },
      clearTimeout: (t) => { timers.splice(timers.indexOf(t as never), 1); },
    };
    const throttle = new ThrottleLatest(400, clock);
    const ran: string[] = [];
    let finish: () => void = () => {};
    const job = (name: string) => () => { ran.push(name); return new Promise<void>((resolve) => { finish = resolve; }); };
    throttle.submit(job('a'));
    throttle.submit(job('b'));
    throttle.submit(job('c'));   // replaces b
    expect(ran).toEqual(['a']);
    finish();
    await Promise.resolve(); await Promise.resolve(); await Promise.resolve();
    expect(ran).toEqual(['a']);   // a ended at 0 ms: c waits for 400 ms
    expect(timers.map((t) => t.at)).toEqual([400]);
    now = 400;
    timers.shift()!.f();
    expect(ran).toEqual(['a', 'c']);
    throttle.submit(job('d'));
    throttle.clear();
    finish();
    await Promise.resolve(); await Promise.resolve(); await Promise.resolve();
    expect(ran).toEqual(['a', 'c']);
    expect(throttle.busy).toBe(false);
  });
});

describe('visiblePoints', () => {
  it('leaves hidden rows out and maps the others to their rows', () => {
    const positions = Float32Array.of(1, 2, 0, 3, 4, HIDDEN_Z, 5, 6, 0);
    const { xy, rows, m } = visiblePoints(positions, 3);
    expect(m).toBe(2);
    expect(Array.from(xy)).toEqual([1, 2, 5, 6]);
    expect(Array.from(rows!)).toEqual([0, 2]);
    expect(visiblePoints(Float32Array.of(1, 2, 0), 1).rows).toBeNull();
  });
});

describe('DensityLayer', () => {
  it('analyses 2-D layouts while on, labels clusters from the column, clears when off or in 3-D', async () => {
    const { positions, n, labels } = drawnBlobs();
    const store = new Store();
    store.set({ columns: [analyzeColumn('animal', labels)], n });
    const shown: unknown[] = [];
    const overlay = { set: (c: unknown) => { shown.push(c); }, drawnLabels: [], paintedPixels: () => 0 };
    const layer = new DensityLayer(store, overlay, () => {}, connected);
    layer.setLayout(positions, n, 2);
    expect(layer.summary().status).toBe('off');
    store.set({ showDensity: true });
    await waitFor(() => layer.summary().status === 'ready');
    const summary = layer.summary();
    expect(summary.labelColumn).toBe('animal');
    expect(summary.clusters.map((c) => c.label).sort()).toEqual(['cat (100%)', 'dog (100%)', 'fish (100%)']);
    expect(summary.contours).toBeGreaterThanOrEqual(3);
    expect(shown.at(-1)).toMatchObject({ clusters: expect.any(Array), lines: expect.any(Array) });
    store.set({ clusterLabelColumn: -1 });
    expect(layer.summary().clusters.every((c) => c.label === '')).toBe(true);
    layer.setLayout(positions, n, 3);
    expect(layer.summary().status).toBe('unavailable');
    expect(shown.at(-1)).toBeNull();
    layer.setLayout(positions, n, 2);
    await waitFor(() => layer.summary().status === 'ready');
    store.set({ showDensity: false });
    expect(layer.summary()).toMatchObject({ status: 'off', clusters: [], contours: 0 });
    expect(shown.at(-1)).toBeNull();
  });
});

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
