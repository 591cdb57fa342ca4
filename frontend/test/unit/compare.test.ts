import { describe, expect, it } from 'vitest';
import { neighbourhoodChange, rankByChange } from '../../src/compute/neighbourhood-change';
import { takeRows } from '../../src/compute/rows';
import { isIdentity, pairByKey, pairByOrder } from '../../src/state/compare-rows';
import { alignOnto } from '../../src/state/compare-session';
import { decodeView, encodeView } from '../../src/state/url-hash';
import { fromState, toState, viewExtrasOf, viewExtrasPatch, type BookmarkView } from '../../src/state/bookmarks';
import { initialState, type CompareSpec } from '../../src/state/store';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** Jaccard with Sets: the definition, written plainly. */
function reference(a: Int32Array, ka: number, b: Int32Array, kb: number, n: number, k: number) {
  const change: number[] = [];
  for (let i = 0; i < n; i++) {
    const sa = new Set(Array.from(a.subarray(i * ka, i * ka + k)).filter((j) => j >= 0));
    const sb = new Set(Array.from(b.subarray(i * kb, i * kb + k)).filter((j) => j >= 0));
    const both = [...sa].filter((j) => sb.has(j)).length;
    const union = new Set([...sa, ...sb]).size;
    change.push(1 - (union ? both / union : 1));
  }
  return { change, mean: change.reduce((x, c) => x + (1 - c), 0) / n };
}

describe('neighbourhoodChange', () => {
  it('equals the Set definition of 1 - Jaccard on random lists (with -1 entries and different list lengths)', () => {
    const r = rng(5);
    const n = 300, ka = 12, kb = 15, k = 10;
    const lists = (kk: number, missing: number) => Int32Array.from({ length: n * kk }, () => (r() < missing ? -1 : Math.floor(r() * 40)));
    const a = lists(ka, 0.05), b = lists(kb, 0.1);
    const got = neighbourhoodChange(a, ka, b, kb, n, k);
    const want = reference(a, ka, b, kb, n, k);
    for (let i = 0; i < n; i++) expect(got.change[i]).toBeCloseTo(want.change[i], 6);
    expect(got.meanOverlap).toBeCloseTo(want.mean, 6);
    expect(got.k).toBe(k);
  });

  it('is 0 for the same lists in another order and 1 for disjoint ones', () => {
    const a = Int32Array.of(1, 2, 3, 0, 2, 3, 0, 1, 3, 0, 1, 2), b = Int32Array.of(3, 2, 1, 3, 2, 0, 3, 1, 0, 2, 1, 0);
    expect(Array.from(neighbourhoodChange(a, 3, b, 3, 4, 3).change)).toEqual([0, 0, 0, 0]);
    const c = neighbourhoodChange(Int32Array.of(1, 0), 1, Int32Array.of(1, 0).reverse(), 1, 2, 1);
    expect(Array.from(c.change)).toEqual([1, 1]);
    expect(c.meanOverlap).toBe(0);
  });
});

describe('rankByChange', () => {
  it('gives the rows of largest change first, ties by row, skipping flagged rows', () => {
    const r = rng(9);
    const change = Float32Array.from({ length: 500 }, () => Math.round(r() * 10) / 10);
    const skip = Uint8Array.from({ length: 500 }, () => (r() < 0.2 ? 1 : 0));
    const want = Array.from({ length: 500 }, (_, i) => i).filter((i) => !skip[i])
      .sort((x, y) => change[y] - change[x] || x - y).slice(0, 25);
    expect(Array.from(rankByChange(change, 25, skip))).toEqual(want);
  });
});

