// A compute worker's side of the shared k-NN graph (methods in graph-protocol.ts): the
// preprocessing and projection of its shard, every shard's graph rows in one distance kernel, its
// part of the search, and the finished part kept for export (the graph's home is the workers:
// t-SNE and UMAP get copies, no tensor).

import { columnSums, scatterMatrixSteps } from './covariance';
import { DescentPart, type PartGraph } from './knn-descent';
import { exactNeighborSteps } from './knn-exact';
import { exactPartGraph, withDistances, type GraphPart } from './knn-graph';
import { releaseBuffers } from './release-buffers';
import { conditionalAffinitySteps } from './tsne/affinities';
import { createEmptyDistanceKernel, type DistanceKernel } from './knn-kernel';
import { messageBuffers, Partition, type PartMessage } from './knn-parts';
import type { GraphExport, GraphMethods, LayoutHint } from './graph-protocol';
import type { RowScanner } from './row-query';
import { scaledColumnSums, spherizeScaling, type RowScaling } from './row-scaling';
import { transfer, type Args, type RequestContext, type Transfer } from './worker-rpc';

/** The rows a graph is computed from: this worker's shard. */
export interface ShardView {
  rows: Float32Array;
  n: number;
  d: number;
  /** The rows' scanner (its SIMD dot products project them). */
  scanner: RowScanner;
}

/** Runs a step generator in time slices (the compute server's), reporting progress and honouring cancellation. */
export type Drive = <T>(request: RequestContext<number>, steps: Generator<number, T, void>) => Promise<T>;

interface Job {
  id: number;
  n: number;
  dims: number;
  kernel: DistanceKernel;
  zero: Uint8Array | null;
  hint: LayoutHint;
  /** The descent's part, or the exact search's lists (rows lo.. in input numbers). */
  search: DescentPart | { exact: PartGraph } | null;
}

interface Finished {
  key: string;
  part: GraphPart;
  hint: LayoutHint;
}

/** Rows processed between two progress reports of the projection. */
const PROJECT_CHUNK = 8192;

export class GraphServer {
  private job: Job | null = null;
  private finished: Finished | null = null;
  private scaling: { around: Float64Array; rows: Float32Array; value: RowScaling } | null = null;

  constructor(private readonly drive: Drive) {}

  /** The shard changed: every graph computed from it is gone. */
  reset(): void {
    this.job = null;
    this.finished = null;
    this.scaling = null;
  }

  columnSums(shard: ShardView, { unitAround }: Args<GraphMethods, 'graphColumnSums'>): Transfer<Float64Array> {
    const scaling = this.scalingOf(shard, unitAround);
    const sums = scaling ? scaledColumnSums(shard.rows, shard.n, shard.d, scaling) : columnSums(shard.rows, shard.n, shard.d);
    return transfer(sums, [sums.buffer]);
  }

  async scatter(shard: ShardView, { unitAround, mean }: Args<GraphMethods, 'graphScatter'>, request: RequestContext<number>): Promise<Transfer<Float64Array>> {
    const scaling = this.scalingOf(shard, unitAround) ?? undefined;
    const scatter = await this.drive(request, scatterMatrixSteps(shard.rows, shard.n, shard.d, mean, { scaling }));
    return transfer(scatter, [scatter.buffer]);
  }

  async project(
    shard: ShardView,
    args: Args<GraphMethods, 'graphProject'>,
    request: RequestContext<number>,
  ): Promise<Transfer<{ rows: Float32Array | null; zero: Uint8Array | null }>> {
    const { job: id, n, start, unitAround, rotate, mean, components, dims, hintDims, share } = args;
    this.job = null; // a new job ends the previous one
    const kernel = createEmptyDistanceKernel(n, dims);
    const scaling = this.scalingOf(shard, unitAround);
    const axes = rotate ? dims : Math.min(hintDims, components.length / shard.d);
    const projected = await this.drive(request, projectedRowsSteps(shard, mean, components, axes, scaling));
    const hintWidth = Math.min(hintDims, axes);
    const hint: LayoutHint = { start, dims: hintWidth, coordinates: new Float32Array(shard.n * hintWidth) };
    for (let r = 0; r < shard.n; r++) {
      for (let a = 0; a < hintWidth; a++) hint.coordinates[r * hintWidth + a] = projected[r * axes + a];
    }
    const block = rotate ? projected : preprocessedRows(shard, scaling);
    const shared = share ? new Float32Array(shard.n * dims) : null;
    kernel.writeRows(start, block, shard.n);
    shared?.set(block);
    let zero: Uint8Array | null = null;
    if (scaling) {
      for (let r = 0; r < shard.n; r++) if (scaling.scale[r] === 0) (zero ??= new Uint8Array(shard.n))[r] = 1;
    }
    const job: Job = { id, n, dims, kernel, zero: null, hint, search: null };
    if (zero) this.markZero(job, start, zero);
    this.job = job;
    return transfer({ rows: shared, zero }, shared ? [shared.buffer] : []);
  }

