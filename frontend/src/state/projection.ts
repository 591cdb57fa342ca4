// Projection adapter over the compute module: PCA on ALL points in the compute worker
// (createComputeClient), identity for D <= 3 on the main thread. A main-thread fallback keeps the
// same shape where workers are unavailable (node tests).
import { pca as pcaSync, project as projectSync, spherize as spherizeSync, identityProjection } from '../compute/pca';
import { columnMeans } from '../compute/covariance';
import { RowScanner } from '../compute/row-query';
import { CancelledError, createComputeClient, type ComputeClient, type GraphRequest, type LayoutGraph, type RowMatches } from '../compute/compute-client';

export interface PcaResultSummary { varianceFraction: number[] }

export interface Projector {
  load(data: Float32Array, n: number, d: number): Promise<void>;
  pca(k: number, opts: { spherize: boolean; onProgress?: (f: number) => void }): Promise<PcaResultSummary>;
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

  /** A copy of row r's values (a view would be posted with its whole buffer), if this page holds the rows. */
  row(r: number): Float32Array | null {
    return r >= 0 && r < this.n && this.data.length >= this.n * this.d ? this.data.slice(r * this.d, (r + 1) * this.d) : null;
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

  async load(data: Float32Array, n: number, d: number): Promise<void> {
    this.loads++;
    await this.local.load(data, n, d);
    if (this.fallback) return;
    let timer = 0;
    const timeout = new Promise<'timeout'>((resolve) => { timer = self.setTimeout(() => resolve('timeout'), this.startTimeoutMs); });
    const r = await Promise.race([
      this.client.load(data, n, d).then(() => 'ok' as const, (err) => {
        if (isCancelled(err)) throw err;
        return 'failed' as const;    // the worker could not start or crashed
      }),
      timeout]).finally(() => self.clearTimeout(timer));
    if (r !== 'ok') {
      this.fallback = true;
      this.client.dispose();
      this.onFallback?.('The compute worker (compute.worker.js) did not start; computing on the page instead.');
    }
  }

  async pca(k: number, opts: { spherize: boolean; onProgress?: (f: number) => void }): Promise<PcaResultSummary> {
    if (this.fallback) return this.local.pca(k, opts);
    const r = await this.client.pca(k, { spherize: opts.spherize, onProgress: opts.onProgress });
    // After the first PCA of a tensor (not before: the plot comes first), so that the first click's
    // neighbour list is as quick as the next.
    if (this.queriesPrepared !== this.loads) {
      this.queriesPrepared = this.loads;
      void this.client.prepareNearestRows();
    }
    return { varianceFraction: Array.from(r.varianceFraction) };
  }

  project(dims: number[]): Promise<Float32Array> {
    return this.fallback ? this.local.project(dims) : this.client.project(dims);
  }

  identity(spherize: boolean): Promise<Float32Array> { return this.local.identity(spherize); }

  nearestRows(row: number, k: number, metric: 'euclidean' | 'cosine', spherized: boolean): Promise<RowMatches> {
    if (this.fallback) return this.local.nearestRows(row, k, metric, spherized);
    return this.client.nearestRows(row, k, metric, spherized, this.local.row(row) ?? undefined);
  }

  neighborGraph(request: GraphRequest, onProgress?: (fraction: number) => void): Promise<LayoutGraph> | null {
    return this.fallback ? null : this.client.neighborGraph(request, { onProgress });
  }

  dispose(): void { if (!this.fallback) this.client.dispose(); this.local.dispose(); }
}

export function createProjector(): Projector {
  return typeof Worker === 'function' ? new WorkerProjector() : new LocalProjector();
}