describe('row pairing', () => {
  it('pairs a shuffled side B by its key column and counts what it cannot pair', () => {
    const keysA = ['a', 'b', 'c', 'd', 'e', 'dup', 'dup', ''];
    const keysB = ['e', 'x', 'c', 'a', 'b', 'dup', 'y', 'y'];
    const p = pairByKey(keysA, keysA.length, keysB, keysB.length);
    expect(Array.from(p.bOfA)).toEqual([3, 4, 2, -1, 0, -1, -1, -1]);
    expect(Array.from(p.matched)).toEqual([0, 1, 2, 4]);
    expect(p.unmatchedA).toBe(4);
    expect(p.unmatchedB).toBe(4);
    expect(p.duplicates).toBe(4);   // 'dup' twice in A, 'y' twice in B
    expect(isIdentity(p, 8, 8)).toBe(false);
  });

  it('pairs by order, and takes rows in the paired order', () => {
    const p = pairByOrder(3, 3);
    expect(isIdentity(p, 3, 3)).toBe(true);
    expect(pairByOrder(3, 5).unmatchedB).toBe(2);
    expect(Array.from(takeRows(Float32Array.of(0, 1, 10, 11, 20, 21), 2, [2, 0]))).toEqual([20, 21, 0, 1]);
  });

  it('aligns B onto A over the paired rows only (unpaired rows stay NaN)', () => {
    // B = A rotated by 90 degrees, scaled by 2, shuffled; one row of A is unpaired.
    const a = Float32Array.of(0, 0, 1, 0, 0, 2, 3, 1, 5, 5);
    const order = [2, 0, 3, 1];   // B row j holds A row order[j]
    const b = new Float32Array(8);
    order.forEach((i, j) => { b[2 * j] = -2 * a[2 * i + 1]; b[2 * j + 1] = 2 * a[2 * i]; });
    const p = pairByKey(['r0', 'r1', 'r2', 'r3', 'r4'], 5, order.map((i) => `r${i}`), 4);
    const out = alignOnto(b, a, p, 5, 2);
    for (let i = 0; i < 4; i++) for (let c = 0; c < 2; c++) expect(out[2 * i + c]).toBeCloseTo(a[2 * i + c], 4);
    expect(Number.isNaN(out[8])).toBe(true);
  });
});

const spec: CompareSpec = { run: 'run a', tensor: 'emb:00002', step: 7, key: 'id & name', k: 12, metric: 'cosine', mode: 'overlay', color: false };

describe('links and bookmarks carry the comparison and the density layer', () => {
  it('round-trips through the link', () => {
    const v = decodeView(encodeView({ run: 'r', tensor: 't', compare: spec, density: true, clusterBy: 'label' }));
    expect(v.compare).toEqual(spec);
    expect(v.density).toBe(true);
    expect(v.clusterBy).toBe('label');
    const none = decodeView(encodeView({ run: 'r', tensor: 't' }));
    expect(none.compare).toBeUndefined();
    expect(none.density).toBeUndefined();
    expect(decodeView(encodeView({ run: 'r', clusterBy: '' })).clusterBy).toBe('');
  });

  it('round-trips through a bookmark, and a TensorBoard bookmark leaves them alone', () => {
    const columns = [{ name: 'label', kind: 'categorical' as const, values: [], distinct: 2, missing: 0 }];
    const s = { ...initialState, columns, showDensity: true, clusterLabelColumn: 0, compare: spec };
    const base = fromState(toState({ ...fromState({}), label: 'x' }));
    const view: BookmarkView = { ...base, ...viewExtrasOf(s) };
    const back = fromState(JSON.parse(JSON.stringify(toState(view))));
    expect(back.compare).toEqual(spec);
    expect(viewExtrasPatch(back, { ...initialState, columns })).toEqual({ showDensity: true, clusterLabelColumn: 0, compare: spec });
    const tb = fromState({ label: 'from TensorBoard', selectedProjection: 'pca' });
    expect(viewExtrasPatch(tb, s)).toEqual({});
  });
});

describe('fitLike', () => {
  it('places B with the fit placeRows gives A (so the same camera shows both), hiding unpaired and isolated-out rows', async () => {
    const { fitLike } = await import('../../src/compare');
    const { placeRows, HIDDEN_Z } = await import('../../src/compute/placement');
    const r = rng(3);
    const n = 50;
    const a = Float32Array.from({ length: n * 2 }, () => r() * 10 - 3);
    const keep = Int32Array.from({ length: 30 }, (_, i) => i + 5);
    expect(Array.from(fitLike(a, a, n, 2, keep).subarray(15, 105))).toEqual(Array.from(placeRows(a, n, 2, keep).subarray(15, 105)));
    const b = Float32Array.from(a);
    b[2 * 7] = NaN;
    const out = fitLike(a, b, n, 2, null);
    expect(out[3 * 7 + 2]).toBe(HIDDEN_Z);
    expect(fitLike(a, a, n, 2, keep)[3 * 0 + 2]).toBe(HIDDEN_Z);
  });
});
