// "Supervise with label" (TensorBoard's projector): labels bend the input affinities so points
// with the same label attract more and points with different labels less. weight 0 leaves P
// as it is; weight 1 doubles same-label affinities and removes different-label ones. Pairs
// where either point carries the ignored label (-1) keep their affinity.

import { normalizeValues, type SparseMatrix } from './sparse';

export const IGNORED_LABEL = -1;

export function superviseAffinities(matrix: SparseMatrix, labels: Int32Array, weight: number): SparseMatrix {
  if (labels.length !== matrix.n) throw new RangeError(`supervise: ${labels.length} labels for ${matrix.n} points`);
  const w = Math.min(1, Math.max(0, weight));
  if (w === 0) return matrix;
  const values = matrix.values.slice();
  for (let i = 0; i < matrix.n; i++) {
    const labelI = labels[i];
    if (labelI === IGNORED_LABEL) continue;
    for (let s = matrix.rowStart[i]; s < matrix.rowStart[i + 1]; s++) {
      const labelJ = labels[matrix.columns[s]];
      if (labelJ === IGNORED_LABEL) continue;
      values[s] *= labelI === labelJ ? 1 + w : 1 - w;
    }
  }
  const result = { ...matrix, values };
  normalizeValues(result);
  return result;
}
