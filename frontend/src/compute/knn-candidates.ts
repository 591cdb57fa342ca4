// NN-descent's per-round join candidates: for each row a part owns, up to m "new" and m "old"
// neighbours, sampled uniformly among its forward edges (its own list) and reverse edges (rows
// whose lists hold it). A reverse edge to a row another part owns goes to that part
// (reverseOutbox), which adds it with accept().

import { ALREADY_THERE, type NeighborLists } from './knn-neighbor-lists';
import { MAX_PAIRS, type DistanceKernel } from './knn-kernel';
import type { Outbox, PartMessage } from './knn-parts';

/** Where a part's offers go: rows lo..hi-1 are its own lists; others are queued for their owners. */
export interface OfferRouter {
  /** Rows in all. */
  n: number;
  lo: number;
  hi: number;
  /** Offer of neighbour q at `key` to row p (internal numbers): 1 kept, 0 not, ALREADY_THERE. */
  offer(p: number, q: number, key: number): number;
  /** Row p's farthest kept key (as last heard, for other parts' rows): offers at or beyond it are refused. */
  worstOf(p: number): number;
}

export class CandidateLists {
  private readonly fresh: Int32Array;
  private readonly old: Int32Array;
  /** Candidates offered to each row so far this round (reservoir sampling keeps m of them). */
  private readonly freshSeen: Int32Array;
  private readonly oldSeen: Int32Array;
  private readonly stamp: Int32Array;
  /** Which row's join list each row is in (dropping the second copy of a candidate). */
  private readonly listed: Int32Array;
  private readonly threshold: Float32Array;
  private random: () => number = Math.random;

  /** `rows` owned rows (numbered lo..lo+rows-1), of n in all, m candidates of each kind. */
  constructor(
    private readonly lo: number,
    private readonly rows: number,
    n: number,
    private readonly m: number,
  ) {
    this.fresh = new Int32Array(rows * m);
    this.old = new Int32Array(rows * m);
    this.freshSeen = new Int32Array(rows);
    this.oldSeen = new Int32Array(rows);
    this.stamp = new Int32Array(n);
    this.listed = new Int32Array(n).fill(-1);
    this.threshold = new Float32Array(2 * m);
  }

  /**
   * Samples this round's candidates: each row keeps a uniform sample of m of its new and of its
   * old neighbours, forward (its list) and reverse (lists holding it). Reverse edges to other
   * parts' rows go to reverseOutbox. (A pair that both rows list arrives twice: localJoin drops
   * the second copy, cheaper than looking for it in the other row here.)
   */
  sample(lists: NeighborLists, random: () => number, reverseOutbox: Outbox): void {
    const { lo, rows } = this;
    this.random = random;
    this.fresh.fill(-1);
    this.old.fill(-1);
    this.freshSeen.fill(0);
    this.oldSeen.fill(0);
    const { k, indices, keys, fresh } = lists;
    for (let r = 0; r < rows; r++) {
      const i = lo + r;
      for (let s = r * k; s < r * k + k; s++) {
        const j = indices[s];
        if (j < 0) continue;
        const isFresh = fresh[s];
        this.add(r, j, isFresh);
        const local = j - lo;
        if (local < 0 || local >= rows) reverseOutbox.push(j, i, keys[s], isFresh);
        else this.add(local, i, isFresh);
      }
    }
  }

  /** Adds other parts' reverse edges to this part's rows. */
  accept(message: PartMessage): void {
    const { lo } = this;
    const { rows, others, flags } = message;
    for (let e = 0; e < rows.length; e++) this.add(rows[e] - lo, others[e], flags[e]);
  }

  /** Reservoir sampling: after c offers each is kept with probability m / c. */
  private add(r: number, candidate: number, isFresh: number): void {
    const { m } = this;
    const ids = isFresh ? this.fresh : this.old;
    const seen = isFresh ? this.freshSeen : this.oldSeen;
    const count = ++seen[r];
    if (count <= m) {
      ids[r * m + count - 1] = candidate;
      return;
    }
    const slot = Math.floor(this.random() * count);
    if (slot < m) ids[r * m + slot] = candidate;
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
    // Each candidate once (marked with the row): a pair both rows list was sampled twice.
    const stamp = this.listed;
    const mark = r;
    let freshCount = 0;
    for (let b = base; b < base + m; b++) {
      const c = fresh[b];
      if (c >= 0 && stamp[c] !== mark) {
        stamp[c] = mark;
        list[freshCount++] = c;
      }
    }
    let count = freshCount;
    for (let b = base; b < base + m; b++) {
      const c = old[b];
      if (c >= 0 && stamp[c] !== mark) {
        stamp[c] = mark;
        list[count++] = c;
      }
    }
    if (freshCount === 0) return 0;
    // Most pairs are nearer to neither row than its farthest kept: the kernel drops those against
    // these thresholds (stale ones are only higher: the offer itself then says no).
    const { threshold } = this;
    for (let c = 0; c < count; c++) threshold[c] = router.worstOf(list[c]);
    let updates = 0;
    if (freshCount * count <= MAX_PAIRS) {
      const kept = kernel.pairsBelow(list, count, freshCount, threshold);
      const codes = kernel.belowCodes, keys = kernel.belowKeys;
      for (let e = 0; e < kept; e++) updates += offerPair(router, list[codes[2 * e] & 0xffff], list[codes[2 * e] >>> 16], keys[2 * e + 1]);
      return updates;
    }
    // Too many pairs for one call: row by row.
    for (let a = 0; a < freshCount; a++) {
      const rest = count - a - 1;
      if (rest === 0) continue;
      kernel.fromRow(list[a], list, rest, out, a + 1);
      for (let c = 0; c < rest; c++) {
        if (out[c] < threshold[a] || out[c] < threshold[a + 1 + c]) updates += offerPair(router, list[a], list[a + 1 + c], out[c]);
      }
    }
    return updates;
  }
}

/**
 * Offers the pair (p, q) at `key` to both rows; answers how many rows it improved. q in p's row
 * means the pair was offered to q's row when it got there (every source offers both ways), and
 * q's farthest key has only shrunk since: no need to look.
 */
function offerPair(router: OfferRouter, p: number, q: number, key: number): number {
  const kept = router.offer(p, q, key);
  if (kept === ALREADY_THERE) return 0;
  return kept + (router.offer(q, p, key) === 1 ? 1 : 0);
}
