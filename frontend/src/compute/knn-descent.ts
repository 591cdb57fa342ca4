// Approximate k nearest neighbours: a random-projection forest gives every point candidates
// from its leaves, then NN-descent ("a neighbour of a neighbour is likely a neighbour")
// refines the graph by comparing, for each point, pairs of its sampled neighbours.
// Dong, Charikar & Li (2011); the candidate sampling follows the usual pynndescent scheme.
//
// The search is split into parts (one per compute worker, or one in all): every part has all the
// rows; part w owns the neighbour lists of a contiguous range of the first tree's leaf order (so
// most of its rows' neighbours are its own rows), builds its own further trees, joins the
// candidates of its rows, and queues offers to other parts' rows (Outbox) for the caller to
// deliver between phases. One part runs exactly the single-threaded algorithm.
//
// Where the time goes at 100,000 x 128, k = 90 (bench/bench_knn_node.mjs): per round about 37M
// distances (100k points x (16 x 15 / 2 new-new + 16 x 16 new-old pairs)), each offered to two rows;
// most offers are rejected by one compact comparison, most of the rest are pairs already there.

import { CandidateLists, type OfferRouter } from './knn-candidates';
import { BestKeys } from './best-keys';
import { buildTreeLeaves, type TreeLeaves } from './knn-forest';
import { MAX_BATCH, type DistanceKernel } from './knn-kernel';
import { LeafJoiner } from './knn-leaf-join';
import { createNeighborLists, offerNeighbor, type NeighborLists } from './knn-neighbor-lists';
import { Outbox, Partition, type PartMessage } from './knn-parts';
import { randomInt, seededRandom } from './random';

export interface DescentOptions {
  trees: number;
  leafSize: number;
  /** Neighbours sampled per point and iteration for the local join (new and old, each). */
  maxCandidates: number;
  maxIterations: number;
  /** Stop when fewer than delta * n * k row updates happen in an iteration. */
  delta: number;
  /**
   * Called as each phase ends ('forest', 'round 1', ...), with the neighbour rows so far (input
   * numbering, n x k, unsorted) on demand: the benchmark's per-phase timing and recall.
   */
  onPhase?: (phase: string, current: () => Int32Array) => void;
}

const MAX_LEAF_SIZE = 1024;

export function defaultDescentOptions(n: number, k: number): DescentOptions {
  return {
    // Large k means large leaves, which already give many candidates: fewer trees. Since leaves
    // are joined in bulk a tree costs about one descent round, and at 100,000 x 128, k = 90
    // 8 trees save 1-2 rounds over 4 (bench/bench_knn_node.mjs --trace: recall 0.983 vs 0.982
    // on the spread data in 24 s vs 27 s of CPU).
    trees: k > 32 ? 8 : Math.min(12, 3 + Math.round(Math.pow(n, 0.2))),
    leafSize: Math.max(24, Math.ceil(1.5 * k)),
    // Small k: sample widely for recall. Large k (t-SNE's 3 x perplexity): the lists already
    // hold many candidates and each join costs m^2 distances, so fewer.
    maxCandidates: k <= 32 ? 30 : 16,
    maxIterations: 12,
    // Measured at 10,000 x 128, k = 90: delta 0.02 gives recall 0.980 in half the time of
    // 0.002's 0.996. At k = 15 the last rounds are cheap and at 100,000 x 128 still add recall
    // (10 tidy clusters: 0.626 after 6 rounds at 0.02, 0.630 after 8 at 0.005, +0.7 s).
    delta: k <= 32 ? 0.005 : 0.02,
  };
}

