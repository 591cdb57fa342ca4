import { describe, expect, it } from 'vitest';
import { knn } from '../../src/compute/knn';
import { jointAffinities, neighborCount } from '../../src/compute/tsne/affinities';
import { labelCycleLinks } from '../../src/compute/tsne/label-links';
import { sumOfValues, upperTriangle, type SparseMatrix } from '../../src/compute/sparse-matrix';
import { superviseAffinities } from '../../src/compute/tsne/supervision';
import { TSNE } from '../../src/compute/tsne/tsne';
import { clusteredData } from './synthetic';

// Two data sets where the labels do NOT follow the geometry t-SNE sees:
//  - scattered: 24 small Gaussian clusters, label = cluster % 4, so every label is spread over
//    6 clusters far apart (like the MNIST fixture of the browser test, whose digits form
//    ~5 sub-clusters each); every 10th point is unlabeled.
//  - interleaved: 4 clusters, labels alternate in blocks of 4 points, so both labels fill every
//    cluster evenly; every 10th point is unlabeled.
const N = 600;
const D = 10;
const scattered = clusteredData(N, D, 24, 5);
const scatteredLabels = new Int32Array(N).map((_, i) => (i % 10 === 9 ? -1 : (i % 24) % 4));
const interleaved = clusteredData(N, D, 4, 31);
const interleavedLabels = new Int32Array(N).map((_, i) => (i % 10 === 9 ? -1 : (i >> 2) % 2));

function layout(data: Float32Array, labels: Int32Array | null, weight: number, iterations = 500): Float32Array {
  const tsne = new TSNE({
    dim: 2, perplexity: 30, seed: 3, maxIterations: iterations, ...(labels ? { supervise: { labels, weight } } : {}),
  });
  tsne.init(data, N, D);
  tsne.step(iterations);
  return tsne.coordinates();
}

/** Within-label scatter / total scatter over the labelled points (the browser test's figure): 0 = each label a dot. */
function withinLabelScatter(y: Float32Array, labels: Int32Array): number {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) if (labels[i] >= 0) (groups.get(labels[i]) ?? groups.set(labels[i], []).get(labels[i])!).push(i);
  const all = [...groups.values()].flat();
  const spread = (points: number[]) => {
    const mx = points.reduce((s, i) => s + y[2 * i], 0) / points.length;
    const my = points.reduce((s, i) => s + y[2 * i + 1], 0) / points.length;
    return points.reduce((s, i) => s + (y[2 * i] - mx) ** 2 + (y[2 * i + 1] - my) ** 2, 0);
  };
  let within = 0;
  for (const points of groups.values()) within += spread(points);
  return within / spread(all);
}

function nearest(rows: ArrayLike<number>, width: number, i: number, k: number): number[] {
  const distance = (j: number) => {
    let sum = 0;
    for (let c = 0; c < width; c++) sum += (rows[i * width + c] - rows[j * width + c]) ** 2;
    return sum;
  };
  const others = Array.from({ length: rows.length / width }, (_, j) => j).filter((j) => j !== i);
  const d = others.map(distance);
  return others.map((j, a) => [d[a], j]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).slice(0, k).map((pair) => pair[1]);
}

/** Mean fraction of a labelled point's 10 layout neighbours that share its label (unlabeled neighbours count as other). */
function labelPurity(y: Float32Array, labels: Int32Array): number {
  let sum = 0, count = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] < 0) continue;
    sum += nearest(y, 2, i, 10).filter((j) => labels[j] === labels[i]).length / 10;
    count++;
  }
  return sum / count;
}

/** For the unlabeled points: mean fraction of their 10 input neighbours among their 10 layout neighbours. */
function unlabeledNeighbourhoodKept(data: Float32Array, y: Float32Array, labels: Int32Array): number {
  let sum = 0, count = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= 0) continue;
    const input = new Set(nearest(data, D, i, 10));
    sum += nearest(y, 2, i, 10).filter((j) => input.has(j)).length / 10;
    count++;
  }
  return sum / count;
}

const cache = new Map<string, Float32Array>();
function cached(name: string, data: Float32Array, labels: Int32Array, weight: number | null): Float32Array {
  const key = `${name} ${weight}`;
  if (!cache.has(key)) cache.set(key, layout(data, weight === null ? null : labels, weight ?? 0));
  return cache.get(key)!;
}

