// Approximate k nearest neighbours: a random-projection forest gives every point candidates
// from its leaves, then NN-descent ("a neighbour of a neighbour is likely a neighbour")
// refines the graph by comparing, for each point, pairs of its sampled neighbours.
// Dong, Charikar & Li (2011); the candidate sampling follows the usual pynndescent scheme.
//
// Where the time goes at 100,000 x 128, k = 90 (bench/bench_knn_node.mjs): per round about 37M
// distances (100k points x (16 x 15 / 2 new-new + 16 x 16 new-old pairs)), each offered to two rows;
// most offers are rejected by one compact comparison, most of the rest are pairs already there.

import { buildTreeLeaves, type TreeLeaves } from './knn-forest';
import { LeafJoiner } from './knn-leaf-join';
import { ALREADY_THERE, createNeighborLists, offerNeighbor, type NeighborLists } from './knn-neighbor-lists';
import { createDistanceKernel, MAX_BATCH, type DistanceKernel } from './knn-kernel';
import { randomInt } from './knn-random';

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

export function* nnDescentSteps(
  rows: Float32Array,
  n: number,
  d: number,
  k: number,
  random: () => number,
  options: DescentOptions,
): Generator<number, NeighborLists, void> {
  const lists = createNeighborLists(n, k);
  // A leaf's distance matrix is leafSize^2 floats: capped for very large k (rows that a leaf
  // cannot fill are filled by the other trees, fillEmptySlots and the descent).
  const leafSize = Math.min(options.leafSize, MAX_LEAF_SIZE);
  // Internal numbering: the first tree's leaf order, so points that are likely neighbours sit
  // next to each other in the kernel's rows and in the lists (measured: a third less time per
  // round at 100,000 x 128 than the input order, whose neighbours are scattered over 50 MB).
  const kernel = createDistanceKernel(rows, n, d);
  const first = buildTreeLeaves(kernel, n, leafSize, random);
  const order = first.order;
  kernel.renumber(order);
  const list = new Int32Array(MAX_BATCH);
  const out = new Float32Array(MAX_BATCH);
  const leafJoiner = new LeafJoiner(leafSize, k);
  // Progress: the forest is about a third of the work, NN-descent the rest.
  for (let t = 0; t < options.trees; t++) {
    const leaves = t === 0 ? identityLeaves(first.starts, n) : buildTreeLeaves(kernel, n, leafSize, random);
    leafJoiner.join(leaves, lists, kernel);
    yield ((t + 1) / options.trees) * 0.33;
  }
  fillEmptySlots(lists, kernel, random);
  options.onPhase?.('forest', () => inInputOrder(lists, order).indices);

  const sampled = new CandidateLists(n, options.maxCandidates);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    sampled.sample(lists, random);
    let updates = 0;
    for (let i = 0; i < n; i++) {
      updates += sampled.localJoin(i, lists, kernel, list, out);
      if ((i & 4095) === 4095) yield 0.33 + 0.67 * ((iteration + i / n) / options.maxIterations);
    }
    options.onPhase?.(`round ${iteration + 1}`, () => inInputOrder(lists, order).indices);
    if (updates <= options.delta * n * k) break;
  }
  return inInputOrder(lists, order);
}

function identityLeaves(starts: number[], n: number): TreeLeaves {
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  return { order, starts };
}

/** Rows over internal numbers -> rows over input numbers (row order[p] gets internal row p). */
function inInputOrder(lists: NeighborLists, order: Int32Array): NeighborLists {
  const { n, k } = lists;
  const result = createNeighborLists(n, k);
  for (let p = 0; p < n; p++) {
    const from = p * k;
    const to = order[p] * k;
    const { indices, keys } = result;
    for (let s = 0; s < k; s++) {
      const j = lists.indices[from + s];
      indices[to + s] = j < 0 ? j : order[j];
      keys[to + s] = lists.keys[from + s];
      // Equal keys were ordered by internal number: re-order them by input number (insertion
      // step; such runs are rare and short, e.g. duplicate points).
      for (let t = to + s; t > to && keys[t - 1] === keys[t] && indices[t - 1] > indices[t]; t--) {
        const swap = indices[t];
        indices[t] = indices[t - 1];
        indices[t - 1] = swap;
      }
    }
    result.worst[order[p]] = lists.worst[p];
  }
  return result;
}

