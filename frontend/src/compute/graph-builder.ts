// The page's side of the shared k-NN graph: drives the compute workers (graph-server.ts) through
// one build and hands the finished graph out. The page only routes: every array it forwards from
// one worker to another is moved (transferred), except the few a third worker also needs.
//
// A build, for n rows in W shards (W workers, W parts of the search):
//   1. preprocessing: the centre for spherize (column means), the mean of the preprocessed rows;
//   2. their top `dims` principal axes (scatter summed over the shards, eigensolver in worker 0):
//      dims = min(d, 50) above REDUCE_ABOVE rows, where the search's time binds (FIt-SNE reduces
//      so too); up to it rows of d > 50 are searched as they are, only their first 10 coordinates
//      projected (openTSNE and umap-learn search the rows as they are);
//   3. each worker projects its shard (its graph rows) and gets every other shard's;
//   4. each worker searches its part (knn-parts.ts): brute force for small inputs, else the
//      forest, then NN-descent rounds (sample, join, deliver offers) until few rows improve;
//   5. each worker keeps its part with true distances: the graph stays in the workers.

import { addUp, scatterToCovariance } from './covariance';
import type { GraphMethods, SentDescentOptions } from './graph-protocol';
import { defaultDescentOptions, descentConverged } from './knn-descent';
import type { Metric } from './knn-distance';
import type { PartMessage } from './knn-parts';
import { useExactSearch } from './knn';
import type { ComputeMethods } from './protocol';
import type { Args, CallOptions, Progress, Result, RpcClient } from './worker-rpc';

/** Graph rows have at most this many dimensions (principal components). */
export const GRAPH_DIMENSIONS = 50;
/** Neighbours searched at least: the first 15 of 30 are found far more reliably than 15 of 15 (recall in bench/RESULTS.md). */
export const MIN_SEARCH_NEIGHBORS = 30;
/** Principal coordinates kept per row for the layouts (t-SNE's start, UMAP's component placement). */
export const HINT_DIMENSIONS = 10;
/** One seed for every graph: t-SNE and UMAP of any seed share it. */
const GRAPH_SEED = 1;

export interface GraphRequest {
  /** Neighbours per row (at most n - 1 are given). */
  k: number;
  metric: Metric;
  /** Rows centred on the mean and scaled to unit length first (the projection's Spherize). */
  spherize: boolean;
  /**
   * t-SNE's: the graph handed out with each row's conditional affinities at this perplexity in place
   * of its distances (calibrated in the compute workers, in parallel; LayoutGraph.conditional).
   */
  perplexity?: number;
  /** The caller's: aborting it gives up its wait; a build nobody waits for is cancelled (ComputeClient.neighborGraph). */
  signal?: AbortSignal;
}

/** The graph and its rows' identity: the same key means the same preprocessing and metric. */
export function graphKey(request: Pick<GraphRequest, 'metric' | 'spherize'>): string {
  return `${request.metric}|${request.spherize ? 'spherized' : 'as loaded'}`;
}

/**
 * Neighbours a build gives for a request of k (a prefix serves smaller requests later): brute
 * force finds k; the search finds at least MIN_SEARCH_NEIGHBORS (a prefix of them is found far
 * more reliably than the same number searched for alone) and extends its lists beyond that.
 */
export function searchNeighbors(k: number, n: number, d: number): number {
  const dims = projectsRows(n, d) ? Math.min(d, GRAPH_DIMENSIONS) : d;
  const wanted = useExactSearch(n, dims) || n <= SMALL_SEARCH ? k : Math.max(k, MIN_SEARCH_NEIGHBORS);
  return Math.max(1, Math.min(wanted, n - 1));
}

/**
 * Whether the graph rows are the rows on their principal axes (always a rotation at d <= 50) or,
 * for inputs of d > 50 up to REDUCE_ABOVE rows, the rows themselves: the reduction made the layouts
 * worse (10,000 x 128 in 10 clusters, bench_tsne_node --quality: t-SNE 10-NN preservation 0.108
 * unreduced against 0.087 reduced; 100,000 x 128 in 50 clusters, bench_references.py: t-SNE 0.2334
 * against 0.2179, openTSNE 0.2303; UMAP 0.1856 against 0.1781, umap-learn 0.1843), for a third more
 * search (bench_knn_node 100,000 x 128, CPU: k = 15 13.0 against 10.4 s, k = 90 18.0 against 13.2 s).
 */
export function projectsRows(n: number, d: number): boolean {
  return d <= GRAPH_DIMENSIONS || n > REDUCE_ABOVE;
}