describe('supervised t-SNE', { timeout: 120_000 }, () => {
  it('gathers each label into its own cluster when its points are spread over many input clusters', () => {
    const plain = withinLabelScatter(cached('scattered', scattered, scatteredLabels, null), scatteredLabels);
    const half = withinLabelScatter(cached('scattered', scattered, scatteredLabels, 0.5), scatteredLabels);
    const full = withinLabelScatter(cached('scattered', scattered, scatteredLabels, 1), scatteredLabels);
    console.log('scattered: within-label scatter', { plain, half, full });
    expect(plain).toBeGreaterThan(0.8);
    expect(half).toBeLessThan(0.1);
    expect(full).toBeLessThan(0.05);
  });

  it('splits clusters where the labels interleave, and at weight 1 gathers each label', () => {
    const y = (w: number | null) => cached('interleaved', interleaved, interleavedLabels, w);
    const purity = [null, 0.5, 1].map((w) => labelPurity(y(w), interleavedLabels));
    const scatter = [null, 0.5, 1].map((w) => withinLabelScatter(y(w), interleavedLabels));
    console.log('interleaved: 10-NN label purity', purity, 'within-label scatter', scatter);
    expect(purity[0]).toBeLessThan(0.6);
    expect(purity[1]).toBeGreaterThan(0.8);
    expect(purity[2]).toBeGreaterThan(0.85);
    expect(scatter[0]).toBeGreaterThan(0.95);
    expect(scatter[2]).toBeLessThan(0.5);
  });

  it('separates more as the weight grows', () => {
    const weights = [0.25, 0.5, 0.75, 1];
    const purity = weights.map((w) => labelPurity(cached('interleaved', interleaved, interleavedLabels, w), interleavedLabels));
    const scatter = weights.map((w) => withinLabelScatter(cached('scattered', scattered, scatteredLabels, w), scatteredLabels));
    console.log('by weight', weights, 'interleaved purity', purity, 'scattered scatter', scatter);
    for (let a = 1; a < weights.length; a++) {
      expect(purity[a]).toBeGreaterThanOrEqual(purity[a - 1] - 0.01);
      expect(scatter[a]).toBeLessThanOrEqual(scatter[a - 1] + 0.005);
    }
    expect(purity[weights.length - 1]).toBeGreaterThan(purity[0] + 0.2);
  });

  it('weight 0 gives exactly the unsupervised layout', () => {
    expect(layout(interleaved, interleavedLabels, 0, 200)).toEqual(layout(interleaved, null, 0, 200));
  });

  it('keeps unlabeled points beside their input neighbours', () => {
    for (const [name, data, labels] of [['scattered', scattered, scatteredLabels], ['interleaved', interleaved, interleavedLabels]] as const) {
      const plain = unlabeledNeighbourhoodKept(data, cached(name, data, labels, null), labels);
      const full = unlabeledNeighbourhoodKept(data, cached(name, data, labels, 1), labels);
      console.log(name, 'unlabeled points: 10-NN kept', { plain, full });
      // Chance is 10 / N = 0.017. The interleaved clusters are torn in two by the labels, so an
      // unlabeled point there can keep only about half of its neighbours.
      expect(full).toBeGreaterThan(0.7 * plain);
      expect(full).toBeGreaterThan(0.25);
    }
  });

  it('separates the labels when supervision is switched on during a run', () => {
    const tsne = new TSNE({ dim: 2, perplexity: 30, seed: 3, maxIterations: 300 });
    tsne.init(interleaved, N, D);
    tsne.step(300);
    const before = labelPurity(tsne.coordinates(), interleavedLabels);
    tsne.setSupervision({ labels: interleavedLabels, weight: 1 });
    tsne.setMaxIterations(800);
    tsne.step(500);
    const after = labelPurity(tsne.coordinates(), interleavedLabels);
    console.log('switched on mid-run: purity', { before, after });
    expect(before).toBeLessThan(0.6);
    expect(after).toBeGreaterThan(0.8);
  });
});

