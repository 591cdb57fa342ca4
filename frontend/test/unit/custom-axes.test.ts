import { describe, expect, it } from 'vitest';
import { customProjection, projectAxis } from '../../src/state/custom-axes';
import { resolveNeighbors } from '../../src/ui/neighbors-panel';
import { gatherRows, scatterRows } from '../../src/state/layouts';

// 4 points in 2-D: the hand computation below.
const data = Float32Array.from([0, 0, 2, 0, 0, 2, 4, 4]);
const values = ['cat', 'dog', 'Cat', 'bird'];

describe('custom axes', () => {
  it('centroid difference, by hand', () => {
    // left = /cat/i -> rows 0, 2: centroid (0, 1); right = 'dog' -> row 1: centroid (2, 0).
    // dir = (2, -1)/sqrt(5); mid = (1, 0.5); x_i = <v_i - mid, dir>.
    const r = customProjection(data, 4, 2, values, { negative: 'cat', positive: 'dog' }, { negative: '', positive: 'bird' });
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
  it('regex queries; flat axis and the reason when a side matches nothing', () => {
    const out = new Float32Array(8).fill(9);
    const r = projectAxis(data, 4, 2, values, { negative: '/^c/', positive: '/^zzz/' }, out, 2, 0);
    expect(r.problem).toMatch(/no rows/);
    expect(r.negativeCount).toBe(2);   // case-insensitive: 'cat' and 'Cat'
    expect([out[0], out[2], out[4], out[6]]).toEqual([0, 0, 0, 0]);
    expect(projectAxis(data, 4, 2, values, { negative: '/^c/c', positive: 'dog' }, out, 2, 0).negativeCount).toBe(1);
    expect(projectAxis(data, 4, 2, values, { negative: '', positive: '' }, out, 2, 1).problem).toBe('no queries');
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
  it('gathers the isolated rows and spreads their coordinates back', () => {
    const d = Float32Array.from([0, 1, 2, 3, 4, 5]);   // 3 rows x 2
    expect(Array.from(gatherRows(d, 2, Int32Array.from([0, 2])))).toEqual([0, 1, 4, 5]);
    expect(gatherRows(d, 2, null)).toBe(d);
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

describe('prepareRows (t-SNE / UMAP input)', () => {
  it('spherize: centred on the mean of the used rows, unit length; the data is not changed', async () => {
    const { prepareRows } = await import('../../src/state/layouts');
    const d = Float32Array.from([1, 0, 3, 0, 1, 4, 5, 4]);   // 4 rows x 2
    const copy = d.slice();
    const all = prepareRows(d, 2, null, true);
    expect(Array.from(d)).toEqual(Array.from(copy));
    // mean (2.5, 2): rows (-1.5,-2) (0.5,-2) (-1.5,2) (2.5,2) -> unit length
    const want = [[-1.5, -2], [0.5, -2], [-1.5, 2], [2.5, 2]].map(([a, b]) => [a / Math.hypot(a, b), b / Math.hypot(a, b)]).flat();
    Array.from(all).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    const sub = prepareRows(d, 2, Int32Array.from([0, 3]), true);   // mean of rows 0 and 3: (3, 2)
    Array.from(sub).forEach((v, i) => expect(v).toBeCloseTo([-2, -2, 2, 2][i] / Math.hypot(2, 2), 6));
    expect(prepareRows(d, 2, null, false)).toBe(d);
  });
});
