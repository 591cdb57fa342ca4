// A sparse symmetric matrix in compressed-row form: the joint affinities P of t-SNE.

export interface SparseMatrix {
  n: number;
  /** Row i's entries are rowStart[i]..rowStart[i+1]. */
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
}

export function sumOfValues(matrix: SparseMatrix): number {
  let sum = 0;
  for (let s = 0; s < matrix.values.length; s++) sum += matrix.values[s];
  return sum;
}

/** Scales values in place so they sum to 1 (no-op on an all-zero matrix). */
export function normalizeValues(matrix: SparseMatrix): void {
  const sum = sumOfValues(matrix);
  if (sum > 0) for (let s = 0; s < matrix.values.length; s++) matrix.values[s] /= sum;
}

/** The entries above the diagonal (column > row) of a symmetric matrix: each pair once. */
export function upperTriangle(matrix: SparseMatrix): SparseMatrix {
  const { n, rowStart, columns, values } = matrix;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let s = rowStart[i]; s < rowStart[i + 1]; s++) if (columns[s] > i) count++;
    start[i + 1] = start[i] + count;
  }
  const upperColumns = new Int32Array(start[n]);
  const upperValues = new Float64Array(start[n]);
  for (let i = 0, t = 0; i < n; i++) {
    for (let s = rowStart[i]; s < rowStart[i + 1]; s++) {
      if (columns[s] <= i) continue;
      upperColumns[t] = columns[s];
      upperValues[t++] = values[s];
    }
  }
  return { n, rowStart: start, columns: upperColumns, values: upperValues };
}
