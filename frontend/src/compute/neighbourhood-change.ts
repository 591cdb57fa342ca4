// Neighbourhood change between two embeddings of the same rows: per row, 1 minus the Jaccard overlap
// of its k nearest neighbours in space A and in space B (|A ∩ B| / |A ∪ B| of the two index sets),
// and the mean overlap over all rows. Both lists are in the same row numbering (the matched rows).
// Pure: unit-tested in node, checked against scikit-learn in the browser test.

export interface NeighbourhoodChange {
  /** Per row: 1 - Jaccard overlap, in [0, 1]. */
  change: Float32Array;
  /** Mean Jaccard overlap over the rows (1: every neighbourhood kept). */
  meanOverlap: number;
  k: number;
}

/**
 * `a` and `b`: n x ka and n x kb neighbour indices (nearest first, -1 for missing entries); the
 * first k of each row are compared.
 */
export function neighbourhoodChange(a: Int32Array, ka: number, b: Int32Array, kb: number, n: number, k: number): NeighbourhoodChange {
  const kk = Math.max(0, Math.min(k, ka, kb));
  const change = new Float32Array(n);
  const mark = new Int32Array(n).fill(-1);   // mark[j] === i: j is in row i's A list
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let inA = 0;
    for (let c = 0; c < kk; c++) {
      const j = a[i * ka + c];
      if (j >= 0 && j < n && mark[j] !== i) { mark[j] = i; inA++; }
    }
    let inB = 0, both = 0;
    for (let c = 0; c < kk; c++) {
      const j = b[i * kb + c];
      if (j < 0 || j >= n) continue;
      // Duplicates in B's list count once: flip the mark to a second value.
      if (mark[j] === i) { both++; inB++; mark[j] = -2 - i; } else if (mark[j] !== -2 - i) { inB++; mark[j] = -2 - i; }
    }
    const union = inA + inB - both;
    const overlap = union > 0 ? both / union : 1;
    change[i] = 1 - overlap;
    sum += overlap;
  }
  return { change, meanOverlap: n ? sum / n : 1, k: kk };
}

/** The `limit` rows of largest change, largest first (ties: lower row first); rows where `skip` is
 *  set are left out. One pass with a short sorted list: O(n) for the few rows a list shows. */
export function rankByChange(change: Float32Array, limit: number, skip?: Uint8Array | null): Int32Array {
  const top: number[] = [];
  for (let i = 0; i < change.length; i++) {
    if (skip?.[i]) continue;
    const v = change[i];
    if (top.length >= limit && !(v > change[top[top.length - 1]])) continue;
    let at = top.length;
    while (at > 0 && change[top[at - 1]] < v) at--;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return Int32Array.from(top);
}
