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
