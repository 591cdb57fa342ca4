// Projection adapter over the compute module: PCA on ALL points in the compute worker
// (createComputeClient), identity for D <= 3 on the main thread. A main-thread fallback keeps the
// same shape where workers are unavailable (node tests).
import { pca as pcaSync, project as projectSync, projectOnDirections, spherize as spherizeSync, identityProjection } from '../compute/pca';
import { columnMeans, columnSumsOf } from '../compute/covariance';
import { takeRows } from '../compute/rows';
import { RowScanner } from '../compute/row-query';
import { ArraySink, type RowSink } from '../data/tensor-stream';
import { CancelledError, createComputeClient, type ComputeClient, type GraphRequest, type LayoutGraph, type RowMatches } from '../compute/compute-client';

export interface PcaResultSummary { varianceFraction: number[] }

/**
 * The loaded rows, wherever they live (the compute workers; the page only without workers):
 * what the page reads of them, on demand and as copies.
 */
export interface RowSource {
  /** Copies of rows `rows` (any order; null: all rows), m x d in that order. */
  rows(rows: Int32Array | null): Promise<Float32Array>;
  /** Sum of rows `rows` as loaded: d values. */
  rowSums(rows: Int32Array): Promise<Float64Array>;
  /** Every row as loaded on `directions` (each d long) from `origin`: n x directions count. */
  projectOnto(origin: Float32Array, directions: Float32Array): Promise<Float32Array>;
}

/** A loaded tensor as the analyses see it: its shape and where to read its rows. */
export interface LoadedRows { source: RowSource; n: number; d: number }

export interface Projector extends RowSource {
  /** Fetches row `row`'s values ahead (the hovered point), so a click's neighbour query goes out at once. */
  prefetchRow(row: number): void;
  /** Where the rows are held: values on the page, and rows and bytes in each compute worker. */
  held(): Promise<{ pageValues: number; workers: { rows: number; bytes: number }[] }>;
  /** Loads rows the caller keeps (the workers get copies; the page drops its own reference). */
  load(data: Float32Array, n: number, d: number): Promise<void>;
  /** Starts a load whose rows arrive in pieces (a download streamed into the compute workers). */
  beginLoad(n: number, d: number): Promise<RowSink>;
  /** Top-k axes of all rows (sampleRows: estimated from about that many rows, a quick first view). */
  pca(k: number, opts: { spherize: boolean; onProgress?: (f: number) => void; sampleRows?: number }): Promise<PcaResultSummary>;
  project(dims: number[]): Promise<Float32Array>;
  identity(spherize: boolean): Promise<Float32Array>;
  /** Exact nearest rows of row `row` (see ComputeClient.nearestRows). */
  nearestRows(row: number, k: number, metric: 'euclidean' | 'cosine', spherized: boolean): Promise<RowMatches>;
  /** The k-NN graph of all rows for a layout, from the compute workers (null where there are none). */
  neighborGraph(request: GraphRequest, onProgress?: (fraction: number) => void): Promise<LayoutGraph> | null;
  dispose(): void;
  onFallback?: ((reason: string) => void) | null;
}

export function isCancelled(err: unknown): boolean {
  return err instanceof CancelledError || (err as Error)?.name === 'CancelledError' || (err as Error)?.name === 'AbortError';
}

/** Main-thread fallback. */
export class LocalProjector implements Projector {
  /** Nothing to fetch: the rows are on the page. */
  prefetchRow(_row: number): void {}
  private data: Float32Array = new Float32Array(0);
  private n = 0;
  private d = 0;
  private last: { data: Float32Array; mean: Float32Array; components: Float32Array } | null = null;

  private scanner: RowScanner | null = null;
  private means: Float64Array | null = null;

  async load(data: Float32Array, n: number, d: number): Promise<void> {
    this.data = data; this.n = n; this.d = d; this.last = null; this.scanner = null; this.means = null;
  }

  async pca(k: number, opts: { spherize: boolean }): Promise<PcaResultSummary> {
    const data = opts.spherize ? spherizeSync(this.data, this.n, this.d) : this.data;
    const r = pcaSync(data, this.n, this.d, k);
    this.last = { data, mean: r.mean, components: r.components };
    return { varianceFraction: Array.from(r.varianceFraction) };
  }

  async project(dims: number[]): Promise<Float32Array> {
    if (!this.last) throw new Error('project() before pca()');
    return projectSync(this.last.data, this.n, this.d, this.last.mean, this.last.components, dims);
  }

  async identity(spherize: boolean): Promise<Float32Array> {
    const data = spherize ? spherizeSync(this.data, this.n, this.d) : this.data;
    return identityProjection(data, this.n, this.d);
  }

  /** Scans all rows on the page (no workers), with the one exact search (compute/row-query.ts). */
  async nearestRows(row: number, k: number, metric: 'euclidean' | 'cosine', spherized: boolean): Promise<RowMatches> {
    const scanner = (this.scanner ??= RowScanner.over(this.data, this.n, this.d));
    const centre = spherized ? (this.means ??= columnMeans(this.data, this.n, this.d)) : null;
    return scanner.nearest({ vector: scanner.row(row), k, metric: spherized ? 'cosine' : metric, centre, exclude: row });
  }

  async held(): Promise<{ pageValues: number; workers: { rows: number; bytes: number }[] }> {
    return { pageValues: this.data.length, workers: [] };
  }

  /** The pieces gathered into one array on the page, loaded at the end. */
  async beginLoad(n: number, d: number): Promise<RowSink> {
    const rows = new ArraySink(n, d);
    return { put: (piece, first) => rows.put(piece, first), end: () => this.load(rows.data, n, d), abort: () => {} };
  }

