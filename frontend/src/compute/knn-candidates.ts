// NN-descent's per-round join candidates: for each row a part owns, up to m "new" and m "old"
// neighbours, chosen by random priority among its forward edges (its own list) and reverse edges
// (rows whose lists hold it). A reverse edge to a row another part owns goes to that part
// (reverseOutbox), which adds it with accept().

import { ALREADY_THERE, type NeighborLists } from './knn-neighbor-lists';
import type { DistanceKernel } from './knn-kernel';
import type { Outbox, PartMessage } from './knn-parts';

/** Where a part's offers go: rows lo..hi-1 are its own lists; others are queued for their owners. */
export interface OfferRouter {
  /** Rows in all. */
  n: number;
  lo: number;
  hi: number;
  /** Offer of neighbour q at `key` to row p (internal numbers): 1 kept, 0 not, ALREADY_THERE. */
  offer(p: number, q: number, key: number): number;
}

export class CandidateLists {
  private readonly fresh: Int32Array;
  private readonly freshPriority: Float32Array;
  private readonly old: Int32Array;
  private readonly oldPriority: Float32Array;
  /** Each row's highest kept priority (its heap root), compact so most offers stay in cache. */
  private readonly freshRoot: Float32Array;
  private readonly oldRoot: Float32Array;
  private readonly stamp: Int32Array;

  /** `rows` owned rows (numbered lo..lo+rows-1), of n in all, m candidates of each kind. */
  constructor(
    private readonly lo: number,
    private readonly rows: number,
    n: number,
    private readonly m: number,
  ) {
    this.fresh = new Int32Array(rows * m);
    this.freshPriority = new Float32Array(rows * m);
    this.old = new Int32Array(rows * m);
    this.oldPriority = new Float32Array(rows * m);
    this.freshRoot = new Float32Array(rows);
    this.oldRoot = new Float32Array(rows);
    this.stamp = new Int32Array(n);
  }

  /** Samples this round's candidates; reverse edges to other parts' rows go to reverseOutbox. */
  sample(lists: NeighborLists, random: () => number, reverseOutbox: Outbox): void {
    const { lo, rows, m } = this;
    this.fresh.fill(-1);
    this.old.fill(-1);
    this.freshPriority.fill(Infinity);
    this.oldPriority.fill(Infinity);
    this.freshRoot.fill(Infinity);
    this.oldRoot.fill(Infinity);
    const { freshRoot, oldRoot } = this;
    const { k, indices, fresh } = lists;
    for (let r = 0; r < rows; r++) {
      const i = lo + r;
      for (let s = r * k; s < r * k + k; s++) {
        const j = indices[s];
        if (j < 0) continue;
        const priority = random();
        const local = j - lo;
        if (fresh[s]) {
          if (priority < freshRoot[r]) offer(this.fresh, this.freshPriority, freshRoot, m, r, j, priority);
          if (local < 0 || local >= rows) reverseOutbox.push(j, i, priority, 1);
          else if (priority < freshRoot[local]) offer(this.fresh, this.freshPriority, freshRoot, m, local, i, priority);
        } else {
          if (priority < oldRoot[r]) offer(this.old, this.oldPriority, oldRoot, m, r, j, priority);
          if (local < 0 || local >= rows) reverseOutbox.push(j, i, priority, 0);
          else if (priority < oldRoot[local]) offer(this.old, this.oldPriority, oldRoot, m, local, i, priority);
        }
      }
    }
  }

  /** Adds other parts' reverse edges to this part's rows. */
  accept(message: PartMessage): void {
    const { lo, m } = this;
    const { rows, others, values, flags } = message;
    for (let e = 0; e < rows.length; e++) {
      const r = rows[e] - lo;
      const priority = values[e];
      if (flags[e]) {
        if (priority < this.freshRoot[r]) offer(this.fresh, this.freshPriority, this.freshRoot, m, r, others[e], priority);
      } else if (priority < this.oldRoot[r]) {
        offer(this.old, this.oldPriority, this.oldRoot, m, r, others[e], priority);
      }
    }
  }

  /**
   * A sampled new neighbour becomes old: it has now been joined once. (Stamps make this O(k + m)
   * per row instead of comparing every neighbour with every candidate.) After every accept().
   */
  markSampledOld(lists: NeighborLists): void {
    const { rows, m, stamp } = this;
    const { k, indices, fresh } = lists;
    stamp.fill(-1);
    for (let r = 0; r < rows; r++) {
      for (let c = r * m; c < r * m + m; c++) if (this.fresh[c] >= 0) stamp[this.fresh[c]] = r;
      for (let s = r * k; s < r * k + k; s++) if (fresh[s] && stamp[indices[s]] === r) fresh[s] = 0;
    }
  }

  /**
   * Compares owned row r's new candidates with each other and with its old ones, offering each
   * pair to both rows through `router`; returns the number of rows improved here.
   */
  localJoin(r: number, router: OfferRouter, kernel: DistanceKernel, list: Int32Array, out: Float32Array): number {
    const { m, fresh, old } = this;
    const base = r * m;
    // list = r's new candidates, then its old ones: new candidate a is joined with the suffix
    // after it (later new ones and all old ones), so each pair is computed once.
    let freshCount = 0;
    for (let b = base; b < base + m; b++) if (fresh[b] >= 0) list[freshCount++] = fresh[b];
    let count = freshCount;
    for (let b = base; b < base + m; b++) if (old[b] >= 0) list[count++] = old[b];
    let updates = 0;
    for (let a = 0; a < freshCount; a++) {
      const p = list[a];
      const rest = count - a - 1;
      if (rest === 0) continue;
      kernel.fromRow(p, list, rest, out, a + 1);
      for (let c = 0; c < rest; c++) {
        const q = list[a + 1 + c];
        if (q === p) continue; // p is also an old candidate (through the reverse edge)
        const kept = router.offer(p, q, out[c]);
        if (kept === 1) updates++;
        // q in p's row means the pair was offered to q's row when it got there (every source
        // offers both ways), and q's farthest key has only shrunk since: no need to look.
        else if (kept === ALREADY_THERE) continue;
        if (router.offer(q, p, out[c]) === 1) updates++;
      }
    }
    return updates;
  }
}

/** Keeps the m lowest-priority candidates of row r (a max-heap on priority, no duplicates); the caller checked the root. */
function offer(
  ids: Int32Array, priorities: Float32Array, roots: Float32Array, m: number, r: number, j: number, priority: number,
): void {
  const base = r * m;
  for (let c = base; c < base + m; c++) if (ids[c] === j) return;
  let slot = 0;
  for (;;) {
    const left = 2 * slot + 1;
    if (left >= m) break;
    let child = left;
    if (left + 1 < m && priorities[base + left + 1] > priorities[base + left]) child = left + 1;
    if (priorities[base + child] <= priority) break;
    ids[base + slot] = ids[base + child];
    priorities[base + slot] = priorities[base + child];
    slot = child;
  }
  ids[base + slot] = j;
  priorities[base + slot] = priority;
  roots[r] = priorities[base];
}
