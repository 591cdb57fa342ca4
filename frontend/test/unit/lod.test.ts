import { describe, expect, it } from 'vitest';
import {
  drawLists, frameCost, LOD_FRAME_BUDGET_MS, LOD_MIN_POINTS, LOD_MOVING_POINTS, LOD_THRESHOLD, movingTarget, rowRank,
  SUBSAMPLE_COST_FACTOR, subsampleScale,
} from '../../src/render/lod';
import { HIDDEN_Z } from '../../src/compute/placement';

/** n points in the unit square (z = 0), the rows of `hidden` at HIDDEN_Z. */
function positions(n: number, hidden: (i: number) => boolean = () => false): Float32Array {
  const p = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    p[i * 3] = (i % 1000) / 1000; p[i * 3 + 1] = Math.floor(i / 1000) / 1000;
    p[i * 3 + 2] = hidden(i) ? HIDDEN_Z : 0;
  }
  return p;
}

const isAscending = (a: Uint32Array) => a.every((v, k) => k === 0 || a[k - 1] < v);

describe('rowRank', () => {
  it('is a fixed number in [0, 1) per row, spread evenly', () => {
    const bins = new Array(10).fill(0);
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < 100_000; i++) {
      const r = rowRank(i);
      lo = Math.min(lo, r); hi = Math.max(hi, r);
      bins[Math.floor(r * 10)]++;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(400);
    expect(rowRank(12345)).toBe(rowRank(12345));
    // Neighbouring rows (a cluster written together) are not kept or dropped together.
    let same = 0;
    for (let i = 0; i < 10_000; i++) if ((rowRank(i) < 0.1) === (rowRank(i + 1) < 0.1)) same++;
    expect(same / 10_000).toBeLessThan(0.85);
  });
});

describe('drawLists', () => {
  it('draws every row while moving at or below the threshold', () => {
    const n = 50_000;
    const l = drawLists(positions(n), n, 100_000, 10_000);
    expect(l).toEqual({ visibleCount: n, visible: null, sample: null });
  });

  it('above the threshold: about `target` rows, ascending, the same every time', () => {
    const n = 300_000;
    const p = positions(n);
    const a = drawLists(p, n, 200_000, 60_000);
    expect(a.visible).toBeNull();
    expect(a.sample).not.toBeNull();
    expect(Math.abs(a.sample!.length - 60_000)).toBeLessThan(1_000);
    expect(isAscending(a.sample!)).toBe(true);
    const b = drawLists(p, n, 200_000, 60_000);
    expect(Array.from(b.sample!)).toEqual(Array.from(a.sample!));
  });

  it('a smaller target keeps a subset of a larger one (no points jump between sizes)', () => {
    const n = 300_000;
    const p = positions(n);
    const big = new Set(drawLists(p, n, 200_000, 100_000).sample!);
    const small = drawLists(p, n, 200_000, 40_000).sample!;
    expect(small.length).toBeLessThan(big.size);
    expect(small.every((i) => big.has(i))).toBe(true);
  });

  it('no subsample when the target covers every visible row', () => {
    const n = 300_000;
    expect(drawLists(positions(n), n, 200_000, 400_000).sample).toBeNull();
  });

  it('isolated (hidden) rows are never drawn; the threshold counts the visible ones', () => {
    const n = 300_000;
    const hidden = (i: number) => i % 3 === 0;
    const p = positions(n, hidden);
    const few = drawLists(p, n, 250_000, 50_000);
    expect(few.visibleCount).toBe(200_000);
    expect(few.visible!.length).toBe(200_000);
    expect(few.visible!.every((i) => !hidden(i))).toBe(true);
    expect(few.sample).toBeNull();   // 200,000 visible <= 250,000
    const lod = drawLists(p, n, 100_000, 50_000);
    expect(lod.sample!.every((i) => !hidden(i))).toBe(true);
    expect(Math.abs(lod.sample!.length - 50_000)).toBeLessThan(1_000);
    expect(isAscending(lod.visible!) && isAscending(lod.sample!)).toBe(true);
  });

  it('reuses the buffers it is given', () => {
    const n = 300_000;
    const buffers = { visible: new Uint32Array(n), sample: new Uint32Array(n) };
    const l = drawLists(positions(n, (i) => i === 7), n, 200_000, 50_000, buffers);
    expect(l.visible!.buffer).toBe(buffers.visible.buffer);
    expect(l.sample!.buffer).toBe(buffers.sample.buffer);
  });
});

describe('moving target from measured frame costs', () => {
  it('starts from LOD_MOVING_POINTS, then fits the frame budget, never below LOD_MIN_POINTS', () => {
    expect(movingTarget({ moving: null, still: null })).toBe(LOD_MOVING_POINTS);
    const quiet = movingTarget({ moving: 0.9 / 1e3, still: null });               // 0.9 µs a subsample point
    expect(quiet).toBeGreaterThan(100_000);
    expect(quiet).toBeLessThan(120_000);
    expect(movingTarget({ moving: 0.9 / 1e3, still: 0.1 / 1e3 })).toBe(quiet);   // moving frames predict moving frames
    // Before any moving frame: a still frame's cost per point, times SUBSAMPLE_COST_FACTOR.
    expect(movingTarget({ moving: null, still: 0.45 / 1e3 })).toBe(Math.floor(100 / (0.45 / 1e3 * SUBSAMPLE_COST_FACTOR)));
    expect(movingTarget({ moving: 0.1, still: null })).toBe(LOD_MIN_POINTS);      // very slow: still enough to see clusters
    expect(movingTarget({ moving: 10 / 1e6, still: null })).toBeGreaterThan(1_000_000);   // a GPU: everything, moving too
    expect(LOD_THRESHOLD).toBeGreaterThan(LOD_MOVING_POINTS);
    expect(LOD_FRAME_BUDGET_MS).toBeLessThan(150);
  });

  it('frameCost blends frames of enough points and ignores small ones', () => {
    expect(frameCost(null, 20, 1_000)).toBeNull();
    const a = frameCost(null, 600, 1_000_000)!;
    expect(a).toBeCloseTo(600 / 1e6, 9);
    expect(frameCost(a, 200, 100_000)!).toBeCloseTo((600 / 1e6 + 200 / 1e5) / 2, 9);
    expect(frameCost(a, 0, 1_000_000)).toBe(a);
  });

  it('subsample points grow with the fourth root of the thinning, at most 2x', () => {
    expect(subsampleScale(1_000_000, 1_000_000)).toBe(1);
    expect(subsampleScale(1_000_000, 62_500)).toBeCloseTo(2, 6);
    expect(subsampleScale(1_000_000, 10_000)).toBe(2);
    expect(subsampleScale(160_000, 10_000)).toBeCloseTo(2, 6);
    expect(subsampleScale(900_000, 100_000)).toBeCloseTo(Math.sqrt(3), 6);
  });
});