/** One part's share of the search; with parts = 1, the whole of it. Drive it as nnDescentSteps() does. */
export class DescentPart {
  readonly partition: Partition;
  readonly lo: number;
  readonly hi: number;
  /** This part's rows' lists (k neighbours each; extendSteps() replaces them with longer ones). */
  lists: NeighborLists;
  /** Internal number -> input number (the first tree's leaf order); set by forestSteps(). */
  private order: Int32Array | null = null;
  /** Every row's farthest kept key as last heard from its owner (parts > 1): offers beyond it are not sent. */
  private readonly worstAll: Float32Array | null;
  private readonly outbox: Outbox;
  private readonly candidates: CandidateLists;
  private readonly router: OfferRouter;
  private readonly treeRandom: () => number;
  /** This part's own stream (the tree stream itself with one part, so that equals the single-threaded search). */
  private readonly random: () => number;
  private readonly leafSize: number;
  private readonly list = new Int32Array(MAX_BATCH);
  private readonly out = new Float32Array(MAX_BATCH);

  constructor(
    private readonly kernel: DistanceKernel,
    readonly n: number,
    public k: number,
    private readonly options: DescentOptions,
    parts: number,
    readonly part: number,
    seed: number,
  ) {
    this.partition = new Partition(n, parts);
    this.lo = this.partition.lo(part);
    this.hi = this.partition.hi(part);
    const rows = this.hi - this.lo;
    this.lists = createNeighborLists(rows, k);
    this.worstAll = parts > 1 ? new Float32Array(n).fill(Infinity) : null;
    this.outbox = new Outbox(this.partition);
    this.candidates = new CandidateLists(this.lo, rows, n, options.maxCandidates);
    this.treeRandom = seededRandom(seed);
    this.random = parts > 1 ? seededRandom((seed ^ Math.imul(0x2545f491, part + 1)) >>> 0) : this.treeRandom;
    // A leaf's distance matrix is leafSize^2 floats: capped for very large k (rows that a leaf
    // cannot fill are filled by the other trees, fillEmptySlots and the descent).
    this.leafSize = Math.min(options.leafSize, MAX_LEAF_SIZE);
    const { lo, hi, lists, outbox } = this;
    const worstAll = this.worstAll;
    this.router = {
      n, lo, hi,
      offer(p, q, key) {
        if (p >= lo && p < hi) return offerNeighbor(lists, p - lo, q, key, 1);
        if (key < worstAll![p]) outbox.push(p, q, key, 1);
        return 0;
      },
      worstOf(p) {
        return p >= lo && p < hi ? lists.worst[p - lo] : worstAll![p];
      },
    };
  }

  /**
   * The first tree (built alike by every part: the shared numbering), then this part's other
   * trees and random fill-ins of its short rows. Yields the fraction done; returns the offers
   * for other parts' rows.
   */
  *forestSteps(): Generator<number, (PartMessage | null)[], void> {
    const { kernel, n, options, leafSize, router } = this;
    // Internal numbering: the first tree's leaf order, so points that are likely neighbours sit
    // next to each other in the kernel's rows and in the lists (measured: a third less time per
    // round at 100,000 x 128 than the input order, whose neighbours are scattered over 50 MB).
    const first = buildTreeLeaves(kernel, n, leafSize, this.treeRandom);
    this.order = first.order;
    kernel.renumber(first.order);
    const wanted = this.partition.parts > 1 ? (p: number) => p >= this.lo && p < this.hi : undefined;
    const leafJoiner = new LeafJoiner(leafSize, this.k);
    for (let t = 0; t < options.trees; t++) {
      const leaves = t === 0 ? identityLeaves(first.starts, n) : buildTreeLeaves(kernel, n, leafSize, this.random, wanted);
      leafJoiner.join(leaves, this.lists, kernel, router);
      yield (t + 1) / options.trees;
    }
    this.fillEmptySlots();
    return this.outbox.take();
  }

  /** Offers from other parts to this part's rows; returns how many rows improved. */
  accept(message: PartMessage | null | undefined): number {
    if (!message) return 0;
    const { rows, others, values } = message;
    let updates = 0;
    for (let e = 0; e < rows.length; e++) if (offerNeighbor(this.lists, rows[e] - this.lo, others[e], values[e], 1) === 1) updates++;
    return updates;
  }