/**
 * Above this many rows, rows of d > 50 are searched on their top 50 principal axes: from 250,000 the
 * start-up targets (first t-SNE iteration, first UMAP epoch) bind, and the search in d = 128 takes a
 * third longer. The built-in projector's cap, and where t-SNE's progressive path begins.
 */
export const REDUCE_ABOVE = 100_000;

/**
 * Up to this many rows the search for k itself is good enough and quicker (10,000 x 50 in 10
 * clusters, k = 14: recall 0.966 in 0.53 s against 0.999 in 0.70 s for 30; 20,000: 0.933).
 */
const SMALL_SEARCH = 12_000;

/** Settings of the approximate search: NN-descent's for MIN_SEARCH_NEIGHBORS, with a few trees and many candidates. */
export function graphDescentOptions(n: number, requested: number): SentDescentOptions {
  const k = Math.min(n <= SMALL_SEARCH ? requested : MIN_SEARCH_NEIGHBORS, n - 1);
  if (n <= SMALL_SEARCH) return defaultDescentOptions(n, k);
  return {
    ...defaultDescentOptions(n, k),
    // Trees give NN-descent its start; on high-dimensional clusters little of it (recall 0.16 after
    // 6 trees at 100k x 50), and every part builds its own: 3 are enough.
    trees: 3,
    // More join candidates than list entries (reverse edges included): fewer rounds, higher recall.
    // 200k x 50 in 10 clusters, recall@15 / CPU: 30 candidates 0.90 / 28.6 s, 50 0.943 / 30.3 s,
    // 64 0.956 / 26.4 s, 80 0.966 / 28.5 s (bench/RESULTS.md "1M points: neighbours").
    maxCandidates: 64,
  };
}

export interface BuildContext {
  workers: RpcClient<ComputeMethods>[];
  /** Rows of each shard (shard w lives in workers[w]). */
  shardRows: number[];
  n: number;
  d: number;
  job: number;
  signal: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** After each NN-descent round: the rows improved in it (benchmark traces). */
  onRound?: (round: number, updates: number) => void;
}

/** Runs one build of `k` neighbours; the workers keep the graph as graphKey(request). */
export async function buildGraph(context: BuildContext, request: GraphRequest, k: number): Promise<void> {
  const { shardRows, n, d, job } = context;
  const parts = shardRows.length;
  const all = <M extends keyof GraphMethods>(method: M, args: (w: number) => Args<ComputeMethods, M>, options?: (w: number) => Omit<CallOptions<Progress<ComputeMethods, M>>, 'signal'>) =>
    Promise.all(shardRows.map((_, w) => call(context, w, method, args(w), options?.(w))));
  const progress = new PhaseProgress(parts, context.onProgress);

  // 1. Preprocessing: unit rows around the mean (spherize) or around 0 (cosine), or as loaded.
  const unitAround = request.spherize
    ? divide(addUp(await all('graphColumnSums', () => ({ unitAround: null }))), n)
    : request.metric === 'cosine' ? new Float64Array(d) : null;
  const mean = divide(addUp(await all('graphColumnSums', () => ({ unitAround }))), n);
  // 2. Principal axes of the preprocessed rows.
  progress.phase(0, 0.04);
  const scatter = addUp(await all('graphScatter', () => ({ unitAround, mean }), (w) => ({ onProgress: (f) => progress.report(w, f) })));
  const rotate = projectsRows(n, d);
  const dims = rotate ? Math.min(d, GRAPH_DIMENSIONS) : d;
  const covariance = scatterToCovariance(scatter, n);
  const axes = await call(context, 0, 'principalAxes', { covariance, d, k: rotate ? dims : Math.min(d, HINT_DIMENSIONS), mean },
    { transfer: [covariance.buffer] });
  // 3. Graph rows: each shard's own, then everyone's.
  progress.phase(0.04, 0.08);
  const starts = shardRows.map((_, w) => shardRows.slice(0, w).reduce((a, b) => a + b, 0));
  const projected = await all('graphProject', (w) => ({
    job, n, start: starts[w], unitAround, rotate, mean: axes.mean, components: axes.components, dims, hintDims: HINT_DIMENSIONS, share: parts > 1,
  }), (w) => ({ onProgress: (f) => progress.report(w, f) }));
  await Promise.all(projected.flatMap(({ rows, zero }, from) => {
    const to = shardRows.map((_, w) => w).filter((w) => w !== from);
    // Moved to the last recipient, copied (structured clone) to any other.
    return to.map((w, i) => call(context, w, 'graphRowsIn', { job, start: starts[from], rows: rows!, zero },
      i === to.length - 1 ? { transfer: [rows!.buffer, ...(zero ? [zero.buffer] : [])] } : {}));
  }));
  // 4. The search.
  const exact = useExactSearch(n, dims);
  const descent = graphDescentOptions(n, k);
  // Large inputs search MIN_SEARCH_NEIGHBORS and extend the lists to k if more are wanted.
  const searched = exact || n <= SMALL_SEARCH ? k : Math.min(k, MIN_SEARCH_NEIGHBORS);
  const extended = searched < k;
  const roundsEnd = extended ? 0.85 : 0.98;
  progress.phase(0.1, exact ? 0.98 : 0.3);
  const forest = await all('graphForest', (part) => ({ job, k: searched, parts, part, seed: GRAPH_SEED, exact, descent }),
    (w) => ({ onProgress: (f) => progress.report(w, f) }));
  if (!exact) {
    let accepted = await all('graphAccept', (w) => ({ job, offers: inbox(forest.map((f) => f.offers), w) }), transferInbox(forest.map((f) => f.offers)));
    for (let round = 0; round < descent.maxIterations; round++) {
      const share = (roundsEnd - 0.3) / descent.maxIterations;
      progress.phase(0.3 + round * share, 0.3 + (round + 1) * share);
      const sampled = await all('graphSample', () => ({ job }));
      const reverse = sampled.map((s) => s.reverse);
      const worst = accepted.map((a, part) => ({ part, keys: a.worst! }));
      const joined = await all('graphJoin', (w) => ({ job, reverse: inbox(reverse, w), worst: worst.filter((x) => x.part !== w) }),
        (w) => ({ ...transferInbox(reverse)(w), onProgress: (f: number) => progress.report(w, f) }));
      const offers = joined.map((j) => j.offers);
      accepted = await all('graphAccept', (w) => ({ job, offers: inbox(offers, w) }), transferInbox(offers));
      const updates = joined.reduce((sum, j) => sum + j.updates, 0) + accepted.reduce((sum, a) => sum + a.updates, 0);
      context.onRound?.(round + 1, updates);
      if (descentConverged(updates, n, searched, descent)) break;
    }
  }
  if (extended) {
    progress.phase(roundsEnd, 0.99);
    const lists = await all('graphLists', () => ({ job }));
    await all('graphExtend', (w) => ({ job, k, others: lists.flatMap((indices, part) => (part === w ? [] : [{ part, indices }])) }),
      (w) => ({ onProgress: (f: number) => progress.report(w, f), ...(parts === 2 ? { transfer: [lists[1 - w].buffer] } : {}) }));
  }
  // 5. Each worker keeps its part.
  await all('graphFinish', () => ({ job, key: graphKey(request), metric: request.metric }));
  context.onProgress?.(1);
}