/** Rows that the forest left short of k neighbours get random ones (distance still exact). */
function fillEmptySlots(lists: NeighborLists, kernel: DistanceKernel, random: () => number): void {
  const { n, k, indices } = lists;
  const one = new Int32Array(1);
  const distance = new Float32Array(1);
  for (let i = 0; i < n; i++) {
    let empty = 0;
    for (let s = i * k; s < i * k + k; s++) if (indices[s] < 0) empty++;
    for (let attempts = 0; empty > 0 && attempts < 4 * k; attempts++) {
      const j = randomInt(random, n);
      if (j === i) continue;
      one[0] = j;
      kernel.fromRow(i, one, 1, distance);
      if (offerNeighbor(lists, i, j, distance[0], 1) === 1) empty--;
      offerNeighbor(lists, j, i, distance[0], 1); // both ways, like every other source (see localJoin)
    }
  }
}

/** Per point, up to m "new" and m "old" candidates, chosen by random priority (forward and reverse edges). */
class CandidateLists {
  private readonly fresh: Int32Array;
  private readonly freshPriority: Float32Array;
  private readonly old: Int32Array;
  private readonly oldPriority: Float32Array;
  /** Each row's highest kept priority (its heap root), compact so most offers stay in cache. */
  private readonly freshRoot: Float32Array;
  private readonly oldRoot: Float32Array;
  private readonly stamp: Int32Array;

  constructor(
    private readonly n: number,
    private readonly m: number,
  ) {
    this.fresh = new Int32Array(n * m);
    this.freshPriority = new Float32Array(n * m);
    this.old = new Int32Array(n * m);
    this.oldPriority = new Float32Array(n * m);
    this.freshRoot = new Float32Array(n);
    this.oldRoot = new Float32Array(n);
    this.stamp = new Int32Array(n);
  }

  sample(lists: NeighborLists, random: () => number): void {
    const { n, m } = this;
    this.fresh.fill(-1);
    this.old.fill(-1);
    this.freshPriority.fill(Infinity);
    this.oldPriority.fill(Infinity);
    this.freshRoot.fill(Infinity);
    this.oldRoot.fill(Infinity);
    const { freshRoot, oldRoot } = this;
    const { k, indices, fresh } = lists;
    for (let i = 0; i < n; i++) {
      for (let s = i * k; s < i * k + k; s++) {
        const j = indices[s];
        if (j < 0) continue;
        const priority = random();
        if (fresh[s]) {
          if (priority < freshRoot[i]) offer(this.fresh, this.freshPriority, freshRoot, m, i, j, priority);
          if (priority < freshRoot[j]) offer(this.fresh, this.freshPriority, freshRoot, m, j, i, priority);
        } else {
          if (priority < oldRoot[i]) offer(this.old, this.oldPriority, oldRoot, m, i, j, priority);
          if (priority < oldRoot[j]) offer(this.old, this.oldPriority, oldRoot, m, j, i, priority);
        }
      }
    }
    // A sampled new neighbour becomes old: it has now been joined once. (Stamps make this
    // O(k + m) per row instead of comparing every neighbour with every candidate.)
    const stamp = this.stamp;
    stamp.fill(-1);
    for (let i = 0; i < n; i++) {
      for (let c = i * m; c < i * m + m; c++) if (this.fresh[c] >= 0) stamp[this.fresh[c]] = i;
      for (let s = i * k; s < i * k + k; s++) if (fresh[s] && stamp[indices[s]] === i) fresh[s] = 0;
    }
  }

  /** Compares i's new candidates with each other and with its old ones; returns the number of rows improved. */
  localJoin(i: number, lists: NeighborLists, kernel: DistanceKernel, list: Int32Array, out: Float32Array): number {
    const { m, fresh, old } = this;
    const base = i * m;
    // list = i's new candidates, then its old ones: new candidate a is joined with the suffix
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
        const kept = offerNeighbor(lists, p, q, out[c], 1);
        if (kept === 1) updates++;
        // q in p's row means the pair was offered to q's row when it got there (every source
        // offers both ways), and q's farthest key has only shrunk since: no need to look.
        else if (kept === ALREADY_THERE) continue;
        if (offerNeighbor(lists, q, p, out[c], 1) === 1) updates++;
      }
    }
    return updates;
  }
}

/** Keeps the m lowest-priority candidates of row i (a max-heap on priority, no duplicates); the caller checked the root. */
function offer(
  ids: Int32Array, priorities: Float32Array, roots: Float32Array, m: number, i: number, j: number, priority: number,
): void {
  const base = i * m;
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
  roots[i] = priorities[base];
}
