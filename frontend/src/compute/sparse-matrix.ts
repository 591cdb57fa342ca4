// Compressed sparse rows: row i's entries are columns/values[rowStart[i] .. rowStart[i+1]). One
// type for t-SNE's joint affinities P (float64 values) and UMAP's fuzzy graph (float32 values),
// with the few operations they ask of it.

export type SparseValues = Float32Array | Float64Array;

export interface SparseMatrix<V extends SparseValues = Float64Array> {
  n: number;
  rowStart: Int32Array;
  columns: Int32Array;
  values: V;
}

export function sumOfValues(matrix: SparseMatrix<SparseValues>): number {
  let sum = 0;
  for (let s = 0; s < matrix.values.length; s++) sum += matrix.values[s];
  return sum;
}

/** Scales values in place so they sum to 1 (no-op on an all-zero matrix). */
export function normalizeValues(matrix: SparseMatrix<SparseValues>): void {
  const sum = sumOfValues(matrix);
  if (sum > 0) for (let s = 0; s < matrix.values.length; s++) matrix.values[s] /= sum;
}

export function maxValue(matrix: SparseMatrix<SparseValues>): number {
  let max = 0;
  for (let s = 0; s < matrix.values.length; s++) if (matrix.values[s] > max) max = matrix.values[s];
  return max;
}

/** The entry (i, j), 0 when absent (a linear scan of row i: for tests and checks). */
export function entryOf(matrix: SparseMatrix<SparseValues>, i: number, j: number): number {
  for (let s = matrix.rowStart[i]; s < matrix.rowStart[i + 1]; s++) if (matrix.columns[s] === j) return matrix.values[s];
  return 0;
}

/** Sum of each row's values (a graph's weighted degrees). */
export function rowSums(matrix: SparseMatrix<SparseValues>): Float64Array {
  const { n, rowStart, values } = matrix;
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let s = rowStart[i]; s < rowStart[i + 1]; s++) sum += values[s];
    sums[i] = sum;
  }
  return sums;
}

/** A copy with only the entries `keep(row, column, value)` accepts, in the same order. */
export function keepEntries<V extends SparseValues>(
  matrix: SparseMatrix<V>, keep: (row: number, column: number, value: number) => boolean,
): SparseMatrix<V> {
  const { n, rowStart, columns, values } = matrix;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let s = rowStart[i]; s < rowStart[i + 1]; s++) if (keep(i, columns[s], values[s])) count++;
    start[i + 1] = start[i] + count;
  }
  const keptColumns = new Int32Array(start[n]);
  const keptValues = sameKind(values, start[n]);
  for (let i = 0, t = 0; i < n; i++) {
    for (let s = rowStart[i]; s < rowStart[i + 1]; s++) {
      if (!keep(i, columns[s], values[s])) continue;
      keptColumns[t] = columns[s];
      keptValues[t++] = values[s];
    }
  }
  return { n, rowStart: start, columns: keptColumns, values: keptValues };
}

/** The entries above the diagonal (column > row) of a symmetric matrix: each pair once. */
export function upperTriangle<V extends SparseValues>(matrix: SparseMatrix<V>): SparseMatrix<V> {
  return keepEntries(matrix, (row, column) => column > row);
}

/** The matrix induced on `vertices` (renumbered 0 .. vertices.length-1 in that order). */
export function subMatrix<V extends SparseValues>(matrix: SparseMatrix<V>, vertices: Int32Array): SparseMatrix<V> {
  const local = new Int32Array(matrix.n).fill(-1);
  vertices.forEach((v, i) => (local[v] = i));
  const rowStart = new Int32Array(vertices.length + 1);
  for (let i = 0; i < vertices.length; i++) {
    const v = vertices[i];
    let count = 0;
    for (let s = matrix.rowStart[v]; s < matrix.rowStart[v + 1]; s++) if (local[matrix.columns[s]] >= 0) count++;
    rowStart[i + 1] = rowStart[i] + count;
  }
  const columns = new Int32Array(rowStart[vertices.length]);
  const values = sameKind(matrix.values, rowStart[vertices.length]);
  for (let i = 0, t = 0; i < vertices.length; i++) {
    const v = vertices[i];
    for (let s = matrix.rowStart[v]; s < matrix.rowStart[v + 1]; s++) {
      const j = local[matrix.columns[s]];
      if (j < 0) continue;
      columns[t] = j;
      values[t++] = matrix.values[s];
    }
  }
  return { n: vertices.length, rowStart, columns, values };
}

/** Connected-component label of every vertex (0, 1, ... in order of first vertex), and the count. */
export function components(matrix: SparseMatrix<SparseValues>): { labels: Int32Array; count: number } {
  const { n, rowStart, columns } = matrix;
  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  for (let start = 0; start < n; start++) {
    if (labels[start] >= 0) continue;
    let top = 0;
    stack[top++] = start;
    labels[start] = count;
    while (top > 0) {
      const i = stack[--top];
      for (let s = rowStart[i]; s < rowStart[i + 1]; s++) {
        const j = columns[s];
        if (labels[j] < 0) {
          labels[j] = count;
          stack[top++] = j;
        }
      }
    }
    count++;
  }
  return { labels, count };
}

/**
 * UMAP's weighted graph: a float32 SparseMatrix with the questions UMAP's steps ask of it as
 * methods (the work is done by the functions above).
 */
export class SparseGraph implements SparseMatrix<Float32Array> {
  constructor(
    readonly n: number,
    readonly rowStart: Int32Array,
    readonly columns: Int32Array,
    readonly values: Float32Array,
  ) {}

  static of(matrix: SparseMatrix<Float32Array>): SparseGraph {
    return new SparseGraph(matrix.n, matrix.rowStart, matrix.columns, matrix.values);
  }

  get edgeCount(): number {
    return this.columns.length;
  }

  /** The weight of edge i -> j, 0 when absent. */
  weight(i: number, j: number): number {
    return entryOf(this, i, j);
  }

  maxValue(): number {
    return maxValue(this);
  }

  /** Sum of each row's weights. */
  degrees(): Float64Array {
    return rowSums(this);
  }

  components(): { labels: Int32Array; count: number } {
    return components(this);
  }

  /** The graph induced on `vertices` (renumbered 0 .. vertices.length-1 in that order). */
  subgraph(vertices: Int32Array): SparseGraph {
    return SparseGraph.of(subMatrix(this, vertices));
  }

  /** A copy without the edges lighter than `threshold`. */
  pruned(threshold: number): SparseGraph {
    return SparseGraph.of(keepEntries(this, (_row, _column, value) => value >= threshold));
  }
}

function sameKind<V extends SparseValues>(values: V, length: number): V {
  return (values instanceof Float64Array ? new Float64Array(length) : new Float32Array(length)) as V;
}