  /** This part's rows' farthest kept keys (a copy, for the other parts' setWorst). */
  worstKeys(): Float32Array {
    return this.lists.worst.slice();
  }

  setWorst(part: number, keys: Float32Array): void {
    this.worstAll?.set(keys, this.partition.lo(part));
  }

  /** Samples this round's join candidates; returns the reverse edges for other parts' rows. */
  sample(): (PartMessage | null)[] {
    this.candidates.sample(this.lists, this.random, this.outbox);
    return this.outbox.take();
  }

  /** Other parts' reverse edges to this part's rows; call once per round, after sample(), with all of them. */
  acceptReverse(messages: readonly (PartMessage | null | undefined)[]): void {
    for (const message of messages) if (message) this.candidates.accept(message);
    this.candidates.markSampledOld(this.lists);
  }

  /** The local joins of this part's rows. Yields the fraction done; returns the rows improved here and the offers for other parts. */
  *joinSteps(): Generator<number, { updates: number; offers: (PartMessage | null)[] }, void> {
    const rows = this.hi - this.lo;
    let updates = 0;
    for (let r = 0; r < rows; r++) {
      updates += this.candidates.localJoin(r, this.router, this.kernel, this.list, this.out);
      if ((r & 4095) === 4095) yield r / rows;
    }
    return { updates, offers: this.outbox.take() };
  }

  /** This part's rows' neighbours (internal numbers, a copy): what the other parts need for extendSteps(). */
  listIndices(): Int32Array {
    return this.lists.indices.slice();
  }

  /**
   * Longer lists, of `k` neighbours, from the neighbours of neighbours: each row's candidates are
   * its list and the lists of the rows in it (`all`: every row's list, n x this.k internal
   * numbers). Much cheaper than a search for k (t-SNE's 3 x perplexity) from the start, and the
   * first this.k stay at least as good; farther neighbours are found less reliably (their weight
   * in t-SNE's affinities is small). Yields the fraction done.
   */
  *extendSteps(all: Int32Array, k: number): Generator<number, void, void> {
    const { n, lo, hi, kernel } = this;
    const from = this.k;
    const rows = hi - lo;
    const lists = createNeighborLists(rows, k);
    const stamp = new Int32Array(n).fill(-1);
    const list = new Int32Array(from + from * from + k);
    const out = new Float32Array(MAX_BATCH);
    const best = new BestKeys(k);
    for (let r = 0; r < rows; r++) {
      const i = lo + r;
      stamp[i] = i;
      let count = 0;
      const add = (j: number) => {
        if (j >= 0 && stamp[j] !== i) {
          stamp[j] = i;
          list[count++] = j;
        }
      };
      for (let a = i * from; a < i * from + from; a++) add(all[a]);
      const direct = count;
      for (let a = 0; a < direct; a++) for (let b = list[a] * from; b < list[a] * from + from; b++) add(all[b]);
      // A tight group whose lists overlap may offer fewer than k: random rows fill up (every row
      // gets k neighbours, as from the search).
      for (let attempts = 0; count < k && attempts < 8 * k; attempts++) add(randomInt(this.random, n));
      for (let start = 0; start < count; start += MAX_BATCH) {
        const size = Math.min(MAX_BATCH, count - start);
        kernel.fromRow(i, list, size, out, start);
        for (let c = 0; c < size; c++) best.offer(list[start + c], out[c]);
      }
      const kept = best.drainSorted(lists.keys, lists.indices, r * k);
      lists.worst[r] = kept === k ? lists.keys[r * k + k - 1] : Infinity;
      if ((r & 1023) === 1023) yield r / rows;
    }
    this.lists = lists;
    this.k = k;
  }