/** One worker's part of a call, cancelled in the worker with the build. */
function call<M extends keyof ComputeMethods>(
  context: BuildContext, worker: number, method: M, args: Args<ComputeMethods, M>,
  options: Omit<CallOptions<Progress<ComputeMethods, M>>, 'signal'> = {},
): Promise<Result<ComputeMethods, M>> {
  return context.workers[worker].call(method, args, { ...options, signal: context.signal });
}

/** The messages each part queued for part `to` (outboxes[from][to]). */
function inbox(outboxes: (PartMessage | null)[][], to: number): PartMessage[] {
  return outboxes.flatMap((outbox, from) => (from !== to && outbox[to] ? [outbox[to]!] : []));
}

/** Each message goes to one part only: moved, not copied. */
function transferInbox(outboxes: (PartMessage | null)[][]): (to: number) => { transfer: Transferable[] } {
  return (to) => ({ transfer: inbox(outboxes, to).flatMap((m) => [m.rows.buffer, m.others.buffer, m.values.buffer, m.flags.buffer] as ArrayBuffer[]) });
}

/** The build's progress: phases take fixed shares of [0, 1]; within one, the workers' mean fraction. */
class PhaseProgress {
  private from = 0;
  private to = 0;
  private readonly fractions: Float64Array;

  constructor(
    workers: number,
    private readonly onProgress?: (fraction: number) => void,
  ) {
    this.fractions = new Float64Array(workers);
  }

  phase(from: number, to: number): void {
    this.from = from;
    this.to = to;
    this.fractions.fill(0);
    this.onProgress?.(from);
  }

  report(worker: number, fraction: number): void {
    this.fractions[worker] = fraction;
    const mean = this.fractions.reduce((a, b) => a + b, 0) / this.fractions.length;
    this.onProgress?.(this.from + (this.to - this.from) * mean);
  }
}

function divide(values: Float64Array, by: number): Float64Array {
  if (by > 0) for (let i = 0; i < values.length; i++) values[i] /= by;
  return values;
}
