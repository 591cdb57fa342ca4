import { describe, expect, it } from 'vitest';
import type { Scatter } from '../../src/render/scatter';
import { Session, type SessionParts } from '../../src/session';
import type { StepTransition } from '../../src/state/layout-display';
import type { Projector } from '../../src/state/projection';
import { Store } from '../../src/state/store';
import { newTimings } from '../../src/ui/test-hook';
import { loadedRows } from '../loaded-rows';

/** A promise settled from outside: the test decides when the "workers" answer. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A projector whose answers the test releases; it records what was asked. */
function fakeProjector() {
  const asked: string[] = [];
  const pending: { what: string; answer: (v: unknown) => void }[] = [];
  const ask = <T>(what: string) => {
    asked.push(what);
    const d = deferred<T>();
    pending.push({ what, answer: d.resolve as (v: unknown) => void });
    return d.promise;
  };
  const projector = {
    load: async () => {},
    pca: (k: number) => ask<{ varianceFraction: number[] }>(`pca ${k}`),
    project: (dims: number[]) => ask<Float32Array>(`project ${dims.join(',')}`),
    identity: () => ask<Float32Array>('identity'),
    nearestRows: (row: number, k: number) => ask<{ indices: Int32Array; distances: Float32Array }>(`nearest ${row} ${k}`),
    neighborGraph: () => null,
    dispose: () => {},
  } as unknown as Projector;
  return { projector, asked, pending };
}

function makeSession(n = 4, d = 3) {
  const store = new Store();
  const { projector, asked, pending } = fakeProjector();
  const drawn: Float32Array[] = [];
  const scatter = {
    set3d: () => {}, setColors: () => {}, setAtlas: () => {}, setPositions: () => {}, setPointSize: () => {},
    setSpriteMode: () => {}, controls: { reset: () => {} },
  } as unknown as Scatter;
  const steps = {
    keepNextView: false, beforePlace: (c: Float32Array) => c, present: (p: Float32Array) => { drawn.push(p); },
  } as unknown as StepTransition;
  const session = new Session({
    store, scatter, steps, hook: newTimings(), projector, tooltip: { hide: () => {} }, setEmpty: () => {},
    density: { setLayout: () => {} }, pointSize: () => 1,
  });
  let projectedByAnalysis = 0;
  const parts: SessionParts = {
    analysis: { owns: (s) => s.method === 'tsne', project: () => { projectedByAnalysis++; }, neighborSettings: { k: 2, metric: 'euclidean', space: 'original' } },
    compare: { pointColors: (_s, count) => ({ rgb: new Float32Array(count * 3), legend: { kind: 'none' } }), placed: () => {} },
  };
  session.attach(parts);
  session.data = { ...loadedRows(new Float32Array(n * d), n, d), etag: null };
  store.set({ n, d }, 'session');
  return { store, session, asked, pending, drawn, analysisProjections: () => projectedByAnalysis };
}

describe('Session', () => {
  it('a user change of method computes the projection; the same change made by the session does not', async () => {
    const { store, session, asked } = makeSession();
    session.setQuiet({ method: 'identity' });
    session.setQuiet({ method: 'pca' });
    expect(asked).toEqual([]);
    store.set({ method: 'identity' });
    expect(asked).toEqual(['identity']);
  });

  it('changes made by listeners while a session change is dispatched are the session\'s too', () => {
    const { store, asked } = makeSession();
    const off = store.subscribe((s, changed) => { if (changed.has('pointSize')) store.set({ method: 'identity' }); });
    store.set({ pointSize: 2 }, 'session');
    expect(store.state.method).toBe('identity');
    expect(asked).toEqual([]);
    off();
  });

  it('PCA, then the chosen components projected and drawn', async () => {
    const { store, session, asked, pending, drawn } = makeSession();
    const done = session.computeProjection();
    expect(asked).toEqual(['pca 3']);
    pending[0].answer({ varianceFraction: [0.6, 0.3, 0.1] });
    await tick();
    expect(store.state.variance).toEqual([0.6, 0.3, 0.1]);
    expect(asked).toEqual(['pca 3', 'project 0,1']);
    pending[1].answer(Float32Array.from([0, 0, 1, 1, 2, 2, 3, 3]));
    await done;
    expect(drawn.length).toBe(1);
    expect(session.positionsReady).toBe(true);
    expect(session.lastLayout?.axes).toEqual(['PC1', 'PC2']);
  });

  it('a load supersedes the projection of the tensor before: its late answer is never drawn', async () => {
    const { session, pending, drawn } = makeSession();
    const old = session.computeProjection();
    await session.loadTensor();   // no embedding in the store's info: a new generation, then nothing to load
    session.data = { ...loadedRows(new Float32Array(12), 4, 3), etag: 'the next tensor' };
    pending[0].answer({ varianceFraction: [0.6, 0.3, 0.1] });
    await old;
    expect(pending.length).toBe(1);   // the superseded PCA's answer went no further (no projection asked)
    expect(drawn).toEqual([]);
    expect(session.positionsReady).toBe(false);
  });

  it('the selected point\'s neighbours: the newest request wins over a slower older one', async () => {
    const { store, pending } = makeSession();
    store.set({ selected: 1 });
    store.set({ selected: 2 });
    expect(pending.map((p) => p.what)).toEqual(['nearest 1 2', 'nearest 2 2']);
    pending[1].answer({ indices: Int32Array.from([0, 3]), distances: Float32Array.from([1, 2]) });
    await tick();
    pending[0].answer({ indices: Int32Array.from([2, 0]), distances: Float32Array.from([1, 1]) });
    await tick();
    expect(store.state.neighbors?.map((x) => x.index)).toEqual([0, 3]);
  });

  it('layouts it does not compute itself (t-SNE, UMAP, custom, imported) go to analysis', async () => {
    const { store, session, analysisProjections } = makeSession();
    store.set({ variance: [1], method: 'tsne' });
    await tick();
    expect(analysisProjections()).toBe(1);
    expect(session.lastLayout).toBeNull();
  });
});