  rowsIn({ job: id, start, rows, zero }: Args<GraphMethods, 'graphRowsIn'>): null {
    const job = this.requireJob(id);
    job.kernel.writeRows(start, rows, rows.length / job.dims);
    if (zero) this.markZero(job, start, zero);
    return null;
  }

  async forest(args: Args<GraphMethods, 'graphForest'>, request: RequestContext<number>): Promise<Transfer<{ offers: (PartMessage | null)[] }>> {
    const { job: id, k, parts, part, seed, exact, descent } = args;
    const job = this.requireJob(id);
    return this.guard(job, async () => {
      if (exact) {
        const partition = new Partition(job.n, parts);
        const lo = partition.lo(part);
        const lists = await this.drive(request, exactNeighborSteps(job.kernel, job.n, k, lo, partition.hi(part)));
        job.search = { exact: exactPartGraph(lists, lo) };
        return transfer({ offers: [] }, []);
      }
      const search = new DescentPart(job.kernel, job.n, k, descent, parts, part, seed);
      job.search = search;
      const offers = await this.drive(request, search.forestSteps());
      return transfer({ offers }, messageBuffers(offers));
    });
  }

  accept({ job: id, offers }: Args<GraphMethods, 'graphAccept'>): Transfer<{ updates: number; worst: Float32Array | null }> {
    const search = this.requireDescent(id);
    let updates = 0;
    for (const message of offers) updates += search.accept(message);
    const worst = search.partition.parts > 1 ? search.worstKeys() : null;
    return transfer({ updates, worst }, worst ? [worst.buffer] : []);
  }

  sample({ job: id }: Args<GraphMethods, 'graphSample'>): Transfer<{ reverse: (PartMessage | null)[] }> {
    const reverse = this.requireDescent(id).sample();
    return transfer({ reverse }, messageBuffers(reverse));
  }

  async join(args: Args<GraphMethods, 'graphJoin'>, request: RequestContext<number>): Promise<Transfer<{ updates: number; offers: (PartMessage | null)[] }>> {
    const search = this.requireDescent(args.job);
    return this.guard(this.requireJob(args.job), async () => {
      for (const { part, keys } of args.worst) search.setWorst(part, keys);
      search.acceptReverse(args.reverse);
      const result = await this.drive(request, search.joinSteps());
      return transfer(result, messageBuffers(result.offers));
    });
  }

  lists({ job: id }: Args<GraphMethods, 'graphLists'>): Transfer<Int32Array> {
    const indices = this.requireDescent(id).listIndices();
    return transfer(indices, [indices.buffer]);
  }

  async extend({ job: id, k, others }: Args<GraphMethods, 'graphExtend'>, request: RequestContext<number>): Promise<null> {
    const search = this.requireDescent(id);
    return this.guard(this.requireJob(id), async () => {
      const all = new Int32Array(search.n * search.k);
      all.set(search.lists.indices, search.lo * search.k);
      for (const { part, indices } of others) all.set(indices, search.partition.lo(part) * search.k);
      await this.drive(request, search.extendSteps(all, k));
      return null;
    });
  }

  finish({ job: id, key, metric }: Args<GraphMethods, 'graphFinish'>): { rows: number } {
    const job = this.requireJob(id);
    if (!job.search) throw new Error('graph job: finish before forest');
    const part = 'exact' in job.search ? job.search.exact : job.search.finish();
    this.finished = { key, part: withDistances(part, metric, job.zero), hint: job.hint };
    this.job = null; // the kernel and lists are freed; the finished part stays
    return { rows: part.rows.length };
  }

