import { describe, expect, it } from 'vitest';
import { axisOf, customProjection } from '../../src/state/custom-axes';
import { resolveNeighbors } from '../../src/ui/neighbors-panel';
import { scatterRows } from '../../src/state/layouts';
import { loadedRows } from '../loaded-rows';

// 4 points in 2-D: the hand computation below.
const data = Float32Array.from([0, 0, 2, 0, 0, 2, 4, 4]);
const values = ['cat', 'dog', 'Cat', 'bird'];
const { source } = loadedRows(data, 4, 2);

describe('custom axes', () => {
  it('centroid difference, by hand', async () => {
    // left = /cat/i -> rows 0, 2: centroid (0, 1); right = 'dog' -> row 1: centroid (2, 0).
    // dir = (2, -1)/sqrt(5); mid = (1, 0.5); x_i = <v_i - mid, dir>.
    const r = await customProjection(source, 4, 2, values, { negative: 'cat', positive: 'dog' }, { negative: '', positive: 'bird' });
    const s5 = Math.sqrt(5);
    const want = [[0 - 1, 0 - 0.5], [2 - 1, 0 - 0.5], [0 - 1, 2 - 0.5], [4 - 1, 4 - 0.5]].map(([a, b]) => (2 * a - b) / s5);
    for (let i = 0; i < 4; i++) expect(r.coords[i * 2]).toBeCloseTo(want[i], 6);
    expect(r.x).toEqual({ negativeCount: 2, positiveCount: 1, problem: null });
    // Y: up = bird (4, 4); down empty = rest, centroid (2/3, 2/3); dir = (1, 1)/sqrt2.
    const c = 2 / 3, mid = (4 + c) / 2;
    for (let i = 0; i < 4; i++) {
      const [a, b] = [data[2 * i], data[2 * i + 1]];
      expect(r.coords[i * 2 + 1]).toBeCloseTo(((a - mid) + (b - mid)) / Math.SQRT2, 5);
    }
    expect(r.y.positiveCount).toBe(1);
    expect(r.y.negativeCount).toBe(0);
  });
  it('regex queries; a flat axis (all zeros) and the reason when a side matches nothing', async () => {
    const a = await axisOf(source, 4, 2, values, { negative: '/^c/', positive: '/^zzz/' });
    expect(a.result.problem).toMatch(/no rows/);
    expect(a.result.negativeCount).toBe(2);   // case-insensitive: 'cat' and 'Cat'
    expect(Array.from(a.direction)).toEqual([0, 0]);
    expect((await axisOf(source, 4, 2, values, { negative: '/^c/c', positive: 'dog' })).result.negativeCount).toBe(1);
    expect((await axisOf(source, 4, 2, values, { negative: '', positive: '' })).result.problem).toBe('no queries');
    const r = await customProjection(source, 4, 2, values, { negative: '/^c/', positive: '/^zzz/' }, { negative: 'cat', positive: 'dog' });
    expect([r.coords[0], r.coords[2], r.coords[4], r.coords[6]]).toEqual([0, 0, 0, 0]);
  });
});

describe('neighbour settings', () => {
  it('auto follows spherize; k capped at 1000 and n - 1', () => {
    expect(resolveNeighbors({ k: 'auto', metric: 'auto', space: 'auto' }, true, 500)).toEqual({ k: 25, metric: 'cosine', spherized: true });
    expect(resolveNeighbors({ k: 5000, metric: 'euclidean', space: 'original' }, true, 100000)).toEqual({ k: 1000, metric: 'euclidean', spherized: false });
    expect(resolveNeighbors({ k: 50, metric: 'cosine', space: 'auto' }, false, 20).k).toBe(19);
  });
});

describe('layouts on a subset', () => {
  it('gathers the isolated rows and spreads their coordinates back', async () => {
    const d = Float32Array.from([0, 1, 2, 3, 4, 5]);   // 3 rows x 2
    const rows = loadedRows(d, 3, 2).source;
    expect(Array.from(await rows.rows(Int32Array.from([2, 0])))).toEqual([4, 5, 0, 1]);
    const all = await rows.rows(null);
    expect(Array.from(all)).toEqual(Array.from(d));
    expect(all).not.toBe(d);   // a copy: the caller may change it
    const back = scatterRows(Float32Array.from([7, 8, 9, 10]), 3, 2, Int32Array.from([0, 2]));
    expect(Array.from(back.subarray(0, 2))).toEqual([7, 8]);
    expect(Number.isNaN(back[2]) && Number.isNaN(back[3])).toBe(true);
    expect(Array.from(back.subarray(4))).toEqual([9, 10]);
  });
});

describe('search (matchRows): case-insensitive, any script', () => {
  it('regex is case-insensitive and Unicode-aware; /c is case-sensitive', async () => {
    const { matchRows } = await import('../../src/state/row-match');
    const v = ['Ärger', 'ärmel', 'ΣΟΦΙΑ', 'σοφία', '漢字', '😀 smile', 'plain'];
    expect(Array.from(matchRows(v, '/^är/')!)).toEqual([0, 1]);
    expect(Array.from(matchRows(v, '/^är/c')!)).toEqual([1]);
    expect(Array.from(matchRows(v, '/^σοφ/')!)).toEqual([2, 3]);
    expect(Array.from(matchRows(v, '/^\\p{Script=Han}+$/')!)).toEqual([4]);
    expect(Array.from(matchRows(v, '/^.\\ssmile/')!)).toEqual([5]);   // one astral character
    expect(Array.from(matchRows(v, 'ΣΟΦ')!)).toEqual([2, 3]);
  });
});

describe('Layouts.applySettings', () => {
  it('sets settings in place and bumps the version', async () => {
    const { Layouts } = await import('../../src/state/layouts');
    const { Store } = await import('../../src/state/store');
    const l = new Layouts({ store: new Store(), getData: () => null, place: () => {} });
    const t = l.tsne;
    let calls = 0;
    l.onChange(() => calls++);
    l.applySettings({ tsne: { perplexity: 12 }, custom: { x: { negative: 'a', positive: '/b/' } } });
    expect(l.tsne).toBe(t);
    expect(t.perplexity).toBe(12);
    expect(l.custom.x.positive).toBe('/b/');
    expect(l.settingsVersion).toBe(1);
    expect(calls).toBe(1);
  });
});

describe('spherizeRows (t-SNE / UMAP input)', () => {
  it('spherize: centred on the mean of the rows given, unit length, in place; off: the rows as they are', async () => {
    const { spherizeRows } = await import('../../src/state/layouts');
    const d = Float32Array.from([1, 0, 3, 0, 1, 4, 5, 4]);   // 4 rows x 2
    // mean (2.5, 2): rows (-1.5,-2) (0.5,-2) (-1.5,2) (2.5,2) -> unit length
    const want = [[-1.5, -2], [0.5, -2], [-1.5, 2], [2.5, 2]].map(([a, b]) => [a / Math.hypot(a, b), b / Math.hypot(a, b)]).flat();
    const all = spherizeRows(d.slice(), 2, true);
    Array.from(all).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    const sub = spherizeRows(Float32Array.from([1, 0, 5, 4]), 2, true);   // rows 0 and 3: mean (3, 2)
    Array.from(sub).forEach((v, i) => expect(v).toBeCloseTo([-2, -2, 2, 2][i] / Math.hypot(2, 2), 6));
    expect(spherizeRows(d, 2, false)).toBe(d);
  });
});
