// The one compressed-sparse-row type (src/compute/sparse-matrix.ts) behind t-SNE's P (float64) and
// UMAP's graph (float32): every operation against the same question asked of a dense matrix.
import { describe, expect, it } from 'vitest';
import {
  components, entryOf, keepEntries, maxValue, normalizeValues, rowSums, SparseGraph, subMatrix, sumOfValues,
  upperTriangle, type SparseMatrix, type SparseValues,
} from '../../src/compute/sparse-matrix';
import { seededRandom } from './synthetic';

/** A random symmetric n x n matrix (about `density` of the pairs set), dense and as CSR. */
function randomSymmetric<V extends SparseValues>(n: number, density: number, seed: number, kind: new (n: number) => V) {
  const random = seededRandom(seed);
  const dense = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (random() < density) dense[i][j] = dense[j][i] = Math.fround(random());
  }
  const rowStart = new Int32Array(n + 1);
  const columns: number[] = [], values: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (dense[i][j] !== 0) { columns.push(j); values.push(dense[i][j]); }
    rowStart[i + 1] = columns.length;
  }
  const valueArray = new kind(values.length);
  valueArray.set(values);
  const matrix: SparseMatrix<V> = { n, rowStart, columns: Int32Array.from(columns), values: valueArray };
  return { dense, matrix };
}

function toDense(matrix: SparseMatrix<SparseValues>): number[][] {
  const dense = Array.from({ length: matrix.n }, () => new Array<number>(matrix.n).fill(0));
  for (let i = 0; i < matrix.n; i++) {
    for (let s = matrix.rowStart[i]; s < matrix.rowStart[i + 1]; s++) dense[i][matrix.columns[s]] = matrix.values[s];
  }
  return dense;
}

describe('SparseMatrix', () => {
  for (const kind of [Float32Array, Float64Array] as (new (n: number) => SparseValues)[]) {
    it(`${kind.name}: sums, maximum, entries and row sums equal the dense matrix's`, () => {
      const { dense, matrix } = randomSymmetric(40, 0.2, 3, kind);
      const all = dense.flat();
      expect(sumOfValues(matrix)).toBeCloseTo(all.reduce((a, b) => a + b, 0), 9);
      expect(maxValue(matrix)).toBe(Math.max(...all));
      for (let i = 0; i < 40; i += 7) for (let j = 0; j < 40; j++) expect(entryOf(matrix, i, j)).toBe(dense[i][j]);
      const sums = rowSums(matrix);
      dense.forEach((row, i) => expect(sums[i]).toBeCloseTo(row.reduce((a, b) => a + b, 0), 9));
    });

    it(`${kind.name}: upper triangle, kept entries and sub-matrices keep the value type and the entries`, () => {
      const { dense, matrix } = randomSymmetric(30, 0.3, 5, kind);
      const upper = upperTriangle(matrix);
      expect(upper.values).toBeInstanceOf(kind);
      expect(toDense(upper)).toEqual(dense.map((row, i) => row.map((v, j) => (j > i ? v : 0))));

      const heavy = keepEntries(matrix, (_i, _j, v) => v >= 0.5);
      expect(heavy.values).toBeInstanceOf(kind);
      expect(toDense(heavy)).toEqual(dense.map((row) => row.map((v) => (v >= 0.5 ? v : 0))));

      const vertices = Int32Array.from([7, 2, 19, 3, 28]);
      const sub = subMatrix(matrix, vertices);
      expect(sub.values).toBeInstanceOf(kind);
      expect(toDense(sub)).toEqual(Array.from(vertices, (a) => Array.from(vertices, (b) => dense[a][b])));
    });
  }

  it('normalizes to a sum of 1 and leaves an all-zero matrix alone', () => {
    const { matrix } = randomSymmetric(20, 0.3, 8, Float64Array);
    normalizeValues(matrix);
    expect(sumOfValues(matrix)).toBeCloseTo(1, 12);
    const empty: SparseMatrix = { n: 3, rowStart: new Int32Array(4), columns: new Int32Array(0), values: new Float64Array(0) };
    normalizeValues(empty);
    expect(sumOfValues(empty)).toBe(0);
  });

  it('labels connected components in order of their first vertex', () => {
    // Two blocks (0-2 and 3-4) and an isolated vertex 5.
    const rowStart = Int32Array.from([0, 1, 3, 4, 5, 6, 6]);
    const columns = Int32Array.from([1, 0, 2, 1, 4, 3]);
    const graph = new SparseGraph(6, rowStart, columns, new Float32Array(6).fill(1));
    const { labels, count } = components(graph);
    expect(count).toBe(3);
    expect(Array.from(labels)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(graph.components().count).toBe(3);
  });

  it("SparseGraph's methods answer as the functions do", () => {
    const { dense, matrix } = randomSymmetric(25, 0.3, 11, Float32Array);
    const graph = SparseGraph.of(matrix);
    expect(graph.edgeCount).toBe(matrix.columns.length);
    expect(graph.weight(4, 9)).toBe(dense[4][9]);
    expect(graph.maxValue()).toBe(maxValue(matrix));
    expect(Array.from(graph.degrees())).toEqual(Array.from(rowSums(matrix)));
    const pruned = graph.pruned(0.5);
    expect(pruned).toBeInstanceOf(SparseGraph);
    expect(toDense(pruned)).toEqual(dense.map((row) => row.map((v) => (v >= 0.5 ? v : 0))));
    const sub = graph.subgraph(Int32Array.from([3, 1, 4]));
    expect(sub).toBeInstanceOf(SparseGraph);
    expect(sub.n).toBe(3);
  });
});