  export({ key, k, hintDims, keep, perplexity }: Args<GraphMethods, 'graphExport'>): Transfer<GraphExport> {
    const finished = this.finished;
    if (!finished || finished.key !== key) throw new Error(`graph ${key} is not computed here (any more)`);
    const { part, hint } = finished;
    if (k > part.k) throw new RangeError(`graph ${key} has ${part.k} neighbours, ${k} asked`);
    const { indices, distances } = firstNeighbours(part, k);
    // A fresh copy: its distances may become p(j|i) (row by row: the part's rows are any block).
    if (perplexity !== undefined) {
      const steps = conditionalAffinitySteps({ n: part.rows.length, k, indices, distances }, perplexity, distances);
      while (!steps.next().done);
    }
    const dims = Math.min(hintDims, hint.dims);
    const coordinates = new Float32Array((hint.coordinates.length / Math.max(1, hint.dims)) * dims);
    for (let r = 0; r < coordinates.length / Math.max(1, dims); r++) {
      for (let a = 0; a < dims; a++) coordinates[r * dims + a] = hint.coordinates[r * hint.dims + a];
    }
    const rows = part.rows.slice();
    if (keep !== undefined && keep < part.k) {
      finished.part = firstNeighbours(part, Math.max(1, keep));
      releaseBuffers([part.indices.buffer, part.distances.buffer]);   // freed now, not at some later collection
    }
    return transfer(
      { part: { rows, k, indices, distances }, hint: { start: hint.start, dims, coordinates } },
      [rows.buffer, indices.buffer, distances.buffer, coordinates.buffer],
    );
  }

  /** A cancelled job frees its memory at once instead of when the next job replaces it. */
  private async guard<T>(job: Job, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      if (this.job === job) this.job = null;
      throw error;
    }
  }

  private markZero(job: Job, start: number, zero: Uint8Array): void {
    (job.zero ??= new Uint8Array(job.n)).set(zero, start);
  }

  private requireJob(id: number): Job {
    if (!this.job || this.job.id !== id) throw new Error(`graph job ${id} is not running here`);
    return this.job;
  }

  private requireDescent(id: number): DescentPart {
    const search = this.requireJob(id).search;
    if (!(search instanceof DescentPart)) throw new Error(`graph job ${id} has no descent running`);
    return search;
  }

  /** The shard's rows centred on `around` at unit length (cached: the build asks three times). */
  private scalingOf(shard: ShardView, around: Float64Array | null): RowScaling | null {
    if (!around) return null;
    const cached = this.scaling;
    if (cached && cached.rows === shard.rows && sameValues(cached.around, around)) return cached.value;
    const value = spherizeScaling(shard.rows, shard.n, shard.d, around);
    this.scaling = { around: around.slice(), rows: shard.rows, value };
    return value;
  }
}

/**
 * The shard's rows projected, chunk by chunk (a progress report between chunks): with `scaling`,
 * row r is ((x_r - centre) s_r - mean).c = s_r (x_r.c - centre.c) - mean.c, so only x_r.c
 * touches the rows (the scanner's SIMD dot products).
 */
function* projectedRowsSteps(
  shard: ShardView, mean: Float32Array, components: Float32Array, dims: number, scaling: RowScaling | null,
): Generator<number, Float32Array, void> {
  const { n, d } = shard;
  const dot = (x: ArrayLike<number>, a: number) => {
    let sum = 0;
    for (let j = 0; j < d; j++) sum += x[j] * components[a * d + j];
    return sum;
  };
  const meanDot = Array.from({ length: dims }, (_, a) => dot(mean, a));
  const centreDot = Array.from({ length: dims }, (_, a) => (scaling ? dot(scaling.centre, a) : 0));
  const out = new Float32Array(n * dims);
  for (let start = 0; start < n; start += PROJECT_CHUNK) {
    const end = Math.min(n, start + PROJECT_CHUNK);
    const dots = shard.scanner.dotsWith(components, dims, start, end);
    for (let r = start; r < end; r++) {
      const s = scaling ? scaling.scale[r] : 1;
      for (let a = 0; a < dims; a++) out[r * dims + a] = s * (dots[(r - start) * dims + a] - centreDot[a]) - meanDot[a];
    }
    yield end / n;
  }
  return out;
}

/** The shard's rows as the graph sees them unprojected: as loaded, or scaled (a copy then). */
function preprocessedRows(shard: ShardView, scaling: RowScaling | null): Float32Array {
  const { rows, n, d } = shard;
  if (!scaling) return rows.subarray(0, n * d);
  const out = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    const s = scaling.scale[r];
    for (let j = 0; j < d; j++) out[r * d + j] = (rows[r * d + j] - scaling.centre[j]) * s;
  }
  return out;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A copy of the part with only the first `k` neighbours of each row. */
function firstNeighbours(part: GraphPart, k: number): GraphPart {
  const count = part.rows.length;
  const indices = new Int32Array(count * k);
  const distances = new Float32Array(count * k);
  for (let r = 0; r < count; r++) {
    indices.set(part.indices.subarray(r * part.k, r * part.k + k), r * k);
    distances.set(part.distances.subarray(r * part.k, r * part.k + k), r * k);
  }
  return { rows: part.rows, k, indices, distances };
}
