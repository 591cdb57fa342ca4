// The forest's contribution to the neighbour lists: every point's leaf mates, offered in bulk.
//
// Offering leaf pairs one at a time costs an insertion (shifting about half a row) per pair,
// and the first tree offers about leafSize pairs to every empty row. Here each leaf's distance
// matrix is computed once (each pair once), each point's mates are sorted by one native sort of
// packed (key bits, position) numbers, and merged into its sorted row in one pass.

import type { OfferRouter } from './knn-candidates';
import type { NeighborLists } from './knn-neighbor-lists';
import { MAX_BATCH, type DistanceKernel } from './knn-kernel';
import type { TreeLeaves } from './knn-forest';

/** A leaf position fits below this in the packed number (key bits * POSITIONS + position < 2^53). */
const POSITIONS = 2 ** 21;

/** Leaves up to this size are offered pair by pair (measured at 10,000 x 128: leaf size 24 ran slower sorted). */
const PAIRWISE_UP_TO = 32;

export class LeafJoiner {
  private readonly matrix: Float32Array;
  private readonly packed: Float64Array;
  private readonly out = new Float32Array(MAX_BATCH);
  private readonly bits = new Uint32Array(1);
  private readonly asFloat = new Float32Array(this.bits.buffer);
  private readonly rowKeys: Float32Array;
  private readonly rowIndices: Int32Array;
  private readonly rowFresh: Uint8Array;

  constructor(
    private readonly leafSize: number,
    k: number,
  ) {
    if (leafSize >= POSITIONS || leafSize > MAX_BATCH) throw new RangeError(`leaf size ${leafSize} too large`);
    this.matrix = new Float32Array(leafSize * leafSize);
    this.packed = new Float64Array(leafSize);
    this.rowKeys = new Float32Array(k);
    this.rowIndices = new Int32Array(k);
    this.rowFresh = new Uint8Array(k);
  }

  /**
   * Offers every pair of points that share a leaf to both points' rows (as "new" candidates).
   * Within a leaf, `order` must be increasing (buildTreeLeaves partitions stably from 0..n-1),
   * so sorting mates by leaf position breaks key ties by index, as the rows do.
   * Only leaves holding a row of router.lo .. router.hi - 1 (this part's) are joined; offers to
   * other parts' rows go through the router; pairs of two such rows are left to their owners.
   */
  join({ order, starts }: TreeLeaves, lists: NeighborLists, kernel: DistanceKernel, router: OfferRouter): void {
    const { matrix, out } = this;
    const { lo, hi } = router;
    const whole = lo === 0 && hi === router.n; // a single part: every row is its own
    for (let leaf = 0; leaf + 1 < starts.length; leaf++) {
      const start = starts[leaf];
      const size = starts[leaf + 1] - start;
      let owned = size;
      if (!whole) {
        owned = 0;
        for (let a = start; a < start + size; a++) if (order[a] >= lo && order[a] < hi) owned++;
        if (owned === 0) continue;
      }
      if (size > this.leafSize) throw new RangeError(`leaf of ${size} points`);
      for (let a = 0; a + 1 < size; a++) {
        const count = size - a - 1;
        kernel.fromRow(order[start + a], order, count, out, start + a + 1);
        for (let c = 0; c < count; c++) {
          const b = a + 1 + c;
          matrix[a * size + b] = out[c];
          matrix[b * size + a] = out[c];
        }
      }
      if (size <= PAIRWISE_UP_TO || owned < size) this.offerPairs(order, start, size, router, whole);
      else for (let a = 0; a < size; a++) this.mergeRow(order, start, size, a, lists, lo);
    }
  }

  /** Small leaves (and leaves shared with other parts): pair by pair is cheaper than a sort per point. */
  private offerPairs(order: Int32Array, start: number, size: number, router: OfferRouter, whole: boolean): void {
    const { matrix } = this;
    const { lo, hi } = router;
    for (let a = 0; a < size; a++) {
      const p = order[start + a];
      const ownsP = whole || (p >= lo && p < hi);
      for (let b = a + 1; b < size; b++) {
        const q = order[start + b];
        if (!ownsP && !(whole || (q >= lo && q < hi))) continue;
        const key = matrix[a * size + b];
        router.offer(p, q, key);
        router.offer(q, p, key);
      }
    }
  }

  /** Merges the sorted mates of leaf point a into its row, keeping the k nearest, no duplicates. */
  private mergeRow(order: Int32Array, start: number, size: number, a: number, lists: NeighborLists, lo: number): void {
    const { matrix, packed, bits, asFloat, rowKeys, rowIndices, rowFresh } = this;
    const { k, keys, indices, fresh } = lists;
    const i = order[start + a] - lo; // the row in this part's lists
    const worst = lists.worst[i];
    let count = 0;
    for (let b = 0; b < size; b++) {
      const key = matrix[a * size + b];
      // Only mates nearer than the row's farthest can enter (offerNeighbor's rule): once the
      // first tree has filled the rows, later trees sort a few survivors, not whole leaves.
      if (b === a || !(key < worst)) continue;
      asFloat[0] = key;
      packed[count++] = bits[0] * POSITIONS + b; // keys are >= 0: their bits order like them
    }
    if (count === 0) return;
    const mates = packed.subarray(0, count).sort();
    const base = i * k;
    let r = base;
    let c = 0;
    let o = 0;
    // r <= base + o < base + k: the row always has an entry left (Infinity in empty slots).
    while (o < k) {
      if (c < count) {
        const value = mates[c];
        const b = value - Math.floor(value / POSITIONS) * POSITIONS; // exact (powers of 2), unlike a slow float %
        const key = matrix[a * size + b];
        const j = order[start + b];
        if (key === keys[r] && j === indices[r]) {
          c++; // already in the row: the row's entry (and its flag) is kept below
          continue;
        }
        if (key < keys[r] || (key === keys[r] && j < indices[r])) {
          rowKeys[o] = key;
          rowIndices[o] = j;
          rowFresh[o++] = 1;
          c++;
          continue;
        }
      }
      rowKeys[o] = keys[r];
      rowIndices[o] = indices[r];
      rowFresh[o++] = fresh[r++];
    }
    keys.set(rowKeys, base);
    indices.set(rowIndices, base);
    fresh.set(rowFresh, base);
    lists.worst[i] = rowKeys[k - 1];
  }
}