describe('superviseAffinities (the matrix)', { timeout: 60_000 }, () => {
  const graph = knn(interleaved, N, D, neighborCount(N, 30), { metric: 'euclidean' });
  const p = jointAffinities(graph, 30);
  const labels = interleavedLabels;

  it('stays symmetric, non-negative and summing to 1, and adds only same-label links', () => {
    const base = entryMap(p);
    for (const w of [0.1, 0.5, 1]) {
      const q = superviseAffinities(p, labels, w);
      expect(sumOfValues(q)).toBeCloseTo(1, 12);
      const entries = entryMap(q);
      let asymmetric = 0, negative = 0, diagonal = 0, added = 0, addedAcrossLabels = 0;
      for (const [key, v] of entries) {
        const [i, j] = key.split(',').map(Number);
        if (entries.get(`${j},${i}`) !== v) asymmetric++;
        if (!(v >= 0)) negative++;
        if (i === j) diagonal++;
        if (!base.has(key)) {
          added++;
          if (labels[i] !== labels[j] || labels[i] < 0) addedAcrossLabels++;
        }
      }
      expect({ asymmetric, negative, diagonal, addedAcrossLabels }).toEqual({ asymmetric: 0, negative: 0, diagonal: 0, addedAcrossLabels: 0 });
      expect(added).toBeGreaterThan(N);
    }
  });

  it('leaves every pair with an unlabeled point exactly as it was', () => {
    const q = entryMap(superviseAffinities(p, labels, 0.7));
    let checked = 0;
    for (const [key, v] of entryMap(p)) {
      const [i, j] = key.split(',').map(Number);
      if (labels[i] >= 0 && labels[j] >= 0) continue;
      expect(q.get(key)).toBe(v);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keeps the labelled pairs\' total, moves w/2 of it onto label links, and shrinks different-label pairs by (1 - w)^3', () => {
    const linked = new Set<string>();
    const links = labelCycleLinks(labels, 3);
    for (let t = 0; t < links.from.length; t++) linked.add(`${links.from[t]},${links.to[t]}`).add(`${links.to[t]},${links.from[t]}`);
    const base = entryMap(p);
    for (const w of [0.25, 0.5, 1]) {
      const q = entryMap(superviseAffinities(p, labels, w));
      // Unlinked k-NN pairs: one scale for equal labels, one for different labels.
      const sameRatios: number[] = [];
      const differentRatios: number[] = [];
      let labelledBefore = 0;
      let labelledAfter = 0;
      for (const [key, v] of q) {
        const [i, j] = key.split(',').map(Number);
        if (labels[i] < 0 || labels[j] < 0) continue;
        labelledAfter += v;
        if (linked.has(key) || !base.has(key)) continue;
        (labels[i] === labels[j] ? sameRatios : differentRatios).push(v / base.get(key)!);
      }
      for (const [key, v] of base) {
        const [i, j] = key.split(',').map(Number);
        if (labels[i] >= 0 && labels[j] >= 0) labelledBefore += v;
      }
      const sameScale = sameRatios[0];
      const differentScale = differentRatios[0];
      for (const r of sameRatios) expect(r).toBeCloseTo(sameScale, 10);
      for (const r of differentRatios) expect(r / differentScale).toBeCloseTo(1, 10);
      expect(differentScale / sameScale).toBeCloseTo(Math.max(1e-3, (1 - w) ** 3), 10);
      expect(labelledAfter).toBeCloseTo(labelledBefore, 12);
      // What the k-NN pairs do not hold any more is on the links.
      let knnPart = 0;
      for (const [key, v] of base) {
        const [i, j] = key.split(',').map(Number);
        if (labels[i] < 0 || labels[j] < 0) continue;
        knnPart += v * (labels[i] === labels[j] ? sameScale : differentScale);
      }
      expect((labelledAfter - knnPart) / labelledBefore).toBeCloseTo(w / 2, 10);
    }
  });

  it('connects all points of each label through same-label affinities, however the k-NN graph splits them', () => {
    // Labels by cluster pairs: without links, label 0's two clusters share no k-NN edge.
    const byCluster = new Int32Array(N).map((_, i) => (i % 4 < 2 ? 0 : 1));
    expect(sameLabelComponents(p, byCluster)).toBeGreaterThan(2);
    expect(sameLabelComponents(superviseAffinities(p, byCluster, 0.05), byCluster)).toBe(2);
  });

  it('is deterministic, clamps the weight and returns P itself at weight 0', () => {
    const a = superviseAffinities(p, labels, 0.5);
    const b = superviseAffinities(p, labels, 0.5);
    expect(a.columns).toEqual(b.columns);
    expect(a.values).toEqual(b.values);
    expect(superviseAffinities(p, labels, 3).values).toEqual(superviseAffinities(p, labels, 1).values);
    expect(superviseAffinities(p, labels, 0)).toBe(p);
    expect(superviseAffinities(p, labels, -1)).toBe(p);
    expect(() => superviseAffinities(p, labels.subarray(1), 0.5)).toThrow(RangeError);
  });

  it('returns P itself when the labels change nothing: every label unique, or every point ignored', () => {
    const unique = new Int32Array(N).map((_, i) => i);
    const ignored = new Int32Array(N).fill(-1);
    for (const labelling of [unique, ignored]) {
      expect(superviseAffinities(p, labelling, 1)).toBe(p);
      const upper = upperTriangle(p);
      expect(superviseAffinities(upper, labelling, 0.5, 'upper')).toBe(upper);
    }
  });

  it.each([0.3, 1])('on the upper triangle gives exactly the upper triangle of the full result (weight %s)', (w) => {
    const full = superviseAffinities(p, labels, w);
    const upper = superviseAffinities(upperTriangle(p), labels, w, 'upper');
    const expected = entryMap(upperTriangle(full));
    const got = entryMap(upper);
    expect(got.size).toBe(expected.size);
    for (const [key, v] of expected) expect(got.get(key)).toBeCloseTo(v, 15);
    expect(2 * sumOfValues(upper)).toBeCloseTo(1, 12);
  });

  it('labels of 2 and 3 points: one link for a pair, cycles over 3 points drawing each pair several times, counted once per draw', () => {
    // Points 0-1 label 7, points 2-4 label 8, the rest ignored: only those 5 points' pairs change.
    const small = new Int32Array(N).fill(-1);
    small[0] = small[1] = 7;
    small[2] = small[3] = small[4] = 8;
    const links = labelCycleLinks(small, 3);
    expect(links.from.length).toBe(1 + 3 * 3);
    // 3 cycles over 3 points draw each of the 3 pairs 3 times (in either direction).
    const draws = new Map<string, number>();
    for (let t = 0; t < links.from.length; t++) {
      const key = `${Math.min(links.from[t], links.to[t])},${Math.max(links.from[t], links.to[t])}`;
      draws.set(key, (draws.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(draws)).toEqual({ '0,1': 1, '2,3': 3, '2,4': 3, '3,4': 3 });
    for (const storage of ['full', 'upper'] as const) {
      const base = storage === 'full' ? p : upperTriangle(p);
      const before = entryMap(base);
      const q = entryMap(superviseAffinities(base, small, 1, storage));
      // Expected, from the definition: the block of labelled pairs keeps its mass; half of it goes
      // to the links (per draw), the rest to its k-NN pairs with different labels x 1e-3 ((1 - w)^3
      // floored at w = 1) relative to equal labels.
      let same = 0, different = 0;
      for (const [key, v] of before) {
        const [i, j] = key.split(',').map(Number);
        if (small[i] < 0 || small[j] < 0) continue;
        if (small[i] === small[j]) same += v;
        else different += v;
      }
      const block = same + different;
      const sameScale = (block / 2) / (same + 1e-3 * different);
      const perDraw = block / 2 / links.from.length / (storage === 'full' ? 2 : 1);
      let checked = 0;
      for (const [key, v] of q) {
        const [i, j] = key.split(',').map(Number);
        const old = before.get(key) ?? 0;
        if (small[i] < 0 || small[j] < 0) {
          expect(v).toBe(old); // pairs with an ignored point: untouched
          continue;
        }
        const draw = draws.get(`${Math.min(i, j)},${Math.max(i, j)}`) ?? 0;
        const expected = small[i] === small[j] ? old * sameScale + perDraw * draw : old * sameScale * 1e-3;
        expect(v).toBeCloseTo(expected, 14);
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(storage === 'full' ? 8 : 4); // at least the 4 linked pairs
    }
  });

  it('links every label with a random regular graph: 2 x 3 links per point, none to itself or across labels', () => {
    const links = labelCycleLinks(labels, 3);
    const degree = new Int32Array(N);
    for (let t = 0; t < links.from.length; t++) {
      expect(links.from[t]).not.toBe(links.to[t]);
      expect(labels[links.from[t]]).toBe(labels[links.to[t]]);
      expect(labels[links.from[t]]).toBeGreaterThanOrEqual(0);
      degree[links.from[t]]++;
      degree[links.to[t]]++;
    }
    for (let i = 0; i < N; i++) expect(degree[i]).toBe(labels[i] < 0 ? 0 : 6);
  });
});

function entryMap(matrix: SparseMatrix): Map<string, number> {
  const entries = new Map<string, number>();
  for (let i = 0; i < matrix.n; i++) {
    for (let s = matrix.rowStart[i]; s < matrix.rowStart[i + 1]; s++) entries.set(`${i},${matrix.columns[s]}`, matrix.values[s]);
  }
  // Merged: no pair stored twice.
  expect(entries.size).toBe(matrix.values.length);
  return entries;
}

/** Connected components of the graph of same-label entries, over labelled points. */
function sameLabelComponents(matrix: SparseMatrix, labels: Int32Array): number {
  const seen = new Uint8Array(matrix.n);
  let components = 0;
  for (let start = 0; start < matrix.n; start++) {
    if (seen[start] || labels[start] < 0) continue;
    components++;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      for (let s = matrix.rowStart[i]; s < matrix.rowStart[i + 1]; s++) {
        const j = matrix.columns[s];
        if (!seen[j] && labels[j] === labels[i] && matrix.values[s] > 0) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
  }
  return components;
}
