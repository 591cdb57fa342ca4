// How well a layout keeps the data's neighbourhoods, for tests and benchmarks on small n
// (O(n^2 (d + log n)), not for the UI):
// - trustworthiness (Venna & Kaski; sklearn.manifold.trustworthiness): how far a layout's k nearest
//   neighbours are, in rank, from being the data's; 1 = every layout neighbour is a true neighbour.
// - k-NN preservation: the mean fraction of each point's k data neighbours among its k layout ones.

export function trustworthiness(
  data: Float32Array, layout: Float32Array, n: number, d: number, dim: number, k: number,
): number {
  if (!(k < n / 2)) throw new RangeError(`trustworthiness needs k < n / 2, got k=${k}, n=${n}`);
  const rank = new Int32Array(n);
  const order = new Int32Array(n);
  const dataDistances = new Float64Array(n);
  const layoutDistances = new Float64Array(n);
  let penalty = 0;
  for (let i = 0; i < n; i++) {
    squaredDistances(data, n, d, i, dataDistances);
    squaredDistances(layout, n, dim, i, layoutDistances);
    dataDistances[i] = layoutDistances[i] = -1; // self first in both orders
    sortIndices(order, dataDistances);
    for (let r = 0; r < n; r++) rank[order[r]] = r; // rank 0 = self
    sortIndices(order, layoutDistances);
    for (let m = 1; m <= k; m++) penalty += Math.max(0, rank[order[m]] - k);
  }
  return 1 - (2 / (n * k * (2 * n - 3 * k - 1))) * penalty;
}

function squaredDistances(rows: Float32Array, n: number, d: number, i: number, out: Float64Array): void {
  for (let o = 0; o < n; o++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const diff = rows[i * d + j] - rows[o * d + j];
      s += diff * diff;
    }
    out[o] = s;
  }
}

/** Indices ordered by value, ties by index (a stable order, as numpy's argsort). */
function sortIndices(order: Int32Array, values: Float64Array): void {
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((p, q) => values[p] - values[q] || p - q);
}

/** Mean over points of |kNN_data(i) ∩ kNN_layout(i)| / k (Euclidean in both spaces). */
export function knnPreservation(
  data: Float32Array, layout: Float32Array, n: number, d: number, dim: number, k: number,
): number {
  const order = new Int32Array(n);
  const distances = new Float64Array(n);
  const inData = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    squaredDistances(data, n, d, i, distances);
    distances[i] = -1;
    sortIndices(order, distances);
    inData.fill(0);
    for (let m = 1; m <= k; m++) inData[order[m]] = 1;
    squaredDistances(layout, n, dim, i, distances);
    distances[i] = -1;
    sortIndices(order, distances);
    for (let m = 1; m <= k; m++) kept += inData[order[m]];
  }
  return kept / (n * k);
}
