// Spherized rows without a spherized copy: row r as PCA sees it is (x_r - centre) * scale[r].
// Keeping n scales instead of n x d values saves a whole copy of the data set (300 MiB for
// 100,000 x 768) each time "spherize" is on; covariance.ts and project() apply it on the fly.

export interface RowScaling {
  /** Subtracted from every row first (the data set's column means). */
  centre: Float64Array;
  /** Multiplies row r after centring (1 / its norm, or 0 for a row equal to the centre). */
  scale: Float64Array;
}

/** TensorBoard's spherize as a scaling: centre on `centre`, then unit L2 norm per row. */
export function spherizeScaling(data: Float32Array, n: number, d: number, centre: Float64Array): RowScaling {
  const scale = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const offset = r * d;
    let normSquared = 0;
    for (let j = 0; j < d; j++) {
      const value = data[offset + j] - centre[j];
      normSquared += value * value;
    }
    scale[r] = normSquared > 0 ? 1 / Math.sqrt(normSquared) : 0;
  }
  return { centre, scale };
}

/** Column sums of the scaled rows. */
export function scaledColumnSums(data: Float32Array, n: number, d: number, scaling: RowScaling): Float64Array {
  const { centre, scale } = scaling;
  const sums = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    const offset = r * d;
    const s = scale[r];
    for (let j = 0; j < d; j++) sums[j] += (data[offset + j] - centre[j]) * s;
  }
  return sums;
}