  /** This part's rows in input numbers: nearest first, equal keys by input number. */
  finish(): PartGraph {
    const order = this.order;
    if (!order) throw new Error('NN-descent: finish() before forestSteps()');
    const { lists, lo, k } = this;
    const count = this.hi - lo;
    const rows = order.slice(lo, this.hi);
    const indices = new Int32Array(count * k);
    const keys = new Float32Array(count * k);
    for (let r = 0; r < count; r++) {
      const base = r * k;
      for (let s = 0; s < k; s++) {
        const j = lists.indices[base + s];
        let t = base + s;
        indices[t] = j < 0 ? j : order[j];
        keys[t] = lists.keys[base + s];
        // Equal keys were ordered by internal number: re-order them by input number (insertion
        // step; such runs are rare and short, e.g. duplicate points).
        for (; t > base && keys[t - 1] === keys[t] && indices[t - 1] > indices[t]; t--) {
          const swap = indices[t];
          indices[t] = indices[t - 1];
          indices[t - 1] = swap;
        }
      }
    }
    return { rows, k, indices, keys };
  }

  /** Rows that the forest left short of k neighbours get random ones (distance still exact). */
  private fillEmptySlots(): void {
    const { lists, kernel, random, router, lo, n } = this;
    const { k, indices } = lists;
    const one = new Int32Array(1);
    const distance = new Float32Array(1);
    for (let r = 0; r < lists.n; r++) {
      const i = lo + r;
      let empty = 0;
      for (let s = r * k; s < r * k + k; s++) if (indices[s] < 0) empty++;
      for (let attempts = 0; empty > 0 && attempts < 4 * k; attempts++) {
        const j = randomInt(random, n);
        if (j === i) continue;
        one[0] = j;
        kernel.fromRow(i, one, 1, distance);
        if (router.offer(i, j, distance[0]) === 1) empty--;
        router.offer(j, i, distance[0]); // both ways, like every other source (see localJoin)
      }
    }
  }
}

/** One part's rows of a k-NN graph. */
export interface PartGraph {
  /** Input numbers of the rows, in the part's order. */
  rows: Int32Array;
  k: number;
  /** rows.length x k neighbours (input numbers), nearest first; -1 where a row has fewer. */
  indices: Int32Array;
  /** rows.length x k keys (squared distances of the prepared rows), ascending. */
  keys: Float32Array;
}

/**
 * NN-descent in one part (the whole search, single-threaded): yields progress (the forest about
 * a third of the work), returns the graph's rows in the first tree's order (see PartGraph).
 */
export function* nnDescentSteps(
  kernel: DistanceKernel,
  n: number,
  k: number,
  seed: number,
  options: DescentOptions,
): Generator<number, PartGraph, void> {
  const part = new DescentPart(kernel, n, k, options, 1, 0, seed);
  for (const fraction of part.forestSteps()) yield fraction * 0.33;
  const current = () => assembleIndices(part.finish(), n);
  options.onPhase?.('forest', current);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    part.sample();
    part.acceptReverse([]);
    const join = part.joinSteps();
    let step = join.next();
    for (; !step.done; step = join.next()) yield 0.33 + 0.67 * ((iteration + step.value) / options.maxIterations);
    options.onPhase?.(`round ${iteration + 1}`, current);
    if (descentConverged(step.value.updates, n, k, options)) break;
  }
  return part.finish();
}

/** The rounds' stopping rule: fewer than delta * n * k row updates in a round. */
export function descentConverged(updates: number, n: number, k: number, options: DescentOptions): boolean {
  return updates <= options.delta * n * k;
}

function identityLeaves(starts: number[], n: number): TreeLeaves {
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  return { order, starts };
}

/** n x k neighbour rows in input order (for onPhase tracing). */
function assembleIndices(part: PartGraph, n: number): Int32Array {
  const { rows, k, indices } = part;
  const result = new Int32Array(n * k);
  for (let r = 0; r < rows.length; r++) result.set(indices.subarray(r * k, r * k + k), rows[r] * k);
  return result;
}
