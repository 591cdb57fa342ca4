// Distances between rows of one n x d matrix, in a "key" form that orders like the true
// distance and is cheap to compute: squared euclidean, or 1 - cosine on unit-normalised rows.

export type Metric = 'euclidean' | 'cosine';

/** Rows prepared for a metric: cosine works on a unit-normalised copy (zero rows stay zero). */
export function prepareRows(data: Float32Array, n: number, d: number, metric: Metric): Float32Array {
  if (metric === 'euclidean') return data;
  const rows = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    const o = r * d;
    let norm = 0;
    for (let j = 0; j < d; j++) norm += data[o + j] * data[o + j];
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < d; j++) rows[o + j] = data[o + j] * scale;
  }
  return rows;
}

/** Squared euclidean distance between rows a and b (row offsets, not indices). */
export function squaredDistance(rows: Float32Array, a: number, b: number, d: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    const x0 = rows[a + j] - rows[b + j];
    const x1 = rows[a + j + 1] - rows[b + j + 1];
    const x2 = rows[a + j + 2] - rows[b + j + 2];
    const x3 = rows[a + j + 3] - rows[b + j + 3];
    s0 += x0 * x0; s1 += x1 * x1; s2 += x2 * x2; s3 += x3 * x3;
  }
  for (; j < d; j++) {
    const x = rows[a + j] - rows[b + j];
    s0 += x * x;
  }
  return s0 + s1 + s2 + s3;
}

/**
 * The comparable key for a metric is the squared euclidean distance between prepared rows:
 * for cosine the rows are unit vectors, and |a - b|^2 = 2 - 2 cos orders like 1 - cos. One
 * monomorphic kernel keeps the hot loops inlined.
 */
export function keyToDistance(key: number, metric: Metric): number {
  return metric === 'euclidean' ? Math.sqrt(key) : Math.min(2, key / 2);
}