  async rows(rows: Int32Array | null): Promise<Float32Array> {
    return rows ? takeRows(this.data, this.d, rows) : this.data.slice(0, this.n * this.d);
  }

  async rowSums(rows: Int32Array): Promise<Float64Array> {
    return columnSumsOf(this.data, this.d, rows);
  }

  async projectOnto(origin: Float32Array, directions: Float32Array): Promise<Float32Array> {
    return projectOnDirections(this.data, this.n, this.d, origin, directions);
  }

  /** No workers: the layouts compute their own graph. */
  neighborGraph(): null { return null; }

  dispose(): void { this.data = new Float32Array(0); this.last = null; }
}

/** PCA and projection in the compute worker(s); the data cross once. Falls back to the main thread
 *  when the worker does not answer (e.g. compute.worker.js could not be loaded). */
export class WorkerProjector implements Projector {
  private client: ComputeClient = createComputeClient();
  private local = new LocalProjector();
  private fallback = false;
  onFallback: ((reason: string) => void) | null = null;

  constructor(private startTimeoutMs = 30000) {}

  /** Loads so far, and the load whose neighbour queries were prepared. */
  private loads = 0;
  private queriesPrepared = 0;

  private shape = { n: 0, d: 0 };

  async load(data: Float32Array, n: number, d: number): Promise<void> {
    this.loads++;
    this.shape = { n, d };
    // Kept until the workers have their shards (they get copies), for the fallback; then dropped.
    await this.local.load(data, n, d);
    if (!this.fallback && !(await this.workersStarted())) this.fallBack();
    if (this.fallback) return;
    const loaded = await this.client.load(data, n, d).then(() => true, (err) => {
      if (isCancelled(err)) throw err;
      return false;    // a worker crashed
    });
    if (!loaded) {
      this.fallBack();
      return;
    }
    this.local.dispose();   // the workers hold the rows
  }

  async pca(k: number, opts: { spherize: boolean; onProgress?: (f: number) => void; sampleRows?: number }): Promise<PcaResultSummary> {
    if (this.fallback) return this.local.pca(k, opts);
    const r = await this.client.pca(k, opts);
    // After the first PCA of a tensor (not before: the plot comes first), so that the first click's
    // neighbour list is as quick as the next.
    if (!opts.sampleRows && this.queriesPrepared !== this.loads) {
      this.queriesPrepared = this.loads;
      void this.client.prepareNearestRows();
    }
    return { varianceFraction: Array.from(r.varianceFraction) };
  }

  project(dims: number[]): Promise<Float32Array> {
    return this.fallback ? this.local.project(dims) : this.client.project(dims);
  }

  /** D <= 3 only: the rows are few numbers each, computed on the page from a copy. */
  async identity(spherize: boolean): Promise<Float32Array> {
    if (this.fallback) return this.local.identity(spherize);
    const copy = new LocalProjector();
    await copy.load(await this.client.rows(null), this.shape.n, this.shape.d);
    return copy.identity(spherize);
  }

  nearestRows(row: number, k: number, metric: 'euclidean' | 'cosine', spherized: boolean): Promise<RowMatches> {
    if (this.fallback) return this.local.nearestRows(row, k, metric, spherized);
    return this.client.nearestRows(row, k, metric, spherized);
  }

  /** Fetches row `row`'s values ahead where the rows are in workers (a hovered point: its click's query goes out at once). */
  prefetchRow(row: number): void { if (!this.fallback && row >= 0 && row < this.shape.n) this.client.prefetchRow(row); }

  /** Streams into the compute workers once they answer (the page keeps no rows); on the page if they never start. */
  async beginLoad(n: number, d: number): Promise<RowSink> {
    this.loads++;
    this.shape = { n, d };
    if (!this.fallback && !(await this.workersStarted())) this.fallBack();
    if (this.fallback) return this.local.beginLoad(n, d);
    this.local.dispose();
    return this.client.beginLoad(n, d);
  }

  private started: Promise<boolean> | null = null;

  /** Whether the compute workers answer (asked once, within startTimeoutMs). */
  private workersStarted(): Promise<boolean> {
    this.started ??= (async () => {
      let timer = 0;
      const timeout = new Promise<false>((resolve) => { timer = self.setTimeout(() => resolve(false), this.startTimeoutMs); });
      const answered = this.client.heldRows().then(() => true, () => false);
      return Promise.race([answered, timeout]).finally(() => self.clearTimeout(timer));
    })();
    return this.started;
  }

  private fallBack(): void {
    this.fallback = true;
    this.client.dispose();
    this.onFallback?.('The compute worker (compute.worker.js) did not start; computing on the page instead.');
  }

  async held(): Promise<{ pageValues: number; workers: { rows: number; bytes: number }[] }> {
    const page = await this.local.held();
    return this.fallback ? page : { pageValues: page.pageValues, workers: await this.client.heldRows() };
  }

  rows(rows: Int32Array | null): Promise<Float32Array> { return this.fallback ? this.local.rows(rows) : this.client.rows(rows); }
  rowSums(rows: Int32Array): Promise<Float64Array> { return this.fallback ? this.local.rowSums(rows) : this.client.rowSums(rows); }
  projectOnto(origin: Float32Array, directions: Float32Array): Promise<Float32Array> {
    return this.fallback ? this.local.projectOnto(origin, directions) : this.client.projectOnto(origin, directions);
  }

  neighborGraph(request: GraphRequest, onProgress?: (fraction: number) => void): Promise<LayoutGraph> | null {
    return this.fallback ? null : this.client.neighborGraph(request, { onProgress });
  }

  dispose(): void { if (!this.fallback) this.client.dispose(); this.local.dispose(); }
}

export function createProjector(): Projector {
  return typeof Worker === 'function' ? new WorkerProjector() : new LocalProjector();
}
