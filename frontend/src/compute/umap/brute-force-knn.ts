// TEMPORARY stand-in for ../knn.ts (being written by another engineer), same signature: exact
// k nearest neighbours by brute force, O(n^2 d). Replaced by the shared knn() once it lands.

export interface KnnResult {
  n: number;
  k: number;
  indices: Int32Array;
  distances: Float32Array;
}

export interface KnnOptions {
  metric: 'euclidean' | 'cosine';
  seed?: number;
  exact?: boolean;
  onProgress?: (fraction: number) => void;
}

export function knn(data: Float32Array, n: number, d: number, k: number, opts: KnnOptions): KnnResult {
  const kk = Math.min(k, n - 1);
  const rows = opts.metric === 'cosine' ? unitRows(data, n, d) : data;
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += rows[i * d + j] ** 2;
    norms[i] = s;
  }
  const indices = new Int32Array(n * kk);
  const distances = new Float32Array(n * kk);
  const bestD = new Float64Array(kk);
  const bestI = new Int32Array(kk);
  for (let i = 0; i < n; i++) {
    bestD.fill(Infinity);
    bestI.fill(-1);
    for (let o = 0; o < n; o++) {
      if (o === i) continue;
      let dot = 0;
      for (let j = 0; j < d; j++) dot += rows[i * d + j] * rows[o * d + j];
      const squared = Math.max(norms[i] + norms[o] - 2 * dot, 0);
      if (squared >= bestD[kk - 1]) continue;
      let p = kk - 1;
      while (p > 0 && bestD[p - 1] > squared) {
        bestD[p] = bestD[p - 1];
        bestI[p] = bestI[p - 1];
        p--;
      }
      bestD[p] = squared;
      bestI[p] = o;
    }
    for (let m = 0; m < kk; m++) {
      indices[i * kk + m] = bestI[m];
      // cosine distance = 1 - cos = |u - v|^2 / 2 for unit rows
      distances[i * kk + m] = opts.metric === 'cosine' ? bestD[m] / 2 : Math.sqrt(bestD[m]);
    }
    if (opts.onProgress && i % 256 === 0) opts.onProgress(i / n);
  }
  return { n, k: kk, indices, distances };
}

function unitRows(data: Float32Array, n: number, d: number): Float32Array {
  const rows = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += data[i * d + j] ** 2;
    const scale = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) rows[i * d + j] = data[i * d + j] * scale;
  }
  return rows;
}
